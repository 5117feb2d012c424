//! The requests the load generator sends, each built from its sequence number, and the
//! few values the set-up reads or makes.
use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use http_body_util::Full;
use hyper::body::Bytes;
use hyper::header::{CONTENT_TYPE, HOST};
use hyper::{Method, Request};

use crate::loadgen::{Body, MakeRequest, Seq};

/// The client address of request `n`: 10.0.0.0/16, 65,536 addresses. An odd multiplier
/// visits every address once per 65,536 requests, so no address comes near the per-address
/// limits (120 at once, 60 a minute) while those limits stay on the measured path.
fn client_ip(n: u64) -> String {
    let i = (n.wrapping_mul(40_503) & 0xffff) as u32;
    format!("10.0.{}.{}", i >> 8, i & 0xff)
}

fn request(method: Method, to: SocketAddr, path: &str, n: u64) -> hyper::http::request::Builder {
    Request::builder()
        .method(method)
        .uri(path)
        .header(HOST, to.to_string())
        .header("x-forwarded-for", client_ip(n))
}

fn build(b: hyper::http::request::Builder, body: Body) -> Request<Body> {
    // Only a malformed header or URI could fail, and every one here is made above.
    b.body(body).expect("a well-formed request")
}

pub fn get(to: SocketAddr, path: &str, n: u64) -> Request<Body> {
    build(request(Method::GET, to, path, n), Full::new(Bytes::new()))
}

pub fn post_form(to: SocketAddr, path: &str, n: u64, form: String) -> Request<Body> {
    build(
        request(Method::POST, to, path, n)
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded"),
        Full::new(Bytes::from(form)),
    )
}

const FIRST: [&str; 12] = [
    "Olena",
    "Mykola",
    "Aliaksandr",
    "Hanna",
    "Jan",
    "Agnieszka",
    "Jürgen",
    "Ayşe",
    "José",
    "Lucía",
    "Priya",
    "Sipho",
];
const LAST: [&str; 12] = [
    "Kovalenko",
    "Shevchuk",
    "Navumchyk",
    "Łukaszewicz",
    "Kowalski",
    "Müller",
    "Yılmaz",
    "Pérez Gómez",
    "Castañeda",
    "Sharma",
    "Dlamini",
    "O'Brien",
];
const COUNTRIES: [&str; 8] = ["UA", "BY", "PL", "DE", "CO", "IN", "ZA", "TR"];

/// A valid signature, unique by its email, with a form token old enough to be accepted.
pub fn sign(to: SocketAddr, path: String, run: String, token: String) -> MakeRequest {
    Arc::new(move |s: Seq| {
        let n = s.global;
        let name = format!(
            "{} {} {}",
            FIRST[(n % 12) as usize],
            FIRST[((n / 12) % 12) as usize],
            LAST[((n / 144) % 12) as usize]
        );
        let email = format!("bench-{run}-{n}@example.org");
        let form = url::form_urlencoded::Serializer::new(String::with_capacity(256))
            .append_pair("kind", "individual")
            .append_pair("name", &name)
            .append_pair("email", &email)
            .append_pair("country", COUNTRIES[(n % 8) as usize])
            .append_pair("city", "Kryvyi Rih")
            .append_pair("occupation", "underground miner")
            .append_pair("comment", "We stand with you!")
            .append_pair("public", "on")
            .append_pair("website", "")
            .append_pair("form_token", &token)
            .finish();
        post_form(to, &path, n, form)
    })
}

/// The naive handler's form: a name and a unique email.
pub fn naive_sign(to: SocketAddr, run: String) -> MakeRequest {
    Arc::new(move |s: Seq| {
        let n = s.global;
        let form = url::form_urlencoded::Serializer::new(String::with_capacity(96))
            .append_pair(
                "name",
                &format!(
                    "{} {}",
                    FIRST[(n % 12) as usize],
                    LAST[((n / 12) % 12) as usize]
                ),
            )
            .append_pair("email", &format!("naive-{run}-{n}@example.org"))
            .finish();
        post_form(to, "/sign", n, form)
    })
}

/// `POST /confirm/{token}` with an empty body, as the confirmation page's button sends it;
/// request `local` confirms token `local`.
pub fn confirm(to: SocketAddr, tokens: Arc<Vec<String>>) -> MakeRequest {
    Arc::new(move |s: Seq| {
        let token = tokens
            .get(s.local as usize)
            .map(String::as_str)
            .unwrap_or("");
        post_form(to, &format!("/confirm/{token}"), s.global, String::new())
    })
}

/// The `form_token` value of the signing form in a rendered page.
pub fn form_token(page: &[u8]) -> anyhow::Result<String> {
    let html = std::str::from_utf8(page).context("the petition page is not UTF-8")?;
    let marker = "name=\"form_token\" value=\"";
    let start = html
        .find(marker)
        .context("the petition page has no form_token field")?
        + marker.len();
    let len = html[start..]
        .find('"')
        .context("the form_token value is not closed")?;
    Ok(html[start..start + len].to_owned())
}

/// Tells this run's emails from any other's.
pub fn run_id() -> String {
    hex(4)
}

/// A fresh secret for the run, so no key file is read or written outside the temporary folder.
pub fn secret_key() -> String {
    hex(32)
}

fn hex(bytes: usize) -> String {
    use rand::RngCore;
    let mut b = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut b);
    hex::encode(b)
}
