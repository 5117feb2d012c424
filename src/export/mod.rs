//! Exports, streamed, which the CLI and the HTTP routes share: the CSV writer, the printable
//! delivery document, and the delivery package holding both with a manifest.
pub mod csv;
pub mod delivery;
pub mod package;

pub use self::csv::{CsvEncoder, Format};

use std::collections::HashMap;

use futures::StreamExt;

use crate::store::{Petition, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
    #[error("writing the export: {0}")]
    Io(#[from] std::io::Error),
    #[error("the reader went away")]
    Closed,
}

/// The result of an export: what a record of it needs.
#[derive(Clone, Debug)]
pub struct Finished {
    pub rows: u64,
    pub sha256: String,
}

/// The language an export names countries in and a delivery document is written in: the one
/// asked for, else the declaration's own (the addressees read it), else English.
pub fn language(petition: &Petition, asked: Option<&str>) -> &'static str {
    asked
        .filter(|l| templates::Tr::is_supported(l))
        .or(Some(petition.language.as_str()).filter(|l| templates::Tr::is_supported(l)))
        .map(|l| templates::Tr::new(l).lang())
        .unwrap_or("en")
}

/// Streams the petition's confirmed signatures through the encoder into `sink`, chunk by
/// chunk (a chunk is about 64 KiB), and calls `progress` with the row count as it goes.
/// Country names are in `language` (see [`language`]).
pub async fn run<S, F>(
    store: &Store,
    petition: &Petition,
    format: Format,
    language: &'static str,
    mut sink: S,
    mut progress: impl FnMut(u64),
) -> Result<Finished, ExportError>
where
    S: FnMut(Vec<u8>) -> F,
    F: std::future::Future<Output = Result<(), ExportError>>,
{
    let versions: HashMap<i64, (i32, String)> = store.version_labels(petition.id).await?;
    let mut enc = CsvEncoder::new(format, language);
    let mut rows = store.confirmed_rows(petition.id).await?;
    while let Some(row) = rows.next().await {
        let row = row?;
        // The addressees receive no trace of who signed without their name.
        if format == Format::Delivery && !row.visibility.is_delivered() {
            continue;
        }
        let version = row.version_id.and_then(|v| versions.get(&v));
        enc.push(&row, version);
        if enc.buffered() >= 64 * 1024 {
            sink(enc.take()).await?;
            progress(enc.rows());
        }
    }
    let (tail, finished) = enc.finish();
    sink(tail).await?;
    progress(finished.rows);
    Ok(finished)
}
