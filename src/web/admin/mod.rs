//! The organizers' side: login and sessions, the dashboard, petitions (create, edit, state),
//! moderation, exports and the delivery document, a file each. Every route needs a session;
//! every form carries the session's CSRF token. This module holds what they share: the
//! router, the session extractor and the small helpers of every page.
mod dashboard;
mod delivery;
mod editor;
mod moderate;
mod paper;
mod people;
mod petition;
mod session;
mod updates;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;

use axum::extract::FromRequestParts;
use axum::http::header::{self, HeaderValue};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::{DateTime, TimeDelta, Utc};
use serde::Deserialize;
use templates::admin::{AdminContext, SignatureRow, StatusCounts as StatusView};
use templates::Tr;

use crate::domain::Slug;
use crate::store::moderation::{SignatureRecord, StatusCounts};
use crate::store::organizers::Session;
use crate::store::petitions::{self};
use crate::store::Petition;
use crate::web::error::AppError;
use crate::web::form::FormPairs;
use crate::web::{views, AppState};

/// The organizers' routes. Declarations can be longer than a signature: these take
/// [`ADMIN_BODY_LIMIT`](super::ADMIN_BODY_LIMIT).
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/admin/login",
            get(session::login_page).post(session::login),
        )
        .route("/admin/logout", post(session::logout))
        .route("/admin", get(dashboard::dashboard))
        .route(
            "/admin/petitions/new",
            get(editor::new_page).post(editor::create),
        )
        .route("/admin/petitions/{slug}", get(petition::petition))
        .route(
            "/admin/petitions/{slug}/edit",
            get(editor::edit_page).post(editor::update),
        )
        .route("/admin/petitions/{slug}/state", post(moderate::set_state))
        .route(
            "/admin/petitions/{slug}/signatures/{id}/hide",
            post(moderate::hide),
        )
        .route(
            "/admin/petitions/{slug}/signatures/{id}/unhide",
            post(moderate::unhide),
        )
        .route(
            "/admin/petitions/{slug}/signatures/{id}/remove",
            post(moderate::remove),
        )
        .route(
            "/admin/petitions/{slug}/remove-domain",
            post(moderate::remove_domain),
        )
        .route(
            "/admin/petitions/{slug}/export.csv",
            get(delivery::export_csv),
        )
        .route("/admin/petitions/{slug}/delivery", get(delivery::delivery))
        .route(
            "/admin/petitions/{slug}/package.zip",
            get(delivery::package),
        )
        .route(
            "/admin/petitions/{slug}/updates",
            get(updates::page).post(updates::compose),
        )
        .route("/admin/petitions/{slug}/sheets", get(paper::print))
        .route("/admin/petitions/{slug}/paper", get(paper::page))
        .route("/admin/petitions/{slug}/paper/sheet", get(paper::open))
        .route(
            "/admin/petitions/{slug}/paper/not-duplicate",
            post(paper::not_duplicate),
        )
        .route(
            "/admin/petitions/{slug}/paper/{number}",
            get(paper::entry_page)
                .post(paper::enter)
                .layer(DefaultBodyLimit::max(paper::ENTRY_BODY_LIMIT)),
        )
        .route(
            "/admin/petitions/{slug}/signatures/{id}/verify",
            post(paper::verify),
        )
        .route(
            "/admin/petitions/{slug}/signatures/{id}/unverify",
            post(paper::unverify),
        )
        .route("/admin/people", get(people::page))
        .route("/admin/people/export", post(people::export))
        .route("/admin/people/erase", post(people::erase))
        .layer(DefaultBodyLimit::max(super::ADMIN_BODY_LIMIT))
}

pub(super) fn cookie_name(state: &AppState) -> &'static str {
    // Over https the __Host- prefix makes browsers refuse the cookie unless it is Secure,
    // host-only and for the whole site.
    if state.settings.is_https() {
        "__Host-undersign"
    } else {
        "undersign_session"
    }
}

/// The pre-session cookie the login form's token is bound to (see [`Keys::login_token`]).
///
/// [`Keys::login_token`]: crate::security::Keys::login_token
pub(super) fn login_cookie_name(state: &AppState) -> &'static str {
    if state.settings.is_https() {
        "__Host-undersign-login"
    } else {
        "undersign_login"
    }
}

/// How long a login form may be filled in.
pub(super) const LOGIN_FORM_MAX_AGE: TimeDelta = TimeDelta::hours(12);

pub(super) fn session_token(headers: &HeaderMap, name: &str) -> Option<crate::domain::Token> {
    crate::web::cookies::get(headers, name).and_then(|v| crate::domain::Token::parse(v).ok())
}

