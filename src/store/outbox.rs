//! The mail outbox: rows written in the same transaction as the signature they concern, and
//! claimed, sent and settled by the worker in `mail/`.
//!
//! A row holds no message: the worker makes it when it sends, minting the confirm and
//! withdraw tokens then, so a token exists in clear only in the email itself.
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::{Expr, LockBehavior, LockType};
use sea_orm::{
    ColumnTrait, Condition, DbBackend, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait,
};

use super::{petitions, Store, StoreError};
use crate::domain::{Kind, Status, Token, TokenPurpose, Visibility};
use crate::entities::{outbox, signatures, tokens};

pub use crate::entities::outbox::{OutboxStatus, Purpose};

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Confirm => "confirm",
            Purpose::AlreadySigned => "already_signed",
        }
    }
}

/// A message ready to be written and sent.
#[derive(Debug)]
pub struct Outgoing {
    pub outbox_id: i64,
    pub attempts: i32,
    pub purpose: Purpose,
    pub to: String,
    pub language: String,
    pub signed_as: String,
    pub petition_title: String,
    pub petition_slug: String,
    pub confirm: Option<Token>,
    pub withdraw: Token,
    /// Who may see the signer's name, as they chose.
    pub visibility: Visibility,
}

/// How one send went.
#[derive(Debug)]
pub enum Delivery {
    Sent,
    Failed(String),
}

/// Counts for the organizers' view of the outbox.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OutboxHealth {
    pub queued: u64,
    pub retrying: u64,
    pub failed: u64,
}

impl Store {
    /// Claims up to `limit` due messages for `lease` and prepares them: loads what they say
    /// and mints their tokens, valid for `token_ttl`. Messages whose signature no longer
    /// wants them are cancelled here.
    pub async fn claim_outbox(
        &self,
        now: DateTime<Utc>,
        lease: TimeDelta,
        limit: u64,
        token_ttl: TimeDelta,
    ) -> Result<Vec<Outgoing>, StoreError> {
        let txn = self.writer().begin().await?;
        let due = Condition::any()
            .add(
                Condition::all()
                    .add(outbox::Column::Status.eq(OutboxStatus::Queued))
                    .add(outbox::Column::NextAttemptAt.lte(now)),
            )
            // A worker that died mid-send leaves rows in `sending`; its lease runs out.
            .add(
                Condition::all()
                    .add(outbox::Column::Status.eq(OutboxStatus::Sending))
                    .add(outbox::Column::LockedUntil.lt(now)),
            );
        let mut q = outbox::Entity::find()
            .filter(due)
            .order_by_asc(outbox::Column::NextAttemptAt)
            .order_by_asc(outbox::Column::Id)
            .limit(limit);
        if self.backend() == DbBackend::Postgres {
            q = q.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
        }
        let rows = q.all(&txn).await?;
        if rows.is_empty() {
            txn.commit().await?;
            return Ok(vec![]);
        }
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        outbox::Entity::update_many()
            .col_expr(outbox::Column::Status, Expr::value(OutboxStatus::Sending))
            .col_expr(outbox::Column::LockedUntil, Expr::value(Some(now + lease)))
            .col_expr(
                outbox::Column::Attempts,
                Expr::col(outbox::Column::Attempts).add(1),
            )
            .filter(outbox::Column::Id.is_in(ids.clone()))
            .exec(&txn)
            .await?;

        let sig_ids: Vec<i64> = rows.iter().map(|r| r.signature_id).collect();
        let sigs: std::collections::HashMap<i64, signatures::Model> = signatures::Entity::find()
            .filter(signatures::Column::Id.is_in(sig_ids))
            .all(&txn)
            .await?
            .into_iter()
            .map(|s| (s.id, s))
            .collect();
        let mut petitions_seen: std::collections::HashMap<i64, petitions::Petition> =
            Default::default();
        let mut out = Vec::with_capacity(rows.len());
        let mut cancelled = vec![];
        let mut new_tokens = vec![];
        for row in rows {
            let purpose = row.purpose;
            let sig = sigs.get(&row.signature_id);
            let wanted = matches!(
                (purpose, sig.map(|s| s.status)),
                (Purpose::Confirm, Some(Status::Pending))
                    | (Purpose::AlreadySigned, Some(Status::Confirmed))
            );
            let (Some(sig), true) = (sig, wanted) else {
                cancelled.push(row.id);
                continue;
            };
            let (Some(to), Some(name)) = (sig.email.clone(), sig.name.clone()) else {
                cancelled.push(row.id);
                continue;
            };
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
            let signed_as = match &sig.organization {
                Some(org) if sig.kind == Kind::Organization => format!("{org} ({name})"),
                _ => name,
            };
            let confirm = (purpose == Purpose::Confirm).then(Token::generate);
            let withdraw = Token::generate();
            for (token, p) in [
                (confirm.as_ref(), TokenPurpose::Confirm),
                (Some(&withdraw), TokenPurpose::Withdraw),
            ] {
                if let Some(token) = token {
                    new_tokens.push(tokens::ActiveModel {
                        hash: Set(token.hash()),
                        purpose: Set(p.as_str().to_owned()),
                        petition_id: Set(sig.petition_id),
                        signature_id: Set(Some(sig.id)),
                        created_at: Set(now),
                        expires_at: Set(now + token_ttl),
                        ..Default::default()
                    });
                }
            }
            out.push(Outgoing {
                outbox_id: row.id,
                attempts: row.attempts + 1,
                purpose,
                to,
                language: sig.language.clone(),
                signed_as,
                // In the language the message is written in, when there is a translation.
                petition_title: petition.text_in(&sig.language).title.to_owned(),
                petition_slug: petition.slug.clone(),
                confirm,
                withdraw,
                visibility: sig.visibility,
            });
        }
        for chunk in new_tokens.chunks(200) {
            tokens::Entity::insert_many(chunk.to_vec())
                .exec(&txn)
                .await?;
        }
        if !cancelled.is_empty() {
            outbox::Entity::update_many()
                .col_expr(outbox::Column::Status, Expr::value(OutboxStatus::Cancelled))
                .col_expr(
                    outbox::Column::LockedUntil,
                    Expr::value(Option::<DateTime<Utc>>::None),
                )
                .filter(outbox::Column::Id.is_in(cancelled))
                .exec(&txn)
                .await?;
        }
        txn.commit().await?;
        Ok(out)
    }

