//! `undersign paper import`: typed-up sheets in a CSV file, read and checked whole before
//! anything is stored. Every row passes the online form's rules (without an address); the
//! rows of one sheet share its provenance; one bad line refuses the file, and every bad line
//! is named.
use std::collections::{BTreeMap, HashMap};
use std::fmt;

use chrono::NaiveDate;

use crate::domain::paper::ProvenanceInput;
use crate::domain::petition::Petition;
use crate::domain::{FieldError, PaperSignature, SignatureInput};
use crate::store::paper::{paper_visibility, SheetEntry};

/// The columns a file must have.
pub const REQUIRED: [&str; 5] = ["sheet", "name", "country", "collected_by", "collected_at"];
/// The columns it may have besides.
pub const OPTIONAL: [&str; 8] = [
    "kind",
    "organization",
    "role",
    "members",
    "city",
    "occupation",
    "place",
    "visibility",
];

/// Why a file was refused as a whole, before its lines were read.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("the file is empty: a header row and at least one signature are needed")]
    Empty,
    #[error("the header row lacks the column(s) {0} (required: {req})", req = REQUIRED.join(", "))]
    MissingColumns(String),
    #[error("the header row has the unknown column(s) {0} (known: {known})", known = known_columns())]
    UnknownColumns(String),
    #[error("the header row names the column {0} twice")]
    RepeatedColumn(String),
    #[error("not a CSV file: {0}")]
    Csv(#[from] csv::Error),
}

fn known_columns() -> String {
    REQUIRED
        .iter()
        .chain(OPTIONAL.iter())
        .copied()
        .collect::<Vec<_>>()
        .join(", ")
}

/// A line of the file that cannot be entered, and everything wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadLine {
    /// As a text editor counts: the header is line 1.
    pub line: u64,
    pub problems: Vec<String>,
}

impl fmt::Display for BadLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.problems.join("; "))
    }
}

/// The file read: the sheets to enter, or the lines that stop it.
#[derive(Debug, Default)]
pub struct Import {
    entries: BTreeMap<i64, SheetEntry>,
    /// The lines each sheet's rows came from, to name them if the sheet is refused.
    lines: BTreeMap<i64, Vec<u64>>,
    bad: BTreeMap<u64, Vec<String>>,
}

impl Import {
    /// The sheet numbers the file fills in, in order.
    pub fn sheets(&self) -> impl Iterator<Item = i64> + '_ {
        self.entries.keys().copied()
    }

    /// Refuses every line of sheet `number`, for `reason` (a sheet never printed, one
    /// already entered).
    pub fn refuse_sheet(&mut self, number: i64, reason: &str) {
        for line in self.lines.get(&number).into_iter().flatten() {
            self.bad.entry(*line).or_default().push(reason.to_owned());
        }
    }

    /// The sheets, or every bad line in the file's order.
    pub fn finish(self) -> Result<Vec<SheetEntry>, Vec<BadLine>> {
        if self.bad.is_empty() {
            Ok(self.entries.into_values().collect())
        } else {
            Err(self
                .bad
                .into_iter()
                .map(|(line, problems)| BadLine { line, problems })
                .collect())
        }
    }

    fn problem(&mut self, line: u64, problem: String) {
        self.bad.entry(line).or_default().push(problem);
    }
}

