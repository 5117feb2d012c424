//! Signatures: signing, confirming, withdrawing, purging, and the public list.
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::confirming::ConfirmJob;
use super::counts::Deltas;
use super::signing::{SignOutcome, SignRequest};
use super::tokens::{lookup, TokenAction, TokenLookup};
use super::{outbox, Store, StoreError};
use crate::domain::{paper, CountryCode, Kind, NewSignature, Signer, Status, Visibility};
use crate::entities::{outbox as outbox_entity, signatures, tokens};
use crate::security::Link;

impl Store {
    /// Stores a signature and queues its email, committed (with others submitted at the
    /// same moment: see [`super::group_commit`]) before it returns. A duplicate is never an
    /// error: see [`SignOutcome`].
    pub async fn sign(&self, req: SignRequest) -> Result<SignOutcome, StoreError> {
        let outcome = self.signing.submit(req).await?;
        if outcome == SignOutcome::Created {
            self.growth.created(1, &self.reader);
        }
        if outcome.queued_mail() {
            self.outbox_wake.notify_one();
        }
        Ok(outcome)
    }

    /// Confirms the signature behind a confirm token, committed with others pressed at the
    /// same moment, and moves it to `visibility` if that is more private than the level
    /// chosen and offered by the petition (never more public). Idempotent.
    pub async fn confirm(
        &self,
        link: Link,
        visibility: Option<Visibility>,
        now: DateTime<Utc>,
    ) -> Result<TokenAction, StoreError> {
        let action = self
            .confirming
            .submit(ConfirmJob {
                link,
                now,
                visibility,
            })
            .await?;
        if matches!(action, TokenAction::Done(_)) {
            self.counts_changed();
        }
        Ok(action)
    }

    /// Withdraws the signature behind a withdraw token and erases the signer's personal
    /// data; the count drops. Idempotent.
    pub async fn withdraw(
        &self,
        link: &Link,
        now: DateTime<Utc>,
    ) -> Result<TokenAction, StoreError> {
        let txn = super::begin_write(self.writer()).await?;
        let action = match lookup(&txn, link, now).await? {
            TokenLookup::Unknown => TokenAction::Unknown,
            TokenLookup::Expired(p) => TokenAction::Expired(p),
            TokenLookup::Valid {
                petition,
                signature_id,
                status,
                ..
            } => {
                if matches!(status, Status::Pending | Status::Confirmed) {
                    erase(&txn, signature_id, Status::Withdrawn, now).await?;
                }
                TokenAction::Done(petition)
            }
        };
        txn.commit().await?;
        if matches!(action, TokenAction::Done(_)) {
            self.counts_changed();
        }
        Ok(action)
    }

    /// Deletes pending signatures whose confirmation window has passed, with their personal
    /// data and queued mail; forgets tokens a month after they expired and sent mail after a
    /// week. Returns how many signatures went.
    pub async fn purge_expired(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
        let txn = super::begin_write(self.writer()).await?;
        let expired: Vec<i64> = signatures::Entity::find()
            .select_only()
            .column(signatures::Column::Id)
            .filter(signatures::Column::Status.eq(Status::Pending))
            .filter(signatures::Column::ExpiresAt.lt(now))
            .into_tuple()
            .all(&txn)
            .await?;
        // Pending ones that go: the pending tally drops.
        let mut tallies = Deltas::default();
        tallies.touch(&txn, &expired).await?;
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
        tallies.write(&txn).await?;
        tokens::Entity::delete_many()
            .filter(tokens::Column::ExpiresAt.lt(now - TimeDelta::days(30)))
            .exec(&txn)
            .await?;
        // An update's rows stay: they are its figures, and its key against sending twice.
        outbox_entity::Entity::delete_many()
            .filter(outbox_entity::Column::Status.eq(outbox::OutboxStatus::Sent))
            .filter(outbox_entity::Column::UpdateId.is_null())
            .filter(outbox_entity::Column::CreatedAt.lt(now - TimeDelta::days(7)))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(purged)
    }
}

/// The columns a submission sets.
pub(crate) fn details(sig: &NewSignature) -> signatures::ActiveModel {
    signatures::ActiveModel {
        email: Set(Some(sig.email.as_ref().to_owned())),
        email_key: Set(Some(sig.email.folded())),
        comment: Set(sig.comment.clone()),
        // The handler has settled the level by now (the petition's default when the signer
        // chose none); the most private stands in should it not have.
        visibility: Set(sig.visibility.unwrap_or(Visibility::Anonymous)),
        public: Set(sig.visibility == Some(Visibility::Public)),
        updates: Set(sig.updates),
        search_text: Set(Some(paper::search_text(
            sig.signer.name(),
            sig.signer.organization(),
            Some(sig.email.as_ref()),
        ))),
        ..signer_columns(&sig.signer, &sig.country, sig.city.as_deref())
    }
}

