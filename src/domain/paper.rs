//! Signatures on paper: where a signature came from, a row of a sheet as typed in, the key
//! that finds a likely duplicate, and a scan's type read from its content.
use chrono::NaiveDate;
use sea_orm::entity::prelude::StringLen;
use sea_orm::{DeriveActiveEnum, EnumIter};

use super::signature::{text_error_key, FieldError};
use super::text::{clean_text, fold, TextRules};
use super::{CountryCode, Kind, Signer, Visibility};

/// Where a signature came from: the web form, or a paper sheet an organizer typed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
pub enum Source {
    #[sea_orm(string_value = "online")]
    Online,
    #[sea_orm(string_value = "paper")]
    Paper,
}

impl Source {
    pub fn parse(s: &str) -> Option<Source> {
        match s {
            "online" => Some(Source::Online),
            "paper" => Some(Source::Paper),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Source::Online => "online",
            Source::Paper => "paper",
        }
    }
}

/// The most sheets one request prints.
pub const MAX_SHEETS: u32 = 200;

/// A checked row of a paper sheet: a signature without an email address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaperSignature {
    pub signer: Signer,
    pub country: CountryCode,
    pub city: Option<String>,
    /// As ticked on the sheet, or `None` for the petition's paper default.
    pub visibility: Option<Visibility>,
}

impl PaperSignature {
    pub fn kind(&self) -> Kind {
        self.signer.kind()
    }

    pub fn match_key(&self) -> String {
        match_key(&self.signer, self.city.as_deref())
    }
}

/// What two signatures of one petition share when they are likely the same signer: the
/// kind, the name (an organization's own name) and the city, folded ([`fold`]).
pub fn match_key(signer: &Signer, city: Option<&str>) -> String {
    match signer {
        Signer::Individual { name, .. } => match_key_of(Kind::Individual, name, city),
        Signer::Organization { organization, .. } => {
            match_key_of(Kind::Organization, organization, city)
        }
    }
}

/// The same from stored columns: `name` is a person's name or an organization's own.
pub fn match_key_of(kind: Kind, name: &str, city: Option<&str>) -> String {
    let kind = match kind {
        Kind::Individual => "i",
        Kind::Organization => "o",
    };
    format!("{kind}:{}|{}", fold(name), fold(city.unwrap_or("")))
}

/// What an organizer's search looks in: the name, the organization and the address,
/// folded ([`fold`]) as a query is, so any part of any of them matches in any case and
/// with or without accents.
pub fn search_text(name: &str, organization: Option<&str>, email: Option<&str>) -> String {
    [Some(name), organization, email]
        .into_iter()
        .flatten()
        .map(fold)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where and when a sheet was collected, as the organizer gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Provenance {
    pub collected_by: String,
    pub place: Option<String>,
    pub collected_on: NaiveDate,
}

/// The sheet's fields as received.
#[derive(Clone, Debug, Default)]
pub struct ProvenanceInput {
    pub collected_by: String,
    pub place: String,
    pub collected_on: String,
}

impl ProvenanceInput {
    /// `today` bounds the date: a sheet is not collected in the future.
    pub fn parse(&self, today: NaiveDate) -> Result<Provenance, Vec<FieldError>> {
        let mut errors = vec![];
        let mut text = |field: &'static str, value: &str, required: bool| match clean_text(
            value,
            TextRules::label(200, required),
        ) {
            Ok(v) => v,
            Err(e) => {
                errors.push(FieldError {
                    field,
                    key: text_error_key(e),
                });
                None
            }
        };
        let collected_by = text("collected_by", &self.collected_by, true);
        let place = text("place", &self.place, false);
        let collected_on = match parse_date(&self.collected_on) {
            Some(d) if d <= today => Some(d),
            Some(_) => {
                errors.push(FieldError {
                    field: "collected_at",
                    key: "err-date-future",
                });
                None
            }
            None => {
                errors.push(FieldError {
                    field: "collected_at",
                    key: if self.collected_on.trim().is_empty() {
                        "err-required"
                    } else {
                        "err-invalid-date"
                    },
                });
                None
            }
        };
        match (collected_by, collected_on) {
            (Some(collected_by), Some(collected_on)) if errors.is_empty() => Ok(Provenance {
                collected_by,
                place,
                collected_on,
            }),
            _ => Err(errors),
        }
    }
}

