//! The mail outbox: rows written in the same transaction as the signature they concern, and
//! claimed, sent and settled by the worker in `mail/`.
//!
//! A row holds no message: the worker makes it when it sends, deriving the confirm and
//! withdraw links then (see [`LinkKey`](crate::security::LinkKey)), so a link exists in
//! clear only in the email itself, and sending writes no row but the outbox's own.
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::{Expr, LockBehavior, LockType, OnConflict, Query};
use sea_orm::{
    ColumnTrait, Condition, DatabaseTransaction, DbBackend, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::installation::HEARTBEAT_STALE;
use super::{petitions, Store, StoreError};
use crate::domain::{Kind, Status, Token, TokenPurpose, Visibility};
use crate::entities::{instances, outbox, refused_addresses, signatures};
use crate::security::Keys;

pub use crate::entities::outbox::{Lane, OutboxStatus, Purpose};
pub use crate::entities::updates::UpdateKind;

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Confirm => "confirm",
            Purpose::AlreadySigned => "already_signed",
            Purpose::Update => "update",
        }
    }
}

/// A message ready to be written and sent.
#[derive(Debug)]
pub struct Outgoing {
    pub outbox_id: i64,
    pub attempts: i32,
    pub purpose: Purpose,
    pub signature_id: i64,
    pub to: String,
    /// [`Keys::address_key`](crate::security::Keys::address_key) of the address, remembered
    /// if its server refuses it for good.
    pub address_key: Option<String>,
    pub language: String,
    pub signed_as: String,
    pub petition_title: String,
    pub petition_slug: String,
    pub confirm: Option<Token>,
    pub withdraw: Token,
    /// Who may see the signer's name, as they chose.
    pub visibility: Visibility,
    /// What an update says, in the signer's language where it has a translation.
    pub update: Option<UpdateContent>,
}

/// The words of one update for one signer.
#[derive(Clone, Debug)]
pub struct UpdateContent {
    pub kind: UpdateKind,
    pub subject: String,
    pub body: String,
    pub body_html: String,
    /// When the petition was delivered, for a `delivered` notice.
    pub delivered_at: Option<DateTime<Utc>>,
}

/// How one send went.
#[derive(Debug)]
pub enum Delivery {
    Sent,
    /// Worth trying again later (a 4xx, a connection that failed).
    Failed(String),
    /// Refused for good (a 5xx): never retried, and the address gets nothing more.
    Refused(String),
}

/// A send's outcome, as the worker hands it back to be recorded.
#[derive(Debug)]
pub struct Settled {
    pub outbox_id: i64,
    pub attempts: i32,
    pub address_key: Option<String>,
    pub delivery: Delivery,
}

/// What one claim may take: transactional mail first, then at most `bulk` updates, held by
/// `owner` for `lease`.
#[derive(Clone, Copy, Debug)]
pub struct Claim<'a> {
    pub owner: &'a str,
    pub lease: TimeDelta,
    pub limit: u64,
    pub bulk: u64,
}

/// Counts for the organizers' view of the outbox.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OutboxHealth {
    pub queued: u64,
    pub retrying: u64,
    pub failed: u64,
}

