//! What an export reads (confirmed signatures, in confirmation order, streamed) and what it
//! leaves behind (a record of the list handed out, with its SHA-256).
use std::collections::HashMap;
use std::pin::Pin;

use chrono::{DateTime, Utc};
use futures::Stream;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    Set, TransactionTrait,
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
            .filter(signatures::Column::Status.eq(Status::Confirmed.as_str()))
            .count(self.reader())
            .await?)
    }

    /// The rows, streamed from the database: memory stays flat whatever their number.
    pub async fn confirmed_rows(&self, petition_id: i64) -> Result<RowStream<'_>, StoreError> {
        let stream = signatures::Entity::find()
            .filter(signatures::Column::PetitionId.eq(petition_id))
            .filter(signatures::Column::Status.eq(Status::Confirmed.as_str()))
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
        let txn = self.writer().begin().await?;
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
