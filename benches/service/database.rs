//! The run's databases: SQLite files in the run's temporary folder, or, when
//! `UNDERSIGN_BENCH_DATABASE_URL` names a PostgreSQL server, two databases created for the
//! run (the service's and the naive handler's) and dropped after it.
use std::path::{Path, PathBuf};

use anyhow::Context;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};

use crate::baselines::NaiveDb;
use testkit::pg;

pub struct BenchDb {
    /// The service's `database.url`.
    pub url: String,
    /// The service's SQLite file, for the `sqlite3` comparison.
    pub sqlite_file: Option<PathBuf>,
    pub naive: NaiveDb,
    /// The server to connect to for dropping, and the databases to drop.
    pg: Option<(String, Vec<String>)>,
}

impl BenchDb {
    pub async fn create(dir: &Path, pg_admin: Option<String>) -> anyhow::Result<BenchDb> {
        let Some(admin) = pg_admin else {
            let file = dir.join("undersign.db");
            return Ok(BenchDb {
                url: format!("sqlite://{}?mode=rwc", file.display()),
                sqlite_file: Some(file),
                naive: NaiveDb::Sqlite(dir.join("naive.db")),
                pg: None,
            });
        };
        let (service, service_url) = pg::create(&admin, "undersign_bench")
            .await
            .context("create the service's database on UNDERSIGN_BENCH_DATABASE_URL")?;
        let (naive, naive_url) = pg::create(&admin, "undersign_bench_naive")
            .await
            .context("create the naive handler's database")?;
        Ok(BenchDb {
            url: service_url,
            sqlite_file: None,
            naive: NaiveDb::Postgres(naive_url),
            pg: Some((admin, vec![service, naive])),
        })
    }

    /// Drops the run's PostgreSQL databases (SQLite files go with the temporary folder).
    pub async fn drop_databases(&mut self) {
        let Some((admin, names)) = self.pg.take() else {
            return;
        };
        if let Err(e) = pg::drop_all(&admin, &names).await {
            eprintln!("warning: the run's databases were not all dropped: {e}");
        }
    }
}

/// The benchmark's own connection to the service's database, once the service has created
/// and migrated it: to pick the petitions and say what the database is. Read-only on SQLite
/// (sea-orm's plain connection, not a `Store`, which would run a second checkpointer).
pub async fn open_reader(db: &BenchDb) -> anyhow::Result<DatabaseConnection> {
    let url = match &db.sqlite_file {
        Some(file) => format!("sqlite://{}?mode=ro", file.display()),
        None => db.url.clone(),
    };
    let mut options = sea_orm::ConnectOptions::new(url);
    options.max_connections(1).sqlx_logging(false);
    sea_orm::Database::connect(options)
        .await
        .context("connect to the service's database")
}

/// "SQLite 3.46.0, WAL, synchronous=FULL" or "PostgreSQL 15.19, synchronous_commit=on", read
/// on `db`. SQLite's `synchronous` belongs to each connection, so for another process's
/// database pass what it was set to (`set_synchronous`), which is then shown as set, not read.
pub async fn describe(db: &DatabaseConnection, set_synchronous: Option<&str>) -> String {
    let one = |sql: &str| {
        let sql = sql.to_owned();
        async move {
            db.query_one(Statement::from_string(db.get_database_backend(), sql))
                .await
                .ok()
                .flatten()
                .and_then(|row| {
                    row.try_get_by_index::<String>(0)
                        .or_else(|_| row.try_get_by_index::<i64>(0).map(|n| n.to_string()))
                        .ok()
                })
                .unwrap_or_else(|| "?".into())
        }
    };
    match db.get_database_backend() {
        DbBackend::Postgres => format!(
            "PostgreSQL {}, synchronous_commit={}, fsync={}",
            one("SHOW server_version").await,
            one("SHOW synchronous_commit").await,
            one("SHOW fsync").await
        ),
        _ => {
            if let Some(set) = set_synchronous {
                return format!(
                    "SQLite {} (bundled with sqlx), journal_mode={}, synchronous={} (as set \
                     for the service; a setting of each connection, not readable from another process)",
                    one("SELECT sqlite_version()").await,
                    one("PRAGMA journal_mode").await,
                    set.to_uppercase()
                );
            }
            let sync = match one("PRAGMA synchronous").await.as_str() {
                "0" => "OFF".to_owned(),
                "1" => "NORMAL".to_owned(),
                "2" => "FULL".to_owned(),
                "3" => "EXTRA".to_owned(),
                other => other.to_owned(),
            };
            format!(
                "SQLite {} (bundled with sqlx), journal_mode={}, synchronous={sync}",
                one("SELECT sqlite_version()").await,
                one("PRAGMA journal_mode").await
            )
        }
    }
}