/// Reads `bytes` as a typed-sheets CSV for `petition`. `today` bounds the collection
/// dates; messages are in `tr`'s language.
pub fn read(
    bytes: &[u8],
    petition: &Petition,
    today: NaiveDate,
    tr: &templates::Tr,
) -> Result<Import, FileError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(bytes);
    let header = reader.byte_headers()?.clone();
    if header.is_empty() {
        return Err(FileError::Empty);
    }
    let mut columns: HashMap<String, usize> = HashMap::new();
    let mut unknown = vec![];
    for (i, name) in header.iter().enumerate() {
        let name = String::from_utf8_lossy(name).trim().to_lowercase();
        if !REQUIRED.contains(&name.as_str()) && !OPTIONAL.contains(&name.as_str()) {
            unknown.push(crate::telemetry::escape(&name).into_owned());
            continue;
        }
        if columns.insert(name.clone(), i).is_some() {
            return Err(FileError::RepeatedColumn(name));
        }
    }
    if !unknown.is_empty() {
        return Err(FileError::UnknownColumns(unknown.join(", ")));
    }
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|c| !columns.contains_key(*c))
        .collect();
    if !missing.is_empty() {
        return Err(FileError::MissingColumns(missing.join(", ")));
    }

    let mut import = Import::default();
    let mut record = csv::ByteRecord::new();
    let mut rows = 0;
    loop {
        let line = reader.position().line() + 1;
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                // A broken quote spoils what follows: name the line and stop reading.
                import.problem(line, format!("not readable as CSV ({e})"));
                break;
            }
        }
        let line = record.position().map(|p| p.line()).unwrap_or(line);
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        rows += 1;
        let cell = |name: &str| -> Result<String, String> {
            match columns.get(name).and_then(|i| record.get(*i)) {
                None => Ok(String::new()),
                Some(b) => String::from_utf8(b.to_vec())
                    .map_err(|_| format!("{name}: not UTF-8 text (save the file as CSV UTF-8)")),
            }
        };
        let mut problems = vec![];
        let mut get = |name: &str| {
            cell(name).unwrap_or_else(|p| {
                problems.push(p);
                String::new()
            })
        };
        let sheet = get("sheet");
        let input = SignatureInput {
            kind: match get("kind").trim() {
                "" => "individual".to_owned(),
                k => k.to_lowercase(),
            },
            name: get("name"),
            country: get("country"),
            city: get("city"),
            occupation: get("occupation"),
            organization: get("organization"),
            role: get("role"),
            members: get("members"),
            visibility: get("visibility").trim().to_lowercase(),
            ..Default::default()
        };
        let provenance = ProvenanceInput {
            collected_by: get("collected_by"),
            place: get("place"),
            collected_on: get("collected_at"),
        };
        let message = |e: &FieldError| format!("{}: {}", e.field, tr.t(e.key));
        let number = match sheet.trim().parse::<i64>() {
            Ok(n) if n > 0 => Some(n),
            _ => {
                problems.push("sheet: not a sheet number (a whole number from 1)".to_owned());
                None
            }
        };
        let signature = match input.parse_paper() {
            Ok(s) if paper_visibility(&petition.visibility, s.visibility).is_none() => {
                problems.push(format!("visibility: {}", tr.t("err-invalid-visibility")));
                None
            }
            Ok(s) => Some(s),
            Err(errs) => {
                problems.extend(errs.iter().map(message));
                None
            }
        };
        let provenance = match provenance.parse(today) {
            Ok(p) => Some(p),
            Err(errs) => {
                problems.extend(errs.iter().map(message));
                None
            }
        };
        match (number, signature, provenance) {
            (Some(number), Some(signature), Some(provenance)) if problems.is_empty() => {
                import.add(line, number, signature, provenance);
            }
            _ => {
                for p in problems {
                    import.problem(line, p);
                }
            }
        }
    }
    if rows == 0 && import.bad.is_empty() {
        return Err(FileError::Empty);
    }
    Ok(import)
}

impl Import {
    /// A good row: its sheet's provenance is the first row's, and every later row of the
    /// sheet must say the same.
    fn add(
        &mut self,
        line: u64,
        number: i64,
        signature: PaperSignature,
        provenance: crate::domain::paper::Provenance,
    ) {
        self.lines.entry(number).or_default().push(line);
        match self.entries.get_mut(&number) {
            Some(entry) if entry.provenance != provenance => {
                let first = self.lines[&number][0];
                let problem = format!(
                    "collected_by, place, collected_at: sheet {number} was collected by {:?} at {:?} on {} (line {first})",
                    entry.provenance.collected_by,
                    entry.provenance.place.as_deref().unwrap_or(""),
                    entry.provenance.collected_on,
                );
                self.problem(line, problem);
            }
            Some(entry) => entry.rows.push(signature),
            None => {
                self.entries.insert(
                    number,
                    SheetEntry {
                        number,
                        provenance,
                        scan: None,
                        rows: vec![signature],
                    },
                );
            }
        }
    }
}
