//! Signatures: signing, confirming, withdrawing, purging, and the public list.
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, TransactionTrait,
};

use super::tokens::{lookup, TokenLookup};
use super::{is_unique_violation, outbox, Petition, Store, StoreError};
use crate::domain::{NewSignature, Signer, Status, Token, TokenPurpose};
use crate::entities::{outbox as outbox_entity, signatures, tokens};

/// A checked signature and the circumstances of its submission.
#[derive(Debug)]
pub struct SignRequest<'a> {
    pub petition: &'a Petition,
    pub signature: &'a NewSignature,
    pub language: &'a str,
    /// A keyed hash of the client address, never the address.
    pub ip_hash: Option<String>,
    pub now: DateTime<Utc>,
    /// How long a pending signature waits for its confirmation.
    pub confirm_window: TimeDelta,
    /// Messages to one address per 24 hours, whatever is submitted.
    pub caps: MailCaps,
}

/// How many messages one address may be sent in 24 hours.
#[derive(Clone, Copy, Debug)]
pub struct MailCaps {
    /// About one petition.
    pub per_petition: u32,
    /// About all petitions together.
    pub overall: u32,
}

/// What happened to a submission. The signer sees the same page for every one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignOutcome {
    /// A new pending signature; its confirmation is queued.
    Created,
    /// Still pending: the confirmation is queued again.
    ConfirmationResent,
    /// Already confirmed: a short "you have already signed" is queued.
    AlreadySignedNotified,
    /// The cap of messages to this address is reached: nothing is stored or queued.
    Capped,
    /// Removed by an organiser: nothing happens.
    Suppressed,
}

impl SignOutcome {
    /// Whether a message was queued, so the outbox worker should be woken.
    pub fn queued_mail(self) -> bool {
        matches!(
            self,
            SignOutcome::Created
                | SignOutcome::ConfirmationResent
                | SignOutcome::AlreadySignedNotified
        )
    }
}

/// The answer to pressing Confirm or Withdraw.
#[derive(Debug)]
pub enum TokenAction {
    Unknown,
    Expired(Petition),
    /// Done now, or done before (both actions are idempotent).
    Done(Petition),
    /// Confirming a signature that was withdrawn or removed.
    Inactive(Petition),
}

impl Store {
    /// Stores a signature and queues its email in one transaction. A duplicate is never an
    /// error: see [`SignOutcome`].
    pub async fn sign(&self, req: &SignRequest<'_>) -> Result<SignOutcome, StoreError> {
        let mut attempt = 0;
        loop {
            match self.try_sign(req).await {
                // Two identical submissions raced on PostgreSQL; the second now finds the first.
                Err(StoreError::Db(e)) if is_unique_violation(&e) && attempt < 2 => attempt += 1,
                other => return other,
            }
        }
    }

    async fn try_sign(&self, req: &SignRequest<'_>) -> Result<SignOutcome, StoreError> {
        let txn = self.writer().begin().await?;
        let key = req.signature.dedupe_key();
        let existing = signatures::Entity::find()
            .filter(signatures::Column::PetitionId.eq(req.petition.id))
            .filter(signatures::Column::DedupeKey.eq(key.as_str()))
            .one(&txn)
            .await?;
        let status = existing.as_ref().and_then(|s| Status::parse(&s.status));
        if matches!(status, Some(Status::Removed | Status::Withdrawn)) {
            // Withdrawn rows have no key and cannot be found; removed ones stay removed.
            txn.commit().await?;
            return Ok(SignOutcome::Suppressed);
        }
        // Whatever is submitted, and through however many signatures (a person's, several
        // organisations'), one address gets at most the caps of messages in a day.
        let since = req.now - TimeDelta::hours(24);
        let email_key = req.signature.email.folded();
        let to_petition =
            outbox::messages_to_address(&txn, &email_key, Some(req.petition.id), since).await?;
        let to_all = outbox::messages_to_address(&txn, &email_key, None, since).await?;
        if to_petition >= u64::from(req.caps.per_petition) || to_all >= u64::from(req.caps.overall)
        {
            txn.commit().await?;
            return Ok(SignOutcome::Capped);
        }
        let outcome = match existing {
            None => {
                let mut row = details(req.signature);
                row.petition_id = Set(req.petition.id);
                row.kind = Set(req.signature.kind().as_str().to_owned());
                row.status = Set(Status::Pending.as_str().to_owned());
                row.dedupe_key = Set(Some(key));
                row.language = Set(req.language.to_owned());
                row.hidden = Set(false);
                row.ip_hash = Set(req.ip_hash.clone());
                row.created_at = Set(req.now);
                row.expires_at = Set(Some(req.now + req.confirm_window));
                row.confirmed_at = Set(None);
                row.withdrawn_at = Set(None);
                row.version_id = Set(req.petition.version_id);
                let saved = row.insert(&txn).await?;
                outbox::enqueue(&txn, saved.id, outbox::Purpose::Confirm, req.now).await?;
                SignOutcome::Created
            }
            Some(s) if status == Some(Status::Pending) => {
                // The latest submission is what the signer confirms: a corrected typo
                // replaces the old one, and the confirmation window starts again.
                let mut row = details(req.signature);
                row.id = Set(s.id);
                row.language = Set(req.language.to_owned());
                row.ip_hash = Set(req.ip_hash.clone());
                row.expires_at = Set(Some(req.now + req.confirm_window));
                row.update(&txn).await?;
                outbox::enqueue(&txn, s.id, outbox::Purpose::Confirm, req.now).await?;
                SignOutcome::ConfirmationResent
            }
            Some(s) => {
                outbox::enqueue(&txn, s.id, outbox::Purpose::AlreadySigned, req.now).await?;
                SignOutcome::AlreadySignedNotified
            }
        };
        txn.commit().await?;
        Ok(outcome)
    }