impl Store {
    /// Claims due messages for `claim.lease` and prepares them: loads what they say and
    /// derives their links (writing no row for them), a confirm link working for
    /// `confirm_ttl`. Confirmations and
    /// "already signed" notes are claimed first, up to `claim.limit`; updates fill what is
    /// left, at most `claim.bulk`. Messages whose signature no longer wants them are
    /// cancelled here; messages to an address that refused mail for good are marked so.
    pub async fn claim_outbox(
        &self,
        now: DateTime<Utc>,
        claim: Claim<'_>,
        confirm_ttl: TimeDelta,
        keys: &Keys,
    ) -> Result<Vec<Outgoing>, StoreError> {
        let txn = super::begin_write(self.writer()).await?;
        let mut rows = self
            .due(&txn, now, Lane::Transactional, claim.limit)
            .await?;
        let room = claim
            .limit
            .saturating_sub(rows.len() as u64)
            .min(claim.bulk);
        if room > 0 {
            rows.extend(self.due(&txn, now, Lane::Bulk, room).await?);
        }
        if rows.is_empty() {
            txn.commit().await?;
            return Ok(vec![]);
        }
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        outbox::Entity::update_many()
            .col_expr(outbox::Column::Status, Expr::value(OutboxStatus::Sending))
            .col_expr(
                outbox::Column::LockedUntil,
                Expr::value(Some(now + claim.lease)),
            )
            .col_expr(outbox::Column::LockedBy, Expr::value(Some(claim.owner)))
            .col_expr(
                outbox::Column::Attempts,
                Expr::col(outbox::Column::Attempts).add(1),
            )
            .filter(outbox::Column::Id.is_in(ids.clone()))
            .exec(&txn)
            .await?;

        let sig_ids: Vec<i64> = rows.iter().map(|r| r.signature_id).collect();
        let sigs: HashMap<i64, signatures::Model> = signatures::Entity::find()
            .filter(signatures::Column::Id.is_in(sig_ids))
            .all(&txn)
            .await?
            .into_iter()
            .map(|s| (s.id, s))
            .collect();
        let address_keys: HashMap<i64, String> = sigs
            .values()
            .filter_map(|s| Some((s.id, keys.address_key(s.email_key.as_deref()?))))
            .collect();
        let refused: HashSet<String> = if address_keys.is_empty() {
            HashSet::new()
        } else {
            refused_addresses::Entity::find()
                .filter(
                    refused_addresses::Column::AddressKey
                        .is_in(address_keys.values().cloned().collect::<HashSet<_>>()),
                )
                .all(&txn)
                .await?
                .into_iter()
                .map(|r| r.address_key)
                .collect()
        };
        let update_ids: HashSet<i64> = rows.iter().filter_map(|r| r.update_id).collect();
        let updates = super::updates::load(&txn, update_ids).await?;
        let mut petitions_seen: HashMap<i64, petitions::Petition> = Default::default();
        let mut out = Vec::with_capacity(rows.len());
        let mut cancelled = vec![];
        let mut refused_now = vec![];
        for row in rows {
            let purpose = row.purpose;
            let sig = sigs.get(&row.signature_id);
            let wanted = match (purpose, sig) {
                (Purpose::Confirm, Some(s)) => s.status == Status::Pending,
                (Purpose::AlreadySigned, Some(s)) => s.status == Status::Confirmed,
                // Unsubscribing or withdrawing between the queueing and now stops it.
                (Purpose::Update, Some(s)) => s.status == Status::Confirmed && s.updates,
                (_, None) => false,
            };
            let (Some(sig), true) = (sig, wanted) else {
                cancelled.push(row.id);
                continue;
            };
            let (Some(to), Some(name)) = (sig.email.clone(), sig.name.clone()) else {
                cancelled.push(row.id);
                continue;
            };
            let address_key = address_keys.get(&sig.id).cloned();
            if address_key.as_ref().is_some_and(|k| refused.contains(k)) {
                refused_now.push(row.id);
                continue;
            }
            if !petitions_seen.contains_key(&sig.petition_id) {
                match petitions::by_id(&txn, sig.petition_id).await? {
                    Some(p) => {
                        petitions_seen.insert(p.id, p);
                    }
                    None => {
                        cancelled.push(row.id);
                        continue;
                    }
                }
            }
            let petition = &petitions_seen[&sig.petition_id];
            let update = match (purpose, row.update_id) {
                (Purpose::Update, Some(id)) => match updates.get(&id) {
                    Some(u) => Some(u.content_in(&sig.language, petition.delivered_at)),
                    None => {
                        cancelled.push(row.id);
                        continue;
                    }
                },
                _ => None,
            };
            let signed_as = match &sig.organization {
                Some(org) if sig.kind == Kind::Organization => format!("{org} ({name})"),
                _ => name,
            };
            let Some(salt) = sig.link_salt.as_deref() else {
                // Every signature that can be sent anything has one since migration 11.
                tracing::warn!(signature = sig.id, "a signature without a link salt");
                cancelled.push(row.id);
                continue;
            };
            let link = |p, until| keys.links().token(p, sig.petition_id, sig.id, salt, until);
            let confirm = (purpose == Purpose::Confirm)
                .then(|| link(TokenPurpose::Confirm, Some(now + confirm_ttl)));
            // A signer must be able to take their name back from any email they were sent,
            // for as long as the signature holds anything to withdraw.
            let withdraw = link(TokenPurpose::Withdraw, None);
            out.push(Outgoing {
                outbox_id: row.id,
                attempts: row.attempts + 1,
                purpose,
                signature_id: sig.id,
                to,
                address_key,
                language: sig.language.clone(),
                signed_as,
                // In the language the message is written in, when there is a translation.
                petition_title: petition.text_in(&sig.language).title.to_owned(),
                petition_slug: petition.slug.clone(),
                confirm,
                withdraw,
                visibility: sig.visibility,
                update,
            });
        }
        for (ids, status, note) in [
            (cancelled, OutboxStatus::Cancelled, None),
            (
                refused_now,
                OutboxStatus::Refused,
                Some("not sent: this address's mail server refused an earlier message for good"),
            ),
        ] {
            if ids.is_empty() {
                continue;
            }
            outbox::Entity::update_many()
                .col_expr(outbox::Column::Status, Expr::value(status))
                .col_expr(
                    outbox::Column::LockedUntil,
                    Expr::value(Option::<DateTime<Utc>>::None),
                )
                .col_expr(
                    outbox::Column::LockedBy,
                    Expr::value(Option::<String>::None),
                )
                .col_expr(
                    outbox::Column::LastError,
                    Expr::value(note.map(str::to_owned)),
                )
                .filter(outbox::Column::Id.is_in(ids))
                .exec(&txn)
                .await?;
        }
        txn.commit().await?;
        Ok(out)
    }

