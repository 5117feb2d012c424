//! `undersign backup`: a consistent copy of a SQLite database taken while the service runs,
//! checked by opening it. PostgreSQL has its own tools (see the README).
use std::path::Path;

use rusqlite::OpenFlags;
use sea_orm::{ConnectionTrait, DbBackend, Statement};

use super::{Store, StoreError};

/// What the copy holds, read from the copy itself.
#[derive(Debug)]
pub struct BackupSummary {
    pub bytes: u64,
    pub petitions: i64,
    pub signatures: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "backup copies a SQLite database; on PostgreSQL use its own tools: \
         `pg_dump --format=custom --file=undersign.dump DATABASE` (see the README)"
    )]
    NotSqlite,
    #[error("{0} exists already; a backup never overwrites a file")]
    Exists(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the copy at {0} does not check out: {1}")]
    Check(String, String),
}

impl Store {
    /// Writes a copy of the database to `to` (a new file) with SQLite's `VACUUM INTO`: one
    /// read transaction, so the copy is the database as of one moment however busy the
    /// service is, and compacted. Then opens the copy and runs `PRAGMA integrity_check`.
    pub async fn backup(&self, to: &Path) -> Result<BackupSummary, BackupError> {
        if self.backend() != DbBackend::Sqlite || self.sqlite_file.is_none() {
            return Err(BackupError::NotSqlite);
        }
        if to.exists() {
            return Err(BackupError::Exists(to.display().to_string()));
        }
        if let Some(dir) = to.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(StoreError::Io)?;
        }
        self.reader()
            .execute(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "VACUUM INTO ?",
                [to.display().to_string().into()],
            ))
            .await
            .map_err(StoreError::Db)?;
        let path = to.to_path_buf();
        tokio::task::spawn_blocking(move || check(&path))
            .await
            .map_err(|e| BackupError::Check(to.display().to_string(), e.to_string()))?
    }
}

fn check(path: &Path) -> Result<BackupSummary, BackupError> {
    let fail = |e: String| BackupError::Check(path.display().to_string(), e);
    let conn = rusqlite::Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| fail(e.to_string()))?;
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| fail(e.to_string()))?;
    if verdict != "ok" {
        return Err(fail(verdict));
    }
    let count = |table: &str| -> Result<i64, BackupError> {
        conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
            .map_err(|e| fail(e.to_string()))
    };
    Ok(BackupSummary {
        bytes: std::fs::metadata(path).map(|m| m.len()).unwrap_or(0),
        petitions: count("petitions")?,
        signatures: count("signatures")?,
    })
}
