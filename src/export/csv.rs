//! The CSV of the spec: RFC 4180 via the `csv` crate, a header row, UTF-8 with a byte-order
//! mark (so spreadsheets read Cyrillic, Polish and Devanagari right), CRLF line ends, times in
//! RFC 3339 UTC, rows in confirmation order, and no cell a spreadsheet would run as a formula.
use std::borrow::Cow;

use chrono::SecondsFormat;
use sha2::{Digest, Sha256};

use super::Finished;
use crate::domain::CountryCode;
use crate::store::exports::SignatureRow;

/// Which list: the one for the addressees, or the organizers' one with contact details.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Delivery,
    Full,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "delivery" => Some(Format::Delivery),
            "full" => Some(Format::Full),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Delivery => "delivery",
            Format::Full => "full",
        }
    }

    pub fn header(self) -> Vec<&'static str> {
        let mut h = DELIVERY_COLUMNS.to_vec();
        if self == Format::Full {
            h.extend_from_slice(&FULL_COLUMNS);
        }
        h
    }
}

/// The delivery format's columns, in order.
pub const DELIVERY_COLUMNS: [&str; 12] = [
    "number",
    "type",
    "name",
    "organization",
    "role",
    "members",
    "occupation",
    "city",
    "country",
    "country_name",
    "comment",
    "confirmed_at",
];

/// What the full format adds after them: the spec's five, then the version of the text each
/// signature endorsed and the language version its signer read, its visibility, where it
/// came from (`online` or `paper`, and the sheet's number) and, for an organization, whether
/// an organizer verified it.
pub const FULL_COLUMNS: [&str; 12] = [
    "email",
    "public",
    "updates",
    "language",
    "created_at",
    "text_version",
    "text_sha256",
    "text_language",
    "visibility",
    "source",
    "sheet",
    "verified",
];

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A cell that starts with `=`, `+`, `-`, `@`, TAB or CR gets a leading `'`, so no
/// spreadsheet runs it as a formula.
///
/// And not only at the cell's start: a spreadsheet in a German, French, Polish or Russian
/// locale splits a CSV on `;`, some on TAB, and one that ignores quotes splits on `,` and
/// on line breaks inside a cell too. Each of those can start a cell of its own in the
/// middle of ours ("Kyiv;=2+3;" read with `;` is `Kyiv`, `=2+3`, …), so after every such
/// separator, past any spaces and quotes, a trigger gets its `'` as well. Text without
/// a trigger after a separator (nearly all of it) is left exactly as it is.
pub fn guard(cell: &str) -> Cow<'_, str> {
    if !needs_guard(cell) {
        return Cow::Borrowed(cell);
    }
    let mut out = String::with_capacity(cell.len() + 4);
    let mut at_start = true;
    for c in cell.chars() {
        if at_start && is_trigger(c) {
            out.push('\'');
        }
        out.push(c);
        at_start = next_at_start(at_start, c);
    }
    Cow::Owned(out)
}

fn needs_guard(cell: &str) -> bool {
    let mut at_start = true;
    for c in cell.chars() {
        if at_start && is_trigger(c) {
            return true;
        }
        at_start = next_at_start(at_start, c);
    }
    false
}

