//! What organizers see and do to signatures: figures by status, search, hide, remove.
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Func, OnConflict};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, TransactionTrait,
};

use super::audit::{self, Action};
use super::counts::Deltas;
use super::outbox::OutboxStatus;
use super::{Store, StoreError};
use crate::domain::{Kind, Status};
use crate::entities::{hidden_signers, outbox, signatures};
use crate::security::Keys;

pub use crate::entities::signatures::Model as SignatureRecord;

/// Signatures of one petition by status and kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts {
    pub pending: [u64; 2],
    pub confirmed: [u64; 2],
    pub withdrawn: [u64; 2],
    pub removed: [u64; 2],
    pub members: u64,
}

type Row = (i64, Status, Kind, i64, i64);

/// Figures for every petition, keyed by petition id. Index 0 is people, 1 organizations.
pub async fn status_counts(
    db: &impl ConnectionTrait,
) -> Result<HashMap<i64, StatusCounts>, StoreError> {
    let rows: Vec<Row> = signatures::Entity::find()
        .select_only()
        .column(signatures::Column::PetitionId)
        .column(signatures::Column::Status)
        .column(signatures::Column::Kind)
        .column_as(Expr::cust("CAST(COUNT(*) AS BIGINT)"), "n")
        .column_as(Expr::cust("CAST(COALESCE(SUM(members), 0) AS BIGINT)"), "m")
        .group_by(signatures::Column::PetitionId)
        .group_by(signatures::Column::Status)
        .group_by(signatures::Column::Kind)
        .into_tuple()
        .all(db)
        .await?;
    let mut out: HashMap<i64, StatusCounts> = HashMap::new();
    for (pid, status, kind, n, m) in rows {
        let c = out.entry(pid).or_default();
        let k = usize::from(kind == Kind::Organization);
        let n = n.max(0) as u64;
        match status {
            Status::Pending => c.pending[k] += n,
            Status::Confirmed => {
                c.confirmed[k] += n;
                if k == 1 {
                    c.members += m.max(0) as u64;
                }
            }
            Status::Withdrawn => c.withdrawn[k] += n,
            Status::Removed => c.removed[k] += n,
        }
    }
    Ok(out)
}

/// Confirmed signatures per UTC day, oldest first (days without any are absent).
pub async fn confirmed_per_day(
    db: &impl ConnectionTrait,
    petition_id: i64,
) -> Result<Vec<(String, u64)>, StoreError> {
    let day = match db.get_database_backend() {
        DbBackend::Postgres => "to_char(confirmed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
        // Stored as RFC 3339 text in UTC: the date is its first ten characters.
        _ => "substr(confirmed_at, 1, 10)",
    };
    let rows: Vec<(String, i64)> = signatures::Entity::find()
        .select_only()
        .column_as(Expr::cust(day), "day")
        .column_as(Expr::cust("CAST(COUNT(*) AS BIGINT)"), "n")
        .filter(signatures::Column::PetitionId.eq(petition_id))
        .filter(signatures::Column::Status.eq(Status::Confirmed))
        .group_by(Expr::cust(day))
        .order_by_asc(Expr::cust(day))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(d, n)| (d, n.max(0) as u64))
        .collect())
}

