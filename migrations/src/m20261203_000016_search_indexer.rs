//! SQLite's trigram index is filled behind the signing path, not inside it. Migration 15's
//! insert trigger made every signing transaction write the new rows' trigrams, merging index
//! segments as it went: it cost the signing path a fifth to two fifths of its throughput and
//! let a steady 1,000 signings a second fall behind. Now a worker indexes new rows in batches,
//! and `search_indexed.up_to` says how far it has come; a search reads the index up to there
//! and the few rows after it directly. The delete and update triggers stay, for rows already
//! indexed only: a row changed before the worker reaches it is indexed as it is by then.
//! PostgreSQL's GIN index keeps its own pending list and is left as it was.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

const INDEXED: &str = "(SELECT up_to FROM search_indexed)";

fn sqlite_up() -> Vec<String> {
    vec![
        "CREATE TABLE search_indexed (up_to INTEGER NOT NULL)".into(),
        // Migration 15's trigger has indexed every row there is.
        "INSERT INTO search_indexed (up_to) SELECT COALESCE(MAX(id), 0) FROM signatures".into(),
        "DROP TRIGGER signatures_search_insert".into(),
        "DROP TRIGGER signatures_search_delete".into(),
        "DROP TRIGGER signatures_search_update_old".into(),
        "DROP TRIGGER signatures_search_update_new".into(),
        format!(
            "CREATE TRIGGER signatures_search_delete AFTER DELETE ON signatures \
             WHEN old.search_text IS NOT NULL AND old.id <= {INDEXED} BEGIN \
             INSERT INTO signatures_search(signatures_search, rowid, search_text) \
             VALUES ('delete', old.id, old.search_text); END"
        ),
        format!(
            "CREATE TRIGGER signatures_search_update_old AFTER UPDATE OF search_text ON signatures \
             WHEN old.search_text IS NOT NULL AND old.id <= {INDEXED} BEGIN \
             INSERT INTO signatures_search(signatures_search, rowid, search_text) \
             VALUES ('delete', old.id, old.search_text); END"
        ),
        format!(
            "CREATE TRIGGER signatures_search_update_new AFTER UPDATE OF search_text ON signatures \
             WHEN new.search_text IS NOT NULL AND new.id <= {INDEXED} BEGIN \
             INSERT INTO signatures_search(rowid, search_text) VALUES (new.id, new.search_text); END"
        ),
    ]
}

const SQLITE_DOWN: &[&str] = &[
    // What the worker had not reached yet goes in now, as migration 15's trigger would have.
    "INSERT INTO signatures_search(rowid, search_text) SELECT id, search_text FROM signatures \
     WHERE id > (SELECT up_to FROM search_indexed) AND search_text IS NOT NULL",
    "DROP TRIGGER signatures_search_delete",
    "DROP TRIGGER signatures_search_update_old",
    "DROP TRIGGER signatures_search_update_new",
    "DROP TABLE search_indexed",
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

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DbBackend::Sqlite {
            let db = manager.get_connection();
            for statement in sqlite_up() {
                db.execute_unprepared(&statement).await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DbBackend::Sqlite {
            let db = manager.get_connection();
            for statement in SQLITE_DOWN {
                db.execute_unprepared(statement).await?;
            }
        }
        Ok(())
    }
}
