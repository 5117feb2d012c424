//! Updates to signers: the list of what was sent and how far it got, and the compose form
//! with its translations, preview and send.
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use templates::admin::{
    self, UpdateForm, UpdatePreview, UpdateRow, UpdateTranslationFields, UpdatesPage,
};
use templates::Tr;

use crate::domain::update::UpdateFields;
use crate::domain::Token;
use crate::i18n::RequestLang;
use crate::store::updates::{UpdateDraft, UpdateKind, UpdateTranslation};
use crate::store::Petition;
use crate::web::error::AppError;
use crate::web::form::FormPairs;
use crate::web::path::PathParam;
use crate::web::AppState;

use super::{find, minute, notice, private, Organizer};

#[derive(Deserialize)]
pub struct UpdatesQuery {
    done: Option<String>,
}

/// The languages an update may be translated into: every catalog's but the petition's own.
fn other_languages(p: &Petition) -> Vec<&'static str> {
    templates::i18n::SUPPORTED
        .iter()
        .copied()
        .filter(|l| *l != p.language)
        .collect()
}

/// `GET /admin/petitions/{slug}/updates`.
pub async fn page(
    State(state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
    PathParam(slug): PathParam,
    Query(q): Query<UpdatesQuery>,
) -> Result<Response, AppError> {
    let p = find(&state, &slug).await?;
    let tr = lang.tr(None);
    let fields = UpdateFields::from_form(|_| "", &other_languages(&p));
    let view = render(
        &state,
        &who,
        &tr,
        &p,
        &fields,
        None,
        vec![],
        q.done.as_deref(),
    )
    .await?;
    Ok(private(Html(admin::updates(&tr, &view).into_string())))
}

/// `POST /admin/petitions/{slug}/updates`: with `preview`, shows the update as signers will
/// read it; otherwise queues it for every signer who asked for news, once, however often
/// the form is sent.
pub async fn compose(
    State(state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
    PathParam(slug): PathParam,
    form: FormPairs,
) -> Result<Response, AppError> {
    who.check(&form)?;
    let p = find(&state, &slug).await?;
    let tr = lang.tr(None);
    let fields = UpdateFields::from_form(|k| form.get(k), &other_languages(&p));
    let nonce = form.get("nonce");
    let text = match fields.parse() {
        Ok(t) => t,
        Err(errors) => {
            let errors = errors.into_iter().map(|(f, k)| (f, k.to_owned())).collect();
            let view = render(&state, &who, &tr, &p, &fields, Some(nonce), errors, None).await?;
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                private(Html(admin::updates(&tr, &view).into_string())),
            )
                .into_response());
        }
    };
    if !form.get("preview").is_empty() {
        let mut view = render(&state, &who, &tr, &p, &fields, Some(nonce), vec![], None).await?;
        view.preview = Some(UpdatePreview {
            subject: text.subject.clone(),
            html: crate::markdown::render(&text.body),
        });
        return Ok(private(Html(admin::updates(&tr, &view).into_string())));
    }
    let draft = UpdateDraft {
        kind: UpdateKind::Written,
        body_html: crate::markdown::render(&text.body),
        subject: text.subject,
        body: text.body,
        // Only a value of the shape the page issues is kept; anything else is no nonce.
        nonce: Token::parse(nonce).ok().map(|t| t.expose().to_owned()),
        translations: text
            .translations
            .into_iter()
            .map(|(language, subject, body)| UpdateTranslation {
                language,
                body_html: crate::markdown::render(&body),
                subject,
                body,
            })
            .collect(),
    };
    let queued = state
        .store
        .queue_update(who.email(), &p, draft, &state.keys, state.clock.now())
        .await?;
    tracing::info!(
        petition = %p.slug,
        update_id = queued.update_id,
        recipients = queued.recipients,
        again = queued.again,
        "update queued"
    );
    Ok(Redirect::to(&format!(
        "/admin/petitions/{}/updates?done=update-queued",
        p.slug
    ))
    .into_response())
}

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    who: &Organizer,
    tr: &Tr,
    p: &Petition,
    fields: &UpdateFields,
    nonce: Option<&str>,
    errors: Vec<(String, String)>,
    done: Option<&str>,
) -> Result<UpdatesPage, AppError> {
    let audience = state.store.update_audience(p.id).await?;
    let updates = state.store.updates(p.id).await?;
    let refused = state.store.refused_addresses(p.id).await?;
    let nonce = nonce
        .and_then(|n| Token::parse(n).ok())
        .unwrap_or_else(Token::generate);
    Ok(UpdatesPage {
        ctx: who.ctx(notice(tr, done)),
        slug: p.slug.clone(),
        title: p.title.clone(),
        language: p.language.clone(),
        audience_total: audience.total,
        audience_by_language: audience.by_language,
        refused,
        updates: updates
            .into_iter()
            .map(|u| UpdateRow {
                delivered: u.kind == UpdateKind::Delivered,
                subject: u.subject,
                created_at: minute(u.created_at),
                created_by: u.created_by,
                recipients: u.recipients,
                queued: u.queued,
                sent: u.sent,
                failed: u.failed,
                refused: u.refused,
                cancelled: u.cancelled,
            })
            .collect(),
        form: UpdateForm {
            subject: fields.subject.clone(),
            body: fields.body.clone(),
            nonce: nonce.expose().to_owned(),
            translations: fields
                .translations
                .iter()
                .map(|(language, subject, body)| UpdateTranslationFields {
                    language: language.clone(),
                    subject: subject.clone(),
                    body: body.clone(),
                })
                .collect(),
        },
        preview: None,
        errors,
    })
}
