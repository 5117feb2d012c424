//! What every response goes through: the error page in the visitor's language, security
//! headers, and one log line per request that names the route, never the path (paths hold
//! tokens).
use std::time::Instant;

use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::http::header::{self, HeaderValue};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use templates::pages;

use super::error::ErrorPage;
use super::AppState;
use crate::i18n::RequestLang;

/// A strict policy: nothing from another origin, no inline script or style.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; \
    form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub async fn error_pages(req: Request, next: Next) -> Response {
    let lang = RequestLang::from_parts(req.uri().query(), req.headers());
    let res = next.run(req).await;
    let Some(ErrorPage(kind)) = res.extensions().get::<ErrorPage>().copied() else {
        return res;
    };
    let (mut parts, _) = res.into_parts();
    let page = Html(pages::error(&lang.tr(None), kind).into_string()).into_response();
    let (page_parts, body) = page.into_parts();
    parts.headers.insert(
        header::CONTENT_TYPE,
        page_parts.headers[header::CONTENT_TYPE].clone(),
    );
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, body)
}

/// A language chosen with `?lang=` is remembered in a cookie for the next pages.
pub async fn remember_language(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    let chosen = RequestLang::explicit_in_query(req.uri().query());
    let mut res = next.run(req).await;
    if let Some(code) = chosen {
        if let Some(cookie) =
            super::cookies::set_cookie(&state.settings, "lang", code, 365 * 24 * 3600)
        {
            res.headers_mut().append(header::SET_COOKIE, cookie);
        }
    }
    res
}

pub async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    // Pages reached by a token set `no-referrer` themselves; keep theirs.
    h.entry(header::REFERRER_POLICY)
        .or_insert(HeaderValue::from_static("strict-origin-when-cross-origin"));
    if state.settings.is_https() {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    res
}

pub async fn log_requests(req: Request<Body>, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "(unmatched)".into());
    let res = next.run(req).await;
    let status = res.status().as_u16();
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    if status >= 500 {
        tracing::warn!(%method, %route, status, ms, "request");
    } else {
        tracing::debug!(%method, %route, status, ms, "request");
    }
    res
}
