//! The public pages: the index, a petition, its signatories, the thanks page, health.
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use templates::pages;
use templates::view::{
    FormKind, ListNote, PetitionPage, SignFormView, SignatoriesPage, TextVersion,
};
use templates::{Tr, STYLESHEET};

use super::error::AppError;
use super::middleware::PUBLIC_PAGE;
use super::page_cache::{PageKey, View};
use super::path::PathParam;
use super::{views, AppState};
use crate::domain::Slug;
use crate::i18n::RequestLang;
use crate::store::{signatures, Petition};

/// Public signatories per page of the list.
const PER_PAGE: u64 = 50;
/// Signatories shown on the petition page itself.
const RECENT: u64 = 10;

/// A public petition by the slug in a path: 404 for a malformed slug (before any query),
/// an unknown one, or a draft. At most a second old: see [`Store::public_petitions`].
///
/// [`Store::public_petitions`]: crate::store::Store::public_petitions
pub async fn find_petition(state: &AppState, slug: &str) -> Result<Arc<Petition>, AppError> {
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    state
        .store
        .public_petition(slug.as_ref())
        .await?
        .filter(|p| p.state.is_public())
        .ok_or(AppError::NotFound)
}

pub async fn index(State(state): State<AppState>, lang: RequestLang) -> Result<Response, AppError> {
    let now = state.clock.now();
    let list = state.store.public_petitions().await?;
    let snapshot = state.store.counts(now).await?;
    let tr = lang.tr(None);
    let cards: Vec<_> = list
        .iter()
        .map(|p| views::card(p, p.text_in(tr.lang()), &snapshot.of(p.id), now))
        .collect();
    Ok(public_page(pages::index(&tr, &cards).into_string()))
}

pub async fn petition(
    State(state): State<AppState>,
    PathParam(slug): PathParam,
    lang: RequestLang,
) -> Result<Response, AppError> {
    let p = find_petition(&state, &slug).await?;
    let tr = lang.tr(Some(&p.language));
    let text = lang.text(&tr, &p).language;
    let now = state.clock.now();
    // The busiest page of a campaign: rendered once a second per language at most, and
    // again at once when its counts or its petition change.
    let counts = state.store.counts(now).await?;
    let key = PageKey {
        petition: p.id,
        view: View::Petition,
        language: tr.lang(),
        text: p.text_languages().position(|l| l == text).unwrap_or(0),
        counts_taken: counts.taken,
        petitions: state.store.petitions_generation(),
    };
    let html = match state.pages.get(&key, now) {
        Some(html) => html,
        None => {
            let html: Bytes = petition_page(&state, &p, &tr, text, None)
                .await?
                .into_string()
                .into();
            state.pages.put(key, now, html.clone());
            html
        }
    };
    Ok((
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, PUBLIC_PAGE),
        ],
        html,
    )
        .into_response())
}

/// The petition page, its declaration in the language version `text_language` (see
/// [`RequestLang::text`]); `sent_back` replaces the blank form of its kind after a refusal.
pub async fn petition_page(
    state: &AppState,
    p: &Petition,
    tr: &Tr,
    text_language: &str,
    sent_back: Option<SignFormView>,
) -> Result<templates::Markup, AppError> {
    let text = p.text_in(text_language);
    let now = state.clock.now();
    let snapshot = state.store.counts(now).await?;
    let recent = signatures::recent_public(state.store.reader(), p.id, RECENT).await?;
    let mut forms = vec![];
    if p.is_signable(now) {
        let token = state.keys.form_token(p.id, now);
        for (kind, accepted) in [
            (FormKind::Individual, p.accepts.individuals),
            (FormKind::Organization, p.accepts.organizations),
        ] {
            if !accepted {
                continue;
            }
            match &sent_back {
                Some(f) if f.kind == kind => forms.push(f.clone()),
                _ => forms.push(blank_form(p, kind, &token, text.language)),
            }
        }
    }
    let versions = if p.translations.is_empty() {
        vec![]
    } else {
        p.text_languages()
            .map(|l| TextVersion {
                language: l.to_owned(),
                href: format!("/petitions/{}?lang={l}", p.slug),
                current: l == text.language,
                original: l == p.language,
            })
            .collect()
    };
    let page = PetitionPage {
        card: views::card(p, text, &snapshot.of(p.id), now),
        body_html: text.body_html.to_owned(),
        language: text.language.to_owned(),
        translated_from: (!text.is_original).then(|| p.language.clone()),
        // Said only when the reader's language has no version at all, not when they chose
        // the original.
        untranslated: (text.is_original
            && !p.has_text_in(tr.lang())
            && !primary_language(&p.language).eq_ignore_ascii_case(tr.lang()))
        .then(|| p.language.clone()),
        versions,
        excerpt: p.excerpt,
        delivered_on: p.delivered_at.map(|t| t.format("%Y-%m-%d").to_string()),
        delivery_note: p.delivery_note.clone(),
        recent: recent
            .iter()
            .map(|s| views::signatory(s, tr.lang()))
            .collect(),
        forms,
        countries: views::countries(tr.lang()),
        url: format!("{}/petitions/{}", state.settings.base(), p.slug),
    };
    Ok(pages::petition(tr, &page))
}

