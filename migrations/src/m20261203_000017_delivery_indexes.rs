//! Indexes for the delivery document and the paper page at a million signatures. The
//! document reads a petition's confirmed signatures by kind and country, in the order they
//! came, a batch at a time; the paper page and the document's sheet count read the
//! signatures that came on paper only, by sheet. On PostgreSQL a search first reads a
//! petition's newest signatures in order of id (`signatures_newest`); SQLite's indexes end in
//! the rowid, and its search index yields matches in that order already.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Signatures {
    Table,
    PetitionId,
    Status,
    Kind,
    Country,
    Id,
    Source,
    Sheet,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("signatures_delivery")
                    .table(Signatures::Table)
                    .col(Signatures::PetitionId)
                    .col(Signatures::Status)
                    .col(Signatures::Kind)
                    .col(Signatures::Country)
                    .col(Signatures::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("signatures_paper")
                    .table(Signatures::Table)
                    .col(Signatures::PetitionId)
                    .col(Signatures::Source)
                    .col(Signatures::Status)
                    .col(Signatures::Sheet)
                    .to_owned(),
            )
            .await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            manager
                .create_index(
                    Index::create()
                        .name("signatures_newest")
                        .table(Signatures::Table)
                        .col(Signatures::PetitionId)
                        .col(Signatures::Id)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DbBackend::Postgres {
            manager
                .drop_index(
                    Index::drop()
                        .name("signatures_newest")
                        .table(Signatures::Table)
                        .to_owned(),
                )
                .await?;
        }
        for name in ["signatures_paper", "signatures_delivery"] {
            manager
                .drop_index(Index::drop().name(name).table(Signatures::Table).to_owned())
                .await?;
        }
        Ok(())
    }
}
