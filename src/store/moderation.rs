//! What organizers see and do to signatures: figures by status, search, hide, remove.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, Statement,
};

use super::audit::{self, Action};
use super::counts::Deltas;
use super::outbox::OutboxStatus;
use super::{Store, StoreError};
use crate::domain::text::fold;
use crate::domain::Status;
use crate::entities::{hidden_signers, outbox, signatures};
use crate::security::Keys;

pub use crate::entities::signatures::Model as SignatureRecord;

pub use super::tallies::{confirmed_per_day, status_counts, StatusCounts};

/// The fewest characters a search looks for: its index is of trigrams.
pub const SEARCH_MIN_CHARS: usize = 3;

/// Signatures of a petition with `q` in their name, organization or address (case, accents
/// and punctuation set aside, any part of any of them: see
/// [`search_text`](crate::domain::paper::search_text)), or, for two
/// letters, whose country is `q`; newest first, at most `limit`. Through the trigram index
/// (FTS5 on SQLite, `pg_trgm` on PostgreSQL), after at most the petition's newest
/// [`SEARCH_NEWEST_FIRST`] on PostgreSQL, never a scan of the petition; a query of fewer
/// than [`SEARCH_MIN_CHARS`] letters that is no country finds nothing. The index is shared
/// by all petitions: to know that a small petition has fewer matches than `limit`, it
/// reads the matches of the others too (178 ms on SQLite for a name one in ten of a
/// million signatures on another petition share).
pub async fn search(
    db: &impl ConnectionTrait,
    petition_id: i64,
    q: &str,
    limit: u64,
) -> Result<Vec<SignatureRecord>, StoreError> {
    let q = q.trim();
    if q.len() == 2 && q.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Ok(signatures::Entity::find()
            .filter(signatures::Column::PetitionId.eq(petition_id))
            .filter(signatures::Column::Country.eq(q.to_ascii_uppercase()))
            .order_by_desc(signatures::Column::Id)
            .limit(limit)
            .all(db)
            .await?);
    }
    let folded = fold(q);
    if folded.chars().count() < SEARCH_MIN_CHARS {
        return Ok(vec![]);
    }
    let backend = db.get_database_backend();
    if backend == DbBackend::Postgres {
        // Folded text has no quote, % or _ of its own (punctuation becomes a space).
        let pattern = format!("%{folded}%");
        // The GIN index finds every match, then they are sorted: a part of a common name,
        // a tenth of a million signatures, took 256 ms. So the petition's newest signatures
        // are read first, in order (`signatures_newest`), and when they hold a page of
        // matches that is the answer; the index is for rarer text.
        let newest = Statement::from_sql_and_values(
            backend,
            "SELECT * FROM (SELECT * FROM signatures WHERE petition_id = $1 \
             ORDER BY id DESC LIMIT $4) w WHERE search_text LIKE $2 ORDER BY id DESC LIMIT $3",
            [
                petition_id.into(),
                pattern.clone().into(),
                (limit as i64).into(),
                SEARCH_NEWEST_FIRST.into(),
            ],
        );
        let found = signatures::Entity::find()
            .from_raw_sql(newest)
            .all(db)
            .await?;
        if found.len() as u64 >= limit {
            return Ok(found);
        }
        let statement = Statement::from_sql_and_values(
            backend,
            "SELECT * FROM signatures WHERE petition_id = $1 AND search_text LIKE $2 \
             ORDER BY id DESC LIMIT $3",
            [petition_id.into(), pattern.into(), (limit as i64).into()],
        );
        return Ok(signatures::Entity::find()
            .from_raw_sql(statement)
            .all(db)
            .await?);
    }
    // SQLite: the rows the indexer has not reached yet (newest, a few seconds' worth at
    // most) are read directly; then the index, up to where it was when this began, so a row
    // indexed in between is not found twice.
    let up_to = indexed_up_to(db).await?;
    // By the id range (the primary key), the petition checked on each row: `+petition_id`
    // keeps SQLite from choosing an index on petition_id instead, which would read every
    // signature of the petition to find the few past the mark.
    let mut found = signatures::Entity::find()
        .from_raw_sql(Statement::from_sql_and_values(
            backend,
            "SELECT * FROM signatures WHERE id > ?1 AND +petition_id = ?2 \
             AND search_text LIKE ?3 ORDER BY id DESC LIMIT ?4",
            [
                up_to.into(),
                petition_id.into(),
                format!("%{folded}%").into(),
                (limit as i64).into(),
            ],
        ))
        .all(db)
        .await?;
    let left = limit.saturating_sub(found.len() as u64);
    if left > 0 {
        // The index yields its matches newest first; each is looked up by its id, until
        // enough are of this petition. CROSS JOIN keeps that order of the loops: left to
        // choose, SQLite's planner may start from the petition's signatures (an index on
        // petition_id) and ask the index about each, a scan of the petition. (With or
        // without it the service measured the same; a planner with statistics might not.)
        let statement = Statement::from_sql_and_values(
            backend,
            "SELECT s.* FROM signatures_search f CROSS JOIN signatures s ON s.id = f.rowid \
             WHERE signatures_search MATCH ?1 AND f.rowid <= ?2 AND s.petition_id = ?3 \
             ORDER BY f.rowid DESC LIMIT ?4",
            [
                format!("\"{folded}\"").into(),
                up_to.into(),
                petition_id.into(),
                (left as i64).into(),
            ],
        );
        found.extend(
            signatures::Entity::find()
                .from_raw_sql(statement)
                .all(db)
                .await?,
        );
    }
    Ok(found)
}

