//! A petition's state, and what organizers do to signatures: hide, show, remove, remove
//! by domain.

use axum::extract::State;
use axum::response::{Html, Response};
use templates::admin;
use templates::admin::BulkRemovePage;

use crate::domain::{clean_text, PetitionState, TextRules};
use crate::i18n::RequestLang;
use crate::store::moderation::{self};
use crate::web::error::AppError;
use crate::web::form::FormPairs;
use crate::web::path::PathParam;
use crate::web::AppState;

use super::{back_to, find, private, signature_row, Organizer};

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
    // Delivering tells the signers who asked for news, unless the organizer unticked it.
    let notify = form.get("notify_offered").is_empty() || form.get("notify_signers") == "on";
    state
        .store
        .set_petition_state(
            who.email(),
            p.id,
            new,
            note,
            notify.then_some(&state.keys),
            state.clock.now(),
        )
        .await?;
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