/// A signed-in organizer. Without a live session an admin page redirects to the login.
pub struct Organizer(pub Session);

impl FromRequestParts<AppState> for Organizer {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let to_login = || Redirect::to("/admin/login").into_response();
        let Some(token) = session_token(&parts.headers, cookie_name(state)) else {
            return Err(to_login());
        };
        match state
            .store
            .session(&token, state.clock.now(), state.policy.sessions)
            .await
        {
            Ok(Some(s)) => Ok(Organizer(s)),
            Ok(None) => Err(to_login()),
            Err(e) => Err(AppError::from(e).into_response()),
        }
    }
}

impl Organizer {
    pub(super) fn email(&self) -> &str {
        &self.0.organizer.email
    }

    /// Refuses a form whose `csrf` is not this session's token.
    pub(super) fn check(&self, form: &FormPairs) -> Result<(), AppError> {
        self.check_token(form.get("csrf"))
    }

    /// The same, for a token read from a body that is not a plain form (a multipart one).
    pub(super) fn check_token(&self, csrf: &str) -> Result<(), AppError> {
        use subtle_compare::eq;
        if eq(csrf.as_bytes(), self.0.csrf.as_bytes()) {
            Ok(())
        } else {
            tracing::warn!(organizer = %crate::domain::email::mask(self.email()), "admin form without the session's CSRF token refused");
            Err(AppError::Forbidden("csrf"))
        }
    }

    pub(super) fn ctx(&self, notice: Option<String>) -> AdminContext {
        AdminContext {
            organizer_email: self.email().to_owned(),
            csrf: self.0.csrf.clone(),
            notice,
        }
    }
}

mod subtle_compare {
    /// Compares in time that depends on the length only.
    pub fn eq(a: &[u8], b: &[u8]) -> bool {
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

/// Admin pages are private: never cached, never indexed.
pub(super) fn private(body: Html<String>) -> Response {
    (
        [
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (
                header::HeaderName::from_static("x-robots-tag"),
                HeaderValue::from_static("noindex"),
            ),
        ],
        body,
    )
        .into_response()
}

/// A file to save, not a page to show: it carries personal data, so it is never stored.
pub(super) fn download(
    content_type: &'static str,
    filename: &str,
    body: impl IntoResponse,
) -> Result<Response, AppError> {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
        .map_err(|_| AppError::BadRequest("name"))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        body,
    )
        .into_response())
}

/// Refuses a GET that writes (an export, printed sheets: both recorded and audited) when
/// another site's page asked for it; the session cookie is `SameSite=Lax`, which a top-level
/// GET from anywhere carries.
pub(super) fn refuse_cross_site(state: &AppState, headers: &HeaderMap) -> Result<(), AppError> {
    crate::web::middleware::same_origin(state, headers)
        .map_err(|_| AppError::Forbidden("cross-site"))
}

pub(super) fn back_to(slug: &str, notice: &str) -> Response {
    Redirect::to(&format!("/admin/petitions/{slug}?done={notice}")).into_response()
}

pub(super) fn status_view(c: &StatusCounts) -> StatusView {
    StatusView {
        pending_individual: c.pending[0],
        pending_organization: c.pending[1],
        confirmed_individual: c.confirmed[0],
        confirmed_organization: c.confirmed[1],
        withdrawn_individual: c.withdrawn[0],
        withdrawn_organization: c.withdrawn[1],
        removed_individual: c.removed[0],
        removed_organization: c.removed[1],
        members: c.members,
    }
}

pub(super) fn minute(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

#[derive(Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
    q: Option<String>,
}

/// The message after an action (`?done=` names which).
pub(super) fn notice(tr: &Tr, done: Option<&str>) -> Option<String> {
    templates::admin::notice(tr, done?)
}

pub(super) async fn find(state: &AppState, slug: &str) -> Result<Petition, AppError> {
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    petitions::by_slug(state.store.reader(), slug.as_ref())
        .await?
        .ok_or(AppError::NotFound)
}

pub(super) fn signature_row(s: SignatureRecord) -> SignatureRow {
    SignatureRow {
        id: s.id,
        kind: views::kind(s.kind),
        status: views::status(s.status),
        name: s.name.unwrap_or_default(),
        organization: s.organization,
        email: s.email.unwrap_or_default(),
        country: s.country.unwrap_or_default(),
        city: s.city,
        public: s.public,
        hidden: s.hidden,
        created: minute(s.created_at),
        comment: s.comment,
        verified: s.verified_at.and(s.verified_note),
    }
}