/// What starts a formula in some spreadsheet.
fn is_trigger(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// Whether a reader may begin a new cell after `c`: at a separator of any locale (or a line
/// break), and still after spaces and quotes that follow one.
fn next_at_start(at_start: bool, c: char) -> bool {
    match c {
        ',' | ';' | '\t' | '\n' | '\r' => true,
        ' ' | '\u{A0}' | '"' => at_start,
        _ => false,
    }
}

fn writer(buf: Vec<u8>) -> ::csv::Writer<Vec<u8>> {
    ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .quote_style(::csv::QuoteStyle::Necessary)
        .from_writer(buf)
}

/// Writes rows into a buffer that the caller drains chunk by chunk, hashing every byte.
pub struct CsvEncoder {
    format: Format,
    writer: ::csv::Writer<Vec<u8>>,
    hasher: Sha256,
    rows: u64,
    /// The language of `country_name`.
    language: &'static str,
}

impl CsvEncoder {
    pub fn new(format: Format, language: &'static str) -> CsvEncoder {
        let mut writer = writer(BOM.to_vec());
        writer
            .write_record(format.header())
            .expect("writing to memory cannot fail");
        CsvEncoder {
            format,
            writer,
            hasher: Sha256::new(),
            rows: 0,
            language,
        }
    }

    pub fn push(&mut self, s: &SignatureRow, version: Option<&(i32, String)>) {
        self.rows += 1;
        let number = self.rows.to_string();
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let country = opt(&s.country);
        let country_name = CountryCode::parse(&country)
            .map(|c| c.name_in(self.language))
            .unwrap_or("");
        let members = s.members.map(|m| m.to_string()).unwrap_or_default();
        let rfc3339 =
            |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339_opts(SecondsFormat::Secs, true);
        let confirmed = s.confirmed_at.map(rfc3339).unwrap_or_default();
        let mut cells: Vec<String> = vec![
            number,
            s.kind.as_str().to_owned(),
            opt(&s.name),
            opt(&s.organization),
            opt(&s.role),
            members,
            opt(&s.occupation),
            opt(&s.city),
            country,
            country_name.to_owned(),
            opt(&s.comment),
            confirmed,
        ];
        if self.format == Format::Full {
            cells.extend([
                opt(&s.email),
                s.public.to_string(),
                s.updates.to_string(),
                s.language.clone(),
                rfc3339(s.created_at),
                version.map(|v| v.0.to_string()).unwrap_or_default(),
                version.map(|v| v.1.clone()).unwrap_or_default(),
                opt(&s.text_language),
                s.visibility.as_str().to_owned(),
                s.source.as_str().to_owned(),
                s.sheet.map(|n| n.to_string()).unwrap_or_default(),
                match s.kind {
                    crate::domain::Kind::Organization => s.verified_at.is_some().to_string(),
                    crate::domain::Kind::Individual => String::new(),
                },
            ]);
        }
        self.writer
            .write_record(cells.iter().map(|c| guard(c).into_owned()))
            .expect("writing to memory cannot fail");
    }

    pub fn rows(&self) -> u64 {
        self.rows
    }

    /// Bytes written and not yet taken.
    pub fn buffered(&self) -> usize {
        self.writer.get_ref().len()
    }

    /// Takes what is written so far.
    pub fn take(&mut self) -> Vec<u8> {
        let full = std::mem::replace(&mut self.writer, writer(Vec::with_capacity(80 * 1024)));
        let out = full.into_inner().expect("flushing to memory cannot fail");
        self.hasher.update(&out);
        out
    }

    /// The last bytes and the export's row count and SHA-256.
    pub fn finish(mut self) -> (Vec<u8>, Finished) {
        let tail = self.take();
        let sha256 = hex::encode(self.hasher.finalize());
        (
            tail,
            Finished {
                rows: self.rows,
                sha256,
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn row(name: &str, comment: Option<&str>) -> SignatureRow {
        SignatureRow {
            id: 1,
            petition_id: 1,
            kind: crate::domain::Kind::Individual,
            status: crate::domain::Status::Confirmed,
            dedupe_key: None,
            name: Some(name.into()),
            email: Some("o@example.org".into()),
            email_key: None,
            country: Some("UA".into()),
            city: Some("Кривий Ріг".into()),
            occupation: None,
            organization: None,
            role: None,
            members: None,
            comment: comment.map(Into::into),
            public: true,
            visibility: crate::domain::Visibility::Public,
            updates: false,
            language: "uk".into(),
            hidden: false,
            ip_hash: None,
            created_at: Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap(),
            expires_at: None,
            confirmed_at: Some(Utc.with_ymd_and_hms(2026, 11, 29, 10, 5, 0).unwrap()),
            withdrawn_at: None,
            version_id: Some(7),
            text_language: Some("uk".into()),
            link_salt: None,
            source: crate::domain::Source::Online,
            sheet: None,
            entered_by: None,
            match_key: None,
            verified_at: None,
            verified_by: None,
            verified_note: None,
            search_text: None,
        }
    }

    #[test]
    fn formula_like_cells_are_guarded() {
        for (input, out) in [
            ("=SUM(A1)", "'=SUM(A1)"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@x", "'@x"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("a=b", "a=b"),
            ("", ""),
            // A cell of its own in a locale that splits on ';', or on TAB, or ignores quotes.
            ("Kyiv;=2+3;", "Kyiv;'=2+3;"),
            ("Kyiv; =2+3", "Kyiv; '=2+3"),
            ("a;\"=1\"", "a;\"'=1\""),
            ("a, -1", "a, '-1"),
            ("line one\n@SUM(1)", "line one\n'@SUM(1)"),
            ("Jean-Luc Dupont", "Jean-Luc Dupont"),
            (
                "Kryvyi Rih, Dnipropetrovsk oblast",
                "Kryvyi Rih, Dnipropetrovsk oblast",
            ),
            ("2026-11-29T10:05:00Z", "2026-11-29T10:05:00Z"),
        ] {
            assert_eq!(guard(input), out, "{input:?}");
        }
        assert!(matches!(guard("Kryvyi Rih, Ukraine"), Cow::Borrowed(_)));
    }

    /// The cells a spreadsheet would make of `bytes` splitting rows on CRLF (or on every
    /// line break, when it ignores quotes) and cells on `sep`.
    fn cells_as_read(bytes: &[u8], sep: u8, honours_quotes: bool) -> Vec<String> {
        let text = std::str::from_utf8(&bytes[3..]).unwrap();
        if honours_quotes {
            let mut r = ::csv::ReaderBuilder::new()
                .delimiter(sep)
                .has_headers(false)
                .flexible(true)
                .from_reader(text.as_bytes());
            r.records()
                .flat_map(|rec| rec.unwrap().iter().map(str::to_owned).collect::<Vec<_>>())
                .collect()
        } else {
            text.split(['\r', '\n'])
                .flat_map(|line| line.split(sep as char).map(str::to_owned))
                .collect()
        }
    }

    #[test]
    fn no_cell_starts_a_formula_whatever_the_separator() {
        let hostile = [
            "Kyiv;=2+3;",
            "Kyiv\t=2+3",
            "x, =HYPERLINK(\"http://evil.example\")",
            "a;\"=1+1\";b",
            "a; \" @SUM(A1)",
            "first line\n=cmd|' /C calc'!A0",
            "first\r\n+1",
            "=1;-2,+3\t@4",
            "\"=\"\"quoted\"\"\"",
        ];
        let mut e = CsvEncoder::new(Format::Full, "en");
        for h in hostile {
            let mut r = row(h, Some(h));
            r.city = Some(h.to_owned());
            r.occupation = Some(h.to_owned());
            e.push(&r, None);
        }
        let (bytes, _) = e.finish();
        for sep in [b',', b';', b'\t'] {
            for honours_quotes in [true, false] {
                for cell in cells_as_read(&bytes, sep, honours_quotes) {
                    // Spreadsheets may trim leading spaces and quotes before they look.
                    let start = cell.trim_start_matches([' ', '\u{A0}', '"']);
                    assert!(
                        !start.starts_with(['=', '+', '-', '@', '\t', '\r']),
                        "split on {:?} (quotes {}): cell {cell:?}",
                        sep as char,
                        if honours_quotes {
                            "honoured"
                        } else {
                            "ignored"
                        },
                    );
                }
            }
        }
    }

    #[test]
    fn bom_header_crlf_quotes_and_hash() {
        let mut e = CsvEncoder::new(Format::Full, "en");
        e.push(
            &row("Олена \"Оля\" Коваль", Some("=HYPERLINK(\"x\")\nline two")),
            Some(&(2, "ab".repeat(32))),
        );
        let (bytes, done) = e.finish();
        assert!(bytes.starts_with(BOM));
        let text = std::str::from_utf8(&bytes[3..]).unwrap();
        let mut lines = text.split("\r\n");
        assert_eq!(
            lines.next().unwrap(),
            [DELIVERY_COLUMNS.join(","), FULL_COLUMNS.join(",")].join(",")
        );
        assert!(text.contains("\"Олена \"\"Оля\"\" Коваль\""));
        assert!(text.contains("\"'=HYPERLINK(\"\"x\"\")\nline two\""));
        assert!(text.contains("2026-11-29T10:05:00Z"));
        assert!(text.contains(",Ukraine,"));
        assert!(text.ends_with("\r\n"));
        assert_eq!(done.rows, 1);
        assert_eq!(done.sha256, hex::encode(Sha256::digest(&bytes)));
    }

    #[test]
    fn country_names_are_in_the_export_language() {
        let mut e = CsvEncoder::new(Format::Delivery, "es");
        e.push(&row("Olena", None), None);
        let (bytes, _) = e.finish();
        let text = std::str::from_utf8(&bytes[3..]).unwrap();
        assert!(text.contains(",UA,Ucrania,"), "{text}");
        let mut e = CsvEncoder::new(Format::Delivery, "uk");
        e.push(&row("Olena", None), None);
        let (bytes, _) = e.finish();
        assert!(std::str::from_utf8(&bytes[3..])
            .unwrap()
            .contains(",UA,Україна,"));
    }
}
