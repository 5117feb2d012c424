//! The two yardsticks the service's figures are read against, served in the benchmark's own
//! process (on its multi-threaded runtime, which nothing else then loads): an empty GET handler (what axum and hyper can do on this machine at all)
//! and the naive signing handler (what "parse the form, one transaction per request" gets
//! from the same database with the same durability).
use std::net::SocketAddr;
use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, SqlxPostgresConnector, SqlxSqliteConnector,
    Statement, TransactionTrait,
};
use serde::Deserialize;
use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// A small server on its own loopback port.
pub struct Server {
    pub addr: SocketAddr,
    stop: CancellationToken,
    task: JoinHandle<()>,
    db: Option<DatabaseConnection>,
    /// What the database says its durability settings are, read on the handler's connection.
    pub db_description: Option<String>,
}

impl Server {
    async fn spawn(router: Router, db: Option<DatabaseConnection>) -> anyhow::Result<Server> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let stop = CancellationToken::new();
        let s = stop.clone();
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, router)
                .with_graceful_shutdown(s.cancelled_owned())
                .await;
        });
        let db_description = match &db {
            Some(db) => Some(crate::database::describe(db, None).await),
            None => None,
        };
        Ok(Server {
            addr,
            stop,
            task,
            db,
            db_description,
        })
    }

    pub async fn stop(self) {
        self.stop.cancel();
        let _ = tokio::time::timeout(Duration::from_secs(5), self.task).await;
        if let Some(db) = self.db {
            let _ = db.close().await;
        }
    }
}

/// `GET /` → 200 "ok": the HTTP limit.
pub async fn empty() -> anyhow::Result<Server> {
    let router = Router::new().route("/", get(|| async { "ok" }));
    Server::spawn(router, None).await
}

/// Where the naive handler keeps its rows.
pub enum NaiveDb {
    /// A SQLite file of its own, WAL, `synchronous = FULL`.
    Sqlite(std::path::PathBuf),
    /// A PostgreSQL database of its own.
    Postgres(String),
}

#[derive(Deserialize)]
struct NaiveForm {
    name: String,
    email: String,
}

/// `POST /sign` (name, email) → one transaction inserting one row → 303: the naive handler,
/// on a pool of one connection.
pub async fn naive(db: &NaiveDb) -> anyhow::Result<Server> {
    let conn = match db {
        NaiveDb::Sqlite(path) => {
            let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .busy_timeout(Duration::from_secs(10));
            let pool = SqlitePoolOptions::new()
                .max_connections(1)
                .connect_with(options)
                .await
                .context("open the naive handler's SQLite file")?;
            SqlxSqliteConnector::from_sqlx_sqlite_pool(pool)
        }
        NaiveDb::Postgres(url) => {
            let pool = PgPoolOptions::new()
                .max_connections(1)
                .connect(url)
                .await
                .context("connect the naive handler's PostgreSQL database")?;
            SqlxPostgresConnector::from_sqlx_postgres_pool(pool)
        }
    };
    let ddl = match conn.get_database_backend() {
        DbBackend::Postgres => {
            "CREATE TABLE IF NOT EXISTS naive_signatures (id BIGSERIAL PRIMARY KEY, \
             name TEXT NOT NULL, email TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL)"
        }
        _ => {
            "CREATE TABLE IF NOT EXISTS naive_signatures (id INTEGER PRIMARY KEY, \
             name TEXT NOT NULL, email TEXT NOT NULL, created_at TEXT NOT NULL)"
        }
    };
    conn.execute_unprepared(ddl).await?;
    let router = Router::new()
        .route("/sign", post(naive_sign))
        .with_state(conn.clone());
    Server::spawn(router, Some(conn)).await
}

async fn naive_sign(State(db): State<DatabaseConnection>, Form(form): Form<NaiveForm>) -> Response {
    match insert(&db, form).await {
        Ok(()) => Redirect::to("/thanks").into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

async fn insert(db: &DatabaseConnection, form: NaiveForm) -> Result<(), sea_orm::DbErr> {
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            "INSERT INTO naive_signatures (name, email, created_at) VALUES ($1, $2, $3)"
        }
        _ => "INSERT INTO naive_signatures (name, email, created_at) VALUES (?, ?, ?)",
    };
    let txn = db.begin().await?;
    txn.execute(Statement::from_sql_and_values(
        backend,
        sql,
        [
            form.name.into(),
            form.email.into(),
            chrono::Utc::now().into(),
        ],
    ))
    .await?;
    txn.commit().await
}
