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
        db.execute_unprepared(
            "INSERT INTO tallies (petition_id, measure, kind, signatures, members) \
             SELECT petition_id, status, kind, COUNT(*), COALESCE(SUM(members), 0) \
             FROM signatures GROUP BY petition_id, status, kind",
        )
        .await?;
        db.execute_unprepared(
            "INSERT INTO tallies (petition_id, measure, kind, signatures, members) \
             SELECT petition_id, 'listed', kind, COUNT(*), 0 FROM signatures \
             WHERE status = 'confirmed' AND visibility = 'public' AND hidden = FALSE \
             AND name IS NOT NULL GROUP BY petition_id, kind",
        )
        .await?;
        // (PostgreSQL groups by no constant: each groups by the column it names.)
        for (measure, filter, group) in [
            ("'paper'", "source = 'paper'", ""),
            (
                "'text:' || text_language",
                "text_language IS NOT NULL",
                ", text_language",
            ),
            (
                "'version:' || CAST(version_id AS TEXT)",
                "version_id IS NOT NULL",
                ", version_id",
            ),
        ] {
            db.execute_unprepared(&format!(
                "INSERT INTO tallies (petition_id, measure, kind, signatures, members) \
                 SELECT petition_id, {measure}, kind, COUNT(*), 0 FROM signatures \
                 WHERE status = 'confirmed' AND {filter} GROUP BY petition_id, kind{group}"
            ))
            .await?;
        }
        let day = match manager.get_database_backend() {
            sea_orm_migration::sea_orm::DbBackend::Postgres => {
                "to_char(confirmed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
            }
            // Stored as RFC 3339 text in UTC: the date is its first ten characters.
            _ => "substr(confirmed_at, 1, 10)",
        };
        db.execute_unprepared(&format!(
            "INSERT INTO daily_tallies (petition_id, day, signatures) \
             SELECT petition_id, {day}, COUNT(*) FROM signatures \
             WHERE status = 'confirmed' AND confirmed_at IS NOT NULL \
             GROUP BY petition_id, {day}"
        ))
        .await?;
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
