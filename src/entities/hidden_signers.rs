//! The `hidden_signers` table: who organizers hid from a petition's public list, as a keyed
//! hash, so the choice outlives the signature's personal data.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "hidden_signers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub petition_id: i64,
    /// [`Keys::signer_hash`](crate::security::Keys::signer_hash) of the signature's dedupe key.
    #[sea_orm(primary_key, auto_increment = false)]
    pub signer_hash: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
