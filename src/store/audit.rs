//! The audit log: every moderation and state action, who did it, when, to how many.
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, QueryOrder, QuerySelect, Set};

use super::StoreError;
use crate::entities::audit_log;

pub use crate::entities::audit_log::Model as AuditRecord;

/// One action to record.
#[derive(Clone, Debug)]
pub struct Action<'a> {
    /// The organizer's address, or "cli".
    pub actor: &'a str,
    pub action: &'a str,
    pub petition_id: Option<i64>,
    pub detail: String,
    pub count: i64,
}

pub async fn record(
    db: &impl ConnectionTrait,
    a: Action<'_>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    audit_log::ActiveModel {
        actor: Set(a.actor.to_owned()),
        action: Set(a.action.to_owned()),
        petition_id: Set(a.petition_id),
        detail: Set(a.detail),
        count: Set(a.count),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

impl super::Store {
    /// Records an action on its own.
    pub async fn audit(&self, a: Action<'_>, now: DateTime<Utc>) -> Result<(), StoreError> {
        record(self.writer(), a, now).await
    }
}

/// The latest entries, newest first.
pub async fn recent(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<AuditRecord>, StoreError> {
    Ok(audit_log::Entity::find()
        .order_by_desc(audit_log::Column::CreatedAt)
        .order_by_desc(audit_log::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}
