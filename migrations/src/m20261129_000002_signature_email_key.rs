//! The folded address of a signature, so the mail cap counts every message to one address,
//! whichever signatures (a person's, several organizations') it went through.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Signatures {
    Table,
    EmailKey,
    PetitionId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Signatures::Table)
                    .add_column(ColumnDef::new(Signatures::EmailKey).text().null())
                    .to_owned(),
            )
            .await?;
        // Existing rows: the stored address, folded as the domain type folds it.
        let db = manager.get_connection();
        db.execute_unprepared(
            "UPDATE signatures SET email_key = LOWER(email) WHERE email IS NOT NULL",
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("signatures_email_key")
                    .table(Signatures::Table)
                    .col(Signatures::EmailKey)
                    .col(Signatures::PetitionId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("signatures_email_key")
                    .table(Signatures::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Signatures::Table)
                    .drop_column(Signatures::EmailKey)
                    .to_owned(),
            )
            .await
    }
}
