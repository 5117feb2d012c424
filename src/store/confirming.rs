//! Confirming in batches: the [`Batch`] behind [`Store::confirm`](super::Store::confirm).
//! A burst of people pressing Confirm after a mass mailing costs one transaction per batch,
//! and the counts table one increment per petition, kind and country per batch.
use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, FromQueryResult,
    QueryFilter, QuerySelect,
};

use super::counts::Deltas;
use super::group_commit::Batch;
use super::petitions::Petition;
use super::tokens::TokenAction;
use super::StoreError;
use crate::domain::{Status, TokenPurpose, Visibility};
use crate::entities::{petitions, signatures, tokens};
use crate::security::Link;

/// One press of Confirm.
pub(crate) struct ConfirmJob {
    pub link: Link,
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
    visibility: Visibility,
    link_salt: Option<String>,
}

/// What a job's link names.
#[derive(Clone, Copy)]
enum Target {
    Unknown,
    /// A link this server made whose signature is gone: "expired, sign again".
    Gone {
        petition_id: i64,
    },
    Signature {
        petition_id: i64,
        signature_id: i64,
        /// When the link stops working.
        expires_at: Option<DateTime<Utc>>,
    },
}

impl Batch for ConfirmJob {
    type Outcome = TokenAction;
    const KIND: &'static str = "confirming";

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
        let txn = super::begin_write(db).await?;
        // Derived links by the signature they name; the rest (random tokens of older emails)
        // by the tokens table.
        let signed_ids: BTreeSet<i64> = jobs
            .iter()
            .filter_map(|j| Some(j.link.signed.as_ref()?.signature_id))
            .collect();
        let mut sigs = signature_rows(&txn, signed_ids).await?;
        let mut targets: Vec<Option<Target>> = jobs
            .iter()
            .map(|j| {
                let link = j.link.signed.as_ref()?;
                let Some(sig) = sigs.get(&link.signature_id) else {
                    return Some(Target::Gone {
                        petition_id: link.petition_id,
                    });
                };
                match sig.link_salt.as_deref() {
                    None => Some(Target::Gone {
                        petition_id: link.petition_id,
                    }),
                    Some(salt) if link.holds(salt) && sig.petition_id == link.petition_id => {
                        Some(Target::Signature {
                            petition_id: sig.petition_id,
                            signature_id: sig.id,
                            expires_at: link.expires_at,
                        })
                    }
                    Some(_) => None,
                }
            })
            .collect();
        let hashes: BTreeSet<String> = jobs
            .iter()
            .zip(&targets)
            .filter(|(_, t)| t.is_none())
            .map(|(j, _)| j.link.token.hash())
            .collect();
        if !hashes.is_empty() {
            let found: HashMap<String, tokens::Model> = tokens::Entity::find()
                .filter(tokens::Column::Hash.is_in(hashes))
                .filter(tokens::Column::Purpose.eq(TokenPurpose::Confirm.as_str()))
                .all(&txn)
                .await?
                .into_iter()
                .map(|t| (t.hash.clone(), t))
                .collect();
            for (job, target) in jobs.iter().zip(targets.iter_mut()) {
                if target.is_none() {
                    *target = Some(match found.get(&job.link.token.hash()) {
                        None => Target::Unknown,
                        Some(t) => match t.signature_id {
                            None => Target::Gone {
                                petition_id: t.petition_id,
                            },
                            Some(signature_id) => Target::Signature {
                                petition_id: t.petition_id,
                                signature_id,
                                expires_at: Some(t.expires_at),
                            },
                        },
                    });
                }
            }
            let missing: BTreeSet<i64> = targets
                .iter()
                .filter_map(|t| match t {
                    Some(Target::Signature { signature_id, .. }) => Some(*signature_id),
                    _ => None,
                })
                .filter(|id| !sigs.contains_key(id))
                .collect();
            sigs.extend(signature_rows(&txn, missing).await?);
        }
        let targets: Vec<Target> = targets
            .into_iter()
            .map(|t| t.unwrap_or(Target::Unknown))
            .collect();

        let petition_ids: BTreeSet<i64> = targets
            .iter()
            .filter_map(|t| match t {
                Target::Unknown => None,
                Target::Gone { petition_id } | Target::Signature { petition_id, .. } => {
                    Some(*petition_id)
                }
            })
            .collect();
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

        let mut confirmed: Vec<i64> = vec![];
        // Signatures moved to a more private level, by level.
        let mut lowered: HashMap<Visibility, Vec<i64>> = HashMap::new();
        let mut deltas = Deltas::default();
        let mut outcomes = Vec::with_capacity(jobs.len());
        for (job, target) in jobs.iter().zip(targets) {
            let (petition_id, signature) = match target {
                Target::Unknown => {
                    outcomes.push(TokenAction::Unknown);
                    continue;
                }
                Target::Gone { petition_id } => (petition_id, None),
                Target::Signature {
                    petition_id,
                    signature_id,
                    expires_at,
                } => (petition_id, Some((signature_id, expires_at))),
            };
            let Some(petition) = petitions.get(&petition_id) else {
                outcomes.push(TokenAction::Unknown);
                continue;
            };
            let expires_at = signature.and_then(|(_, at)| at);
            let signature_id = signature.map(|(id, _)| id);
            let sig = signature_id.and_then(|id| Some((id, sigs.get_mut(&id)?)));
            let outcome = match sig {
                _ if expires_at.is_some_and(|at| at <= job.now) => {
                    TokenAction::Expired(petition.clone())
                }
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
                signature_id.and_then(|id| Some((id, sigs.get_mut(&id)?))),
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
        // The kept figures follow the rows that change: read now, and again at the write.
        let changing: Vec<i64> = confirmed
            .iter()
            .chain(lowered.values().flatten())
            .copied()
            .collect::<BTreeSet<i64>>()
            .into_iter()
            .collect();
        deltas.touch(&txn, &changing).await?;
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

/// The signatures `ids`, with what a link's check needs.
async fn signature_rows(
    txn: &DatabaseTransaction,
    ids: BTreeSet<i64>,
) -> Result<HashMap<i64, SignatureRow>, StoreError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(signatures::Entity::find()
        .select_only()
        .column(signatures::Column::Id)
        .column(signatures::Column::PetitionId)
        .column(signatures::Column::Status)
        .column(signatures::Column::Visibility)
        .column(signatures::Column::LinkSalt)
        .filter(signatures::Column::Id.is_in(ids))
        .into_model::<SignatureRow>()
        .all(txn)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect())
}
