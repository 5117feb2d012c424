//! A numbered paper sheet of a petition: printed by an organizer, later entered.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sheets")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub petition_id: i64,
    pub number: i64,
    pub language: String,
    /// The SHA-256 of the text version the sheet was printed under.
    pub text_sha256: Option<String>,
    pub printed_by: String,
    pub printed_at: DateTimeUtc,
    pub collected_by: Option<String>,
    pub place: Option<String>,
    /// `YYYY-MM-DD`: the day the signatures were collected.
    pub collected_on: Option<String>,
    pub entered_by: Option<String>,
    pub entered_at: Option<DateTimeUtc>,
    pub scan_sha256: Option<String>,
    /// The scan's media type, read from its content.
    pub scan_type: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