    /// Up to `limit` due rows of `lane`, oldest first; on PostgreSQL, rows another worker
    /// holds are skipped, not waited for.
    async fn due(
        &self,
        txn: &DatabaseTransaction,
        now: DateTime<Utc>,
        lane: Lane,
        limit: u64,
    ) -> Result<Vec<outbox::Model>, StoreError> {
        let due = Condition::any()
            .add(
                Condition::all()
                    .add(outbox::Column::Status.eq(OutboxStatus::Queued))
                    .add(outbox::Column::NextAttemptAt.lte(now)),
            )
            // A worker that died mid-send leaves rows in `sending`: taken over once its
            // instance stops beating, or at the latest when the lease runs out.
            .add(
                Condition::all()
                    .add(outbox::Column::Status.eq(OutboxStatus::Sending))
                    .add(outbox::Column::LockedUntil.lt(now)),
            )
            .add(
                Condition::all()
                    .add(outbox::Column::Status.eq(OutboxStatus::Sending))
                    .add(
                        outbox::Column::LockedBy.in_subquery(
                            Query::select()
                                .column(instances::Column::Id)
                                .from(instances::Entity)
                                .and_where(instances::Column::HeartbeatAt.lt(now - HEARTBEAT_STALE))
                                .to_owned(),
                        ),
                    ),
            );
        let mut q = outbox::Entity::find()
            .filter(outbox::Column::Lane.eq(lane))
            .filter(due)
            .order_by_asc(outbox::Column::NextAttemptAt)
            .order_by_asc(outbox::Column::Id)
            .limit(limit);
        if self.backend() == DbBackend::Postgres {
            q = q.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
        }
        Ok(q.all(txn).await?)
    }

