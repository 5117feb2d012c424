//! Starting several instances on one database: what they must agree on (the secret key, by
//! its fingerprint), and taking turns to migrate and import.
use chrono::{DateTime, TimeDelta, Utc};
use migrations::MigratorTrait;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, EntityTrait, Set,
    Statement,
};

use super::{Store, StoreError};
use crate::entities::{installation, instances};

const SECRET_FINGERPRINT: &str = "secret_fingerprint";
/// The advisory lock instances take while they migrate and import: any fixed number of
/// our own ("undrsign" in ASCII).
const STARTUP_LOCK: i64 = 0x756e_6472_7369_676e;

/// An instance that has not beaten for this long is taken for dead: the others take over
/// the mail it held (its lease would otherwise hold it for five minutes).
pub const HEARTBEAT_STALE: TimeDelta = TimeDelta::seconds(20);
/// How often a running instance says it is alive.
pub const HEARTBEAT_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

/// How this instance's secret compares with the one the database has seen.
#[derive(Debug, PartialEq, Eq)]
pub enum SecretCheck {
    /// The first instance: its key's fingerprint is recorded now.
    Recorded,
    Matches,
    /// Another key: this instance would refuse every other instance's forms and links.
    Differs,
    /// Another key, and the operator said it replaces the old one.
    Replaced,
}

/// Held while an instance migrates and imports. On PostgreSQL a session advisory lock on a
/// connection of its own, so instances started together take turns instead of racing; on
/// SQLite nothing (a file has one process serving it).
pub struct StartupLock(Option<DatabaseConnection>);

impl StartupLock {
    pub async fn release(self) {
        if let Some(db) = self.0 {
            let _ = db
                .execute(Statement::from_sql_and_values(
                    DbBackend::Postgres,
                    "SELECT pg_advisory_unlock($1)",
                    [STARTUP_LOCK.into()],
                ))
                .await;
            let _ = db.close().await;
        }
    }
}

impl Store {
    /// Waits for the start-up lock (see [`StartupLock`]).
    pub async fn startup_lock(&self, url: &str) -> Result<StartupLock, StoreError> {
        if self.backend() != DbBackend::Postgres {
            return Ok(StartupLock(None));
        }
        let mut options = ConnectOptions::new(url.to_owned());
        options
            .max_connections(1)
            .min_connections(1)
            .sqlx_logging(false);
        let db = Database::connect(options).await?;
        db.execute(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_advisory_lock($1)",
            [STARTUP_LOCK.into()],
        ))
        .await?;
        Ok(StartupLock(Some(db)))
    }

    /// Says that instance `id` is alive now (and since when it runs, on its first beat).
    pub async fn heartbeat(
        &self,
        id: &str,
        started_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        instances::Entity::insert(instances::ActiveModel {
            id: Set(id.to_owned()),
            started_at: Set(started_at),
            heartbeat_at: Set(now),
        })
        .on_conflict(
            OnConflict::column(instances::Column::Id)
                .update_column(instances::Column::HeartbeatAt)
                .to_owned(),
        )
        .exec_without_returning(self.writer())
        .await?;
        Ok(())
    }

    /// An instance that stops on purpose: it no longer beats, and what it held is due.
    pub async fn sign_off(&self, id: &str, now: DateTime<Utc>) -> Result<u64, StoreError> {
        let released = self.release_leases(id, now).await?;
        instances::Entity::delete_by_id(id.to_owned())
            .exec(self.writer())
            .await?;
        Ok(released)
    }

    /// Migrations this binary has that the database has not had. Read through the readers:
    /// a balancer asks every second, and on SQLite the one writer is the signers'.
    pub async fn pending_migrations(&self) -> Result<usize, StoreError> {
        Ok(migrations::Migrator::get_pending_migrations(self.reader())
            .await?
            .len())
    }

    /// Compares `fingerprint` (see [`Keys::fingerprint`](crate::security::Keys::fingerprint))
    /// with the one recorded, recording it if there is none, or replacing it when
    /// `replace` says the key was changed on purpose.
    pub async fn check_secret(
        &self,
        fingerprint: &str,
        replace: bool,
        now: DateTime<Utc>,
    ) -> Result<SecretCheck, StoreError> {
        let row = |value: &str| installation::ActiveModel {
            name: Set(SECRET_FINGERPRINT.to_owned()),
            value: Set(value.to_owned()),
            updated_at: Set(now),
        };
        // Two first instances at once: one inserts, the other finds its row.
        let inserted = installation::Entity::insert(row(fingerprint))
            .on_conflict(
                OnConflict::column(installation::Column::Name)
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(self.writer())
            .await?;
        if inserted > 0 {
            return Ok(SecretCheck::Recorded);
        }
        let recorded = installation::Entity::find_by_id(SECRET_FINGERPRINT)
            .one(self.writer())
            .await?
            .map(|r| r.value);
        match recorded.as_deref() {
            Some(f) if f == fingerprint => Ok(SecretCheck::Matches),
            _ if replace => {
                installation::Entity::update(row(fingerprint))
                    .exec(self.writer())
                    .await?;
                Ok(SecretCheck::Replaced)
            }
            _ => Ok(SecretCheck::Differs),
        }
    }
}
