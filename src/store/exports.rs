//! What an export reads (confirmed signatures, in confirmation order, streamed) and what it
//! leaves behind (a record of the list handed out, with its SHA-256).
use std::collections::HashMap;
use std::pin::Pin;

use chrono::{DateTime, Utc};
use futures::Stream;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};

use super::audit::{self, Action};
use super::{Store, StoreError};
use crate::domain::Status;
use crate::entities::{exports, petition_versions, signatures};

pub use crate::entities::exports::Model as ExportRecord;
pub use crate::entities::signatures::Model as SignatureRow;

/// Confirmed signatures of a petition in confirmation order, one row at a time.
pub type RowStream<'a> = Pin<Box<dyn Stream<Item = Result<SignatureRow, DbErr>> + Send + 'a>>;

impl Store {
    /// How many rows an export of the petition will have.
    pub async fn confirmed_count(&self, petition_id: i64) -> Result<u64, StoreError> {
        Ok(signatures::Entity::find()
            .filter(signatures::Column::PetitionId.eq(petition_id))
            .filter(signatures::Column::Status.eq(Status::Confirmed))
            .count(self.reader())
            .await?)
    }

    /// The rows, streamed from the database: memory stays flat whatever their number.
    pub async fn confirmed_rows(&self, petition_id: i64) -> Result<RowStream<'_>, StoreError> {
        if let Some(file) = &self.sqlite_file {
            return Ok(sqlite_reader::confirmed_rows(file.clone(), petition_id));
        }
        let stream = signatures::Entity::find()
            .filter(signatures::Column::PetitionId.eq(petition_id))
            .filter(signatures::Column::Status.eq(Status::Confirmed))
            .order_by_asc(signatures::Column::ConfirmedAt)
            .order_by_asc(signatures::Column::Id)
            .stream(self.reader())
            .await?;
        Ok(Box::pin(stream))
    }

    /// Version id → (number, SHA-256) for a petition.
    pub async fn version_labels(
        &self,
        petition_id: i64,
    ) -> Result<HashMap<i64, (i32, String)>, StoreError> {
        Ok(petition_versions::Entity::find()
            .filter(petition_versions::Column::PetitionId.eq(petition_id))
            .all(self.reader())
            .await?
            .into_iter()
            .map(|v| (v.id, (v.number, v.sha256)))
            .collect())
    }

    /// Records a finished export (and audits it).
    #[allow(clippy::too_many_arguments)]
    pub async fn record_export(
        &self,
        actor: &str,
        petition_id: i64,
        format: &str,
        rows: u64,
        sha256: &str,
        destination: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let txn = super::begin_write(self.writer()).await?;
        exports::ActiveModel {
            petition_id: Set(petition_id),
            format: Set(format.to_owned()),
            rows: Set(rows as i64),
            sha256: Set(sha256.to_owned()),
            actor: Set(actor.to_owned()),
            destination: Set(destination.to_owned()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        audit::record(
            &txn,
            Action {
                actor,
                action: "export",
                petition_id: Some(petition_id),
                detail: format!("{format} sha256:{sha256}"),
                count: rows as i64,
            },
            now,
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// The exports of a petition, newest first.
    pub async fn exports_of(&self, petition_id: i64) -> Result<Vec<ExportRecord>, StoreError> {
        Ok(exports::Entity::find()
            .filter(exports::Column::PetitionId.eq(petition_id))
            .order_by_desc(exports::Column::CreatedAt)
            .order_by_desc(exports::Column::Id)
            .all(self.reader())
            .await?)
    }
}

/// SQLite's rows for an export, read with rusqlite on a blocking thread and handed over a
/// batch at a time. Through sqlx each row crosses from the connection's thread to the task
/// on its own, a wake-up and a context switch per row, which was most of an export's time.
/// The query is the same as on PostgreSQL; one statement is one read transaction, so the
/// export is one consistent snapshot of the list.
mod sqlite_reader {
    use std::path::{Path, PathBuf};

    use chrono::{DateTime, Utc};
    use rusqlite::{OpenFlags, Row};
    use sea_orm::DbErr;
    use tokio::sync::mpsc;

    use super::{RowStream, SignatureRow};
    use crate::domain::{Kind, Source, Status, Visibility};

    /// Rows a batch: large enough that the hand-over costs nothing, small enough that memory
    /// stays flat (about 300 KiB).
    const BATCH: usize = 1024;

    const QUERY: &str =
        "SELECT id, petition_id, kind, status, dedupe_key, name, email, email_key, \
        country, city, occupation, organization, role, members, comment, public, updates, \
        language, hidden, ip_hash, created_at, expires_at, confirmed_at, withdrawn_at, \
        version_id, text_language, visibility, source, sheet, entered_by, verified_at, \
        verified_by, verified_note \
        FROM signatures WHERE petition_id = ?1 AND status = ?2 ORDER BY confirmed_at, id";

    type Batch = Result<Vec<SignatureRow>, DbErr>;

    pub fn confirmed_rows(file: PathBuf, petition_id: i64) -> RowStream<'static> {
        let (tx, rx) = mpsc::channel::<Batch>(2);
        tokio::task::spawn_blocking(move || {
            if let Err(e) = read(&file, petition_id, &tx) {
                let _ = tx.blocking_send(Err(DbErr::Custom(format!("export read: {e}"))));
            }
        });
        let rows = futures::stream::unfold(
            (rx, Vec::new().into_iter()),
            |(mut rx, mut batch)| async move {
                loop {
                    if let Some(row) = batch.next() {
                        return Some((Ok(row), (rx, batch)));
                    }
                    match rx.recv().await? {
                        Ok(next) => batch = next.into_iter(),
                        Err(e) => return Some((Err(e), (rx, Vec::new().into_iter()))),
                    }
                }
            },
        );
        Box::pin(rows)
    }

    /// Reads until the end or until the stream is dropped (a download abandoned).
    fn read(file: &Path, petition_id: i64, tx: &mpsc::Sender<Batch>) -> rusqlite::Result<()> {
        let conn = rusqlite::Connection::open_with_flags(
            file,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let mut statement = conn.prepare(QUERY)?;
        let mut rows = statement.query((petition_id, Status::Confirmed.as_str()))?;
        let mut batch = Vec::with_capacity(BATCH);
        while let Some(row) = rows.next()? {
            batch.push(signature(row)?);
            if batch.len() == BATCH {
                let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                if tx.blocking_send(Ok(full)).is_err() {
                    return Ok(());
                }
            }
        }
        if !batch.is_empty() {
            let _ = tx.blocking_send(Ok(batch));
        }
        Ok(())
    }

    /// A stored string with a fixed set of values, read without sea-orm.
    fn enum_at<T>(r: &Row<'_>, i: usize, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
        let s: String = r.get(i)?;
        parse(&s).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                i,
                rusqlite::types::Type::Text,
                format!("unexpected value {s:?}").into(),
            )
        })
    }

    fn signature(r: &Row<'_>) -> rusqlite::Result<SignatureRow> {
        Ok(SignatureRow {
            id: r.get(0)?,
            petition_id: r.get(1)?,
            kind: enum_at(r, 2, Kind::parse)?,
            status: enum_at(r, 3, Status::parse)?,
            visibility: enum_at(r, 26, Visibility::parse)?,
            dedupe_key: r.get(4)?,
            name: r.get(5)?,
            email: r.get(6)?,
            email_key: r.get(7)?,
            country: r.get(8)?,
            city: r.get(9)?,
            occupation: r.get(10)?,
            organization: r.get(11)?,
            role: r.get(12)?,
            members: r.get(13)?,
            comment: r.get(14)?,
            public: r.get(15)?,
            updates: r.get(16)?,
            language: r.get(17)?,
            hidden: r.get(18)?,
            ip_hash: r.get(19)?,
            created_at: time(r, 20)?,
            expires_at: optional_time(r, 21)?,
            confirmed_at: optional_time(r, 22)?,
            withdrawn_at: optional_time(r, 23)?,
            version_id: r.get(24)?,
            text_language: r.get(25)?,
            // A secret of the links, never exported.
            link_salt: None,
            source: enum_at(r, 27, Source::parse)?,
            sheet: r.get(28)?,
            entered_by: r.get(29)?,
            // Personal data kept for finding duplicates, never exported.
            match_key: None,
            verified_at: optional_time(r, 30)?,
            verified_by: r.get(31)?,
            verified_note: r.get(32)?,
            // Personal data kept for searching, never exported.
            search_text: None,
        })
    }

    /// A time as sqlx stores it: RFC 3339 text.
    fn time(r: &Row<'_>, i: usize) -> rusqlite::Result<DateTime<Utc>> {
        let text: String = r.get(i)?;
        parse(&text).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                i,
                rusqlite::types::Type::Text,
                format!("not a time: {text:?}").into(),
            )
        })
    }

    fn optional_time(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
        match r.get_ref(i)? {
            rusqlite::types::ValueRef::Null => Ok(None),
            _ => time(r, i).map(Some),
        }
    }

    /// RFC 3339, or SQLite's own `YYYY-MM-DD HH:MM:SS[.fff]` in UTC (a row written by hand).
    fn parse(text: &str) -> Option<DateTime<Utc>> {
        DateTime::parse_from_rfc3339(text)
            .map(|t| t.with_timezone(&Utc))
            .ok()
            .or_else(|| {
                chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S%.f")
                    .ok()
                    .map(|t| t.and_utc())
            })
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn times_parse_as_sqlx_writes_them_and_as_sqlite_does() {
            for text in [
                "2026-11-29T16:06:13.371747+00:00",
                "2026-11-29T16:06:13+00:00",
                "2026-11-29 16:06:13.371747",
                "2026-11-29 16:06:13",
            ] {
                let t = super::parse(text).unwrap();
                assert_eq!(
                    t.format("%Y-%m-%d %H:%M:%S").to_string(),
                    "2026-11-29 16:06:13"
                );
            }
            assert!(super::parse("yesterday").is_none());
        }
    }
}
