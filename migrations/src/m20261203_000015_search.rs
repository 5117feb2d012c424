//! Searching a petition's signatures by any part of a name, organization or address
//! through an index, never a scan: `signatures.search_text` holds the three folded (case,
//! accents and punctuation set aside, as the service's Rust folds them), and it is indexed
//! by trigrams: an FTS5 table with the trigram tokenizer on SQLite, kept by triggers; a GIN
//! index with `pg_trgm` on PostgreSQL. The service fills the column for signatures from
//! before it, once, at start.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Signatures {
    Table,
    PetitionId,
    Country,
    Id,
    SearchText,
}

const SQLITE_UP: &[&str] = &[
    "CREATE VIRTUAL TABLE signatures_search USING fts5(search_text, content='signatures', \
     content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER signatures_search_insert AFTER INSERT ON signatures \
     WHEN new.search_text IS NOT NULL BEGIN \
     INSERT INTO signatures_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER signatures_search_delete AFTER DELETE ON signatures \
     WHEN old.search_text IS NOT NULL BEGIN \
     INSERT INTO signatures_search(signatures_search, rowid, search_text) \
     VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER signatures_search_update_old AFTER UPDATE OF search_text ON signatures \
     WHEN old.search_text IS NOT NULL BEGIN \
     INSERT INTO signatures_search(signatures_search, rowid, search_text) \
     VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER signatures_search_update_new AFTER UPDATE OF search_text ON signatures \
     WHEN new.search_text IS NOT NULL BEGIN \
     INSERT INTO signatures_search(rowid, search_text) VALUES (new.id, new.search_text); END",
];

const SQLITE_DOWN: &[&str] = &[
    "DROP TRIGGER IF EXISTS signatures_search_update_new",
    "DROP TRIGGER IF EXISTS signatures_search_update_old",
    "DROP TRIGGER IF EXISTS signatures_search_delete",
    "DROP TRIGGER IF EXISTS signatures_search_insert",
    "DROP TABLE IF EXISTS signatures_search",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Signatures::Table)
                    .add_column(ColumnDef::new(Signatures::SearchText).text().null())
                    .to_owned(),
            )
            .await?;
        // A two-letter search is a country: newest first, through this index.
        manager
            .create_index(
                Index::create()
                    .name("signatures_by_country")
                    .table(Signatures::Table)
                    .col(Signatures::PetitionId)
                    .col(Signatures::Country)
                    .col(Signatures::Id)
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                // A trusted extension since PostgreSQL 13: a database's owner may create it.
                db.execute_unprepared("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                    .await?;
                db.execute_unprepared(
                    "CREATE INDEX signatures_search ON signatures \
                     USING gin (search_text gin_trgm_ops)",
                )
                .await?;
            }
            _ => {
                for statement in SQLITE_UP {
                    db.execute_unprepared(statement).await?;
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("signatures_by_country")
                    .table(Signatures::Table)
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared("DROP INDEX IF EXISTS signatures_search")
                    .await?;
            }
            _ => {
                for statement in SQLITE_DOWN {
                    db.execute_unprepared(statement).await?;
                }
            }
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Signatures::Table)
                    .drop_column(Signatures::SearchText)
                    .to_owned(),
            )
            .await
    }
}