    /// Confirms the signature behind a confirm token. Idempotent.
    pub async fn confirm(
        &self,
        token: &Token,
        now: DateTime<Utc>,
    ) -> Result<TokenAction, StoreError> {
        let txn = self.writer().begin().await?;
        let action = match lookup(&txn, token, TokenPurpose::Confirm, now).await? {
            TokenLookup::Unknown => TokenAction::Unknown,
            TokenLookup::Expired(p) => TokenAction::Expired(p),
            TokenLookup::Valid {
                petition,
                signature_id,
                status,
            } => match status {
                Status::Pending => {
                    signatures::Entity::update_many()
                        .col_expr(
                            signatures::Column::Status,
                            Expr::value(Status::Confirmed.as_str()),
                        )
                        .col_expr(signatures::Column::ConfirmedAt, Expr::value(Some(now)))
                        .col_expr(
                            signatures::Column::ExpiresAt,
                            Expr::value(Option::<DateTime<Utc>>::None),
                        )
                        .filter(signatures::Column::Id.eq(signature_id))
                        .exec(&txn)
                        .await?;
                    TokenAction::Done(petition)
                }
                Status::Confirmed => TokenAction::Done(petition),
                Status::Withdrawn | Status::Removed => TokenAction::Inactive(petition),
            },
        };
        txn.commit().await?;
        Ok(action)
    }

    /// Withdraws the signature behind a withdraw token and erases the signer's personal
    /// data; the count drops. Idempotent.
    pub async fn withdraw(
        &self,
        token: &Token,
        now: DateTime<Utc>,
    ) -> Result<TokenAction, StoreError> {
        let txn = self.writer().begin().await?;
        let action = match lookup(&txn, token, TokenPurpose::Withdraw, now).await? {
            TokenLookup::Unknown => TokenAction::Unknown,
            TokenLookup::Expired(p) => TokenAction::Expired(p),
            TokenLookup::Valid {
                petition,
                signature_id,
                status,
            } => {
                if matches!(status, Status::Pending | Status::Confirmed) {
                    erase(&txn, signature_id, Status::Withdrawn, now).await?;
                }
                TokenAction::Done(petition)
            }
        };
        txn.commit().await?;
        Ok(action)
    }

    /// Deletes pending signatures whose confirmation window has passed, with their personal
    /// data and queued mail; forgets tokens a month after they expired and sent mail after a
    /// week. Returns how many signatures went.
    pub async fn purge_expired(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
        let txn = self.writer().begin().await?;
        let expired: Vec<i64> = signatures::Entity::find()
            .select_only()
            .column(signatures::Column::Id)
            .filter(signatures::Column::Status.eq(Status::Pending.as_str()))
            .filter(signatures::Column::ExpiresAt.lt(now))
            .into_tuple()
            .all(&txn)
            .await?;
        let mut purged = 0;
        for chunk in expired.chunks(500) {
            outbox_entity::Entity::delete_many()
                .filter(outbox_entity::Column::SignatureId.is_in(chunk.iter().copied()))
                .exec(&txn)
                .await?;
            tokens::Entity::update_many()
                .col_expr(
                    tokens::Column::SignatureId,
                    Expr::value(Option::<i64>::None),
                )
                .filter(tokens::Column::SignatureId.is_in(chunk.iter().copied()))
                .exec(&txn)
                .await?;
            purged += signatures::Entity::delete_many()
                .filter(signatures::Column::Id.is_in(chunk.iter().copied()))
                .exec(&txn)
                .await?
                .rows_affected;
        }
        tokens::Entity::delete_many()
            .filter(tokens::Column::ExpiresAt.lt(now - TimeDelta::days(30)))
            .exec(&txn)
            .await?;
        outbox_entity::Entity::delete_many()
            .filter(outbox_entity::Column::Status.eq(outbox::SENT))
            .filter(outbox_entity::Column::CreatedAt.lt(now - TimeDelta::days(7)))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(purged)
    }
}

