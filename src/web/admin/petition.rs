//! A petition's page for organizers: figures by status, per day and by country, the
//! search, the language versions and their readers, exports and text versions.
use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::response::{Html, Response};
use chrono::NaiveDate;
use templates::admin;
use templates::admin::{ExportView, LanguageVersionView, PetitionAdminPage, VersionView};

use crate::domain::CountryCode;
use crate::i18n::RequestLang;
use crate::store::moderation::{self};
use crate::store::petitions::{self};
use crate::store::translations;
use crate::web::error::AppError;
use crate::web::path::PathParam;
use crate::web::{views, AppState};

use super::{find, minute, notice, private, signature_row, status_view, DoneQuery, Organizer};

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
    let counts = moderation::status_counts(db, Some(p.id))
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
        state: views::state(p.visible_state(state.clock.now())),
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
