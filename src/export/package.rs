//! The delivery package: one ZIP file to hand over, streamed as it is made. It holds the
//! delivery CSV, the delivery document, and `manifest.txt`: lines starting with `#` say
//! which petition and text version, the counts, when and by whom it was made; then one line
//! per file in the format of `sha256sum` (`<hex>  <name>`), so `sha256sum -c manifest.txt`
//! in the unpacked folder checks the files (it passes over the `#` lines, `--strict` too).
use std::io::Write;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, SecondsFormat, Utc};
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::{ExportError, Finished, Format};
use crate::store::{Petition, Store};

/// What went into a package, besides its own SHA-256.
#[derive(Clone, Debug)]
pub struct Package {
    /// The file's SHA-256, and the CSV's rows (the names the addressees receive).
    pub finished: Finished,
    /// The files inside, with their SHA-256.
    pub files: Vec<(String, String)>,
}

/// Streams the package into `sink`; `actor` is who made it, as the manifest says.
pub async fn stream<S, F>(
    store: &Store,
    p: &Petition,
    language: &'static str,
    actor: &str,
    now: DateTime<Utc>,
    mut sink: S,
) -> Result<Package, ExportError>
where
    S: FnMut(Vec<u8>) -> F,
    F: std::future::Future<Output = Result<(), ExportError>>,
{
    // The fastest deflate: a CSV of names still shrinks to about a third, and the package
    // must not take much longer than its files.
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(1))
        .large_file(true)
        .last_modified_time(zip_time(now));
    let mut packed = Packed::new();
    let stamp = now.format("%Y%m%d-%H%M%S");
    let csv_name = format!("{}-{stamp}-delivery.csv", p.slug);
    let doc_name = format!("{}-{stamp}-delivery.html", p.slug);

    packed
        .zip
        .start_file(csv_name.as_str(), options)
        .map_err(zip_error)?;
    let csv = super::run(
        store,
        p,
        Format::Delivery,
        language,
        |chunk| {
            let (written, bytes) = packed.pack(&chunk);
            let send = sink(bytes);
            async move {
                written?;
                send.await
            }
        },
        |_| {},
    )
    .await?;
    packed
        .zip
        .start_file(doc_name.as_str(), options)
        .map_err(zip_error)?;
    // Opened from the unpacked folder, where no site serves the stylesheet.
    let doc = super::delivery::stream(store, p, language, now, true, |chunk| {
        let (written, bytes) = packed.pack(&chunk);
        let send = sink(bytes);
        async move {
            written?;
            send.await
        }
    })
    .await?;
    let manifest = manifest(store, p, actor, now, (&csv_name, &csv), (&doc_name, &doc)).await?;
    packed
        .zip
        .start_file("manifest.txt", options)
        .map_err(zip_error)?;
    let (written, bytes) = packed.pack(manifest.as_bytes());
    written?;
    sink(bytes).await?;
    packed.zip.finish().map_err(zip_error)?;
    let bytes = packed.out.take();
    packed.hasher.update(&bytes);
    sink(bytes).await?;
    Ok(Package {
        finished: Finished {
            rows: csv.rows,
            sha256: hex::encode(packed.hasher.finalize()),
        },
        files: vec![(csv_name, csv.sha256), (doc_name, doc.sha256)],
    })
}

async fn manifest(
    store: &Store,
    p: &Petition,
    actor: &str,
    now: DateTime<Utc>,
    csv: (&str, &Finished),
    doc: (&str, &Finished),
) -> Result<String, ExportError> {
    let mut versions = store.version_labels(p.id).await?;
    let version = p
        .version_id
        .and_then(|id| versions.remove(&id))
        .map_or_else(|| "?".into(), |(number, _)| number.to_string());
    // One line each, whatever the text holds.
    let line = |s: &str| {
        s.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect::<String>()
    };
    let mut m = String::new();
    m += "# undersign delivery package\n";
    m += &format!("# petition: {} ({})\n", line(&p.title), p.slug);
    m += &format!("# text: version {version}, sha256 {}\n", p.text_sha256());
    m += &format!(
        "# confirmed signatures: {}; names the addressees receive (rows of the CSV): {}\n",
        doc.1.rows, csv.1.rows
    );
    m += &format!(
        "# made: {} by {}\n",
        now.to_rfc3339_opts(SecondsFormat::Secs, true),
        line(actor)
    );
    m += "# check the files: sha256sum -c manifest.txt\n";
    m += &format!("{}  {}\n", csv.1.sha256, csv.0);
    m += &format!("{}  {}\n", doc.1.sha256, doc.0);
    Ok(m)
}

/// ZIP times are local calendar fields with no zone; the package's are UTC.
fn zip_time(now: DateTime<Utc>) -> zip::DateTime {
    use chrono::{Datelike, Timelike};
    zip::DateTime::from_date_and_time(
        now.year().clamp(1980, 2107) as u16,
        now.month() as u8,
        now.day() as u8,
        now.hour() as u8,
        now.minute() as u8,
        now.second() as u8,
    )
    .unwrap_or_default()
}

fn zip_error(e: zip::result::ZipError) -> ExportError {
    match e {
        zip::result::ZipError::Io(e) => ExportError::Io(e),
        other => ExportError::Io(std::io::Error::other(other)),
    }
}

/// The ZIP as it is made: the writer, what it has written since last taken, and the hash
/// of everything taken.
struct Packed {
    zip: ZipWriter<zip::write::StreamWriter<Shared>>,
    out: Shared,
    hasher: Sha256,
}

impl Packed {
    fn new() -> Packed {
        let out = Shared::default();
        Packed {
            zip: ZipWriter::new_stream(out.clone()),
            out,
            hasher: Sha256::new(),
        }
    }

    /// Writes `chunk` into the file being packed; the bytes of ZIP that came of it so far.
    fn pack(&mut self, chunk: &[u8]) -> (std::io::Result<()>, Vec<u8>) {
        let written = self.zip.write_all(chunk);
        let bytes = self.out.take();
        self.hasher.update(&bytes);
        (written, bytes)
    }
}

/// The bytes the ZIP writer has produced since they were last taken.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<Vec<u8>>>);

impl Shared {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
