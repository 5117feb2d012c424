//! The `outbox` table: messages to send. A row says what to send to which signature; the
//! message itself, with fresh tokens, is made when it is sent.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub signature_id: i64,
    pub purpose: Purpose,
    pub status: OutboxStatus,
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    pub locked_until: Option<DateTimeUtc>,
    /// The instance that claimed it (see [`Settings::instance_id`]); with `locked_until`, the
    /// lease.
    ///
    /// [`Settings::instance_id`]: crate::config::Settings::instance_id
    pub locked_by: Option<String>,
    pub last_error: Option<String>,
    pub created_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
    /// The update this row carries, for [`Purpose::Update`]; with `signature_id` a unique
    /// key, so no signer is queued an update twice.
    pub update_id: Option<i64>,
    pub lane: Lane,
}

/// Which queue a message waits in: a signer waiting for a confirmation link never waits
/// behind a 50,000-message update.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "i16", db_type = "SmallInteger")]
pub enum Lane {
    /// Confirmations and "already signed": sent first, at once.
    #[sea_orm(num_value = 0)]
    Transactional,
    /// Updates: sent after, at `mail.bulk_per_second`.
    #[sea_orm(num_value = 1)]
    Bulk,
}

/// What a message is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
pub enum Purpose {
    #[sea_orm(string_value = "confirm")]
    Confirm,
    #[sea_orm(string_value = "already_signed")]
    AlreadySigned,
    #[sea_orm(string_value = "update")]
    Update,
}

/// Where a message is: waiting (or waiting to be retried), held by a worker, done, given up
/// on after the retry budget, no longer to be sent (its signature went), or refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
pub enum OutboxStatus {
    #[sea_orm(string_value = "queued")]
    Queued,
    #[sea_orm(string_value = "sending")]
    Sending,
    #[sea_orm(string_value = "sent")]
    Sent,
    #[sea_orm(string_value = "failed")]
    Failed,
    #[sea_orm(string_value = "cancelled")]
    Cancelled,
    /// The address's server refused it for good (SMTP 5xx), now or before: not retried, and
    /// nothing more goes to that address.
    #[sea_orm(string_value = "refused")]
    Refused,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
