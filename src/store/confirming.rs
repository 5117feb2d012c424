//! Confirming in batches: the [`Batch`] behind [`Store::confirm`](super::Store::confirm).
//! A burst of people pressing Confirm after a mass mailing costs one transaction per batch,
//! and the counts table one increment per petition, kind and country per batch.
use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, FromQueryResult, QueryFilter, QuerySelect,
    TransactionTrait,
};

use super::counts::Deltas;
use super::group_commit::Batch;
use super::petitions::Petition;
use super::tokens::TokenAction;
use super::StoreError;
use crate::domain::{Kind, Status, Token, TokenPurpose, Visibility};
use crate::entities::{petitions, signatures, tokens};

/// One press of Confirm.
pub(crate) struct ConfirmJob {
    pub token: Token,
    pub now: DateTime<Utc>,
    /// A more private level the signer chose on the confirm page.
    pub visibility: Option<Visibility>,
}

/// What the batch needs of a signature.
#[derive(FromQueryResult)]
struct SignatureRow {
    id: i64,
    petition_id: i64,
    status: Status,
    kind: Kind,
    visibility: Visibility,
    country: Option<String>,
    members: Option<i64>,
}

impl Batch for ConfirmJob {
    type Outcome = TokenAction;

    fn log(outcomes: &[TokenAction]) {
        let done = outcomes
            .iter()
            .filter(|o| matches!(o, TokenAction::Done(_)))
            .count();
        tracing::info!(
            batch = outcomes.len(),
            confirmed = done,
            not_confirmed = outcomes.len() - done,
            "confirmations stored"
        );
    }

    async fn commit(
        db: &DatabaseConnection,
        jobs: &[ConfirmJob],
    ) -> Result<Vec<TokenAction>, StoreError> {
        let txn = db.begin().await?;
        let hashes: BTreeSet<String> = jobs.iter().map(|j| j.token.hash()).collect();
        let found: HashMap<String, tokens::Model> = tokens::Entity::find()
            .filter(tokens::Column::Hash.is_in(hashes))
            .filter(tokens::Column::Purpose.eq(TokenPurpose::Confirm.as_str()))
            .all(&txn)
            .await?
            .into_iter()
            .map(|t| (t.hash.clone(), t))
            .collect();
        let petition_ids: BTreeSet<i64> = found.values().map(|t| t.petition_id).collect();
        let rows = petitions::Entity::find()
            .filter(petitions::Column::Id.is_in(petition_ids))
            .all(&txn)
            .await?;
        // With translations: the page after confirming names the petition in the signer's
        // language.
        let petitions: HashMap<i64, Petition> =
            super::petitions::with_translations(&txn, rows.into_iter())
                .await?
                .into_iter()
                .map(|p| (p.id, p))
                .collect();
        let signature_ids: BTreeSet<i64> = found.values().filter_map(|t| t.signature_id).collect();
        let rows: Vec<SignatureRow> = signatures::Entity::find()
            .select_only()
            .column(signatures::Column::Id)
            .column(signatures::Column::PetitionId)
            .column(signatures::Column::Status)
            .column(signatures::Column::Kind)
            .column(signatures::Column::Visibility)
            .column(signatures::Column::Country)
            .column(signatures::Column::Members)
            .filter(signatures::Column::Id.is_in(signature_ids))
            .into_model()
            .all(&txn)
            .await?;
        let mut sigs: HashMap<i64, SignatureRow> = rows.into_iter().map(|r| (r.id, r)).collect();

        let mut confirmed: Vec<i64> = vec![];
        // Signatures moved to a more private level, by level.
        let mut lowered: HashMap<Visibility, Vec<i64>> = HashMap::new();
        let mut deltas = Deltas::default();
        let mut outcomes = Vec::with_capacity(jobs.len());
        for job in jobs {
            let Some(t) = found.get(&job.token.hash()) else {
                outcomes.push(TokenAction::Unknown);
                continue;
            };
            let Some(petition) = petitions.get(&t.petition_id) else {
                outcomes.push(TokenAction::Unknown);
                continue;
            };
            let sig = t.signature_id.and_then(|id| Some((id, sigs.get_mut(&id)?)));
            let outcome = match sig {
                _ if t.expires_at <= job.now => TokenAction::Expired(petition.clone()),
                // The signature was purged, unconfirmed, past its window.
                None => TokenAction::Expired(petition.clone()),
                Some((id, s)) => match s.status {
                    Status::Pending if !petition.is_signable(job.now) => {
                        TokenAction::Closed(petition.clone())
                    }
                    Status::Pending => {
                        // Pressed twice in one batch: the second finds it confirmed.
                        s.status = Status::Confirmed;
                        confirmed.push(id);
                        deltas.add(
                            s.petition_id,
                            s.kind,
                            s.country.as_deref(),
                            1,
                            s.members.unwrap_or(0),
                        );
                        TokenAction::Done(petition.clone())
                    }
                    Status::Confirmed => TokenAction::Done(petition.clone()),
                    Status::Withdrawn | Status::Removed => TokenAction::Inactive(petition.clone()),
                },
            };
            // Only ever to a more private level the petition offers: a more public one
            // would need a fresh confirmation.
            if let (TokenAction::Done(_), Some(v), Some((id, s))) = (
                &outcome,
                job.visibility,
                t.signature_id.and_then(|id| Some((id, sigs.get_mut(&id)?))),
            ) {
                if petition
                    .visibility
                    .more_private_than(s.visibility)
                    .any(|o| o == v)
                {
                    s.visibility = v;
                    lowered.entry(v).or_default().push(id);
                }
            }
            outcomes.push(outcome);
        }

        // One moment for the batch: its jobs arrived within the same few milliseconds.
        let now = jobs.iter().map(|j| j.now).max().unwrap_or_else(Utc::now);
        for chunk in confirmed.chunks(500) {
            signatures::Entity::update_many()
                .col_expr(signatures::Column::Status, Expr::value(Status::Confirmed))
                .col_expr(signatures::Column::ConfirmedAt, Expr::value(Some(now)))
                .col_expr(
                    signatures::Column::ExpiresAt,
                    Expr::value(Option::<DateTime<Utc>>::None),
                )
                .filter(signatures::Column::Id.is_in(chunk.iter().copied()))
                .exec(&txn)
                .await?;
        }
        for (v, ids) in lowered {
            signatures::Entity::update_many()
                .col_expr(signatures::Column::Visibility, Expr::value(v))
                .col_expr(
                    signatures::Column::Public,
                    Expr::value(v == Visibility::Public),
                )
                .filter(signatures::Column::Id.is_in(ids))
                .exec(&txn)
                .await?;
        }
        deltas.write(&txn).await?;
        txn.commit().await?;
        Ok(outcomes)
    }
}