/// The columns a submission sets.
fn details(sig: &NewSignature) -> signatures::ActiveModel {
    let (name, occupation, organization, role, members) = match &sig.signer {
        Signer::Individual { name, occupation } => {
            (name.clone(), occupation.clone(), None, None, None)
        }
        Signer::Organization {
            organization,
            name,
            role,
            members,
        } => (
            name.clone(),
            None,
            Some(organization.clone()),
            role.clone(),
            members.map(|m| m as i64),
        ),
    };
    signatures::ActiveModel {
        name: Set(Some(name)),
        email: Set(Some(sig.email.as_ref().to_owned())),
        email_key: Set(Some(sig.email.folded())),
        country: Set(Some(sig.country.as_str().to_owned())),
        city: Set(sig.city.clone()),
        occupation: Set(occupation),
        organization: Set(organization),
        role: Set(role),
        members: Set(members),
        comment: Set(sig.comment.clone()),
        public: Set(sig.public),
        updates: Set(sig.updates),
        ..Default::default()
    }
}

/// Sets `status` and erases every personal detail of a signature, with its queued mail.
/// The dedupe key goes too, so the same person may sign again.
pub(crate) async fn erase(
    db: &impl ConnectionTrait,
    id: i64,
    status: Status,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let none_s = Option::<String>::None;
    signatures::Entity::update_many()
        .col_expr(signatures::Column::Status, Expr::value(status.as_str()))
        .col_expr(signatures::Column::WithdrawnAt, Expr::value(Some(now)))
        .col_expr(
            signatures::Column::ExpiresAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(signatures::Column::DedupeKey, Expr::value(none_s.clone()))
        .col_expr(signatures::Column::Name, Expr::value(none_s.clone()))
        .col_expr(signatures::Column::Email, Expr::value(none_s.clone()))
        .col_expr(signatures::Column::EmailKey, Expr::value(none_s.clone()))
        .col_expr(signatures::Column::Country, Expr::value(none_s.clone()))
        .col_expr(signatures::Column::City, Expr::value(none_s.clone()))
        .col_expr(signatures::Column::Occupation, Expr::value(none_s.clone()))
        .col_expr(
            signatures::Column::Organization,
            Expr::value(none_s.clone()),
        )
        .col_expr(signatures::Column::Role, Expr::value(none_s.clone()))
        .col_expr(
            signatures::Column::Members,
            Expr::value(Option::<i64>::None),
        )
        .col_expr(signatures::Column::Comment, Expr::value(none_s.clone()))
        .col_expr(signatures::Column::IpHash, Expr::value(none_s))
        .col_expr(signatures::Column::Public, Expr::value(false))
        .col_expr(signatures::Column::Updates, Expr::value(false))
        .filter(signatures::Column::Id.eq(id))
        .exec(db)
        .await?;
    outbox_entity::Entity::delete_many()
        .filter(outbox_entity::Column::SignatureId.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// A confirmed signatory who agreed to be listed.
#[derive(Clone, Debug)]
pub struct PublicSignatory {
    pub kind: String,
    pub name: String,
    pub organization: Option<String>,
    pub role: Option<String>,
    pub occupation: Option<String>,
    pub city: Option<String>,
    pub country: String,
    pub members: Option<i64>,
    pub comment: Option<String>,
    pub confirmed_at: DateTime<Utc>,
}

fn public_filter(petition_id: i64) -> sea_orm::Select<signatures::Entity> {
    signatures::Entity::find()
        .filter(signatures::Column::PetitionId.eq(petition_id))
        .filter(signatures::Column::Status.eq(Status::Confirmed.as_str()))
        .filter(signatures::Column::Public.eq(true))
        .filter(signatures::Column::Hidden.eq(false))
}

/// The latest public signatories, without counting them all: what every petition page view
/// needs.
pub async fn recent_public(
    db: &impl ConnectionTrait,
    petition_id: i64,
    limit: u64,
) -> Result<Vec<PublicSignatory>, StoreError> {
    let rows = public_filter(petition_id)
        .order_by_desc(signatures::Column::ConfirmedAt)
        .order_by_desc(signatures::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    Ok(rows.into_iter().filter_map(public_signatory).collect())
}

/// One page of the public list, latest first, and how many are listed in all.
pub async fn public_page(
    db: &impl ConnectionTrait,
    petition_id: i64,
    page: u64,
    per_page: u64,
) -> Result<(Vec<PublicSignatory>, u64), StoreError> {
    let total = public_filter(petition_id).count(db).await?;
    let rows = public_filter(petition_id)
        .order_by_desc(signatures::Column::ConfirmedAt)
        .order_by_desc(signatures::Column::Id)
        .offset(page.saturating_sub(1) * per_page)
        .limit(per_page)
        .all(db)
        .await?;
    let list = rows.into_iter().filter_map(public_signatory).collect();
    Ok((list, total))
}

fn public_signatory(s: signatures::Model) -> Option<PublicSignatory> {
    Some(PublicSignatory {
        kind: s.kind,
        name: s.name?,
        organization: s.organization,
        role: s.role,
        occupation: s.occupation,
        city: s.city,
        country: s.country?,
        members: s.members,
        comment: s.comment,
        confirmed_at: s.confirmed_at?,
    })
}
