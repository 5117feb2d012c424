//! The dashboard: every petition with its figures, the outbox's health, the audit log.
use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::response::{Html, Response};
use chrono::{DateTime, TimeDelta, Utc};
use templates::admin;
use templates::admin::{AuditEntry, DashboardPage, Erasure, OutboxView, PetitionRow};

use crate::i18n::RequestLang;
use crate::store::audit;
use crate::store::moderation::{self};
use crate::store::petitions::{self};
use crate::store::Petition;
use crate::web::error::AppError;
use crate::web::{views, AppState};

use super::{minute, notice, private, status_view, DoneQuery, Organizer};

pub async fn dashboard(
    State(state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
    Query(q): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let tr = lang.tr(None);
    let db = state.store.reader();
    let list = petitions::all(db).await?;
    let counts = moderation::status_counts(db, None).await?;
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
                state: views::state(p.visible_state(state.clock.now())),
                counts: status_view(&counts.get(&p.id).cloned().unwrap_or_default()),
                goal: p.goal,
                erasure: erasure(
                    p,
                    state.settings.retention.days_after_close,
                    state.clock.now(),
                ),
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

/// Where a petition's personal data stands, for the dashboard: kept, to be erased on a day
/// (soon: within 14 days, when organizers are warned), or erased.
fn erasure(p: &Petition, days: u64, now: DateTime<Utc>) -> Erasure {
    let day = |t: DateTime<Utc>| t.format("%Y-%m-%d").to_string();
    match (p.purged_at, p.erase_after(days, now)) {
        (Some(done), _) => Erasure::Done { date: day(done) },
        (None, Some(on)) => Erasure::On {
            date: day(on),
            soon: on - now <= TimeDelta::days(14),
        },
        (None, None) => Erasure::Kept,
    }
}
