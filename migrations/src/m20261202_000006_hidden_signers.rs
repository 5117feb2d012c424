//! Moderation that outlives a signature: a signer hidden from a petition's public list is
//! remembered by a keyed hash of who they are (their parsed address; an organization's
//! folded name and country), so withdrawing, which erases their personal data, and signing
//! again does not bring them back into the list.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum HiddenSigners {
    Table,
    PetitionId,
    SignerHash,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Petitions {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use HiddenSigners as H;
        manager
            .create_table(
                Table::create()
                    .table(H::Table)
                    .col(ColumnDef::new(H::PetitionId).big_integer().not_null())
                    .col(ColumnDef::new(H::SignerHash).string_len(64).not_null())
                    .col(
                        ColumnDef::new(H::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .primary_key(Index::create().col(H::PetitionId).col(H::SignerHash))
                    .foreign_key(
                        ForeignKey::create()
                            .from(H::Table, H::PetitionId)
                            .to(Petitions::Table, Petitions::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // Whoever is hidden now stays hidden: their hash is made by the service, which
        // knows the key, the first time it starts (see `Store::remember_hidden_signers`).
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(HiddenSigners::Table).to_owned())
            .await
    }
}