/// The columns of who signed and where, as the web form and a paper sheet give them alike,
/// with the key that finds a likely duplicate.
pub(crate) fn signer_columns(
    signer: &Signer,
    country: &CountryCode,
    city: Option<&str>,
) -> signatures::ActiveModel {
    let (name, occupation, organization, role) = match signer {
        Signer::Individual { name, occupation } => (name, occupation.clone(), None, None),
        Signer::Organization {
            organization,
            name,
            role,
            ..
        } => (name, None, Some(organization.clone()), role.clone()),
    };
    signatures::ActiveModel {
        name: Set(Some(name.clone())),
        country: Set(Some(country.as_str().to_owned())),
        city: Set(city.map(str::to_owned)),
        occupation: Set(occupation),
        organization: Set(organization),
        role: Set(role),
        members: Set(signer.members().map(|m| m as i64)),
        match_key: Set(Some(paper::match_key(signer, city))),
        search_text: Set(Some(paper::search_text(name, signer.organization(), None))),
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
    let mut counts = Deltas::default();
    counts.touch(db, &[id]).await?;
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
        .col_expr(signatures::Column::MatchKey, Expr::value(none_s.clone()))
        .col_expr(signatures::Column::SearchText, Expr::value(none_s.clone()))
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
    counts.write(db).await
}

/// A confirmed signatory who agreed to be listed.
#[derive(Clone, Debug)]
pub struct PublicSignatory {
    pub kind: Kind,
    pub name: String,
    pub organization: Option<String>,
    pub role: Option<String>,
    pub occupation: Option<String>,
    pub city: Option<String>,
    pub country: String,
    pub members: Option<i64>,
    pub comment: Option<String>,
    pub confirmed_at: DateTime<Utc>,
    /// An organization an organizer has verified.
    pub verified: bool,
}

fn public_filter(petition_id: i64) -> sea_orm::Select<signatures::Entity> {
    signatures::Entity::find()
        .filter(signatures::Column::PetitionId.eq(petition_id))
        .filter(signatures::Column::Status.eq(Status::Confirmed))
        .filter(signatures::Column::Visibility.eq(Visibility::Public))
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

/// A place in the public list: the confirmation time and id of a signatory on it. Pages
/// are read from one, by the index, so a page deep in a list of a million costs what the
/// first does, and a reader paging on while people sign sees each signatory once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListKey {
    pub confirmed_at: DateTime<Utc>,
    pub id: i64,
}

impl ListKey {
    /// From its form in a link: microseconds since 1970, a dot, the id.
    pub fn parse(s: &str) -> Option<ListKey> {
        let (micros, id) = s.split_once('.')?;
        let micros: i64 = micros.parse().ok()?;
        let id: i64 = id.parse().ok().filter(|id| *id > 0)?;
        Some(ListKey {
            confirmed_at: DateTime::from_timestamp_micros(micros)?,
            id,
        })
    }
}

impl std::fmt::Display for ListKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.confirmed_at.timestamp_micros(), self.id)
    }
}

/// Where a page of the public list starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListFrom {
    /// The newest first.
    Newest,
    /// Older than this key (the next page).
    Older(ListKey),
    /// Newer than this key (the page before), still shown newest first.
    Newer(ListKey),
    /// After skipping this many from the newest: for the first few numbered pages only,
    /// which the caller bounds.
    Skip(u64),
}

/// One page of the public list, newest first, with whether there are more older and newer
/// than it. Reads at most `per_page + 1` entries of the list's index (or, with
/// [`ListFrom::Skip`], that many more).
pub async fn public_page(
    db: &impl ConnectionTrait,
    petition_id: i64,
    from: ListFrom,
    per_page: u64,
) -> Result<PublicPage, StoreError> {
    let key = || {
        Expr::tuple([
            Expr::col(signatures::Column::ConfirmedAt).into(),
            Expr::col(signatures::Column::Id).into(),
        ])
    };
    let value = |k: ListKey| Expr::tuple([Expr::value(Some(k.confirmed_at)), Expr::value(k.id)]);
    let newest_first = public_filter(petition_id)
        .order_by_desc(signatures::Column::ConfirmedAt)
        .order_by_desc(signatures::Column::Id);
    let rows = match from {
        ListFrom::Newest => newest_first.limit(per_page + 1).all(db).await?,
        ListFrom::Skip(n) => newest_first.offset(n).limit(per_page + 1).all(db).await?,
        ListFrom::Older(k) => {
            newest_first
                .filter(key().lt(value(k)))
                .limit(per_page + 1)
                .all(db)
                .await?
        }
        ListFrom::Newer(k) => {
            let mut rows = public_filter(petition_id)
                .filter(key().gt(value(k)))
                .order_by_asc(signatures::Column::ConfirmedAt)
                .order_by_asc(signatures::Column::Id)
                .limit(per_page + 1)
                .all(db)
                .await?;
            // One more than a page: there are newer still. Shown newest first.
            let newer = rows.len() as u64 > per_page;
            rows.truncate(per_page as usize);
            rows.reverse();
            let first = rows.first().and_then(list_key);
            let last = rows.last().and_then(list_key);
            return Ok(PublicPage {
                signatories: rows.into_iter().filter_map(public_signatory).collect(),
                newer: if newer { first } else { None },
                // Came from an older page: there is one.
                older: last,
            });
        }
    };
    let older = rows.len() as u64 > per_page;
    let mut rows = rows;
    rows.truncate(per_page as usize);
    let first = rows.first().map(list_key);
    let last = rows.last().map(list_key);
    Ok(PublicPage {
        signatories: rows.into_iter().filter_map(public_signatory).collect(),
        newer: match from {
            ListFrom::Newest | ListFrom::Skip(0) => None,
            _ => first.flatten(),
        },
        older: older.then_some(last).flatten().flatten(),
    })
}

/// A page of the public list, and the keys the links to its neighbours start from.
#[derive(Clone, Debug, Default)]
pub struct PublicPage {
    pub signatories: Vec<PublicSignatory>,
    /// The first shown: the page before holds those newer than it, if any are.
    pub newer: Option<ListKey>,
    /// The last shown: the next page holds those older than it, if any are.
    pub older: Option<ListKey>,
}

fn list_key(s: &signatures::Model) -> Option<ListKey> {
    Some(ListKey {
        confirmed_at: s.confirmed_at?,
        id: s.id,
    })
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
        verified: s.kind == Kind::Organization && s.verified_at.is_some(),
    })
}
