//! The `refused_addresses` table: addresses whose mail server refused a message for good
//! (an SMTP 5xx), as a keyed hash, so no further mail goes to them.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "refused_addresses")]
pub struct Model {
    /// [`Keys::address_key`](crate::security::Keys::address_key) of the folded address.
    #[sea_orm(primary_key, auto_increment = false)]
    pub address_key: String,
    /// The server's answer, addresses masked.
    pub reason: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
