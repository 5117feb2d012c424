//! DKIM: every message leaves signed, a verifier that shares no code with the signer
//! (stalwart's mail-auth; lettre signs) accepts the signature against a DNS record made from
//! the public key OpenSSL wrote, `undersign dkim-record` prints that same record, and a key
//! that cannot sign stops start-up.
//!
//! The keys under tests/fixtures/dkim/ are test-only keys, public in this repository.
use std::borrow::Borrow;
use std::hash::Hash;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;
use mail_auth::common::parse::TxtRecordParser;
use mail_auth::common::verify::DomainKey;
use mail_auth::{
    AuthenticatedMessage, DkimResult, MessageAuthenticator, Parameters, ResolverCache, Txt,
};
use testkit::*;

use crate::declarations::write_config;

const DOMAIN: &str = "undersign.test";
const SELECTOR: &str = "test2026";

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/dkim")
        .join(name)
}

/// The DER inside a PEM file, as OpenSSL wrote it.
fn pem_der(name: &str) -> Vec<u8> {
    let text = std::fs::read_to_string(fixture(name)).unwrap();
    let b64: String = text.lines().filter(|l| !l.starts_with("-----")).collect();
    base64::engine::general_purpose::STANDARD
        .decode(b64)
        .unwrap()
}

/// The record for the RSA test key, from OpenSSL's public key file (a SubjectPublicKeyInfo,
/// which is what `p=` holds for RSA), not from undersign's code.
fn rsa_record() -> String {
    let spki = base64::engine::general_purpose::STANDARD.encode(pem_der("rsa.pub.pem"));
    format!("v=DKIM1; k=rsa; p={spki}")
}

/// RFC 8463: an Ed25519 record holds the bare 32-byte key, the end of OpenSSL's
/// SubjectPublicKeyInfo.
fn ed25519_record() -> String {
    let spki = pem_der("ed25519.pub.pem");
    let raw = &spki[spki.len() - 32..];
    format!(
        "v=DKIM1; k=ed25519; p={}",
        base64::engine::general_purpose::STANDARD.encode(raw)
    )
}

async fn signing_app(key: &'static str) -> TestApp {
    app()
        .settings(move |s| {
            s.mail.dkim_domain = DOMAIN.into();
            s.mail.dkim_selector = SELECTOR.into();
            s.mail.dkim_private_key_file = fixture(key).display().to_string();
        })
        .spawn()
        .await
}

/// The DNS as the verifier sees it: one TXT record, answered from memory. (mail-auth's
/// `test` feature answers any other name NXDOMAIN, so no test ever asks a real server.)
struct Dns {
    name: String,
    txt: Txt,
}

impl Dns {
    fn with(record: &str) -> Dns {
        Dns {
            // Fully qualified, as the verifier asks for it.
            name: format!("{SELECTOR}._domainkey.{DOMAIN}."),
            txt: Txt::from(DomainKey::parse(record.as_bytes()).expect("a DKIM key record")),
        }
    }
}

impl ResolverCache<String, Txt> for Dns {
    fn get<Q>(&self, name: &Q) -> Option<Txt>
    where
        String: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        (<String as Borrow<Q>>::borrow(&self.name) == name).then(|| self.txt.clone())
    }

    fn remove<Q>(&self, _: &Q) -> Option<Txt>
    where
        String: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        None
    }

    fn insert(&self, _: String, _: Txt, _: Instant) {}
}

/// What the independent verifier makes of the message's one DKIM signature.
async fn verify(raw: &[u8], record: &str) -> DkimResult {
    let message = AuthenticatedMessage::parse(raw).expect("a message mail-auth can parse");
    let dns = Dns::with(record);
    let verifier = MessageAuthenticator::new_cloudflare().unwrap();
    let results = verifier
        .verify_dkim(Parameters::new(&message).with_txt_cache(&dns))
        .await;
    assert_eq!(results.len(), 1, "one signature: {results:?}");
    results[0].result().clone()
}

/// `raw` with one byte changed: the first letter or digit at or after `from`.
fn flipped(raw: &[u8], from: usize) -> Vec<u8> {
    let at = from
        + raw[from..]
            .iter()
            .position(u8::is_ascii_alphanumeric)
            .expect("a letter to change");
    let mut out = raw.to_vec();
    out[at] = if out[at] == b'x' { b'y' } else { b'x' };
    out
}

/// Where the body starts (after the blank line).
fn body_start(raw: &[u8]) -> usize {
    raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4
}

