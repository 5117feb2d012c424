//! A pair of signatures with the same name and city that an organizer judged to be two
//! people (`first` < `second`).
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "not_duplicates")]
pub struct Model {
    pub petition_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub first: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub second: i64,
    pub decided_by: String,
    pub decided_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
