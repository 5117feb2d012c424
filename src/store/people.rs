//! A signer's own request: every signature held for an address, across petitions, to give
//! it to them or to erase it.
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::audit::{self, Action};
use super::moderation::SignatureRecord;
use super::petitions::{self, Petition};
use super::signatures::erase;
use super::{Store, StoreError};
use crate::domain::{Email, Status};
use crate::entities::signatures;

impl Store {
    /// Every signature held for `email` (compared as the address is folded), newest first,
    /// with its petition.
    pub async fn signatures_of_address(
        &self,
        email: &Email,
    ) -> Result<Vec<(Petition, SignatureRecord)>, StoreError> {
        let rows = signatures::Entity::find()
            .filter(signatures::Column::EmailKey.eq(email.folded()))
            .order_by_desc(signatures::Column::CreatedAt)
            .all(self.reader())
            .await?;
        // One read of each petition, however many times the address signed it.
        let mut seen: std::collections::HashMap<i64, Option<Petition>> = Default::default();
        let mut out = Vec::with_capacity(rows.len());
        for s in rows {
            if let std::collections::hash_map::Entry::Vacant(slot) = seen.entry(s.petition_id) {
                slot.insert(petitions::by_id(self.reader(), s.petition_id).await?);
            }
            if let Some(Some(p)) = seen.get(&s.petition_id) {
                out.push((p.clone(), s));
            }
        }
        Ok(out)
    }

    /// Erases every signature held for `email`, as withdrawing would (the counts drop, the
    /// signer's withdraw links still answer), and records who did it. Returns how many.
    pub async fn erase_address(
        &self,
        actor: &str,
        email: &Email,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError> {
        let txn = super::begin_write(self.writer()).await?;
        let ids: Vec<i64> = signatures::Entity::find()
            .filter(signatures::Column::EmailKey.eq(email.folded()))
            .filter(signatures::Column::Status.is_in([Status::Pending, Status::Confirmed]))
            .all(&txn)
            .await?
            .into_iter()
            .map(|s| s.id)
            .collect();
        for id in &ids {
            erase(&txn, *id, Status::Withdrawn, now).await?;
        }
        audit::record(
            &txn,
            Action {
                actor,
                action: "person.erase",
                petition_id: None,
                detail: email.masked(),
                count: ids.len() as i64,
            },
            now,
        )
        .await?;
        txn.commit().await?;
        if !ids.is_empty() {
            self.counts_changed();
        }
        Ok(ids.len() as u64)
    }
}
