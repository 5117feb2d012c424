//! The `petition_versions` table: each text of a petition that people could sign.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "petition_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub petition_id: i64,
    /// 1, 2, … per petition.
    pub number: i32,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub body_html: String,
    pub addressees: String,
    /// SHA-256 of the text as signed: title, addressees and body.
    pub sha256: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
