//! Confirm and withdraw links derived from the signature instead of stored: each signature
//! gets a random `link_salt` when it is made, which a link must match (see `LinkKey` in the
//! service's `security` module). Signatures that still hold personal data get one now; the
//! links already emailed keep working through the tokens table.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Signatures {
    Table,
    LinkSalt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Signatures::Table)
                    .add_column(ColumnDef::new(Signatures::LinkSalt).string_len(64).null())
                    .to_owned(),
            )
            .await?;
        // 128 random bits from each engine's CSPRNG (gen_random_uuid: 122 of them).
        let random = match manager.get_database_backend() {
            DbBackend::Postgres => "replace(gen_random_uuid()::text, '-', '')",
            _ => "lower(hex(randomblob(16)))",
        };
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "UPDATE signatures SET link_salt = {random} \
                 WHERE status IN ('pending', 'confirmed')"
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Signatures::Table)
                    .drop_column(Signatures::LinkSalt)
                    .to_owned(),
            )
            .await
    }
}
