//! `GET /api/petitions[/{slug}]`: state, dates and confirmed counts as JSON.
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Json, Response};
use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;

use super::error::AppError;
use super::path::PathParam;
use super::public::find_petition;
use super::AppState;
use crate::store::counts::Snapshot;
use crate::store::{Counts, Petition};

#[derive(Serialize)]
pub struct PetitionJson {
    slug: String,
    title: String,
    state: &'static str,
    language: String,
    /// The languages it is translated into (current translations only), beside the spec's
    /// fields: `/petitions/{slug}?lang=<code>` shows each.
    translations: Vec<String>,
    addressees: Vec<String>,
    author: String,
    goal: Option<u64>,
    closes_at: Option<String>,
    delivered_at: Option<String>,
    counts: Counts,
    counted_at: String,
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn json(p: &Petition, snapshot: &Snapshot, now: DateTime<Utc>) -> PetitionJson {
    PetitionJson {
        slug: p.slug.clone(),
        title: p.title.clone(),
        state: p.visible_state(now).as_str(),
        language: p.language.clone(),
        translations: p.translations.iter().map(|t| t.language.clone()).collect(),
        addressees: p.addressees.clone(),
        author: p.author.clone(),
        goal: p.goal,
        closes_at: p.closes_at.map(rfc3339),
        delivered_at: p.delivered_at.map(rfc3339),
        counts: snapshot.of(p.id),
        counted_at: rfc3339(snapshot.counted_at),
    }
}

/// Counts may be a second old; let caches share that second.
fn cached(body: impl IntoResponse) -> Response {
    ([(header::CACHE_CONTROL, "public, max-age=1")], body).into_response()
}

pub async fn list(State(state): State<AppState>) -> Result<Response, AppError> {
    let now = state.clock.now();
    let all = state.store.public_petitions().await?;
    let snapshot = state.store.counts(now).await?;
    let out: Vec<_> = all.iter().map(|p| json(p, &snapshot, now)).collect();
    Ok(cached(Json(out)))
}

pub async fn one(
    State(state): State<AppState>,
    PathParam(slug): PathParam,
) -> Result<Response, AppError> {
    let p = find_petition(&state, &slug).await?;
    let now = state.clock.now();
    let snapshot = state.store.counts(now).await?;
    Ok(cached(Json(json(&p, &snapshot, now))))
}
