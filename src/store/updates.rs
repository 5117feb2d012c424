//! Updates to signers: queued in one statement for every confirmed signer who asked for
//! news, one outbox row per (update, signature) under a unique key, so that a double
//! submission, a retry or a crash never queues a signer twice. The worker sends them in the
//! bulk lane, paced, after every waiting confirmation.
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::{Alias, Expr, OnConflict, Query};
use sea_orm::{
    ActiveEnum, ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait,
    FromQueryResult, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::audit::{self, Action};
use super::outbox::UpdateContent;
use super::petitions::Petition;
use super::tokens::{lookup, TokenLookup};
use super::{Store, StoreError};
use crate::domain::{Status, TokenPurpose};
use crate::entities::outbox::{Lane, OutboxStatus, Purpose};
use crate::entities::{outbox, signatures, tokens, update_translations, updates};
use crate::security::{Keys, Link};

pub use crate::entities::updates::UpdateKind;

/// How long an unsubscribe link works: as long as there is anything to send (the retention
/// purge and a withdrawal delete the token with the address).
const UNSUBSCRIBE_TTL: TimeDelta = TimeDelta::days(3650);

/// An update as an organizer wrote it, checked.
#[derive(Clone, Debug)]
pub struct UpdateDraft {
    pub kind: UpdateKind,
    pub subject: String,
    pub body: String,
    pub body_html: String,
    /// The form's one-time value: the same value twice makes one update.
    pub nonce: Option<String>,
    pub translations: Vec<UpdateTranslation>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpdateTranslation {
    pub language: String,
    pub subject: String,
    pub body: String,
    pub body_html: String,
}

/// What queueing did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Queued {
    pub update_id: i64,
    pub recipients: u64,
    /// The form was sent before: nothing new was queued.
    pub again: bool,
}

/// One update in the organizers' list, with where its messages are.
#[derive(Clone, Debug)]
pub struct UpdateSummary {
    pub id: i64,
    pub kind: UpdateKind,
    pub subject: String,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub recipients: i64,
    pub queued: i64,
    pub sent: i64,
    pub failed: i64,
    /// Refused for good by the address's server, now or before.
    pub refused: i64,
    /// Not sent because the signer unsubscribed or withdrew first.
    pub cancelled: i64,
}

/// Who an update would reach now.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Audience {
    pub total: u64,
    /// Signers per language they signed in, most first.
    pub by_language: Vec<(String, u64)>,
}

/// An update with its translations, as the worker writes it.
#[derive(Clone, Debug)]
pub struct StoredUpdate {
    pub update: updates::Model,
    pub translations: Vec<update_translations::Model>,
}

impl StoredUpdate {
    /// The update in `language` where it has that translation, else as written.
    pub fn content_in(&self, language: &str, delivered_at: Option<DateTime<Utc>>) -> UpdateContent {
        let u = &self.update;
        let (subject, body, body_html) =
            match self.translations.iter().find(|t| t.language == language) {
                Some(t) => (&t.subject, &t.body, &t.body_html),
                None => (&u.subject, &u.body, &u.body_html),
            };
        UpdateContent {
            kind: u.kind,
            subject: subject.clone(),
            body: body.clone(),
            body_html: body_html.clone(),
            delivered_at,
        }
    }
}

/// The updates `ids` with their translations.
pub(crate) async fn load(
    db: &impl ConnectionTrait,
    ids: HashSet<i64>,
) -> Result<HashMap<i64, StoredUpdate>, StoreError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let mut found: HashMap<i64, StoredUpdate> = updates::Entity::find()
        .filter(updates::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|u| {
            (
                u.id,
                StoredUpdate {
                    update: u,
                    translations: vec![],
                },
            )
        })
        .collect();
    for t in update_translations::Entity::find()
        .filter(update_translations::Column::UpdateId.is_in(ids))
        .all(db)
        .await?
    {
        if let Some(u) = found.get_mut(&t.update_id) {
            u.translations.push(t);
        }
    }
    Ok(found)
}

/// The signatures an update goes to: confirmed, with an address, and asked for news.
fn audience(petition_id: i64) -> sea_orm::Condition {
    sea_orm::Condition::all()
        .add(signatures::Column::PetitionId.eq(petition_id))
        .add(signatures::Column::Status.eq(Status::Confirmed))
        .add(signatures::Column::Updates.eq(true))
        .add(signatures::Column::Email.is_not_null())
}