/// Where the value of a header starts.
fn header_value(raw: &[u8], name: &str) -> usize {
    let marker = format!("\r\n{name}: ");
    raw.windows(marker.len())
        .position(|w| w.eq_ignore_ascii_case(marker.as_bytes()))
        .unwrap_or_else(|| panic!("a {name} header"))
        + marker.len()
}

#[tokio::test]
async fn a_confirmation_email_is_signed_and_an_independent_verifier_accepts_it() {
    let app = signing_app("rsa-pkcs1.pem").await;
    let mail = app
        .sign_and_get_mail(OPEN, person("olena@example.org"))
        .await;
    let header = mail
        .parsed()
        .header_raw("DKIM-Signature")
        .expect("a DKIM-Signature header")
        .to_owned();
    let tags: String = header.split_whitespace().collect();
    assert!(tags.contains(&format!("d={DOMAIN};")), "{header}");
    assert!(tags.contains(&format!("s={SELECTOR};")), "{header}");
    assert!(tags.contains("a=rsa-sha256;"), "{header}");
    let signed = tags
        .split(';')
        .find_map(|t| t.strip_prefix("h="))
        .expect("h=");
    let signed: Vec<&str> = signed.split(':').collect();
    for h in [
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "mime-version",
        "list-unsubscribe",
        "list-unsubscribe-post",
    ] {
        assert!(signed.contains(&h), "{h} is not signed: {header}");
    }

    assert_eq!(verify(&mail.raw, &rsa_record()).await, DkimResult::Pass);
}

#[tokio::test]
async fn a_ukrainian_message_with_its_encoded_folded_subject_verifies_too() {
    let app = signing_app("rsa-pkcs8.pem").await;
    let form = with(
        person("oksana@example.org"),
        "name",
        "Оксана Петренко-Шевченко",
    );
    let r = app.sign_in_language(OPEN, "uk-UA,uk;q=0.9", form).await;
    assert_eq!(r.status().as_u16(), 303);
    let mail = app
        .wait_for_mail_to("oksana@example.org", 1)
        .await
        .remove(0);
    assert!(mail.subject().contains(UK_TITLE), "{}", mail.subject());
    let raw = String::from_utf8_lossy(&mail.raw);
    assert!(
        raw.contains("Subject: =?utf-8?"),
        "an encoded subject: {raw}"
    );
    assert_eq!(verify(&mail.raw, &rsa_record()).await, DkimResult::Pass);
}

#[tokio::test]
async fn a_message_changed_on_the_way_or_checked_against_another_key_fails() {
    let app = signing_app("rsa-pkcs1.pem").await;
    let mail = app
        .sign_and_get_mail(OPEN, person("olena@example.org"))
        .await;
    assert_eq!(verify(&mail.raw, &rsa_record()).await, DkimResult::Pass);

    // One byte of the body, well inside it: the body hash no longer matches.
    let body = flipped(&mail.raw, body_start(&mail.raw) + 200);
    let result = verify(&body, &rsa_record()).await;
    assert!(
        matches!(
            result,
            DkimResult::Neutral(mail_auth::Error::FailedBodyHashMatch)
        ),
        "{result:?}"
    );

    // One byte of a signed header: the signature itself no longer verifies.
    let header = flipped(&mail.raw, header_value(&mail.raw, "Subject"));
    let result = verify(&header, &rsa_record()).await;
    assert!(matches!(result, DkimResult::Fail(_)), "{result:?}");

    // The right message, the wrong key published.
    let wrong = format!(
        "v=DKIM1; k=rsa; p={}",
        base64::engine::general_purpose::STANDARD.encode(other_rsa_spki())
    );
    let result = verify(&mail.raw, &wrong).await;
    assert!(matches!(result, DkimResult::Fail(_)), "{result:?}");
}

/// The public key of an RSA key that signs nothing here: the test key's SubjectPublicKeyInfo
/// with its modulus altered in its last byte (still a well-formed key record).
fn other_rsa_spki() -> Vec<u8> {
    let mut spki = pem_der("rsa.pub.pem");
    // The DER ends with the exponent (02 03 01 00 01); the modulus's last byte is before it.
    let at = spki.len() - 6;
    spki[at] ^= 0x02;
    spki
}

