//! Confirmed-signature counts kept as a small table, so a page view reads a few rows instead
//! of aggregating a million signatures. Each writing transaction adds its changes to it once
//! (a batch of confirmations is one increment per petition, kind and country), never one
//! update of a shared row per signature.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SignatureCounts {
    Table,
    PetitionId,
    Kind,
    /// An ISO code, or "" for signatures whose country was erased.
    Country,
    Signatures,
    Members,
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
                    .table(SignatureCounts::Table)
                    .col(
                        ColumnDef::new(SignatureCounts::PetitionId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(SignatureCounts::Kind).text().not_null())
                    .col(ColumnDef::new(SignatureCounts::Country).text().not_null())
                    .col(
                        ColumnDef::new(SignatureCounts::Signatures)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SignatureCounts::Members)
                            .big_integer()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(SignatureCounts::PetitionId)
                            .col(SignatureCounts::Kind)
                            .col(SignatureCounts::Country),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SignatureCounts::Table, SignatureCounts::PetitionId)
                            .to(Petitions::Table, Petitions::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // Signatures confirmed before this table existed.
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO signature_counts (petition_id, kind, country, signatures, members) \
                 SELECT petition_id, kind, COALESCE(country, ''), COUNT(*), COALESCE(SUM(members), 0) \
                 FROM signatures WHERE status = 'confirmed' \
                 GROUP BY petition_id, kind, COALESCE(country, '')",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SignatureCounts::Table).to_owned())
            .await
    }
}
