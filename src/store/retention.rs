//! Data that leaves when the campaign ends: `retention.days_after_close` days after a
//! petition stopped taking signatures, the personal data of its signatures is erased. What
//! stays is what the counts, the delivery records and the organizers' history need: kind,
//! country, members, visibility, status, the organization's name for an organization, the
//! text version, the dates, and the export records with their SHA-256.
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect, QueryTrait,
};

use super::audit::{self, Action};
use super::petitions;
use super::{Store, StoreError};
use crate::domain::Kind;
use crate::entities::{outbox, petitions as petitions_entity, signatures, tallies, tokens};

/// What erasing does, or would do, to one petition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Purge {
    pub slug: String,
    /// Since when it has taken no signatures.
    pub closed_since: DateTime<Utc>,
    /// Signatures that still hold personal data.
    pub signatures: u64,
}

/// Who did it, for the audit log.
pub const SYSTEM: &str = "retention";

impl Store {
    /// Erases (or, with `dry_run`, only lists) the personal data of every petition closed
    /// more than `days` ago. Idempotent: a petition already erased shows no signatures.
    pub async fn purge_closed(
        &self,
        days: u64,
        now: DateTime<Utc>,
        dry_run: bool,
    ) -> Result<Vec<Purge>, StoreError> {
        let mut done = vec![];
        for p in petitions::all(self.reader()).await? {
            let (Some(closed_since), Some(due)) = (p.closed_since(now), p.erase_after(days, now))
            else {
                continue;
            };
            if due > now {
                continue;
            }
            let holding = signatures::Entity::find()
                .filter(signatures::Column::PetitionId.eq(p.id))
                .filter(personal_data())
                .count(self.reader())
                .await?;
            if holding == 0 {
                // Nothing personal left (nobody signed, or all withdrew): note that the
                // period is over, quietly.
                if !dry_run && p.purged_at.is_none() {
                    petitions_entity::Entity::update_many()
                        .col_expr(petitions_entity::Column::PurgedAt, Expr::value(Some(now)))
                        .filter(petitions_entity::Column::Id.eq(p.id))
                        .exec(self.writer())
                        .await?;
                }
                continue;
            }
            if !dry_run {
                self.erase_petition(p.id, holding, now).await?;
            }
            done.push(Purge {
                slug: p.slug.clone(),
                closed_since,
                signatures: holding,
            });
        }
        Ok(done)
    }

    async fn erase_petition(&self, id: i64, n: u64, now: DateTime<Utc>) -> Result<(), StoreError> {
        let txn = super::begin_write(self.writer()).await?;
        let none = Option::<String>::None;
        signatures::Entity::update_many()
            .col_expr(signatures::Column::DedupeKey, Expr::value(none.clone()))
            .col_expr(signatures::Column::Name, Expr::value(none.clone()))
            .col_expr(signatures::Column::MatchKey, Expr::value(none.clone()))
            .col_expr(signatures::Column::SearchText, Expr::value(none.clone()))
            .col_expr(signatures::Column::Email, Expr::value(none.clone()))
            .col_expr(signatures::Column::EmailKey, Expr::value(none.clone()))
            .col_expr(signatures::Column::City, Expr::value(none.clone()))
            .col_expr(signatures::Column::Occupation, Expr::value(none.clone()))
            .col_expr(signatures::Column::Role, Expr::value(none.clone()))
            .col_expr(signatures::Column::Comment, Expr::value(none.clone()))
            .col_expr(signatures::Column::IpHash, Expr::value(none.clone()))
            .col_expr(signatures::Column::LinkSalt, Expr::value(none))
            .col_expr(signatures::Column::Updates, Expr::value(false))
            .filter(signatures::Column::PetitionId.eq(id))
            .exec(&txn)
            .await?;
        // A person's "organization" field is empty; an organization's name stays, as the
        // organization signed publicly for its members.
        signatures::Entity::update_many()
            .col_expr(
                signatures::Column::Organization,
                Expr::value(Option::<String>::None),
            )
            .filter(signatures::Column::PetitionId.eq(id))
            .filter(signatures::Column::Kind.eq(Kind::Individual))
            .exec(&txn)
            .await?;
        let ids = signatures::Entity::find()
            .select_only()
            .column(signatures::Column::Id)
            .filter(signatures::Column::PetitionId.eq(id));
        tokens::Entity::delete_many()
            .filter(tokens::Column::SignatureId.in_subquery(ids.clone().into_query()))
            .exec(&txn)
            .await?;
        outbox::Entity::delete_many()
            .filter(outbox::Column::SignatureId.in_subquery(ids.into_query()))
            .exec(&txn)
            .await?;
        // Every name of the petition is gone, so none is on its public list.
        tallies::Entity::delete_many()
            .filter(tallies::Column::PetitionId.eq(id))
            .filter(tallies::Column::Measure.eq(super::counts::LISTED))
            .exec(&txn)
            .await?;
        petitions_entity::Entity::update_many()
            .col_expr(petitions_entity::Column::PurgedAt, Expr::value(Some(now)))
            .filter(petitions_entity::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        audit::record(
            &txn,
            Action {
                actor: SYSTEM,
                action: "petition.purge",
                petition_id: Some(id),
                detail: "personal data erased after the retention period".into(),
                count: n as i64,
            },
            now,
        )
        .await?;
        txn.commit().await?;
        tracing::info!(
            petition_id = id,
            signatures = n,
            "personal data erased after the retention period"
        );
        Ok(())
    }
}

/// Signatures that still hold a personal detail.
fn personal_data() -> Condition {
    Condition::any()
        .add(signatures::Column::Name.is_not_null())
        .add(signatures::Column::Email.is_not_null())
        .add(signatures::Column::City.is_not_null())
        .add(signatures::Column::Occupation.is_not_null())
        .add(signatures::Column::Role.is_not_null())
        .add(signatures::Column::Comment.is_not_null())
        .add(signatures::Column::IpHash.is_not_null())
}