#[tokio::test]
async fn an_ed25519_key_in_pkcs8_signs_too() {
    let app = signing_app("ed25519.pem").await;
    let mail = app
        .sign_and_get_mail(OPEN, person("olena@example.org"))
        .await;
    let header = mail
        .parsed()
        .header_raw("DKIM-Signature")
        .unwrap()
        .to_owned();
    assert!(header.contains("a=ed25519-sha256"), "{header}");
    assert_eq!(verify(&mail.raw, &ed25519_record()).await, DkimResult::Pass);
    let body = flipped(&mail.raw, body_start(&mail.raw) + 200);
    assert!(matches!(
        verify(&body, &ed25519_record()).await,
        DkimResult::Neutral(_)
    ));
}

#[tokio::test]
async fn without_dkim_keys_mail_goes_unsigned() {
    let app = spawn_app().await;
    let mail = app
        .sign_and_get_mail(OPEN, person("olena@example.org"))
        .await;
    assert!(mail.parsed().header_raw("DKIM-Signature").is_none());
}

fn undersign(app: &TestApp, args: &[&str], key: Option<&str>) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_undersign"));
    cmd.args(["--config", write_config(app).to_str().unwrap()])
        .args(args);
    if let Some(key) = key {
        cmd.env("UNDERSIGN_MAIL__DKIM_DOMAIN", DOMAIN)
            .env("UNDERSIGN_MAIL__DKIM_SELECTOR", SELECTOR)
            .env("UNDERSIGN_MAIL__DKIM_PRIVATE_KEY_FILE", key);
    }
    cmd.output().unwrap()
}

#[tokio::test]
async fn dkim_record_prints_the_record_of_the_key_that_signs() {
    let app = spawn_app().await;
    for (key, record) in [
        ("rsa-pkcs1.pem", rsa_record()),
        ("rsa-pkcs8.pem", rsa_record()),
        ("ed25519.pem", ed25519_record()),
    ] {
        let out = undersign(&app, &["dkim-record"], Some(fixture(key).to_str().unwrap()));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{key}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let name = format!("{SELECTOR}._domainkey.{DOMAIN}");
        assert!(stdout.contains(&format!("; name:  {name}\n")), "{stdout}");
        assert!(stdout.contains(&format!("; value: {record}\n")), "{stdout}");
        // The zone file line: the name, then quoted strings of at most 255 bytes that join
        // into the record.
        let line = stdout
            .lines()
            .find(|l| !l.starts_with(';'))
            .expect("a zone file line");
        let strings = line
            .strip_prefix(&format!("{name}. IN TXT ( "))
            .and_then(|l| l.strip_suffix(" )"))
            .unwrap_or_else(|| panic!("{line}"));
        let parts: Vec<&str> = strings
            .split('"')
            .enumerate()
            .filter(|(i, _)| i % 2 == 1)
            .map(|(_, p)| p)
            .collect();
        assert!(parts.iter().all(|p| p.len() <= 255), "{line}");
        assert_eq!(parts.concat(), record, "{key}");
        if key.starts_with("rsa") {
            assert!(parts.len() >= 2, "a 2048-bit key takes two strings: {line}");
        }
    }

    let out = undersign(&app, &["dkim-record"], None);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("DKIM is off"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
}

#[tokio::test]
async fn a_dkim_key_that_cannot_sign_stops_start_up_with_one_line_naming_it() {
    let app = spawn_app().await;
    let garbage = app.dir.path().join("garbage.pem");
    std::fs::write(&garbage, "this is not a key\n").unwrap();
    let missing = app.dir.path().join("missing.pem");
    for key in [&garbage, &missing] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_undersign"))
            .args(["--config", write_config(&app).to_str().unwrap(), "serve"])
            .env(
                "UNDERSIGN_SERVER__BIND",
                format!("127.0.0.1:{}", free_port()),
            )
            .env("UNDERSIGN_MAIL__DKIM_DOMAIN", DOMAIN)
            .env("UNDERSIGN_MAIL__DKIM_SELECTOR", SELECTOR)
            .env("UNDERSIGN_MAIL__DKIM_PRIVATE_KEY_FILE", key)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                panic!("the service started with {} as its DKIM key", key.display());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        let out = child.wait_with_output().unwrap();
        assert!(!status.success());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("mail.dkim_private_key_file"), "{stderr}");
        assert!(stderr.contains(&key.display().to_string()), "{stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    }

    // Two keys of three: a configuration error, before anything else.
    let out = Command::new(env!("CARGO_BIN_EXE_undersign"))
        .args(["--config", write_config(&app).to_str().unwrap(), "migrate"])
        .env("UNDERSIGN_MAIL__DKIM_DOMAIN", DOMAIN)
        .env("UNDERSIGN_MAIL__DKIM_SELECTOR", SELECTOR)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("mail.dkim_private_key_file"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
}
