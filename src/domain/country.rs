//! ISO 3166-1 alpha-2 country codes, checked against the standard's current list.
use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not an ISO 3166-1 country code")]
pub struct CountryError;

impl CountryCode {
    pub fn parse(input: &str) -> Result<CountryCode, CountryError> {
        let s = input.trim();
        if s.len() != 2 || !s.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(CountryError);
        }
        let upper = s.to_ascii_uppercase();
        rust_iso3166::from_alpha2(&upper).ok_or(CountryError)?;
        let b = upper.as_bytes();
        Ok(CountryCode([b[0], b[1]]))
    }

    pub fn as_str(&self) -> &str {
        // Only ever built from two ASCII letters.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The English short name.
    pub fn name(&self) -> &'static str {
        rust_iso3166::from_alpha2(self.as_str())
            .map(|c| clean_name(c.name))
            .unwrap_or("")
    }

    /// Every country, as code and English name, sorted by name as a reader expects ("Åland"
    /// with the A's, "Côte d'Ivoire" with the C's).
    pub fn all() -> Vec<(CountryCode, &'static str)> {
        let mut v: Vec<_> = rust_iso3166::ALL
            .iter()
            .filter_map(|c| {
                CountryCode::parse(c.alpha2)
                    .ok()
                    .map(|code| (code, clean_name(c.name)))
            })
            .collect();
        v.sort_by_cached_key(|(_, name)| sort_key(name));
        v
    }
}

/// The data set's names carry its source's footnote marks ("Svalbard and Jan Mayen[e]").
fn clean_name(name: &'static str) -> &'static str {
    match name.find('[') {
        Some(i) if name.ends_with(']') => name[..i].trim_end(),
        _ => name,
    }
}

/// Letters without their accents, lower-cased: enough to sort Latin-script names.
fn sort_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CountryCode({})", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_codes_in_any_case() {
        assert_eq!(CountryCode::parse("ua").unwrap().as_str(), "UA");
        assert_eq!(CountryCode::parse("BY").unwrap().name(), "Belarus");
        assert!(CountryCode::parse("IN").is_ok());
    }

    #[test]
    fn invented_and_malformed_codes_are_refused() {
        for bad in ["", "XX", "ZZ", "UKR", "U", "1A", "U\u{0}", "ÜA"] {
            assert!(CountryCode::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_list_is_complete_clean_and_in_reading_order() {
        let all = CountryCode::all();
        assert!(all.len() >= 249);
        let marked: Vec<_> = all.iter().filter(|(_, n)| n.contains('[')).collect();
        assert!(marked.is_empty(), "no footnote marks: {marked:?}");
        let pos = |code: &str| all.iter().position(|(c, _)| c.as_str() == code).unwrap();
        assert!(pos("AX") < pos("AL"), "Åland Islands sorts with the A's");
        assert!(pos("CI") < pos("HR"), "Côte d'Ivoire sorts with the C's");
        assert_eq!(
            CountryCode::parse("SJ").unwrap().name(),
            "Svalbard and Jan Mayen"
        );
    }
}
