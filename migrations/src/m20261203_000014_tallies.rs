//! Tallies kept beside the counts, so no page counts signatures to show them: signatures
//! of each petition by status and kind (and how many are on the public list), and
//! confirmed signatures per day. Each writing transaction adds its changes once, as it
//! does to `signature_counts`. An index for the public list's pages by key (confirmation
//! time and id).
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Tallies {
    Table,
    PetitionId,
    /// `pending`, `confirmed`, `withdrawn`, `removed`; or, of confirmed signatures, `listed`
    /// (public, not hidden, name kept), `paper`, `text:{language}`, `version:{id}`.
    Measure,
    Kind,
    Signatures,
    Members,
}

#[derive(DeriveIden)]
enum DailyTallies {
    Table,
    PetitionId,
    /// `YYYY-MM-DD`, UTC, of the confirmation.
    Day,
    Signatures,
}

#[derive(DeriveIden)]
enum Signatures {
    Table,
    PetitionId,
    Status,
    Visibility,
    Hidden,
    ConfirmedAt,
    Id,
}

#[derive(DeriveIden)]
enum Petitions {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Tallies::Table)
                    .col(ColumnDef::new(Tallies::PetitionId).big_integer().not_null())
                    .col(ColumnDef::new(Tallies::Measure).text().not_null())
                    .col(ColumnDef::new(Tallies::Kind).text().not_null())
                    .col(ColumnDef::new(Tallies::Signatures).big_integer().not_null())
                    .col(ColumnDef::new(Tallies::Members).big_integer().not_null())
                    .primary_key(
                        Index::create()
                            .col(Tallies::PetitionId)
                            .col(Tallies::Measure)
                            .col(Tallies::Kind),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Tallies::Table, Tallies::PetitionId)
                            .to(Petitions::Table, Petitions::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DailyTallies::Table)
                    .col(
                        ColumnDef::new(DailyTallies::PetitionId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(DailyTallies::Day).text().not_null())
                    .col(
                        ColumnDef::new(DailyTallies::Signatures)
                            .big_integer()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(DailyTallies::PetitionId)
                            .col(DailyTallies::Day),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DailyTallies::Table, DailyTallies::PetitionId)
                            .to(Petitions::Table, Petitions::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // The public list, newest first, a page after a key: an equality on the first four
        // columns and a range on the last two, whatever the list's size.
        manager
            .create_index(
                Index::create()
                    .name("signatures_listed")
                    .table(Signatures::Table)
                    .col(Signatures::PetitionId)
                    .col(Signatures::Status)
                    .col(Signatures::Visibility)
                    .col(Signatures::Hidden)
                    .col(Signatures::ConfirmedAt)
                    .col(Signatures::Id)
                    .to_owned(),
            )
            .await?;

        // Signatures from before the tallies.
        let db = manager.get_connection();
        for statement in crate::backfill::tallies(manager.get_database_backend()) {
            db.execute_unprepared(&statement).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("signatures_listed")
                    .table(Signatures::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(DailyTallies::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Tallies::Table).to_owned())
            .await
    }
}
