//! The one place cookies are made, so every cookie gets the same protections: `HttpOnly`,
//! `SameSite=Lax`, `Path=/`, and `Secure` whenever the site is served over https.
use axum::http::HeaderValue;

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
