//! Updates to signers (issue 14): the updates organizers write, their translations, the
//! outbox rows that carry them (one per update and signature, by a unique key, so a signer
//! gets each update at most once whatever happens to the process), a lane that keeps
//! confirmation emails ahead of bulk mail, and the addresses that refused mail for good.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Updates {
    Table,
    Id,
    PetitionId,
    Kind,
    Subject,
    Body,
    BodyHtml,
    Language,
    Nonce,
    Recipients,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum UpdateTranslations {
    Table,
    UpdateId,
    Language,
    Subject,
    Body,
    BodyHtml,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    UpdateId,
    Lane,
    SignatureId,
    Status,
    NextAttemptAt,
}

#[derive(DeriveIden)]
enum RefusedAddresses {
    Table,
    AddressKey,
    Reason,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Updates::Table)
                    .col(
                        ColumnDef::new(Updates::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Updates::PetitionId).big_integer().not_null())
                    .col(ColumnDef::new(Updates::Kind).string_len(16).not_null())
                    .col(ColumnDef::new(Updates::Subject).text().not_null())
                    .col(ColumnDef::new(Updates::Body).text().not_null())
                    .col(ColumnDef::new(Updates::BodyHtml).text().not_null())
                    .col(ColumnDef::new(Updates::Language).string_len(16).not_null())
                    // The compose form's one-time value: a second press of Send (a double
                    // click, a resubmitted page) finds the update it already made.
                    .col(
                        ColumnDef::new(Updates::Nonce)
                            .string_len(64)
                            .null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Updates::Recipients).big_integer().not_null())
                    .col(ColumnDef::new(Updates::CreatedBy).text().not_null())
                    .col(
                        ColumnDef::new(Updates::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_updates_petition")
                    .table(Updates::Table)
                    .col(Updates::PetitionId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(UpdateTranslations::Table)
                    .col(
                        ColumnDef::new(UpdateTranslations::UpdateId)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(UpdateTranslations::Language)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(UpdateTranslations::Subject)
                            .text()
                            .not_null(),
                    )
                    .col(ColumnDef::new(UpdateTranslations::Body).text().not_null())
                    .col(
                        ColumnDef::new(UpdateTranslations::BodyHtml)
                            .text()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(UpdateTranslations::UpdateId)
                            .col(UpdateTranslations::Language),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(ColumnDef::new(Outbox::UpdateId).big_integer().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(
                        ColumnDef::new(Outbox::Lane)
                            .small_integer()
                            .not_null()
                            .default(0),
                    )
                    .to_owned(),
            )
            .await?;
        // Both engines let rows with no update (confirmations) repeat: NULLs are distinct.
        manager
            .create_index(
                Index::create()
                    .name("uq_outbox_update_signature")
                    .table(Outbox::Table)
                    .col(Outbox::UpdateId)
                    .col(Outbox::SignatureId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        // What the worker claims by: due rows of a lane, oldest first.
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_lane_due")
                    .table(Outbox::Table)
                    .col(Outbox::Status)
                    .col(Outbox::Lane)
                    .col(Outbox::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RefusedAddresses::Table)
                    .col(
                        ColumnDef::new(RefusedAddresses::AddressKey)
                            .string_len(64)
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(RefusedAddresses::Reason).text().not_null())
                    .col(
                        ColumnDef::new(RefusedAddresses::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RefusedAddresses::Table).to_owned())
            .await?;
        for name in ["idx_outbox_lane_due", "uq_outbox_update_signature"] {
            manager
                .drop_index(Index::drop().name(name).table(Outbox::Table).to_owned())
                .await?;
        }
        // Updates' rows go with the tables that explain them.
        manager
            .get_connection()
            .execute_unprepared("DELETE FROM outbox WHERE update_id IS NOT NULL")
            .await?;
        for column in [Outbox::Lane, Outbox::UpdateId] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Outbox::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(UpdateTranslations::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Updates::Table).to_owned())
            .await?;
        Ok(())
    }
}
