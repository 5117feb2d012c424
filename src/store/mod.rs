//! Every query undersign makes. Reads go to a pool of readers; every write goes through
//! [`Store`]'s methods on the one writer, so that SQLite never sees two writers at once (no
//! "database is locked" reaches a signer). Signings and confirmations reach the writer
//! through the batching queues of [`group_commit`]; handlers do not see the difference.
pub mod audit;
pub mod backup;
mod confirming;
pub mod counts;
pub mod exports;
pub mod group_commit;
pub mod installation;
pub mod moderation;
pub mod organizers;
pub mod outbox;
pub mod paper;
pub mod people;
pub mod petitions;
pub mod retention;
pub mod signatures;
pub mod signing;
mod statistics;
pub mod tallies;
pub mod tokens;
pub mod translations;
pub mod updates;

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};

use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr,
    SqlxPostgresConnector, SqlxSqliteConnector, TransactionTrait,
};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::config::DatabaseSettings;

pub use counts::Counts;
pub use petitions::Petition;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Db(#[from] DbErr),
    #[error("database connection: {0}")]
    Connect(#[from] sqlx::Error),
    #[error("database file: {0}")]
    Io(#[from] std::io::Error),
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
    #[error("the database writer has stopped")]
    Closed,
}

/// The database, split into a writer and readers.
#[derive(Clone)]
pub struct Store {
    writer: DatabaseConnection,
    reader: DatabaseConnection,
    signing: group_commit::Queue<signing::SignRequest>,
    confirming: group_commit::Queue<confirming::ConfirmJob>,
    public_petitions: std::sync::Arc<petitions::PublicPetitions>,
    /// The SQLite database file, which an export reads directly (see
    /// [`Store::confirmed_rows`]); `None` on PostgreSQL and for an in-memory database.
    sqlite_file: Option<std::path::PathBuf>,
    growth: statistics::Growth,
    /// Confirmed counts as pages read them; renewed by every commit that changes them.
    counts: Arc<counts::CountsCache>,
    /// Woken by every commit that queued mail, so the sender sends at once.
    outbox_wake: Arc<tokio::sync::Notify>,
}

impl Store {
    pub async fn connect(settings: &DatabaseSettings) -> Result<Store, StoreError> {
        let url = settings.url.as_str();
        if url.starts_with("sqlite:") {
            let synchronous = match settings.sqlite_synchronous.as_str() {
                "normal" => SqliteSynchronous::Normal,
                "extra" => SqliteSynchronous::Extra,
                _ => SqliteSynchronous::Full,
            };
            // sqlx leaves the journal and sync modes to SQLite's defaults (rollback journal,
            // FULL); say what we want explicitly.
            let options = SqliteConnectOptions::from_str(url)?
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(synchronous)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
                .pragma("temp_store", "memory");
            let filename = options.get_filename().to_path_buf();
            let in_memory = filename.as_os_str().is_empty() || filename == Path::new(":memory:");
            if !in_memory {
                if let Some(dir) = filename.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir)?;
                }
            }
            // An in-process database cannot drop a connection the way a server can: a ping
            // before every use would only add a round trip to the connection's thread.
            // Checkpoints copy the log back into the database file and sync it: work a signer
            // should not wait for. The writer leaves them to `checkpoint_loop`.
            let writer_options = if in_memory {
                options.clone()
            } else {
                options.clone().pragma("wal_autocheckpoint", "0")
            };
            let writer_pool = SqlitePoolOptions::new()
                .max_connections(1)
                .min_connections(1)
                .test_before_acquire(false)
                .acquire_timeout(Duration::from_secs(30))
                .connect_with(writer_options)
                .await?;
            let writer = SqlxSqliteConnector::from_sqlx_sqlite_pool(writer_pool);
            let reader = if in_memory {
                writer.clone()
            } else {
                let pool = SqlitePoolOptions::new()
                    .max_connections(settings.max_connections)
                    .test_before_acquire(false)
                    .acquire_timeout(Duration::from_secs(30))
                    .connect_with(options)
                    .await?;
                let reader = SqlxSqliteConnector::from_sqlx_sqlite_pool(pool);
                tokio::spawn(checkpoint_loop(reader.clone()));
                reader
            };
            let mut store = Store::new(writer, reader);
            store.sqlite_file = (!in_memory).then_some(filename);
            Ok(store)
        } else {
            let options = PgConnectOptions::from_str(url)?;
            let pool = PgPoolOptions::new()
                .max_connections(settings.max_connections.max(2))
                .acquire_timeout(Duration::from_secs(30))
                .connect_with(options)
                .await?;
            let db = SqlxPostgresConnector::from_sqlx_postgres_pool(pool);
            Ok(Store::new(db.clone(), db))
        }
    }

    fn new(writer: DatabaseConnection, reader: DatabaseConnection) -> Store {
        Store {
            signing: group_commit::Queue::start(writer.clone()),
            confirming: group_commit::Queue::start(writer.clone()),
            public_petitions: Default::default(),
            growth: Default::default(),
            counts: Arc::new(counts::CountsCache::new(Duration::from_secs(1))),
            outbox_wake: Default::default(),
            writer,
            reader,
            sqlite_file: None,
        }
    }

    /// Brings the schema up to date.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        use migrations::MigratorTrait;
        migrations::Migrator::up(&self.writer, None).await?;
        self.backfill_versions(chrono::Utc::now()).await?;
        self.backfill_signer_keys(chrono::Utc::now()).await?;
        Ok(())
    }

    /// Confirmed counts of every petition, at most a second old, and current with every
    /// change this process committed.
    pub async fn counts(&self, now: DateTime<Utc>) -> Result<counts::Snapshot, StoreError> {
        self.counts.get(&self.reader, now).await
    }

    /// What follows a commit that changed what is counted (a confirmation, a withdrawal,
    /// moderation, a petition's state or text): pages count afresh. The store calls it
    /// itself, so no handler has to remember.
    fn counts_changed(&self) {
        self.counts.invalidate();
    }

    /// Notified whenever a commit queued mail: what the outbox worker waits on.
    pub fn outbox_wake(&self) -> Arc<tokio::sync::Notify> {
        self.outbox_wake.clone()
    }

    pub fn reader(&self) -> &DatabaseConnection {
        &self.reader
    }

    pub(crate) fn writer(&self) -> &DatabaseConnection {
        &self.writer
    }

    pub fn backend(&self) -> DbBackend {
        self.writer.get_database_backend()
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> bool {
        self.reader.ping().await.is_ok()
    }

    pub async fn close(self) {
        let _ = self.writer.close().await;
        let _ = self.reader.close().await;
    }
}