/// "en" of "en-GB": a page in English needs no note on a declaration in British English.
fn primary_language(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

fn blank_form(p: &Petition, kind: FormKind, token: &str, text_language: &str) -> SignFormView {
    let (visibility, default_visibility) = views::visibility_offer(&p.visibility);
    SignFormView {
        kind,
        visibility,
        default_visibility,
        action: format!("/petitions/{}/sign", p.slug),
        form_token: token.to_owned(),
        text_language: text_language.to_owned(),
        values: vec![],
        errors: vec![],
        notice: None,
    }
}

pub async fn thanks(
    State(state): State<AppState>,
    PathParam(slug): PathParam,
    lang: RequestLang,
) -> Result<Response, AppError> {
    let p = find_petition(&state, &slug).await?;
    let tr = lang.tr(Some(&p.language));
    let page = pages::thanks(&tr, p.text_in(tr.lang()).title, &p.slug).into_string();
    // Nothing on it is private, but it should not be indexed or cached by proxies.
    Ok(([(header::CACHE_CONTROL, "no-store")], Html(page)).into_response())
}

#[derive(Deserialize)]
pub struct PageQuery {
    page: Option<String>,
    /// The next page: signatories older than this key.
    after: Option<String>,
    /// The page before: signatories newer than this key.
    before: Option<String>,
}

/// How long a list read waits for its turn before the reader is asked to retry.
const LIST_READ_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// Page numbers reached by skipping from the newest: a bounded scan of the list's index.
/// Further pages are reached a page at a time, by key.
const NUMBERED_PAGES: u64 = 10;

/// `GET /petitions/{slug}/signatures`: the public list, newest first, a page at a time by
/// key (see [`signatures::ListKey`]). The total is the kept tally; a page number past the
/// end, or deeper than [`NUMBERED_PAGES`] without a key, reads no signature at all.
pub async fn signatories(
    State(state): State<AppState>,
    PathParam(slug): PathParam,
    Query(q): Query<PageQuery>,
    lang: RequestLang,
) -> Result<Response, AppError> {
    let p = find_petition(&state, &slug).await?;
    // A page number that is not a positive number is page 1, never an error.
    let page = q
        .page
        .as_deref()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .filter(|n| *n >= 1)
        .unwrap_or(1);
    let tr = lang.tr(Some(&p.language));
    // The numbered pages (the first above all, where every visitor lands) are rendered once
    // a second per language at most, like the petition page, and again when the counts
    // change.
    let cached = match (&q.after, &q.before) {
        (None, None) if page <= NUMBERED_PAGES => {
            let now = state.clock.now();
            let key = PageKey {
                petition: p.id,
                view: View::Signatories(page),
                language: tr.lang(),
                text: 0,
                counts_taken: state.store.counts(now).await?.taken,
                petitions: state.store.petitions_generation(),
            };
            if let Some(html) = state.pages.get(&key, now) {
                return Ok(public_page(html));
            }
            Some((key, now))
        }
        _ => None,
    };
    let html: Bytes = signatories_page(&state, &p, &tr, page, q)
        .await?
        .into_string()
        .into();
    if let Some((key, now)) = cached {
        state.pages.put(key, now, html.clone());
    }
    Ok(public_page(html))
}

/// A page of the public list: by key after Next or Previous, by number up to
/// [`NUMBERED_PAGES`] (a skip of at most that many pages of the index), and past either,
/// a note that reads no signature.
async fn signatories_page(
    state: &AppState,
    p: &Petition,
    tr: &Tr,
    page: u64,
    q: PageQuery,
) -> Result<maud::Markup, AppError> {
    // Waiting its turn behind a flood of list reads is that flood's cost, not everyone's;
    // a reader who waited this long is asked to come back.
    let _turn = tokio::time::timeout(LIST_READ_WAIT, state.list_reads.acquire())
        .await
        .ok()
        .and_then(Result::ok)
        .ok_or(AppError::RateLimited(std::time::Duration::from_secs(1)))?;
    let db = state.store.reader();
    let total = crate::store::tallies::listed(db, p.id).await?;
    let pages = total.div_ceil(PER_PAGE).max(1);
    let key = |s: Option<String>| s.as_deref().and_then(signatures::ListKey::parse);
    let from = match (key(q.after), key(q.before)) {
        (Some(k), _) => Some(signatures::ListFrom::Older(k)),
        (None, Some(k)) => Some(signatures::ListFrom::Newer(k)),
        _ if page == 1 => Some(signatures::ListFrom::Newest),
        _ if page > pages || page > NUMBERED_PAGES => None,
        _ => Some(signatures::ListFrom::Skip((page - 1) * PER_PAGE)),
    };
    let found = match from {
        Some(from) => signatures::public_page(db, p.id, from, PER_PAGE).await?,
        None => signatures::PublicPage::default(),
    };
    let base = format!("/petitions/{}/signatures", p.slug);
    let shown = page.min(pages);
    let view = SignatoriesPage {
        slug: p.slug.clone(),
        title: p.text_in(tr.lang()).title.to_owned(),
        signatories: found
            .signatories
            .iter()
            .map(|s| views::signatory(s, tr.lang()))
            .collect(),
        page: shown,
        pages,
        total_public: total,
        newer: found.newer.map(|k| {
            if shown <= 2 {
                format!("{base}?page=1")
            } else {
                format!("{base}?page={}&before={k}", shown - 1)
            }
        }),
        older: found
            .older
            .map(|k| format!("{base}?page={}&after={k}", shown + 1)),
        note: match from {
            Some(_) => None,
            None if page > pages => Some(ListNote::PastEnd),
            None => Some(ListNote::Deep(NUMBERED_PAGES)),
        },
    };
    Ok(pages::signatories(tr, &view))
}

pub async fn healthz(State(state): State<AppState>) -> Response {
    if state.store.ping().await {
        (StatusCode::OK, "ok").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
    }
}

/// `GET /readyz`: whether this instance can serve, for a load balancer: the database
/// answers and its schema is the one this binary needs (the secret was checked at start,
/// which does not finish without it). Liveness is `/healthz`.
pub async fn readyz(State(state): State<AppState>) -> Response {
    let not_ready = |why: &'static str| (StatusCode::SERVICE_UNAVAILABLE, why).into_response();
    if !state.store.ping().await {
        return not_ready("database unavailable");
    }
    match state.store.pending_migrations().await {
        Ok(0) => (StatusCode::OK, "ready").into_response(),
        Ok(_) => not_ready("database schema behind this binary"),
        Err(e) => {
            tracing::warn!(error = %e, "readiness: cannot read the schema's migrations");
            not_ready("database schema unreadable")
        }
    }
}

pub async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        STYLESHEET,
    )
        .into_response()
}

/// A page with nothing private in it (see [`super::middleware::cache_policy`]).
fn public_page(html: impl Into<Bytes>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, PUBLIC_PAGE),
        ],
        html.into(),
    )
        .into_response()
}

pub async fn not_found() -> AppError {
    AppError::NotFound
}
