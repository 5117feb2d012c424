//! What every response goes through: the error page in the visitor's language, security
//! headers, and one log line per request that names the route, never the path (paths hold
//! tokens).
use std::time::Instant;

use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use templates::pages;

use super::error::{AppError, ErrorPage};
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

/// Set on a response whose `?lang=` names the language of a document (a printed sheet), not
/// the reader's: the reader's own choice stays.
#[derive(Clone, Copy, Debug)]
pub struct DocumentLanguage;

/// A language chosen with `?lang=` is remembered in a cookie for the next pages.
pub async fn remember_language(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    let chosen = RequestLang::explicit_in_query(req.uri().query());
    let mut res = next.run(req).await;
    if res.extensions().get::<DocumentLanguage>().is_some() {
        return res;
    }
    if let Some(code) = chosen {
        if let Some(cookie) =
            super::cookies::set_cookie(&state.settings, "lang", code, 365 * 24 * 3600)
        {
            res.headers_mut().append(header::SET_COOKIE, cookie);
        }
    }
    res
}

/// What may be kept of a response: `no-store` unless its handler chose otherwise, and
/// always for a response that sets a cookie. A response that carries a token (a confirm
/// page's form action), a session, or what a person typed (a form sent back) is then
/// never written to a browser's disk cache or a proxy's; the few public pages that carry
/// none of it (the index, a petition, the public list, the API, the stylesheet) say so
/// themselves.
pub async fn cache_policy(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    if h.contains_key(header::SET_COOKIE) || !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

/// A public page with nothing private in it: a browser may keep it, and asks again each time.
pub const PUBLIC_PAGE: &str = "no-cache";

/// Refuses a request that changes something when the browser says it comes from another
/// site. The forms' own tokens are the first line (CSRF tokens bound to the session or the
/// browser, HMAC form tokens); this is the second, and the only one for a form without a
/// token of its own.
pub async fn same_origin_writes(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    // An unsubscribe link's POST may come from a webmail page on another site (RFC 8058's
    // one-click button): the token in its path is its whole authority, and all it can do is
    // stop updates, so where it comes from does not matter.
    let one_click = req.uri().path().starts_with("/unsubscribe/");
    if !req.method().is_safe() && !one_click {
        if let Err(why) = same_origin(&state, req.headers()) {
            let route = req
                .extensions()
                .get::<MatchedPath>()
                .map(|p| p.as_str().to_owned())
                .unwrap_or_else(|| "(unmatched)".into());
            tracing::warn!(%route, why, "request from another site refused");
            return AppError::Forbidden("cross-site").into_response();
        }
    }
    next.run(req).await
}

/// Whether the browser says this request was made by a page of this site (or by the person
/// at the address bar). `Sec-Fetch-Site` where the browser sends it; else `Origin`, which
/// must be this site's (`server.base_url`, or the `Host` asked for); a request with
/// neither (a mail client's one-click POST, curl) is not a browser's cross-site request.
pub fn same_origin(state: &AppState, headers: &HeaderMap) -> Result<(), &'static str> {
    if let Some(site) = headers.get("sec-fetch-site") {
        return match site.as_bytes() {
            b"same-origin" | b"none" => Ok(()),
            _ => Err("Sec-Fetch-Site"),
        };
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) else {
        return Ok(());
    };
    // Browsers send "null" for opaque origins, and some for a form on a page whose referrer
    // policy is `no-referrer` (ours on token pages): it tells nothing either way.
    if origin == "null" {
        return Ok(());
    }
    let base = state.settings.server.base_url.trim_end_matches('/');
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let authority = origin.split_once("://").map(|(_, a)| a);
    if origin.eq_ignore_ascii_case(base) || (authority.is_some() && authority == host) {
        Ok(())
    } else {
        Err("Origin")
    }
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
    let seconds = started.elapsed().as_secs_f64();
    let ms = seconds * 1000.0;
    if crate::metrics::enabled() {
        metrics::histogram!(
            "undersign_http_request_duration_seconds",
            "route" => route.clone(),
            "method" => method.to_string(),
            "status" => status.to_string()
        )
        .record(seconds);
    }
    if status >= 500 {
        tracing::warn!(%method, %route, status, ms, "request");
    } else {
        tracing::debug!(%method, %route, status, ms, "request");
    }
    res
}
