//! The `updates` table: what organizers wrote to a petition's signers, and the "delivered"
//! notices the service writes for them.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "updates")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub petition_id: i64,
    pub kind: UpdateKind,
    /// In the petition's language; `delivered` notices are worded per signer's language
    /// from the catalogs, with `body` as the organizer's note.
    pub subject: String,
    /// Markdown, as written; it is the plain-text part of the email.
    pub body: String,
    /// The Markdown rendered and sanitised once, when written.
    pub body_html: String,
    pub language: String,
    pub nonce: Option<String>,
    /// How many signers it was queued for.
    pub recipients: i64,
    pub created_by: String,
    pub created_at: DateTimeUtc,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
pub enum UpdateKind {
    /// Written by an organizer.
    #[sea_orm(string_value = "update")]
    Written,
    /// Sent when the petition is marked delivered, with the delivery note.
    #[sea_orm(string_value = "delivered")]
    Delivered,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
