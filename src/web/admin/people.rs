//! A signer's own request: look up an address across petitions, give the signer their data
//! (JSON), or erase it. Every export and erasure is audited.
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use templates::admin::{self, PeoplePage, PersonSignature};

use crate::domain::Email;
use crate::i18n::RequestLang;
use crate::store::audit;
use crate::web::error::AppError;
use crate::web::form::FormPairs;
use crate::web::{views, AppState};

use super::{download, minute, notice, private, Organizer};

#[derive(Deserialize)]
pub struct PeopleQuery {
    email: Option<String>,
    done: Option<String>,
}

/// `GET /admin/people?email=…`.
pub async fn page(
    State(state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
    Query(q): Query<PeopleQuery>,
) -> Result<Response, AppError> {
    let tr = lang.tr(None);
    let typed = q.email.unwrap_or_default().trim().to_owned();
    let signatures = match Email::parse(&typed) {
        Ok(email) => state
            .store
            .signatures_of_address(&email)
            .await?
            .into_iter()
            .map(|(p, s)| PersonSignature {
                petition_slug: p.slug.clone(),
                petition_title: p.title.clone(),
                kind: views::kind(s.kind),
                status: views::status(s.status),
                visibility: views::visibility(s.visibility),
                name: s.name.unwrap_or_default(),
                signed: minute(s.created_at),
            })
            .collect(),
        Err(_) => vec![],
    };
    let page = PeoplePage {
        ctx: who.ctx(notice(&tr, q.done.as_deref())),
        searched: !typed.is_empty(),
        email: typed,
        signatures,
    };
    Ok(private(Html(admin::people(&tr, &page).into_string())))
}

/// `POST /admin/people/export`: everything held for the address, as JSON, to hand to the
/// signer.
pub async fn export(
    State(state): State<AppState>,
    who: Organizer,
    form: FormPairs,
) -> Result<Response, AppError> {
    who.check(&form)?;
    let email = Email::parse(form.get("email")).map_err(|_| AppError::BadRequest("email"))?;
    let held = state.store.signatures_of_address(&email).await?;
    let rfc3339 = |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339();
    let json: Vec<serde_json::Value> = held
        .iter()
        .map(|(p, s)| {
            serde_json::json!({
                "petition": p.slug,
                "petition_title": p.title,
                "type": s.kind.as_str(),
                "status": s.status.as_str(),
                "visibility": s.visibility.as_str(),
                "name": s.name,
                "organization": s.organization,
                "role": s.role,
                "email": s.email,
                "country": s.country,
                "city": s.city,
                "occupation": s.occupation,
                "members": s.members,
                "comment": s.comment,
                "updates": s.updates,
                "language": s.language,
                "created_at": rfc3339(s.created_at),
                "confirmed_at": s.confirmed_at.map(rfc3339),
            })
        })
        .collect();
    let body = serde_json::to_vec_pretty(&json).map_err(|_| AppError::BadRequest("json"))?;
    state
        .store
        .audit(
            audit::Action {
                actor: who.email(),
                action: "person.export",
                petition_id: None,
                detail: email.masked(),
                count: held.len() as i64,
            },
            state.clock.now(),
        )
        .await?;
    download("application/json; charset=utf-8", "signatures.json", body)
}

/// `POST /admin/people/erase` (`confirm=yes`): erases every signature held for the address.
pub async fn erase(
    State(state): State<AppState>,
    who: Organizer,
    form: FormPairs,
) -> Result<Response, AppError> {
    who.check(&form)?;
    let email = Email::parse(form.get("email")).map_err(|_| AppError::BadRequest("email"))?;
    if form.get("confirm") != "yes" {
        return Err(AppError::BadRequest("confirm"));
    }
    let n = state
        .store
        .erase_address(who.email(), &email, state.clock.now())
        .await?;
    tracing::info!(account = %email.masked(), erased = n, "a signer's signatures erased on request");
    Ok(Redirect::to("/admin/people?done=erased").into_response())
}
