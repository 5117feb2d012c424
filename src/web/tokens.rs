//! Confirm, withdraw and unsubscribe links. The emailed link only shows a page with one button; the
//! button's POST acts, because mail scanners follow links and must never sign for anyone.
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use templates::pages;
use templates::view::TokenPage;

use super::error::AppError;
use super::form::FormPairs;
use super::path::PathParam;
use super::{views, AppState};
use crate::domain::{Status, Token, TokenPurpose, Visibility};
use crate::i18n::RequestLang;
use crate::security::Link;
use crate::store::tokens::{lookup, TokenAction, TokenLookup};
use crate::store::Petition;

pub async fn confirm_page(
    state: State<AppState>,
    path: PathParam,
    lang: RequestLang,
) -> Result<Response, AppError> {
    show(state, path, lang, TokenPurpose::Confirm).await
}

pub async fn withdraw_page(
    state: State<AppState>,
    path: PathParam,
    lang: RequestLang,
) -> Result<Response, AppError> {
    show(state, path, lang, TokenPurpose::Withdraw).await
}

/// `GET /unsubscribe/{token}`: a page with one button; a link scanner's GET changes nothing.
pub async fn unsubscribe_page(
    state: State<AppState>,
    path: PathParam,
    lang: RequestLang,
) -> Result<Response, AppError> {
    show(state, path, lang, TokenPurpose::Unsubscribe).await
}

async fn show(
    State(state): State<AppState>,
    PathParam(raw): PathParam,
    lang: RequestLang,
    purpose: TokenPurpose,
) -> Result<Response, AppError> {
    let link = open(&state, &raw, purpose)?;
    match lookup(state.store.reader(), &link, state.clock.now()).await? {
        TokenLookup::Unknown => Err(AppError::NotFound),
        TokenLookup::Expired(p) => {
            let tr = lang.tr(Some(&p.language));
            let page = pages::expired(&tr, p.text_in(tr.lang()).title, &p.slug);
            Ok((StatusCode::GONE, Html(page.into_string())).into_response())
        }
        TokenLookup::Valid {
            petition, status, ..
        } if purpose == TokenPurpose::Confirm
            && status == Status::Pending
            && !petition.is_signable(state.clock.now()) =>
        {
            // Nothing to confirm any more: say so, and offer no button.
            let tr = lang.tr(Some(&petition.language));
            let page = pages::closed(&tr, petition.text_in(tr.lang()).title, &petition.slug);
            Ok((StatusCode::CONFLICT, Html(page.into_string())).into_response())
        }
        TokenLookup::Valid {
            petition,
            visibility,
            ..
        } => {
            let tr = lang.tr(Some(&petition.language));
            // The level chosen, then the more private ones the petition offers.
            let levels = std::iter::once(visibility)
                .chain(petition.visibility.more_private_than(visibility));
            let view = TokenPage {
                petition_title: petition.text_in(tr.lang()).title.to_owned(),
                petition_slug: petition.slug.clone(),
                action: format!("/{}/{}", purpose.as_str(), link.token.expose()),
                visibility: match purpose {
                    TokenPurpose::Confirm => levels.map(views::visibility).collect(),
                    TokenPurpose::Withdraw | TokenPurpose::Unsubscribe => vec![],
                },
            };
            let page = match purpose {
                TokenPurpose::Confirm => pages::confirm(&tr, &view),
                TokenPurpose::Withdraw => pages::withdraw(&tr, &view),
                TokenPurpose::Unsubscribe => pages::unsubscribe(&tr, &view),
            };
            Ok(Html(page.into_string()).into_response())
        }
    }
}

pub async fn confirm(
    State(state): State<AppState>,
    PathParam(raw): PathParam,
    lang: RequestLang,
    form: Option<FormPairs>,
) -> Result<Response, AppError> {
    let link = open(&state, &raw, TokenPurpose::Confirm)?;
    // The page's form may move the signature to a more private level; a button pressed
    // without one (or a form from before levels) confirms as chosen.
    let visibility = form
        .as_ref()
        .and_then(|f| Visibility::parse(f.get("visibility")));
    let action = state
        .store
        .confirm(link, visibility, state.clock.now())
        .await?;
    if let TokenAction::Done(p) = &action {
        tracing::debug!(petition = %p.slug, "signature confirmed");
    }
    Ok(answer(action, &lang, pages::confirmed))
}

pub async fn withdraw(
    State(state): State<AppState>,
    PathParam(raw): PathParam,
    lang: RequestLang,
) -> Result<Response, AppError> {
    let link = open(&state, &raw, TokenPurpose::Withdraw)?;
    let action = state.store.withdraw(&link, state.clock.now()).await?;
    if let TokenAction::Done(p) = &action {
        tracing::info!(petition = %p.slug, "signature withdrawn");
    }
    Ok(answer(action, &lang, pages::withdrawn))
}

/// `POST /unsubscribe/{token}`: the page's button, or a mail client's one-click POST (RFC
/// 8058, body `List-Unsubscribe=One-Click`, whatever its encoding: the body is not read).
/// Idempotent.
pub async fn unsubscribe(
    State(state): State<AppState>,
    PathParam(raw): PathParam,
    lang: RequestLang,
) -> Result<Response, AppError> {
    let link = open(&state, &raw, TokenPurpose::Unsubscribe)?;
    let action = match state.store.unsubscribe(&link, state.clock.now()).await? {
        Some(p) => TokenAction::Done(p),
        None => TokenAction::Unknown,
    };
    Ok(answer(action, &lang, pages::unsubscribed))
}

/// A link's token as it arrived in the path: malformed ones never reach a query.
fn open(state: &AppState, raw: &str, purpose: TokenPurpose) -> Result<Link, AppError> {
    let token = Token::parse(raw).map_err(|_| AppError::NotFound)?;
    Ok(state.keys.links().open(token, purpose))
}

type OutcomePage = fn(&templates::Tr, &str, &str) -> templates::Markup;

fn answer(action: TokenAction, lang: &RequestLang, done: OutcomePage) -> Response {
    let (status, render, petition): (StatusCode, OutcomePage, Petition) = match action {
        TokenAction::Unknown => return AppError::NotFound.into_response(),
        TokenAction::Expired(p) => (StatusCode::GONE, pages::expired, p),
        TokenAction::Inactive(p) => (StatusCode::GONE, pages::inactive, p),
        TokenAction::Closed(p) => (StatusCode::CONFLICT, pages::closed, p),
        TokenAction::Done(p) => (StatusCode::OK, done, p),
    };
    let tr = lang.tr(Some(&petition.language));
    (
        status,
        Html(render(&tr, petition.text_in(tr.lang()).title, &petition.slug).into_string()),
    )
        .into_response()
}