/// Checkpoints the SQLite log every [`CHECKPOINT_EVERY`] beside the writer instead of in its
/// path. PASSIVE never waits for and never blocks the writer or a reader; what a long read
/// still needs is copied next time. Ends when the pool is closed.
async fn checkpoint_loop(db: DatabaseConnection) {
    loop {
        tokio::time::sleep(CHECKPOINT_EVERY).await;
        if let Err(e) = db
            .execute_unprepared("PRAGMA wal_checkpoint(PASSIVE)")
            .await
        {
            if matches!(e, DbErr::ConnectionAcquire(_)) {
                return;
            }
            tracing::warn!(error = %e, "SQLite checkpoint failed; the log grows until one succeeds");
        }
    }
}

const CHECKPOINT_EVERY: Duration = Duration::from_millis(500);

/// Begins a writing transaction that holds SQLite's write lock from its first statement.
///
/// SQLite's plain `BEGIN` takes the lock at the first write. When another process (a second
/// instance on the same file, the CLI) commits between this transaction's first read and that
/// write, SQLite refuses the write at once with "database is locked": the snapshot read is
/// stale, so the busy timeout cannot help. Taken first, the lock makes the other process's
/// writer wait its turn instead. sea-orm cannot say `BEGIN IMMEDIATE`, so a write that
/// changes nothing takes the lock. PostgreSQL's row locks need none of this.
pub(crate) async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let txn = db.begin().await?;
    if db.get_database_backend() == DbBackend::Sqlite {
        txn.execute_unprepared("UPDATE seaql_migrations SET version = version WHERE 0")
            .await?;
    }
    Ok(txn)
}

/// Whether `err` is a unique-constraint violation, which callers turn into a domain outcome.
pub(crate) fn is_unique_violation(err: &DbErr) -> bool {
    matches!(
        err.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}
