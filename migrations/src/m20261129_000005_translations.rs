//! Declarations in several languages: a petition's translations (title, summary, addressees,
//! body), each tied to the text of the original it translates, and on every signature the
//! language version its signer read.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PetitionTranslations {
    Table,
    Id,
    PetitionId,
    Language,
    Title,
    Summary,
    Addressees,
    Body,
    BodyHtml,
    /// The SHA-256 of the original text this translates; a translation of an older text is
    /// not shown until it is brought up to date.
    OriginalSha256,
    SourceHash,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Petitions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Signatures {
    Table,
    TextLanguage,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use PetitionTranslations as T;
        manager
            .create_table(
                Table::create()
                    .table(T::Table)
                    .col(
                        ColumnDef::new(T::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(T::PetitionId).big_integer().not_null())
                    .col(ColumnDef::new(T::Language).string_len(35).not_null())
                    .col(ColumnDef::new(T::Title).text().not_null())
                    .col(ColumnDef::new(T::Summary).text().not_null())
                    .col(ColumnDef::new(T::Addressees).text().not_null())
                    .col(ColumnDef::new(T::Body).text().not_null())
                    .col(ColumnDef::new(T::BodyHtml).text().not_null())
                    .col(ColumnDef::new(T::OriginalSha256).string_len(64).not_null())
                    .col(ColumnDef::new(T::SourceHash).string_len(64).null())
                    .col(
                        ColumnDef::new(T::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(T::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(T::Table, T::PetitionId)
                            .to(Petitions::Table, Petitions::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("petition_translations_language")
                    .table(T::Table)
                    .col(T::PetitionId)
                    .col(T::Language)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Signatures::Table)
                    .add_column(
                        ColumnDef::new(Signatures::TextLanguage)
                            .string_len(35)
                            .null(),
                    )
                    .to_owned(),
            )
            .await?;
        // Everyone who signed before translations existed read the original.
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE signatures SET text_language = \
                 (SELECT language FROM petitions WHERE petitions.id = signatures.petition_id)",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Signatures::Table)
                    .drop_column(Signatures::TextLanguage)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(PetitionTranslations::Table).to_owned())
            .await
    }
}
