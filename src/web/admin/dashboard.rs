//! The dashboard: every petition with its figures, the outbox's health, the audit log.
use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::response::{Html, Response};
use templates::admin;
use templates::admin::{AuditEntry, DashboardPage, OutboxView, PetitionRow};

use crate::i18n::RequestLang;
use crate::store::audit;
use crate::store::moderation::{self};
use crate::store::petitions::{self};
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
                state: views::state(p.visible_state(state.clock.now())),
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
