//! The `signatures` table.
use sea_orm::entity::prelude::*;

use crate::domain::{Kind, Source, Status, Visibility};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "signatures")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub petition_id: i64,
    pub kind: Kind,
    pub status: Status,
    pub dedupe_key: Option<String>,
    pub name: Option<String>,
    pub email: Option<String>,
    /// The address folded for counting messages to it; erased with the address.
    pub email_key: Option<String>,
    pub country: Option<String>,
    pub city: Option<String>,
    pub occupation: Option<String>,
    pub organization: Option<String>,
    pub role: Option<String>,
    pub members: Option<i64>,
    pub comment: Option<String>,
    /// Kept in step with `visibility` (`public` exactly when it is public), for the full
    /// export's `public` column.
    pub public: bool,
    pub visibility: Visibility,
    pub updates: bool,
    pub language: String,
    pub hidden: bool,
    pub ip_hash: Option<String>,
    pub created_at: DateTimeUtc,
    pub expires_at: Option<DateTimeUtc>,
    pub confirmed_at: Option<DateTimeUtc>,
    pub withdrawn_at: Option<DateTimeUtc>,
    /// The version of the petition's text this signature endorsed.
    pub version_id: Option<i64>,
    /// The language version of the declaration its signer read: the original's language or
    /// a translation's. Set on every row since translations exist.
    pub text_language: Option<String>,
    /// The random part of this signature's confirm and withdraw links (see
    /// [`LinkKey`](crate::security::LinkKey)); erased with the personal data of a purged
    /// petition, so its links then say "expired".
    pub link_salt: Option<String>,
    pub source: Source,
    /// The paper sheet's number (unique within the petition).
    pub sheet: Option<i64>,
    /// The organizer who typed a paper signature in.
    pub entered_by: Option<String>,
    /// The folded name and city that finds a likely duplicate (personal data: erased with
    /// the name).
    pub match_key: Option<String>,
    pub verified_at: Option<DateTimeUtc>,
    pub verified_by: Option<String>,
    pub verified_note: Option<String>,
    /// The folded name, organization and address an organizer's search looks in, indexed
    /// by trigrams (personal data: erased with the name).
    pub search_text: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::petitions::Entity",
        from = "Column::PetitionId",
        to = "super::petitions::Column::Id"
    )]
    Petition,
}

impl Related<super::petitions::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Petition.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
