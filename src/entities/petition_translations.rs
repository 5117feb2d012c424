//! The `petition_translations` table: a petition's text in another language.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "petition_translations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub petition_id: i64,
    /// A supported language, never the petition's own.
    pub language: String,
    pub title: String,
    pub summary: String,
    /// A JSON array, as on `petitions`.
    pub addressees: String,
    pub body: String,
    pub body_html: String,
    /// The SHA-256 of the original text translated (see `store::petitions::text_sha256`).
    pub original_sha256: String,
    /// SHA-256 of the source file, as on `petitions`.
    pub source_hash: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