/// `YYYY-MM-DD`, or an RFC 3339 time whose date is taken.
fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().or_else(|| {
        chrono::DateTime::parse_from_rfc3339(s)
            .ok()
            .map(|t| t.date_naive())
    })
}

/// What a scan is, by its first bytes; its name's extension must not say otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScanType {
    Pdf,
    Jpeg,
    Png,
}

/// The largest scan accepted.
pub const MAX_SCAN_BYTES: usize = 10 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ScanError {
    #[error("the scan is not a PDF, JPEG or PNG file")]
    NotAScan,
    #[error("the scan's name says another type than its content")]
    NameDisagrees,
}

impl ScanType {
    pub fn sniff(bytes: &[u8], file_name: &str) -> Result<ScanType, ScanError> {
        let kind = if bytes.starts_with(b"%PDF-") {
            ScanType::Pdf
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            ScanType::Jpeg
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            ScanType::Png
        } else {
            return Err(ScanError::NotAScan);
        };
        let extension = std::path::Path::new(file_name)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            None => Ok(kind),
            Some(e) if kind.extensions().contains(&e) => Ok(kind),
            Some(_) => Err(ScanError::NameDisagrees),
        }
    }

    fn extensions(self) -> &'static [&'static str] {
        match self {
            ScanType::Pdf => &["pdf"],
            ScanType::Jpeg => &["jpg", "jpeg"],
            ScanType::Png => &["png"],
        }
    }

    pub fn extension(self) -> &'static str {
        self.extensions()[0]
    }

    pub fn media_type(self) -> &'static str {
        match self {
            ScanType::Pdf => "application/pdf",
            ScanType::Jpeg => "image/jpeg",
            ScanType::Png => "image/png",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scan_is_known_by_its_content_and_a_lying_name_is_refused() {
        assert_eq!(
            ScanType::sniff(b"%PDF-1.7 ...", "sheet 12.PDF"),
            Ok(ScanType::Pdf)
        );
        assert_eq!(
            ScanType::sniff(&[0xFF, 0xD8, 0xFF, 0xE0], "scan.jpeg"),
            Ok(ScanType::Jpeg)
        );
        assert_eq!(
            ScanType::sniff(b"\x89PNG\r\n\x1a\n....", "scan"),
            Ok(ScanType::Png)
        );
        assert_eq!(
            ScanType::sniff(b"\x89PNG\r\n\x1a\n....", "scan.pdf"),
            Err(ScanError::NameDisagrees)
        );
        assert_eq!(
            ScanType::sniff(b"<html><script>", "scan.pdf"),
            Err(ScanError::NotAScan)
        );
        assert_eq!(ScanType::sniff(b"", "scan.png"), Err(ScanError::NotAScan));
    }

    #[test]
    fn provenance_needs_a_collector_and_a_past_date() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let ok = ProvenanceInput {
            collected_by: "Ivan Petrenko".into(),
            place: "Pit gate, shaft 3".into(),
            collected_on: "2026-12-01".into(),
        };
        assert_eq!(
            ok.parse(today).unwrap().collected_on,
            NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
        );
        let future = ProvenanceInput {
            collected_on: "2026-12-04".into(),
            ..ok.clone()
        };
        assert_eq!(future.parse(today).unwrap_err()[0].key, "err-date-future");
        let bad = ProvenanceInput {
            collected_by: "".into(),
            collected_on: "yesterday".into(),
            ..ok
        };
        let fields: Vec<_> = bad
            .parse(today)
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["collected_by", "collected_at"]);
    }

    #[test]
    fn the_match_key_folds_name_and_city_and_keeps_kinds_apart() {
        let person = |name: &str| Signer::Individual {
            name: name.into(),
            occupation: None,
        };
        assert_eq!(
            match_key(&person("José  Pérez"), Some("Bogotá")),
            match_key(&person("jose perez"), Some("BOGOTA"))
        );
        assert_ne!(
            match_key(&person("Олена Коваленко"), Some("Кривий Ріг")),
            match_key(&person("Olena Kovalenko"), Some("Kryvyi Rih"))
        );
        let org = Signer::Organization {
            organization: "Jose Perez".into(),
            name: "x".into(),
            role: None,
            members: None,
        };
        assert_ne!(
            match_key(&org, Some("Bogota")),
            match_key(&person("Jose Perez"), Some("Bogota"))
        );
    }
}