/// Writes an update and queues it for every signer in its audience, in `txn`; audited.
pub(crate) async fn queue(
    txn: &DatabaseTransaction,
    actor: &str,
    petition: &Petition,
    draft: UpdateDraft,
    keys: &Keys,
    now: DateTime<Utc>,
) -> Result<Queued, StoreError> {
    if let Some(nonce) = &draft.nonce {
        if let Some(u) = updates::Entity::find()
            .filter(updates::Column::Nonce.eq(nonce.as_str()))
            .filter(updates::Column::PetitionId.eq(petition.id))
            .one(txn)
            .await?
        {
            return Ok(Queued {
                update_id: u.id,
                recipients: u.recipients as u64,
                again: true,
            });
        }
    }
    let subject = draft.subject.clone();
    let update = updates::ActiveModel {
        petition_id: Set(petition.id),
        kind: Set(draft.kind),
        subject: Set(draft.subject),
        body: Set(draft.body),
        body_html: Set(draft.body_html),
        language: Set(petition.language.clone()),
        nonce: Set(draft.nonce),
        recipients: Set(0),
        created_by: Set(actor.to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    for t in draft.translations {
        update_translations::ActiveModel {
            update_id: Set(update.id),
            language: Set(t.language),
            subject: Set(t.subject),
            body: Set(t.body),
            body_html: Set(t.body_html),
        }
        .insert(txn)
        .await?;
    }
    // One statement, whatever the number of signers; the unique key makes it idempotent.
    let recipients = Query::select()
        .column(signatures::Column::Id)
        .expr(Expr::val(update.id))
        .expr(Expr::val(Purpose::Update.as_str()))
        .expr(Expr::val(Lane::Bulk as i16))
        .expr(Expr::val("queued"))
        .expr(Expr::val(0i32))
        .expr(Expr::val(now))
        .expr(Expr::val(now))
        .from(signatures::Entity)
        .cond_where(audience(petition.id))
        .to_owned();
    let insert = Query::insert()
        .into_table(outbox::Entity)
        .columns([
            outbox::Column::SignatureId,
            outbox::Column::UpdateId,
            outbox::Column::Purpose,
            outbox::Column::Lane,
            outbox::Column::Status,
            outbox::Column::Attempts,
            outbox::Column::NextAttemptAt,
            outbox::Column::CreatedAt,
        ])
        .select_from(recipients)
        .map_err(|e| StoreError::Corrupt(e.to_string()))?
        .on_conflict(
            OnConflict::columns([outbox::Column::UpdateId, outbox::Column::SignatureId])
                .do_nothing()
                .to_owned(),
        )
        .to_owned();
    let queued = txn
        .execute(txn.get_database_backend().build(&insert))
        .await?
        .rows_affected();
    updates::Entity::update_many()
        .col_expr(updates::Column::Recipients, Expr::value(queued as i64))
        .filter(updates::Column::Id.eq(update.id))
        .exec(txn)
        .await?;
    // Each recipient's unsubscribe link, the same in every update: stored once.
    let ids: Vec<i64> = outbox::Entity::find()
        .select_only()
        .column(outbox::Column::SignatureId)
        .filter(outbox::Column::UpdateId.eq(update.id))
        .into_tuple()
        .all(txn)
        .await?;
    for chunk in ids.chunks(500) {
        let rows = chunk.iter().map(|&id| tokens::ActiveModel {
            hash: Set(keys.unsubscribe_token(id).hash()),
            purpose: Set(TokenPurpose::Unsubscribe.as_str().to_owned()),
            petition_id: Set(petition.id),
            signature_id: Set(Some(id)),
            created_at: Set(now),
            expires_at: Set(now + UNSUBSCRIBE_TTL),
            ..Default::default()
        });
        tokens::Entity::insert_many(rows)
            .on_conflict(
                OnConflict::column(tokens::Column::Hash)
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(txn)
            .await?;
    }
    audit::record(
        txn,
        Action {
            actor,
            action: match update.kind {
                UpdateKind::Written => "update.send",
                UpdateKind::Delivered => "update.delivered",
            },
            petition_id: Some(petition.id),
            detail: subject,
            count: queued as i64,
        },
        now,
    )
    .await?;
    Ok(Queued {
        update_id: update.id,
        recipients: queued,
        again: false,
    })
}

#[derive(FromQueryResult)]
struct StatusCount {
    update_id: i64,
    status: String,
    n: i64,
}

impl Store {
    /// Writes an update and queues it for the petition's signers who asked for news.
    pub async fn queue_update(
        &self,
        actor: &str,
        petition: &Petition,
        draft: UpdateDraft,
        keys: &Keys,
        now: DateTime<Utc>,
    ) -> Result<Queued, StoreError> {
        let txn = super::begin_write(self.writer()).await?;
        let queued = queue(&txn, actor, petition, draft, keys, now).await?;
        txn.commit().await?;
        if queued.recipients > 0 && !queued.again {
            self.outbox_wake.notify_one();
        }
        Ok(queued)
    }

    /// A petition's updates, newest first, with their messages counted by status.
    pub async fn updates(&self, petition_id: i64) -> Result<Vec<UpdateSummary>, StoreError> {
        let db = self.reader();
        let list = updates::Entity::find()
            .filter(updates::Column::PetitionId.eq(petition_id))
            .order_by_desc(updates::Column::CreatedAt)
            .order_by_desc(updates::Column::Id)
            .all(db)
            .await?;
        let ids: Vec<i64> = list.iter().map(|u| u.id).collect();
        let mut counts: HashMap<(i64, String), i64> = HashMap::new();
        if !ids.is_empty() {
            let rows = outbox::Entity::find()
                .select_only()
                .column(outbox::Column::UpdateId)
                .column(outbox::Column::Status)
                .column_as(
                    Expr::col(outbox::Column::Id)
                        .count()
                        .cast_as(Alias::new("BIGINT")),
                    "n",
                )
                .filter(outbox::Column::UpdateId.is_in(ids))
                .group_by(outbox::Column::UpdateId)
                .group_by(outbox::Column::Status)
                .into_model::<StatusCount>()
                .all(db)
                .await?;
            for r in rows {
                counts.insert((r.update_id, r.status), r.n);
            }
        }
        let n = |id: i64, s: OutboxStatus| counts.get(&(id, s.to_value())).copied().unwrap_or(0);
        Ok(list
            .into_iter()
            .map(|u| UpdateSummary {
                id: u.id,
                kind: u.kind,
                queued: n(u.id, OutboxStatus::Queued) + n(u.id, OutboxStatus::Sending),
                sent: n(u.id, OutboxStatus::Sent),
                failed: n(u.id, OutboxStatus::Failed),
                refused: n(u.id, OutboxStatus::Refused),
                cancelled: n(u.id, OutboxStatus::Cancelled),
                subject: u.subject,
                created_by: u.created_by,
                created_at: u.created_at,
                recipients: u.recipients,
            })
            .collect())
    }

    /// Who an update to this petition would reach now.
    pub async fn update_audience(&self, petition_id: i64) -> Result<Audience, StoreError> {
        let rows: Vec<(String, i64)> = signatures::Entity::find()
            .select_only()
            .column(signatures::Column::Language)
            .column_as(
                Expr::col(signatures::Column::Id)
                    .count()
                    .cast_as(Alias::new("BIGINT")),
                "n",
            )
            .filter(audience(petition_id))
            .group_by(signatures::Column::Language)
            .into_tuple()
            .all(self.reader())
            .await?;
        let mut by_language: Vec<(String, u64)> = rows
            .into_iter()
            .map(|(l, n)| (l, n.max(0) as u64))
            .collect();
        by_language.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        Ok(Audience {
            total: by_language.iter().map(|(_, n)| n).sum(),
            by_language,
        })
    }

    /// How many of this petition's signers' addresses refused mail for good.
    pub async fn refused_addresses(&self, petition_id: i64) -> Result<u64, StoreError> {
        let signers = signatures::Entity::find()
            .select_only()
            .column(signatures::Column::Id)
            .filter(signatures::Column::PetitionId.eq(petition_id));
        Ok(outbox::Entity::find()
            .select_only()
            .column(outbox::Column::SignatureId)
            .distinct()
            .filter(outbox::Column::Status.eq(OutboxStatus::Refused))
            .filter(
                outbox::Column::SignatureId.in_subquery(sea_orm::QueryTrait::into_query(signers)),
            )
            .count(self.reader())
            .await?)
    }

    /// Stops updates to the signature behind an unsubscribe link, and cancels those already
    /// queued for it. Idempotent; `None` for an unknown link.
    pub async fn unsubscribe(
        &self,
        link: &Link,
        now: DateTime<Utc>,
    ) -> Result<Option<Petition>, StoreError> {
        let txn = super::begin_write(self.writer()).await?;
        let found = match lookup(&txn, link, now).await? {
            TokenLookup::Valid {
                petition,
                signature_id,
                ..
            } => {
                signatures::Entity::update_many()
                    .col_expr(signatures::Column::Updates, Expr::value(false))
                    .filter(signatures::Column::Id.eq(signature_id))
                    .exec(&txn)
                    .await?;
                outbox::Entity::update_many()
                    .col_expr(outbox::Column::Status, Expr::value(OutboxStatus::Cancelled))
                    .filter(outbox::Column::SignatureId.eq(signature_id))
                    .filter(outbox::Column::Purpose.eq(Purpose::Update))
                    .filter(outbox::Column::Status.eq(OutboxStatus::Queued))
                    .exec(&txn)
                    .await?;
                tracing::info!(petition = %petition.slug, signature_id, "signer unsubscribed from updates");
                Some(petition)
            }
            TokenLookup::Unknown | TokenLookup::Expired(_) => None,
        };
        txn.commit().await?;
        Ok(found)
    }
}