    /// Records how sends went: sent, retried later with exponential backoff, or failed
    /// for good after `max_attempts`.
    pub async fn settle_outbox(
        &self,
        results: &[(i64, i32, Delivery)],
        now: DateTime<Utc>,
        max_attempts: i32,
        retry_base: TimeDelta,
    ) -> Result<(), StoreError> {
        let txn = self.writer().begin().await?;
        let sent: Vec<i64> = results
            .iter()
            .filter(|(_, _, d)| matches!(d, Delivery::Sent))
            .map(|(id, _, _)| *id)
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
                    outbox::Column::LastError,
                    Expr::value(Option::<String>::None),
                )
                .filter(outbox::Column::Id.is_in(chunk.iter().copied()))
                .exec(&txn)
                .await?;
        }
        for (id, attempts, d) in results {
            let Delivery::Failed(err) = d else { continue };
            let give_up = *attempts >= max_attempts;
            let next = now + backoff(retry_base, *attempts);
            outbox::Entity::update_many()
                .col_expr(
                    outbox::Column::Status,
                    Expr::value(if give_up {
                        OutboxStatus::Failed
                    } else {
                        OutboxStatus::Queued
                    }),
                )
                .col_expr(outbox::Column::NextAttemptAt, Expr::value(next))
                .col_expr(
                    outbox::Column::LockedUntil,
                    Expr::value(Option::<DateTime<Utc>>::None),
                )
                .col_expr(
                    outbox::Column::LastError,
                    Expr::value(Some(err.chars().take(500).collect::<String>())),
                )
                .filter(outbox::Column::Id.eq(*id))
                .exec(&txn)
                .await?;
        }
        txn.commit().await?;
        Ok(())
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