/// The last signature id SQLite's trigram index holds (see [`Store::index_search`]).
async fn indexed_up_to(db: &impl ConnectionTrait) -> Result<i64, StoreError> {
    let row = db
        .query_one(Statement::from_string(
            DbBackend::Sqlite,
            "SELECT up_to FROM search_indexed",
        ))
        .await?;
    Ok(match row {
        Some(row) => row.try_get_by_index(0)?,
        None => 0,
    })
}

/// How many of a petition's newest signatures a search on PostgreSQL reads before it asks
/// the trigram index.
pub const SEARCH_NEWEST_FIRST: i64 = 5_000;

/// How many signatures the indexer takes in one transaction: a batch is a few milliseconds
/// of the writer's time, so a signing waits for it no longer than for a group commit.
pub const SEARCH_INDEX_BATCH: u64 = 2_000;

impl Store {
    /// Adds the next signatures (at most [`SEARCH_INDEX_BATCH`]) to SQLite's trigram index,
    /// in one transaction with the mark of how far the index has come; how many it passed
    /// (an erased signature has nothing to index).
    /// Kept off the signing transaction, which paid for every row's trigrams and for the
    /// index's merges as it went. Nothing to do on PostgreSQL, whose GIN index is kept by
    /// the insert itself, its pending list merged by autovacuum.
    pub async fn index_search(&self) -> Result<u64, StoreError> {
        if self.backend() != DbBackend::Sqlite {
            return Ok(0);
        }
        // Asked of a reader first, so an idle service takes no write lock to learn it has
        // nothing to do.
        let behind = self
            .reader()
            .query_one(Statement::from_string(
                DbBackend::Sqlite,
                "SELECT EXISTS (SELECT 1 FROM signatures \
                 WHERE id > (SELECT up_to FROM search_indexed))",
            ))
            .await?
            .map(|row| row.try_get_by_index::<bool>(0))
            .transpose()?
            .unwrap_or(false);
        if !behind {
            return Ok(0);
        }
        let txn = super::begin_write(self.writer()).await?;
        let up_to = indexed_up_to(&txn).await?;
        let Some(row) = txn
            .query_one(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "SELECT MAX(id), COUNT(*) FROM \
                 (SELECT id FROM signatures WHERE id > ?1 ORDER BY id LIMIT ?2)",
                [up_to.into(), (SEARCH_INDEX_BATCH as i64).into()],
            ))
            .await?
        else {
            return Ok(0);
        };
        let (Some(last), passed) = (
            row.try_get_by_index::<Option<i64>>(0)?,
            row.try_get_by_index::<i64>(1)?,
        ) else {
            return Ok(0);
        };
        txn.execute(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "INSERT INTO signatures_search(rowid, search_text) SELECT id, search_text \
             FROM signatures WHERE id > ?1 AND id <= ?2 AND search_text IS NOT NULL",
            [up_to.into(), last.into()],
        ))
        .await?;
        txn.execute(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "UPDATE search_indexed SET up_to = ?1",
            [last.into()],
        ))
        .await?;
        txn.commit().await?;
        Ok(passed as u64)
    }
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
        let txn = super::begin_write(self.writer()).await?;
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
        // On the public list or off it: the listed tally follows.
        let mut tallies = Deltas::default();
        tallies.touch(&txn, &[id]).await?;
        let n = signatures::Entity::update_many()
            .col_expr(signatures::Column::Hidden, Expr::value(hidden))
            .filter(signatures::Column::Id.eq(id))
            .filter(signatures::Column::PetitionId.eq(petition_id))
            .exec(&txn)
            .await?
            .rows_affected;
        tallies.write(&txn).await?;
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
        let txn = super::begin_write(self.writer()).await?;
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
        let txn = super::begin_write(self.writer()).await?;
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
        let txn = super::begin_write(self.writer()).await?;
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
    counts.touch(db, &ids).await?;
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
