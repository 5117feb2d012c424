//! The organisers' side: login and sessions, the dashboard, petitions (create, edit, state),
//! moderation, exports and the delivery document. Every route needs a session; every form
//! carries the session's CSRF token.
use std::collections::HashMap;

use axum::body::Body;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::header::{self, HeaderValue};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use serde::Deserialize;
use templates::admin;
use templates::admin_view::{
    AdminContext, AuditEntry, BulkRemovePage, DashboardPage, EditPetitionPage, ExportView,
    LanguageVersionView, LoginPage, OutboxView, PetitionAdminPage, PetitionRow, SignatureRow,
    StatusCounts as StatusView, VersionView,
};
use templates::Tr;

use super::client_ip::ClientIp;
use super::error::AppError;
use super::form::FormPairs;
use super::path::PathParam;
use super::rate_limit::AccountKey;
use super::AppState;
use crate::domain::{
    clean_text, petition::is_language_tag, Accepts, CountryCode, Email, PetitionState, Slug,
    TextRules,
};
use crate::export::{self, Format};
use crate::i18n::RequestLang;
use crate::security::password;
use crate::store::moderation::{self, SignatureRecord, StatusCounts};
use crate::store::organizers::{Session, SessionLimits};
use crate::store::petitions::{self, PetitionRecord};
use crate::store::{audit, translations, Petition};

fn cookie_name(state: &AppState) -> &'static str {
    // Over https the __Host- prefix makes browsers refuse the cookie unless it is Secure,
    // host-only and for the whole site.
    if state.settings.is_https() {
        "__Host-undersign"
    } else {
        "undersign_session"
    }
}

fn session_limits(state: &AppState) -> SessionLimits {
    SessionLimits {
        idle: TimeDelta::minutes(state.settings.admin.session_idle_minutes as i64),
        absolute: TimeDelta::hours(state.settings.admin.session_max_hours as i64),
    }
}

/// The pre-session cookie the login form's token is bound to (see [`Keys::login_token`]).
///
/// [`Keys::login_token`]: crate::security::Keys::login_token
fn login_cookie_name(state: &AppState) -> &'static str {
    if state.settings.is_https() {
        "__Host-undersign-login"
    } else {
        "undersign_login"
    }
}

/// How long a login form may be filled in.
const LOGIN_FORM_MAX_AGE: TimeDelta = TimeDelta::hours(12);

fn session_token(headers: &HeaderMap, name: &str) -> Option<crate::domain::Token> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|kv| {
            let (k, v) = kv.trim().split_once('=')?;
            (k == name)
                .then(|| crate::domain::Token::parse(v).ok())
                .flatten()
        })
}

/// A signed-in organiser. Without a live session an admin page redirects to the login.
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
            .session(&token, state.clock.now(), session_limits(state))
            .await
        {
            Ok(Some(s)) => Ok(Organizer(s)),
            Ok(None) => Err(to_login()),
            Err(e) => Err(AppError::from(e).into_response()),
        }
    }
}

impl Organizer {
    fn email(&self) -> &str {
        &self.0.organizer.email
    }

    /// Refuses a form whose `csrf` is not this session's token.
    fn check(&self, form: &FormPairs) -> Result<(), AppError> {
        use subtle_compare::eq;
        if eq(form.get("csrf").as_bytes(), self.0.csrf.as_bytes()) {
            Ok(())
        } else {
            tracing::warn!(organizer = %crate::domain::email::mask(self.email()), "admin form without the session's CSRF token refused");
            Err(AppError::Forbidden("csrf"))
        }
    }