/// Signatures of a petition matching `q` in name, address or organization (any case), or
/// whose country is `q`; newest first.
pub async fn search(
    db: &impl ConnectionTrait,
    petition_id: i64,
    q: &str,
    limit: u64,
) -> Result<Vec<SignatureRecord>, StoreError> {
    let q = q.trim();
    // `%` and `_` typed by an organizer act as wildcards: harmless in a search box, and
    // it spares an ESCAPE clause the two databases spell differently.
    let pattern = format!("%{}%", q.to_lowercase());
    let like =
        |col: signatures::Column| Expr::expr(Func::lower(Expr::col(col))).like(pattern.clone());
    let mut cond = Condition::any()
        .add(like(signatures::Column::Name))
        .add(like(signatures::Column::Email))
        .add(like(signatures::Column::Organization));
    if q.len() == 2 && q.bytes().all(|b| b.is_ascii_alphabetic()) {
        cond = cond.add(signatures::Column::Country.eq(q.to_ascii_uppercase()));
    }
    Ok(signatures::Entity::find()
        .filter(signatures::Column::PetitionId.eq(petition_id))
        .filter(cond)
        .order_by_desc(signatures::Column::CreatedAt)
        .order_by_desc(signatures::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

fn at_domain(petition_id: i64, domain: &str) -> Condition {
    Condition::all()
        .add(signatures::Column::PetitionId.eq(petition_id))
        .add(
            signatures::Column::EmailKey
                .like(format!("%@{}", domain.replace('%', "").replace('_', "\\_"))),
        )
        .add(signatures::Column::Status.is_in([Status::Pending, Status::Confirmed]))
}

/// Signatures (not yet removed or withdrawn) with an address at `domain`: how many, and a few.
pub async fn at_domain_preview(
    db: &impl ConnectionTrait,
    petition_id: i64,
    domain: &str,
) -> Result<(u64, Vec<SignatureRecord>), StoreError> {
    let n = signatures::Entity::find()
        .filter(at_domain(petition_id, domain))
        .count(db)
        .await?;
    let sample = signatures::Entity::find()
        .filter(at_domain(petition_id, domain))
        .order_by_desc(signatures::Column::Id)
        .limit(20)
        .all(db)
        .await?;
    Ok((n, sample))
}

impl Store {
    /// Hides a signature from the public list, or shows it again; it still counts.
    /// Hides a signature from the public list, or shows it again. The choice is about the
    /// signer, not the row: it is remembered under [`Keys::signer_hash`], so the same person
    /// (or organization) withdrawing and signing again stays hidden.
    pub async fn set_hidden(
        &self,
        actor: &str,
        petition_id: i64,
        id: i64,
        hidden: bool,
        keys: &Keys,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let txn = self.writer().begin().await?;
        let key: Option<Option<String>> = signatures::Entity::find()
            .select_only()
            .column(signatures::Column::DedupeKey)
            .filter(signatures::Column::Id.eq(id))
            .filter(signatures::Column::PetitionId.eq(petition_id))
            .into_tuple()
            .one(&txn)
            .await?;
        if let Some(Some(key)) = key {
            let signer_hash = keys.signer_hash(&key);
            if hidden {
                remember_hidden(&txn, petition_id, signer_hash, now).await?;
            } else {
                hidden_signers::Entity::delete_many()
                    .filter(hidden_signers::Column::PetitionId.eq(petition_id))
                    .filter(hidden_signers::Column::SignerHash.eq(signer_hash))
                    .exec(&txn)
                    .await?;
            }
        }
        let n = signatures::Entity::update_many()
            .col_expr(signatures::Column::Hidden, Expr::value(hidden))
            .filter(signatures::Column::Id.eq(id))
            .filter(signatures::Column::PetitionId.eq(petition_id))
            .exec(&txn)
            .await?
            .rows_affected;
        if n > 0 {
            let action = if hidden {
                "signature.hide"
            } else {
                "signature.unhide"
            };
            audit::record(
                &txn,
                Action {
                    actor,
                    action,
                    petition_id: Some(petition_id),
                    detail: format!("signature {id}"),
                    count: 1,
                },
                now,
            )
            .await?;
        }
        txn.commit().await?;
        if n > 0 {
            self.counts_changed();
        }
        Ok(n > 0)
    }

    /// Makes sure every hidden signature's signer is remembered as hidden (signatures hidden
    /// before moderation was kept by signer). Idempotent; run at start-up.
    pub async fn remember_hidden_signers(
        &self,
        keys: &Keys,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError> {
        let rows: Vec<(i64, String)> = signatures::Entity::find()
            .select_only()
            .column(signatures::Column::PetitionId)
            .column(signatures::Column::DedupeKey)
            .filter(signatures::Column::Hidden.eq(true))
            .filter(signatures::Column::DedupeKey.is_not_null())
            .into_tuple()
            .all(self.reader())
            .await?;
        if rows.is_empty() {
            return Ok(0);
        }
        let txn = self.writer().begin().await?;
        for (petition_id, key) in &rows {
            remember_hidden(&txn, *petition_id, keys.signer_hash(key), now).await?;
        }
        txn.commit().await?;
        Ok(rows.len() as u64)
    }

    /// Removes a signature (fraud, spam): no longer counted, listed, exported or mailed. Its
    /// record stays for the organizers, and a resubmission stays suppressed.
    pub async fn remove_signature(
        &self,
        actor: &str,
        petition_id: i64,
        id: i64,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let txn = self.writer().begin().await?;
        let n = remove(
            &txn,
            Condition::all()
                .add(signatures::Column::Id.eq(id))
                .add(signatures::Column::PetitionId.eq(petition_id)),
        )
        .await?;
        if n > 0 {
            audit::record(
                &txn,
                Action {
                    actor,
                    action: "signature.remove",
                    petition_id: Some(petition_id),
                    detail: format!("signature {id}"),
                    count: n as i64,
                },
                now,
            )
            .await?;
        }
        txn.commit().await?;
        if n > 0 {
            self.counts_changed();
        }
        Ok(n > 0)
    }

    /// Removes every pending or confirmed signature with an address at `domain`.
    pub async fn remove_domain(
        &self,
        actor: &str,
        petition_id: i64,
        domain: &str,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError> {
        let txn = self.writer().begin().await?;
        let n = remove(&txn, at_domain(petition_id, domain)).await?;
        audit::record(
            &txn,
            Action {
                actor,
                action: "signatures.remove_domain",
                petition_id: Some(petition_id),
                detail: format!("@{domain}"),
                count: n as i64,
            },
            now,
        )
        .await?;
        txn.commit().await?;
        if n > 0 {
            self.counts_changed();
        }
        Ok(n)
    }
}

async fn remove(db: &impl ConnectionTrait, which: Condition) -> Result<u64, StoreError> {
    let ids: Vec<i64> = signatures::Entity::find()
        .select_only()
        .column(signatures::Column::Id)
        .filter(which)
        .filter(signatures::Column::Status.is_in([Status::Pending, Status::Confirmed]))
        .into_tuple()
        .all(db)
        .await?;
    let mut counts = Deltas::default();
    counts.leaving(db, &ids).await?;
    let mut n = 0;
    for chunk in ids.chunks(500) {
        n += signatures::Entity::update_many()
            .col_expr(signatures::Column::Status, Expr::value(Status::Removed))
            .col_expr(
                signatures::Column::ExpiresAt,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .filter(signatures::Column::Id.is_in(chunk.iter().copied()))
            .exec(db)
            .await?
            .rows_affected;
        outbox::Entity::delete_many()
            .filter(outbox::Column::SignatureId.is_in(chunk.iter().copied()))
            .filter(outbox::Column::Status.is_in([OutboxStatus::Queued, OutboxStatus::Sending]))
            .exec(db)
            .await?;
    }
    counts.write(db).await?;
    Ok(n)
}

async fn remember_hidden(
    db: &impl ConnectionTrait,
    petition_id: i64,
    signer_hash: String,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let mark = hidden_signers::ActiveModel {
        petition_id: Set(petition_id),
        signer_hash: Set(signer_hash),
        created_at: Set(now),
    };
    hidden_signers::Entity::insert(mark)
        .on_conflict(
            OnConflict::columns([
                hidden_signers::Column::PetitionId,
                hidden_signers::Column::SignerHash,
            ])
            .do_nothing()
            .to_owned(),
        )
        .do_nothing()
        .exec(db)
        .await?;
    Ok(())
}
