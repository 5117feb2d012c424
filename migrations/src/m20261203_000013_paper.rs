//! Paper sheets and trust: the numbered sheets printed for a petition (who printed them,
//! when, in which language, under which text; once entered, who collected them, where and
//! when, who entered them, and the scan's SHA-256); on each signature where it came from
//! (`source`, its `sheet`, who entered it), the key that finds a likely duplicate by name
//! and city, and an organization's verification; and the pairs an organizer has judged
//! not to be duplicates.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Signatures {
    Table,
    PetitionId,
    Source,
    Sheet,
    EnteredBy,
    MatchKey,
    VerifiedAt,
    VerifiedBy,
    VerifiedNote,
}

#[derive(DeriveIden)]
enum Sheets {
    Table,
    Id,
    PetitionId,
    Number,
    Language,
    TextSha256,
    PrintedBy,
    PrintedAt,
    CollectedBy,
    Place,
    CollectedOn,
    EnteredBy,
    EnteredAt,
    ScanSha256,
    ScanType,
}

#[derive(DeriveIden)]
enum NotDuplicates {
    Table,
    PetitionId,
    First,
    Second,
    DecidedBy,
    DecidedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column a statement.
        let columns = [
            ColumnDef::new(Signatures::Source)
                .string_len(16)
                .not_null()
                .default("online")
                .to_owned(),
            ColumnDef::new(Signatures::Sheet).big_integer().to_owned(),
            ColumnDef::new(Signatures::EnteredBy)
                .string_len(254)
                .to_owned(),
            ColumnDef::new(Signatures::MatchKey)
                .string_len(400)
                .to_owned(),
            ColumnDef::new(Signatures::VerifiedAt)
                .timestamp_with_time_zone()
                .to_owned(),
            ColumnDef::new(Signatures::VerifiedBy)
                .string_len(254)
                .to_owned(),
            ColumnDef::new(Signatures::VerifiedNote)
                .string_len(300)
                .to_owned(),
        ];
        for mut column in columns {
            manager
                .alter_table(
                    Table::alter()
                        .table(Signatures::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("signatures_match_key")
                    .table(Signatures::Table)
                    .col(Signatures::PetitionId)
                    .col(Signatures::MatchKey)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Sheets::Table)
                    .if_not_exists()
                    .col(
                        ColumnDef::new(Sheets::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Sheets::PetitionId).big_integer().not_null())
                    .col(ColumnDef::new(Sheets::Number).big_integer().not_null())
                    .col(ColumnDef::new(Sheets::Language).string_len(8).not_null())
                    .col(ColumnDef::new(Sheets::TextSha256).string_len(64))
                    .col(ColumnDef::new(Sheets::PrintedBy).string_len(254).not_null())
                    .col(
                        ColumnDef::new(Sheets::PrintedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Sheets::CollectedBy).string_len(200))
                    .col(ColumnDef::new(Sheets::Place).string_len(200))
                    .col(ColumnDef::new(Sheets::CollectedOn).string_len(10))
                    .col(ColumnDef::new(Sheets::EnteredBy).string_len(254))
                    .col(ColumnDef::new(Sheets::EnteredAt).timestamp_with_time_zone())
                    .col(ColumnDef::new(Sheets::ScanSha256).string_len(64))
                    .col(ColumnDef::new(Sheets::ScanType).string_len(32))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("sheets_petition_number")
                    .table(Sheets::Table)
                    .col(Sheets::PetitionId)
                    .col(Sheets::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(NotDuplicates::Table)
                    .if_not_exists()
                    .col(
                        ColumnDef::new(NotDuplicates::PetitionId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(NotDuplicates::First)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(NotDuplicates::Second)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(NotDuplicates::DecidedBy)
                            .string_len(254)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(NotDuplicates::DecidedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(NotDuplicates::First)
                            .col(NotDuplicates::Second),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(NotDuplicates::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Sheets::Table).to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("signatures_match_key")
                    .table(Signatures::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            Signatures::VerifiedNote,
            Signatures::VerifiedBy,
            Signatures::VerifiedAt,
            Signatures::MatchKey,
            Signatures::EnteredBy,
            Signatures::Sheet,
            Signatures::Source,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Signatures::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
