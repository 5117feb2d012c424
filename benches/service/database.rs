//! The run's databases: SQLite files in the run's temporary folder, or, when
//! `UNDERSIGN_BENCH_DATABASE_URL` names a PostgreSQL server, two databases created for the
//! run (the service's and the naive handler's) and dropped after it.
use std::path::{Path, PathBuf};

use anyhow::Context;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};

use crate::baselines::NaiveDb;

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
        let service = format!("undersign_bench_{}", random_hex());
        let naive = format!("{service}_naive");
        let pool = sqlx::PgPool::connect(&admin)
            .await
            .context("connect to UNDERSIGN_BENCH_DATABASE_URL")?;
        for name in [&service, &naive] {
            sqlx::query(&format!("CREATE DATABASE \"{name}\""))
                .execute(&pool)
                .await
                .with_context(|| format!("create database {name}"))?;
        }
        pool.close().await;
        Ok(BenchDb {
            url: replace_db_name(&admin, &service),
            sqlite_file: None,
            naive: NaiveDb::Postgres(replace_db_name(&admin, &naive)),
            pg: Some((admin, vec![service, naive])),
        })
    }

    /// Drops the run's PostgreSQL databases (SQLite files go with the temporary folder).
    pub async fn drop_databases(&mut self) {
        let Some((admin, names)) = self.pg.take() else {
            return;
        };
        match sqlx::PgPool::connect(&admin).await {
            Ok(pool) => {
                for name in names {
                    let dropped =
                        sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                            .execute(&pool)
                            .await;
                    if let Err(e) = dropped {
                        eprintln!("warning: database {name} not dropped: {e}");
                    }
                }
                pool.close().await;
            }
            Err(e) => eprintln!("warning: the run's databases were not dropped: {e}"),
        }
    }
}

/// "SQLite 3.46.0, WAL, synchronous=FULL" or "PostgreSQL 15.19, synchronous_commit=on", read
/// from the service's own connection, so it says what the service really runs with.
pub async fn describe(db: &DatabaseConnection) -> String {
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

fn random_hex() -> String {
    use rand::RngCore;
    let mut b = [0u8; 6];
    rand::rng().fill_bytes(&mut b);
    hex::encode(b)
}

/// The admin URL with its database name replaced (query string kept).
fn replace_db_name(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let path_start = base[scheme_end..]
        .find('/')
        .map(|i| i + scheme_end)
        .unwrap_or(base.len());
    let mut out = format!("{}/{}", &base[..path_start], name);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}
