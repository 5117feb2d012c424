//! ISO 3166-1 alpha-2 country codes, checked against the standard's current list.
use std::collections::HashMap;
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

    /// The name of a stored code in `lang`, for reading: a code that is not (or no longer)
    /// a country shows as itself, never as nothing.
    pub fn display_name(code: &str, lang: &str) -> String {
        CountryCode::parse(code)
            .map(|c| c.name_in(lang).to_owned())
            .unwrap_or_else(|_| code.to_owned())
    }

    /// The English short name ("United Kingdom", not the standard's long form).
    pub fn name(&self) -> &'static str {
        self.name_in("en")
    }

    /// The standard's own English name, for a code the name files lack.
    fn iso_name(&self) -> &'static str {
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
                    .map(|code| (code, code.name()))
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

/// Country names in the languages the service speaks (`country_names/`, from the
/// i18n-iso-countries data set, which follows Unicode CLDR), parsed once.
static NAMES: std::sync::LazyLock<HashMap<&'static str, HashMap<String, String>>> =
    std::sync::LazyLock::new(|| {
        [
            ("en", include_str!("country_names/en.json")),
            ("de", include_str!("country_names/de.json")),
            ("es", include_str!("country_names/es.json")),
            ("fr", include_str!("country_names/fr.json")),
            ("pl", include_str!("country_names/pl.json")),
            ("ru", include_str!("country_names/ru.json")),
            ("uk", include_str!("country_names/uk.json")),
            ("hi", include_str!("country_names/hi.json")),
        ]
        .into_iter()
        .map(|(lang, json)| {
            let names: HashMap<String, String> =
                serde_json::from_str(json).expect("the shipped country names are valid JSON");
            (lang, names)
        })
        .collect()
    });

/// Every country sorted by its name in each language, built on first use.
static LISTS: std::sync::LazyLock<HashMap<&'static str, Vec<(CountryCode, &'static str)>>> =
    std::sync::LazyLock::new(|| {
        NAMES
            .keys()
            .map(|lang| {
                let mut v: Vec<_> = rust_iso3166::ALL
                    .iter()
                    .filter_map(|c| CountryCode::parse(c.alpha2).ok())
                    .map(|code| (code, code.name_in(lang)))
                    .collect();
                v.sort_by_cached_key(|(_, name)| sort_key(name));
                (*lang, v)
            })
            .collect()
    });

impl CountryCode {
    /// The name in `lang` (a language the service speaks), else the English name.
    pub fn name_in(&self, lang: &str) -> &'static str {
        let of = |lang: &str| {
            NAMES
                .get(lang)
                .and_then(|names| names.get(self.as_str()))
                .map(String::as_str)
        };
        of(lang)
            .or_else(|| of("en"))
            .unwrap_or_else(|| self.iso_name())
    }

    /// Every country with its name in `lang`, sorted by that name, as a form lists them.
    pub fn all_in(lang: &str) -> &'static [(CountryCode, &'static str)] {
        LISTS
            .get(lang)
            .or_else(|| LISTS.get("en"))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

/// Letters without their accents, lower-cased: enough to sort Latin-script names (and
/// Cyrillic and Devanagari ones by code point, which follows their alphabets closely).
fn sort_key(name: &str) -> String {
    super::text::unaccented_lowercase(name).collect()
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
    fn every_accepted_code_has_a_name_in_every_language() {
        for lang in ["en", "de", "es", "fr", "pl", "ru", "uk", "hi"] {
            let names = NAMES.get(lang).expect("a file for each language");
            for (code, _) in CountryCode::all() {
                assert!(
                    names
                        .get(code.as_str())
                        .is_some_and(|n| !n.trim().is_empty()),
                    "{lang}: no name for {code}"
                );
            }
            assert_eq!(CountryCode::all_in(lang).len(), CountryCode::all().len());
        }
        let ua = CountryCode::parse("UA").unwrap();
        assert_eq!(ua.name_in("uk"), "Україна");
        assert_eq!(ua.name_in("de"), "Ukraine");
        assert_eq!(CountryCode::parse("DE").unwrap().name_in("pl"), "Niemcy");
        assert_eq!(
            ua.name_in("xx"),
            "Ukraine",
            "an unknown language falls back to English"
        );
        let pl = CountryCode::all_in("pl");
        let pos = |code: &str| pl.iter().position(|(c, _)| c.as_str() == code).unwrap();
        assert!(pos("DE") > pos("CZ"), "Niemcy sorts after Czechy in Polish");
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
