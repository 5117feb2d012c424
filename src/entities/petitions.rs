//! The `petitions` table.
use sea_orm::entity::prelude::*;

use crate::domain::{PetitionState, Visibility};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "petitions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub body_html: String,
    /// A JSON array of strings.
    pub addressees: String,
    pub author: String,
    pub language: String,
    pub accepts: String,
    pub goal: Option<i64>,
    pub closes_at: Option<DateTimeUtc>,
    pub excerpt: bool,
    pub state: PetitionState,
    pub delivered_at: Option<DateTimeUtc>,
    pub delivery_note: Option<String>,
    pub source_hash: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The current version of the text.
    pub version_id: Option<i64>,
    /// The levels of visibility it offers signers, comma-separated.
    pub visibility: String,
    pub default_visibility: Visibility,
    /// When it stopped taking signatures (closed or delivered); `None` while it takes them.
    pub closed_at: Option<DateTimeUtc>,
    /// When its signers' personal data was erased, after `retention.days_after_close`.
    pub purged_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::signatures::Entity")]
    Signatures,
}

impl Related<super::signatures::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Signatures.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
