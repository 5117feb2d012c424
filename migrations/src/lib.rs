//! The database schema of undersign, as sea-orm migrations that run on SQLite and PostgreSQL.
pub use sea_orm_migration::prelude::*;

pub mod backfill;

mod m20261129_000001_create_tables;
mod m20261129_000002_signature_email_key;
mod m20261129_000003_organizers;
mod m20261129_000004_signature_counts;
mod m20261129_000005_translations;
mod m20261202_000006_hidden_signers;
mod m20261202_000007_visibility;
mod m20261202_000008_retention;
mod m20261202_000009_updates;
mod m20261202_000010_outbox_owner;
mod m20261202_000011_link_salt;
mod m20261202_000012_installation;
mod m20261203_000013_paper;
mod m20261203_000014_tallies;
mod m20261203_000015_search;
mod m20261203_000016_search_indexer;
mod m20261203_000017_delivery_indexes;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261129_000001_create_tables::Migration),
            Box::new(m20261129_000002_signature_email_key::Migration),
            Box::new(m20261129_000003_organizers::Migration),
            Box::new(m20261129_000004_signature_counts::Migration),
            Box::new(m20261129_000005_translations::Migration),
            Box::new(m20261202_000006_hidden_signers::Migration),
            Box::new(m20261202_000007_visibility::Migration),
            Box::new(m20261202_000008_retention::Migration),
            Box::new(m20261202_000009_updates::Migration),
            Box::new(m20261202_000010_outbox_owner::Migration),
            Box::new(m20261202_000011_link_salt::Migration),
            Box::new(m20261202_000012_installation::Migration),
            Box::new(m20261203_000013_paper::Migration),
            Box::new(m20261203_000014_tallies::Migration),
            Box::new(m20261203_000015_search::Migration),
            Box::new(m20261203_000016_search_indexer::Migration),
            Box::new(m20261203_000017_delivery_indexes::Migration),
        ]
    }
}
