//! The one place cookies are made, so every cookie gets the same protections: `HttpOnly`,
//! `SameSite=Lax`, `Path=/`, and `Secure` whenever the site is served over https; and the
//! one place they are read.
use axum::http::{header, HeaderMap, HeaderValue};

use crate::config::Settings;

pub fn set_cookie(
    settings: &Settings,
    name: &str,
    value: &str,
    max_age_seconds: u64,
) -> Option<HeaderValue> {
    let secure = if settings.is_https() { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={max_age_seconds}; HttpOnly; SameSite=Lax{secure}"
    ))
    .ok()
}

/// The value of the cookie `name` the request carries, if any.
pub fn get<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|kv| {
            let (k, v) = kv.trim().split_once('=')?;
            (k == name).then_some(v)
        })
}