    fn ctx(&self, notice: Option<String>) -> AdminContext {
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
fn private(body: Html<String>) -> Response {
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

fn back_to(slug: &str, notice: &str) -> Response {
    Redirect::to(&format!("/admin/petitions/{slug}?done={notice}")).into_response()
}

// ---------------------------------------------------------------------------------------
// Login and logout
// ---------------------------------------------------------------------------------------

/// The browser's login binding: the one its cookie holds, or a new one and the cookie that
/// gives it to the browser.
fn login_browser(
    state: &AppState,
    headers: &HeaderMap,
) -> (crate::domain::Token, Option<HeaderValue>) {
    match session_token(headers, login_cookie_name(state)) {
        Some(t) => (t, None),
        None => {
            let t = crate::domain::Token::generate();
            let cookie = super::cookies::set_cookie(
                &state.settings,
                login_cookie_name(state),
                t.expose(),
                LOGIN_FORM_MAX_AGE.num_seconds() as u64,
            );
            (t, cookie)
        }
    }
}

/// The login page: `status`, what was typed, why it came back.
fn login_form(
    state: &AppState,
    tr: &Tr,
    headers: &HeaderMap,
    status: StatusCode,
    page: LoginPage,
) -> Response {
    let (browser, cookie) = login_browser(state, headers);
    let page = LoginPage {
        form_token: state.keys.login_token(&browser, state.clock.now()),
        ..page
    };
    let mut res = private(Html(admin::login(tr, &page).into_string()));
    *res.status_mut() = status;
    if let Some(wait) = page.retry_after {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(wait));
    }
    if let Some(c) = cookie {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    res
}

pub async fn login_page(
    State(state): State<AppState>,
    lang: RequestLang,
    headers: HeaderMap,
) -> Response {
    login_form(
        &state,
        &lang.tr(None),
        &headers,
        StatusCode::OK,
        LoginPage::default(),
    )
}

pub async fn login(
    State(state): State<AppState>,
    lang: RequestLang,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    form: FormPairs,
) -> Result<Response, AppError> {
    let tr = lang.tr(None);
    let now = state.clock.now();
    let typed = form.get("email").trim().to_owned();
    let again = |status: StatusCode, failed: bool, retry_after: Option<u64>| {
        let page = LoginPage {
            email: typed.clone(),
            failed,
            retry_after,
            ..Default::default()
        };
        login_form(&state, &tr, &headers, status, page)
    };
    if let Err(wait) = state.limits.login.check(ip) {
        return Ok(again(
            StatusCode::TOO_MANY_REQUESTS,
            false,
            Some(wait.as_secs()),
        ));
    }
    // The account is keyed by the parsed address, never by the typed string: see
    // `AccountKey`. An address that does not parse has no account, and only the limit per
    // client address applies to it.
    let email = Email::parse(&typed).ok();
    if let Some(e) = &email {
        if let Err(wait) = state.limits.login_account.check_key(&AccountKey::from(e)) {
            tracing::warn!(account = %e.masked(), "login rate limit per account reached");
            return Ok(again(
                StatusCode::TOO_MANY_REQUESTS,
                false,
                Some(wait.as_secs()),
            ));
        }
    }
    // A login form posted from elsewhere (login CSRF) has no token bound to this browser.
    let bound = session_token(&headers, login_cookie_name(&state)).is_some_and(|browser| {
        state
            .keys
            .check_login_token(form.get("form_token"), &browser, now, LOGIN_FORM_MAX_AGE)
            .is_ok()
    });
    if !bound {
        return Ok(again(StatusCode::UNPROCESSABLE_ENTITY, false, None));
    }
    let account = match &email {
        Some(e) => state.store.organizer_by_email(e).await?,
        None => None,
    };
    // The same work and the same answer whether the account exists or not.
    let pw = form.get("password").to_owned();
    let stored = account.as_ref().map(|a| a.password_hash.clone());
    let ok = tokio::task::spawn_blocking(move || password::verify(&pw, stored.as_deref()))
        .await
        .unwrap_or(false);
    let Some(account) = account.filter(|_| ok) else {
        let account = email.as_ref().map(Email::masked);
        tracing::info!(
            account = account.as_deref().unwrap_or("(not an address)"),
            "login failed"
        );
        return Ok(again(StatusCode::UNAUTHORIZED, true, None));
    };
    // A browser holds one session: logging in again ends the one it had.
    if let Some(old) = session_token(&headers, cookie_name(&state)) {
        state.store.end_session_by_token(&old).await?;
    }
    let (token, _) = state.store.create_session(account.id, now).await?;
    state
        .store
        .audit(
            audit::Action {
                actor: &account.email,
                action: "login",
                petition_id: None,
                detail: String::new(),
                count: 0,
            },
            now,
        )
        .await?;
    let max_age = state.settings.admin.session_max_hours * 3600;
    let mut res = Redirect::to("/admin").into_response();
    if let Some(c) = super::cookies::set_cookie(
        &state.settings,
        cookie_name(&state),
        token.expose(),
        max_age,
    ) {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    Ok(res)
}

pub async fn logout(
    State(state): State<AppState>,
    who: Organizer,
    form: FormPairs,
) -> Result<Response, AppError> {
    who.check(&form)?;
    state.store.end_session(who.0.id).await?;
    state
        .store
        .audit(
            audit::Action {
                actor: who.email(),
                action: "logout",
                petition_id: None,
                detail: String::new(),
                count: 0,
            },
            state.clock.now(),
        )
        .await?;
    let mut res = Redirect::to("/admin/login").into_response();
    if let Some(c) = super::cookies::set_cookie(&state.settings, cookie_name(&state), "", 0) {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    Ok(res)
}

// ---------------------------------------------------------------------------------------
// Dashboard and petition pages
// ---------------------------------------------------------------------------------------

fn status_view(c: &StatusCounts) -> StatusView {
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

fn minute(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

#[derive(Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
    q: Option<String>,
}

/// The message after an action, from the catalog (`?done=` names which).
fn notice(tr: &Tr, done: Option<&str>) -> Option<String> {
    let key = match done? {
        "saved" => "admin-notice-saved",
        "state" => "admin-notice-state-changed",
        "hidden" => "admin-notice-hidden",
        "unhidden" => "admin-notice-unhidden",
        "removed" => "admin-notice-removed",
        "removed-domain" => "admin-notice-removed-domain",
        _ => return None,
    };
    Some(tr.t(key))
}

pub async fn dashboard(
    State(state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
    Query(q): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let tr = lang.tr(None);
    let db = state.store.reader();
    let list = petitions::all(db).await?;
    let counts = moderation::status_counts(db).await?;
    let health = state.store.outbox_health().await?;
    let failures = state.store.outbox_failures(10).await?;
    let slugs: HashMap<i64, String> = list.iter().map(|p| (p.id, p.slug.clone())).collect();
    let page = DashboardPage {
        ctx: who.ctx(notice(&tr, q.done.as_deref())),
        petitions: list
            .iter()
            .map(|p| PetitionRow {
                slug: p.slug.clone(),
                title: p.title.clone(),
                state: p.visible_state(state.clock.now()).as_str().to_owned(),
                counts: status_view(&counts.get(&p.id).cloned().unwrap_or_default()),
                goal: p.goal,
            })
            .collect(),
        outbox: OutboxView {
            queued: health.queued,
            retrying: health.retrying,
            failed: health.failed,
            failures: failures
                .into_iter()
                .map(|(t, a, e)| (minute(t), a, e))
                .collect(),
        },
        audit: audit::recent(db, 50)
            .await?
            .into_iter()
            .map(|a| AuditEntry {
                at: a.created_at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
                actor: a.actor,
                action: a.action,
                petition_slug: a.petition_id.and_then(|id| slugs.get(&id).cloned()),
                detail: a.detail,
                count: a.count,
            })
            .collect(),
    };
    Ok(private(Html(admin::dashboard(&tr, &page).into_string())))
}

async fn find(state: &AppState, slug: &str) -> Result<Petition, AppError> {
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    petitions::by_slug(state.store.reader(), slug.as_ref())
        .await?
        .ok_or(AppError::NotFound)
}

fn signature_row(s: SignatureRecord) -> SignatureRow {
    SignatureRow {
        id: s.id,
        kind: s.kind,
        status: s.status,
        name: s.name.unwrap_or_default(),
        organization: s.organization,
        email: s.email.unwrap_or_default(),
        country: s.country.unwrap_or_default(),
        city: s.city,
        public: s.public,
        hidden: s.hidden,
        created: minute(s.created_at),
        comment: s.comment,
    }
}

/// Every day from the first to the last, with zeros where nobody signed.
fn fill_days(days: Vec<(String, u64)>) -> Vec<(String, u64)> {
    let parse = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
    let (Some(first), Some(last)) = (
        days.first().and_then(|d| parse(&d.0)),
        days.last().and_then(|d| parse(&d.0)),
    ) else {
        return days;
    };
    let known: HashMap<String, u64> = days.into_iter().collect();
    first
        .iter_days()
        .take_while(|d| *d <= last)
        .map(|d| {
            let k = d.format("%Y-%m-%d").to_string();
            let n = known.get(&k).copied().unwrap_or(0);
            (k, n)
        })
        .collect()
}

pub async fn petition(
    State(state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
    PathParam(slug): PathParam,
    Query(q): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let tr = lang.tr(None);
    let p = find(&state, &slug).await?;
    let db = state.store.reader();
    let counts = moderation::status_counts(db)
        .await?
        .remove(&p.id)
        .unwrap_or_default();
    let snapshot = crate::store::counts::confirmed(db, Some(p.id))
        .await?
        .remove(&p.id)
        .unwrap_or_default();
    let query = q.q.unwrap_or_default();
    let results = if query.trim().is_empty() {
        vec![]
    } else {
        moderation::search(db, p.id, &query, 200)
            .await?
            .into_iter()
            .map(signature_row)
            .collect()
    };
    let readers = translations::readers(db, p.id).await?;
    let languages = std::iter::once((p.language.clone(), true, false))
        .chain(
            translations::all_of(db, &p)
                .await?
                .into_iter()
                .map(|(l, current)| (l, false, !current)),
        )
        .map(|(language, original, outdated)| LanguageVersionView {
            readers: readers.get(&language).copied().unwrap_or(0),
            language,
            original,
            outdated,
        })
        .collect();
    let page = PetitionAdminPage {
        ctx: who.ctx(notice(&tr, q.done.as_deref())),
        languages,
        slug: p.slug.clone(),
        title: p.title.clone(),
        state: p.visible_state(state.clock.now()).as_str().to_owned(),
        delivered_at: p.delivered_at.map(minute),
        delivery_note: p.delivery_note.clone(),
        counts: status_view(&counts),
        per_day: fill_days(moderation::confirmed_per_day(db, p.id).await?),
        by_country: snapshot
            .countries_ranked()
            .into_iter()
            .map(|(code, n)| {
                let name = CountryCode::display_name(&code, tr.lang());
                (code, name, n)
            })
            .collect(),
        searched: !query.trim().is_empty(),
        query,
        results,
        exports: state
            .store
            .exports_of(p.id)
            .await?
            .into_iter()
            .map(|e| ExportView {
                at: minute(e.created_at),
                actor: e.actor,
                format: e.format,
                rows: e.rows,
                sha256: e.sha256,
                destination: e.destination,
            })
            .collect(),
        versions: petitions::versions(db, p.id)
            .await?
            .into_iter()
            .map(|(v, n)| VersionView {
                number: v.number,
                at: minute(v.created_at),
                sha256: v.sha256.clone(),
                signatures: n,
                current: Some(v.id) == p.version_id,
            })
            .collect(),
    };
    Ok(private(Html(admin::petition(&tr, &page).into_string())))
}

// ---------------------------------------------------------------------------------------
// State and moderation
// ---------------------------------------------------------------------------------------

pub async fn set_state(
    State(state): State<AppState>,
    who: Organizer,
    PathParam(slug): PathParam,
    form: FormPairs,
) -> Result<Response, AppError> {
    who.check(&form)?;
    let p = find(&state, &slug).await?;
    let new = PetitionState::parse(form.get("state")).ok_or(AppError::BadRequest("state"))?;
    let note = clean_text(form.get("note"), TextRules::multiline(1000))
        .map_err(|_| AppError::BadRequest("note"))?;
    state
        .store
        .set_petition_state(who.email(), p.id, new, note, state.clock.now())
        .await?;
    state.counts.invalidate();
    Ok(back_to(&p.slug, "state"))
}

#[derive(Clone, Copy)]
pub enum Moderation {
    Hide,
    Unhide,
    Remove,
}

async fn moderate(
    state: AppState,
    who: Organizer,
    slug: String,
    id: String,
    form: FormPairs,
    what: Moderation,
) -> Result<Response, AppError> {
    who.check(&form)?;
    let p = find(&state, &slug).await?;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let now = state.clock.now();
    let (found, done) = match what {
        Moderation::Hide => (
            state
                .store
                .set_hidden(who.email(), p.id, id, true, &state.keys, now)
                .await?,
            "hidden",
        ),
        Moderation::Unhide => (
            state
                .store
                .set_hidden(who.email(), p.id, id, false, &state.keys, now)
                .await?,
            "unhidden",
        ),
        Moderation::Remove => (
            state
                .store
                .remove_signature(who.email(), p.id, id, now)
                .await?,
            "removed",
        ),
    };
    if !found {
        return Err(AppError::NotFound);
    }
    state.counts.invalidate();
    Ok(back_to(&p.slug, done))
}

pub async fn hide(
    State(s): State<AppState>,
    who: Organizer,
    PathParam((slug, id)): PathParam<(String, String)>,
    form: FormPairs,
) -> Result<Response, AppError> {
    moderate(s, who, slug, id, form, Moderation::Hide).await
}

pub async fn unhide(
    State(s): State<AppState>,
    who: Organizer,
    PathParam((slug, id)): PathParam<(String, String)>,
    form: FormPairs,
) -> Result<Response, AppError> {
    moderate(s, who, slug, id, form, Moderation::Unhide).await
}

pub async fn remove(
    State(s): State<AppState>,
    who: Organizer,
    PathParam((slug, id)): PathParam<(String, String)>,
    form: FormPairs,
) -> Result<Response, AppError> {
    moderate(s, who, slug, id, form, Moderation::Remove).await
}

/// First POST: how many and which, and a button to confirm. Second POST (`confirm=yes`):
/// done.
pub async fn remove_domain(
    State(state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
    PathParam(slug): PathParam,
    form: FormPairs,
) -> Result<Response, AppError> {
    who.check(&form)?;
    let p = find(&state, &slug).await?;
    let domain = crate::domain::email::domain_key(form.get("domain"));
    let valid = !domain.is_empty()
        && domain.contains('.')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    if !valid {
        return Ok(back_to(&p.slug, "invalid-domain"));
    }
    if form.get("confirm") == "yes" {
        let n = state
            .store
            .remove_domain(who.email(), p.id, &domain, state.clock.now())
            .await?;
        tracing::info!(petition = %p.slug, %domain, removed = n, "signatures removed by domain");
        state.counts.invalidate();
        return Ok(back_to(&p.slug, "removed-domain"));
    }
    let (count, sample) =
        moderation::at_domain_preview(state.store.reader(), p.id, &domain).await?;
    let page = BulkRemovePage {
        ctx: who.ctx(None),
        slug: p.slug.clone(),
        title: p.title.clone(),
        domain,
        count,
        sample: sample.into_iter().map(signature_row).collect(),
    };
    Ok(private(Html(
        admin::bulk_remove(&lang.tr(None), &page).into_string(),
    )))
}

// ---------------------------------------------------------------------------------------
// Creating and editing petitions
// ---------------------------------------------------------------------------------------

/// The edit form as typed, and what is wrong with it.
fn parse_edit(
    form: &FormPairs,
    existing: Option<&Petition>,
) -> (EditPetitionPage, Option<PetitionRecord>) {
    let mut page = EditPetitionPage {
        ctx: None,
        existing: existing.is_some(),
        slug: existing
            .map(|p| p.slug.clone())
            .unwrap_or_else(|| form.get("slug").trim().to_owned()),
        title: form.get("title").to_owned(),
        summary: form.get("summary").to_owned(),
        addressees: form.get("addressees").to_owned(),
        author: form.get("author").to_owned(),
        language: form.get("language").trim().to_owned(),
        accepts_individuals: form.get("accepts_individuals") == "on",
        accepts_organizations: form.get("accepts_organizations") == "on",
        goal: form.get("goal").trim().to_owned(),
        closes_on: form.get("closes_on").trim().to_owned(),
        body: form.get("body").replace("\r\n", "\n"),
        ..Default::default()
    };
    let mut errors: Vec<(String, String)> = vec![];
    let mut err = |field: &str, key: &str| errors.push((field.to_owned(), key.to_owned()));
    let slug = Slug::parse(&page.slug)
        .map_err(|_| err("slug", "admin-err-slug"))
        .ok();
    let mut text = |field: &str, value: &str, max: usize, key: &str| match clean_text(
        value,
        TextRules::line(max, true),
    ) {
        Ok(v) => v,
        Err(crate::domain::TextError::Required) => {
            err(field, "err-required");
            None
        }
        Err(_) => {
            err(field, key);
            None
        }
    };
    let title = text("title", &page.title, 200, "err-too-long-200");
    let author = text("author", &page.author, 200, "err-too-long-200");
    let summary = match clean_text(&page.summary, TextRules::line(1000, false)) {
        Ok(s) => s,
        Err(_) => {
            err("summary", "err-too-long-1000");
            None
        }
    };
    let addressees: Vec<String> = page
        .addressees
        .lines()
        .filter_map(|l| clean_text(l, TextRules::line(200, false)).ok().flatten())
        .collect();
    let addressees_ok = !addressees.is_empty()
        && page
            .addressees
            .lines()
            .all(|l| clean_text(l, TextRules::line(200, false)).is_ok());
    if !addressees_ok {
        err("addressees", "admin-err-addressees");
    }
    if !is_language_tag(&page.language) {
        err("language", "admin-err-language");
    }
    let accepts = Accepts {
        individuals: page.accepts_individuals,
        organizations: page.accepts_organizations,
    };
    if !accepts.individuals && !accepts.organizations {
        err("accepts", "admin-err-accepts");
    }
    let goal = if page.goal.is_empty() {
        None
    } else {
        match page.goal.parse::<u64>() {
            Ok(g) if g > 0 => Some(g),
            _ => {
                err("goal", "admin-err-goal");
                None
            }
        }
    };
    let closes_at = if page.closes_on.is_empty() {
        None
    } else {
        match NaiveDate::parse_from_str(&page.closes_on, "%Y-%m-%d") {
            Ok(d) => d
                .succ_opt()
                .and_then(|n| n.and_hms_opt(0, 0, 0))
                .map(|t| t.and_utc()),
            Err(_) => {
                err("closes_on", "admin-err-date");
                None
            }
        }
    };
    let body = page.body.trim().to_owned();
    if body.is_empty() {
        err("body", "err-required");
    }
    page.errors = errors;
    let record = match (slug, title, author) {
        (Some(slug), Some(title), Some(author)) if page.errors.is_empty() => Some(PetitionRecord {
            slug,
            summary: summary.unwrap_or_else(|| crate::declarations::first_paragraph(&body)),
            body_html: crate::markdown::render(&body),
            body,
            title,
            addressees,
            author,
            language: page.language.clone(),
            accepts,
            goal,
            closes_at,
            excerpt: existing.is_some_and(|p| p.excerpt),
            state: existing.map(|p| p.state).unwrap_or(PetitionState::Draft),
            source_hash: None,
        }),
        _ => None,
    };
    (page, record)
}

fn edit_page_of(p: &Petition) -> EditPetitionPage {
    EditPetitionPage {
        existing: true,
        slug: p.slug.clone(),
        title: p.title.clone(),
        summary: p.summary.clone(),
        addressees: p.addressees.join("\n"),
        author: p.author.clone(),
        language: p.language.clone(),
        accepts_individuals: p.accepts.individuals,
        accepts_organizations: p.accepts.organizations,
        goal: p.goal.map(|g| g.to_string()).unwrap_or_default(),
        closes_on: p
            .closes_at
            .map(|t| (t - TimeDelta::seconds(1)).format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        body: p.body.clone(),
        ..Default::default()
    }
}

async fn has_signed_version(state: &AppState, p: &Petition) -> Result<bool, AppError> {
    // Any signature at all (not only confirmed) freezes the text it was given.
    Ok(match p.version_id {
        Some(v) => state.store.signatures_of_version(v).await? > 0,
        None => false,
    })
}

pub async fn new_page(
    State(_state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
) -> Response {
    let page = EditPetitionPage {
        ctx: Some(who.ctx(None)),
        language: "en".into(),
        accepts_individuals: true,
        accepts_organizations: true,
        ..Default::default()
    };
    private(Html(
        admin::edit_petition(&lang.tr(None), &page).into_string(),
    ))
}

pub async fn edit_page(
    State(state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
    PathParam(slug): PathParam,
) -> Result<Response, AppError> {
    let p = find(&state, &slug).await?;
    let mut page = edit_page_of(&p);
    page.ctx = Some(who.ctx(None));
    page.creates_new_version = has_signed_version(&state, &p).await?;
    Ok(private(Html(
        admin::edit_petition(&lang.tr(None), &page).into_string(),
    )))
}

pub async fn create(
    State(state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
    form: FormPairs,
) -> Result<Response, AppError> {
    who.check(&form)?;
    let (mut page, record) = parse_edit(&form, None);
    if let Some(r) = &record {
        if petitions::by_slug(state.store.reader(), r.slug.as_ref())
            .await?
            .is_some()
        {
            page.errors
                .push(("slug".into(), "admin-err-slug-taken".into()));
        }
    }
    save(state, who, lang, form, page, record, None).await
}

pub async fn update(
    State(state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
    PathParam(slug): PathParam,
    form: FormPairs,
) -> Result<Response, AppError> {
    who.check(&form)?;
    let p = find(&state, &slug).await?;
    let (mut page, record) = parse_edit(&form, Some(&p));
    page.creates_new_version = has_signed_version(&state, &p).await?;
    save(state, who, lang, form, page, record, Some(p)).await
}

async fn save(
    state: AppState,
    who: Organizer,
    lang: RequestLang,
    form: FormPairs,
    mut page: EditPetitionPage,
    record: Option<PetitionRecord>,
    existing: Option<Petition>,
) -> Result<Response, AppError> {
    let tr = lang.tr(None);
    let preview = form.get("action") == "preview";
    match record {
        Some(r) if page.errors.is_empty() && !preview => {
            let now = state.clock.now();
            state.store.upsert_petition(&r, now).await?;
            let action = if existing.is_some() {
                "petition.edit"
            } else {
                "petition.create"
            };
            let saved = petitions::by_slug(state.store.reader(), r.slug.as_ref()).await?;
            state
                .store
                .audit(
                    audit::Action {
                        actor: who.email(),
                        action,
                        petition_id: saved.map(|p| p.id),
                        detail: r.title.clone(),
                        count: 0,
                    },
                    now,
                )
                .await?;
            state.counts.invalidate();
            Ok(back_to(r.slug.as_ref(), "saved"))
        }
        _ => {
            page.ctx = Some(who.ctx(None));
            if preview {
                page.preview_html = Some(crate::markdown::render(&page.body));
            }
            let status = if page.errors.is_empty() {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let mut res = private(Html(admin::edit_petition(&tr, &page).into_string()));
            *res.status_mut() = status;
            Ok(res)
        }
    }
}

// ---------------------------------------------------------------------------------------
// Export and delivery
// ---------------------------------------------------------------------------------------

#[derive(Deserialize)]
pub struct ExportQuery {
    format: Option<String>,
    /// The language of country names; see [`export::language`].
    lang: Option<String>,
}

/// Streams the CSV from the database to the browser; memory stays flat. The export is
/// recorded (with its SHA-256) once the last byte has gone out.
pub async fn export_csv(
    State(state): State<AppState>,
    who: Organizer,
    PathParam(slug): PathParam,
    Query(q): Query<ExportQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    // An export is written to the audit log: a link on another site must not be able to
    // make an organiser's browser add entries to it (the session cookie is `SameSite=Lax`,
    // which a top-level GET carries).
    super::middleware::same_origin(&state, &headers)
        .map_err(|_| AppError::Forbidden("cross-site"))?;
    let p = find(&state, &slug).await?;
    let format = Format::parse(q.format.as_deref().unwrap_or("delivery"))
        .ok_or(AppError::BadRequest("format"))?;
    let language = export::language(&p, q.lang.as_deref());
    let now = state.clock.now();
    let filename = format!(
        "{}-{}-{}.csv",
        p.slug,
        now.format("%Y%m%d-%H%M%S"),
        format.as_str()
    );
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Vec<u8>, std::io::Error>>(4);
    let actor = who.email().to_owned();
    let task_state = state.clone();
    let name = filename.clone();
    tokio::spawn(async move {
        let send = |chunk: Vec<u8>| {
            let tx = tx.clone();
            async move {
                tx.send(Ok(chunk))
                    .await
                    .map_err(|_| export::ExportError::Closed)
            }
        };
        match export::run(&task_state.store, &p, format, language, send, |_| {}).await {
            Ok(done) => {
                let dest = format!("download {name}");
                if let Err(e) = task_state
                    .store
                    .record_export(
                        &actor,
                        p.id,
                        format.as_str(),
                        done.rows,
                        &done.sha256,
                        &dest,
                        now,
                    )
                    .await
                {
                    tracing::error!(error = %e, "export sent but not recorded");
                }
            }
            Err(export::ExportError::Closed) => {
                tracing::info!(petition = %p.slug, "export download abandoned")
            }
            Err(e) => {
                tracing::error!(error = %e, petition = %p.slug, "export failed");
                let _ = tx.send(Err(std::io::Error::other("export failed"))).await;
            }
        }
    });
    let stream = futures::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/csv; charset=utf-8"),
        ),
        (
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
                .map_err(|_| AppError::BadRequest("name"))?,
        ),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ];
    Ok((headers, Body::from_stream(stream)).into_response())
}

#[derive(Deserialize)]
pub struct DeliveryQuery {
    lang: Option<String>,
}

/// The delivery document in the declaration's language, or the one `?lang=` names: it is
/// for the addressees, whatever language the organiser's dashboard speaks.
pub async fn delivery(
    State(state): State<AppState>,
    _who: Organizer,
    PathParam(slug): PathParam,
    Query(q): Query<DeliveryQuery>,
) -> Result<Response, AppError> {
    let p = find(&state, &slug).await?;
    let tr = Tr::new(export::language(&p, q.lang.as_deref()));
    let doc = export::delivery::document(&state.store, &p, tr.lang(), state.clock.now())
        .await
        .map_err(|e| match e {
            export::ExportError::Store(s) => AppError::Store(s),
            other => AppError::Store(crate::store::StoreError::Corrupt(other.to_string())),
        })?;
    Ok(private(Html(admin::delivery(&tr, &doc).into_string())))
}
