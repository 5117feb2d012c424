//! Data that leaves when the campaign ends: when a petition stopped taking signatures
//! (`closed_at`, set when it is closed or delivered), and when its signers' personal data
//! was erased (`purged_at`). Petitions closed before this migration count as closed since
//! their delivery, or else their last change.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Petitions {
    Table,
    ClosedAt,
    PurgedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Petitions::ClosedAt, Petitions::PurgedAt] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Petitions::Table)
                        .add_column(ColumnDef::new(column).timestamp_with_time_zone().null())
                        .to_owned(),
                )
                .await?;
        }
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE petitions SET closed_at = COALESCE(delivered_at, updated_at) \
                 WHERE state IN ('closed', 'delivered')",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Petitions::PurgedAt, Petitions::ClosedAt] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Petitions::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
