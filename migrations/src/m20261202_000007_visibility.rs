//! Who sees a signer's name: each signature's `visibility` (public, addressees, anonymous),
//! and per petition the levels it offers and the one preselected. Signatures from before
//! keep what their signers agreed to: `public` stays public, the rest become `addressees`
//! (their names went to the addressees, never to the public list).
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Signatures {
    Table,
    Visibility,
}

#[derive(DeriveIden)]
enum Petitions {
    Table,
    Visibility,
    DefaultVisibility,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Signatures::Table)
                    .add_column(
                        ColumnDef::new(Signatures::Visibility)
                            .string_len(16)
                            .not_null()
                            .default("addressees"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared("UPDATE signatures SET visibility = 'public' WHERE public")
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Petitions::Table)
                    .add_column(
                        ColumnDef::new(Petitions::Visibility)
                            .string_len(64)
                            .not_null()
                            .default("public,addressees,anonymous"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Petitions::Table)
                    .add_column(
                        ColumnDef::new(Petitions::DefaultVisibility)
                            .string_len(16)
                            .not_null()
                            .default("addressees"),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in [
            (
                Petitions::Table.into_iden(),
                Petitions::DefaultVisibility.into_iden(),
            ),
            (
                Petitions::Table.into_iden(),
                Petitions::Visibility.into_iden(),
            ),
            (
                Signatures::Table.into_iden(),
                Signatures::Visibility.into_iden(),
            ),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
