//! Petitions: reading them for pages, and creating or updating them from declarations.
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::{Store, StoreError};
use crate::domain::{Accepts, PetitionState, Slug};
use crate::entities::petitions;

/// A petition as the rest of the program sees it: parsed, never a raw row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Petition {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub body_html: String,
    pub addressees: Vec<String>,
    pub author: String,
    pub language: String,
    pub accepts: Accepts,
    pub goal: Option<u64>,
    pub closes_at: Option<DateTime<Utc>>,
    pub excerpt: bool,
    pub state: PetitionState,
    pub delivered_at: Option<DateTime<Utc>>,
    pub delivery_note: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Petition {
    /// Whether it takes signatures at `now`: open, and not past its closing time.
    pub fn is_signable(&self, now: DateTime<Utc>) -> bool {
        self.state == PetitionState::Open && self.closes_at.is_none_or(|c| now < c)
    }

    /// The state a visitor sees: an open petition past its closing time shows as closed.
    pub fn visible_state(&self, now: DateTime<Utc>) -> PetitionState {
        if self.state == PetitionState::Open && !self.is_signable(now) {
            PetitionState::Closed
        } else {
            self.state
        }
    }
}

impl TryFrom<petitions::Model> for Petition {
    type Error = StoreError;

    fn try_from(m: petitions::Model) -> Result<Self, StoreError> {
        let addressees: Vec<String> = serde_json::from_str(&m.addressees)
            .map_err(|e| StoreError::Corrupt(format!("petition {} addressees: {e}", m.slug)))?;
        let state = PetitionState::parse(&m.state).ok_or_else(|| {
            StoreError::Corrupt(format!("petition {} state {:?}", m.slug, m.state))
        })?;
        Ok(Petition {
            id: m.id,
            slug: m.slug,
            title: m.title,
            summary: m.summary,
            body: m.body,
            body_html: m.body_html,
            addressees,
            author: m.author,
            language: m.language,
            accepts: Accepts::from_db(&m.accepts),
            goal: m.goal.and_then(|g| u64::try_from(g).ok()),
            closes_at: m.closes_at,
            excerpt: m.excerpt,
            state,
            delivered_at: m.delivered_at,
            delivery_note: m.delivery_note,
            created_at: m.created_at,
            updated_at: m.updated_at,
        })
    }
}

/// A petition to create or update from a declaration file.
#[derive(Clone, Debug)]
pub struct PetitionRecord {
    pub slug: Slug,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub body_html: String,
    pub addressees: Vec<String>,
    pub author: String,
    pub language: String,
    pub accepts: Accepts,
    pub goal: Option<u64>,
    pub closes_at: Option<DateTime<Utc>>,
    pub excerpt: bool,
    pub state: PetitionState,
    /// SHA-256 of the source file: an unchanged file is not applied again, so a restart does
    /// not undo what organisers changed since.
    pub source_hash: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpsertOutcome {
    Created,
    Updated,
    Unchanged,
}

pub async fn by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<Petition>, StoreError> {
    petitions::Entity::find()
        .filter(petitions::Column::Slug.eq(slug))
        .one(db)
        .await?
        .map(Petition::try_from)
        .transpose()
}

pub async fn by_id(db: &impl ConnectionTrait, id: i64) -> Result<Option<Petition>, StoreError> {
    petitions::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(Petition::try_from)
        .transpose()
}

/// Every petition that is not a draft, newest first.
pub async fn public(db: &impl ConnectionTrait) -> Result<Vec<Petition>, StoreError> {
    petitions::Entity::find()
        .filter(petitions::Column::State.ne(PetitionState::Draft.as_str()))
        .order_by_desc(petitions::Column::CreatedAt)
        .order_by_asc(petitions::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(Petition::try_from)
        .collect()
}

impl Store {
    /// Creates or updates a petition by slug. Signatures are never touched.
    pub async fn upsert_petition(
        &self,
        r: &PetitionRecord,
        now: DateTime<Utc>,
    ) -> Result<UpsertOutcome, StoreError> {
        let db = self.writer();
        let addressees =
            serde_json::to_string(&r.addressees).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let existing = petitions::Entity::find()
            .filter(petitions::Column::Slug.eq(r.slug.as_ref()))
            .one(db)
            .await?;
        let goal = r.goal.map(|g| i64::try_from(g).unwrap_or(i64::MAX));
        match existing {
            Some(m) if m.source_hash.as_deref() == Some(r.source_hash.as_str()) => {
                Ok(UpsertOutcome::Unchanged)
            }
            Some(m) => {
                let mut a: petitions::ActiveModel = m.into();
                a.title = Set(r.title.clone());
                a.summary = Set(r.summary.clone());
                a.body = Set(r.body.clone());
                a.body_html = Set(r.body_html.clone());
                a.addressees = Set(addressees);
                a.author = Set(r.author.clone());
                a.language = Set(r.language.clone());
                a.accepts = Set(r.accepts.as_db());
                a.goal = Set(goal);
                a.closes_at = Set(r.closes_at);
                a.excerpt = Set(r.excerpt);
                a.state = Set(r.state.as_str().to_owned());
                a.source_hash = Set(Some(r.source_hash.clone()));
                a.updated_at = Set(now);
                a.update(db).await?;
                Ok(UpsertOutcome::Updated)
            }
            None => {
                petitions::ActiveModel {
                    slug: Set(r.slug.to_string()),
                    title: Set(r.title.clone()),
                    summary: Set(r.summary.clone()),
                    body: Set(r.body.clone()),
                    body_html: Set(r.body_html.clone()),
                    addressees: Set(addressees),
                    author: Set(r.author.clone()),
                    language: Set(r.language.clone()),
                    accepts: Set(r.accepts.as_db()),
                    goal: Set(goal),
                    closes_at: Set(r.closes_at),
                    excerpt: Set(r.excerpt),
                    state: Set(r.state.as_str().to_owned()),
                    delivered_at: Set(None),
                    delivery_note: Set(None),
                    source_hash: Set(Some(r.source_hash.clone())),
                    created_at: Set(now),
                    updated_at: Set(now),
                    ..Default::default()
                }
                .insert(db)
                .await?;
                Ok(UpsertOutcome::Created)
            }
        }
    }

    /// Moves a petition to `state`; delivering records when and a note.
    pub async fn set_petition_state(
        &self,
        id: i64,
        state: PetitionState,
        note: Option<String>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut q = petitions::Entity::update_many()
            .col_expr(petitions::Column::State, Expr::value(state.as_str()))
            .col_expr(petitions::Column::UpdatedAt, Expr::value(now))
            .filter(petitions::Column::Id.eq(id));
        if state == PetitionState::Delivered {
            q = q
                .col_expr(petitions::Column::DeliveredAt, Expr::value(Some(now)))
                .col_expr(petitions::Column::DeliveryNote, Expr::value(note));
        }
        q.exec(self.writer()).await?;
        Ok(())
    }
}
