//! The `signature_counts` table: confirmed signatures by petition, kind and country.
use sea_orm::entity::prelude::*;

use crate::domain::Kind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "signature_counts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub petition_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: Kind,
    /// An ISO code, or "" where the country was erased.
    #[sea_orm(primary_key, auto_increment = false)]
    pub country: String,
    pub signatures: i64,
    pub members: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