    /// Records how sends went: sent; retried later with exponential backoff, or failed for
    /// good after `max_attempts`; or refused, with the address remembered so that nothing
    /// more is sent to it.
    pub async fn settle_outbox(
        &self,
        results: &[Settled],
        now: DateTime<Utc>,
        max_attempts: i32,
        retry_base: TimeDelta,
    ) -> Result<(), StoreError> {
        let txn = super::begin_write(self.writer()).await?;
        let sent: Vec<i64> = results
            .iter()
            .filter(|r| matches!(r.delivery, Delivery::Sent))
            .map(|r| r.outbox_id)
            .collect();
        for chunk in sent.chunks(500) {
            outbox::Entity::update_many()
                .col_expr(outbox::Column::Status, Expr::value(OutboxStatus::Sent))
                .col_expr(outbox::Column::SentAt, Expr::value(Some(now)))
                .col_expr(
                    outbox::Column::LockedUntil,
                    Expr::value(Option::<DateTime<Utc>>::None),
                )
                .col_expr(
                    outbox::Column::LockedBy,
                    Expr::value(Option::<String>::None),
                )
                .col_expr(
                    outbox::Column::LastError,
                    Expr::value(Option::<String>::None),
                )
                .filter(outbox::Column::Id.is_in(chunk.iter().copied()))
                .exec(&txn)
                .await?;
        }
        for r in results {
            let (status, err) = match &r.delivery {
                Delivery::Sent => continue,
                Delivery::Failed(err) if r.attempts >= max_attempts => (OutboxStatus::Failed, err),
                Delivery::Failed(err) => (OutboxStatus::Queued, err),
                Delivery::Refused(err) => {
                    if let Some(key) = &r.address_key {
                        refused_addresses::Entity::insert(refused_addresses::ActiveModel {
                            address_key: Set(key.clone()),
                            reason: Set(err.chars().take(500).collect()),
                            created_at: Set(now),
                        })
                        .on_conflict(
                            OnConflict::column(refused_addresses::Column::AddressKey)
                                .do_nothing()
                                .to_owned(),
                        )
                        .exec_without_returning(&txn)
                        .await?;
                    }
                    (OutboxStatus::Refused, err)
                }
            };
            outbox::Entity::update_many()
                .col_expr(outbox::Column::Status, Expr::value(status))
                .col_expr(
                    outbox::Column::NextAttemptAt,
                    Expr::value(now + backoff(retry_base, r.attempts)),
                )
                .col_expr(
                    outbox::Column::LockedUntil,
                    Expr::value(Option::<DateTime<Utc>>::None),
                )
                .col_expr(
                    outbox::Column::LockedBy,
                    Expr::value(Option::<String>::None),
                )
                .col_expr(
                    outbox::Column::LastError,
                    Expr::value(Some(err.chars().take(500).collect::<String>())),
                )
                .filter(outbox::Column::Id.eq(r.outbox_id))
                .exec(&txn)
                .await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Gives back what `owner` held when it stopped without settling (a crash, a kill):
    /// due at once, instead of when the lease runs out. Called by a process as it starts, so
    /// the messages it held are sent again at once. Returns how many.
    pub async fn release_leases(&self, owner: &str, now: DateTime<Utc>) -> Result<u64, StoreError> {
        let released = outbox::Entity::update_many()
            .col_expr(outbox::Column::Status, Expr::value(OutboxStatus::Queued))
            .col_expr(outbox::Column::NextAttemptAt, Expr::value(now))
            .col_expr(
                outbox::Column::LockedUntil,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .col_expr(
                outbox::Column::LockedBy,
                Expr::value(Option::<String>::None),
            )
            .filter(outbox::Column::Status.eq(OutboxStatus::Sending))
            .filter(outbox::Column::LockedBy.eq(owner))
            .exec(self.writer())
            .await?
            .rows_affected;
        Ok(released)
    }

    /// The latest messages that failed for good: when queued, attempts, last error.
    pub async fn outbox_failures(
        &self,
        limit: u64,
    ) -> Result<Vec<(DateTime<Utc>, i32, String)>, StoreError> {
        Ok(outbox::Entity::find()
            .filter(outbox::Column::Status.eq(OutboxStatus::Failed))
            .order_by_desc(outbox::Column::CreatedAt)
            .limit(limit)
            .all(self.reader())
            .await?
            .into_iter()
            .map(|m| (m.created_at, m.attempts, m.last_error.unwrap_or_default()))
            .collect())
    }

    /// How long the oldest message still to send has been waiting (none: `None`).
    pub async fn outbox_oldest_due(
        &self,
        now: DateTime<Utc>,
    ) -> Result<Option<TimeDelta>, StoreError> {
        let oldest = outbox::Entity::find()
            .filter(outbox::Column::Status.is_in([OutboxStatus::Queued, OutboxStatus::Sending]))
            .order_by_asc(outbox::Column::CreatedAt)
            .one(self.reader())
            .await?;
        Ok(oldest.map(|m| (now - m.created_at).max(TimeDelta::zero())))
    }

    /// Queued, retrying and failed messages.
    pub async fn outbox_health(&self) -> Result<OutboxHealth, StoreError> {
        let db = self.reader();
        let queued = outbox::Entity::find()
            .filter(outbox::Column::Status.is_in([OutboxStatus::Queued, OutboxStatus::Sending]))
            .filter(outbox::Column::Attempts.eq(0))
            .count(db)
            .await?;
        let retrying = outbox::Entity::find()
            .filter(outbox::Column::Status.is_in([OutboxStatus::Queued, OutboxStatus::Sending]))
            .filter(outbox::Column::Attempts.gt(0))
            .count(db)
            .await?;
        let failed = outbox::Entity::find()
            .filter(outbox::Column::Status.eq(OutboxStatus::Failed))
            .count(db)
            .await?;
        Ok(OutboxHealth {
            queued,
            retrying,
            failed,
        })
    }
}

/// The wait before attempt `attempts + 1`: `base`, then doubling, at most an hour.
pub fn backoff(base: TimeDelta, attempts: i32) -> TimeDelta {
    let factor = 1i64 << attempts.clamp(1, 16).saturating_sub(1);
    std::cmp::min(base * factor as i32, TimeDelta::hours(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let b = TimeDelta::seconds(30);
        assert_eq!(backoff(b, 1), TimeDelta::seconds(30));
        assert_eq!(backoff(b, 2), TimeDelta::seconds(60));
        assert_eq!(backoff(b, 3), TimeDelta::seconds(120));
        assert_eq!(backoff(b, 12), TimeDelta::hours(1));
    }
}
