//! The translation catalogs (Fluent files under `locales/`) and the [`Tr`] handle pages use to
//! read them. Adding a language is adding a folder of `.ftl` files and its code to
//! [`SUPPORTED`]; no page changes.
use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Fluent wraps placeables in invisible isolation marks by default; they end up in
        // email subjects and plain-text bodies, where they show as boxes in some clients.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Languages with a complete catalog, the first being the fallback.
pub const SUPPORTED: &[&str] = &["en", "de", "es", "fr", "pl", "ru", "uk", "hi"];

/// Each language's name in itself, as the language switcher shows it: a reader looks for
/// their own language by its own name.
pub const ENDONYMS: &[(&str, &str)] = &[
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("fr", "Français"),
    ("pl", "Polski"),
    ("ru", "Русский"),
    ("uk", "Українська"),
    ("hi", "हिन्दी"),
];

/// A language's name in itself: an endonym for a supported language, the tag otherwise.
pub fn language_name(code: &str) -> &str {
    ENDONYMS
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map(|(_, name)| *name)
        .unwrap_or(code)
}

/// The supported languages with their names, in [`ENDONYMS`] order.
pub fn languages() -> impl Iterator<Item = (&'static str, &'static str)> {
    ENDONYMS
        .iter()
        .copied()
        .filter(|(code, _)| SUPPORTED.contains(code))
}

/// A language's catalog: every string a person reads goes through one of these.
#[derive(Clone, Debug)]
pub struct Tr {
    code: &'static str,
    id: LanguageIdentifier,
}

impl Tr {
    /// The catalog for `code` when it is supported, else the fallback (English).
    pub fn new(code: &str) -> Self {
        let code = SUPPORTED
            .iter()
            .copied()
            .find(|c| c.eq_ignore_ascii_case(code))
            .unwrap_or(SUPPORTED[0]);
        Tr {
            code,
            id: code
                .parse()
                .expect("supported language codes are valid BCP 47"),
        }
    }

    /// The BCP 47 code of the language this catalog speaks.
    pub fn lang(&self) -> &'static str {
        self.code
    }

    /// Whether `code` names a language with its own catalog.
    pub fn is_supported(code: &str) -> bool {
        SUPPORTED.iter().any(|c| c.eq_ignore_ascii_case(code))
    }

    /// The message `key`. A missing key shows as the key itself, which the catalog test catches.
    pub fn t(&self, key: &str) -> String {
        LOCALES
            .try_lookup(&self.id, key)
            .unwrap_or_else(|| key.to_owned())
    }

    /// The message `key` with its placeholders filled.
    pub fn t_args(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Str(s) => FluentValue::from(s.clone()),
                    Arg::Num(n) => FluentValue::from(*n),
                };
                (Cow::Owned((*name).to_owned()), value)
            })
            .collect();
        LOCALES
            .try_lookup_with_args(&self.id, key, &args)
            .unwrap_or_else(|| key.to_owned())
    }

    /// A whole number written the way this language groups digits.
    pub fn number(&self, n: u64) -> String {
        // Fluent's NUMBER() does not group digits; the separator is the catalog's to say, and
        // where the groups fall follows CLDR: Spanish and Polish leave a four-digit number
        // whole (minimumGroupingDigits 2), and Hindi groups lakhs and crores (1,00,000).
        let sep = self.t("digit-group-separator");
        let digits = n.to_string();
        if matches!(self.code, "es" | "pl") && digits.len() <= 4 {
            return digits;
        }
        let lakh = self.code == "hi";
        let boundary = |right: usize| {
            if lakh {
                right == 3 || (right > 3 && (right - 3).is_multiple_of(2))
            } else {
                right.is_multiple_of(3)
            }
        };
        let mut out = String::with_capacity(digits.len() + digits.len() / 2 * sep.len());
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && boundary(digits.len() - i) {
                out.push_str(&sep);
            }
            out.push(ch);
        }
        out
    }
}

/// A value for a message placeholder.
#[derive(Clone, Debug)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Num(n as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_languages_fall_back_to_english() {
        assert_eq!(Tr::new("xx").lang(), "en");
        assert_eq!(Tr::new("EN").lang(), "en");
    }

    #[test]
    fn numbers_are_grouped() {
        let tr = Tr::new("en");
        assert_eq!(tr.number(0), "0");
        assert_eq!(tr.number(999), "999");
        assert_eq!(tr.number(1000), "1,000");
        assert_eq!(tr.number(100_000_000), "100,000,000");
    }

    #[test]
    fn four_digits_stay_whole_in_spanish_and_polish() {
        let pl = Tr::new("pl");
        assert_eq!(pl.number(1000), "1000");
        assert_eq!(pl.number(9999), "9999");
        assert_eq!(pl.number(10_000), "10\u{a0}000");
        assert_eq!(pl.number(1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(Tr::new("es").number(4200), "4200");
        assert_eq!(Tr::new("es").number(42_000), "42.000");
        assert_eq!(Tr::new("de").number(4200), "4.200");
    }

    #[test]
    fn hindi_groups_lakhs_and_crores() {
        let hi = Tr::new("hi");
        assert_eq!(hi.number(999), "999");
        assert_eq!(hi.number(1000), "1,000");
        assert_eq!(hi.number(100_000), "1,00,000");
        assert_eq!(hi.number(12_345_678), "1,23,45,678");
        assert_eq!(hi.number(1_000_000_000), "1,00,00,00,000");
    }

    #[test]
    fn placeholders_are_filled_without_isolation_marks() {
        let tr = Tr::new("en");
        let s = tr.t_args("email-confirm-subject", &[("title", "Krivoy Rog".into())]);
        assert!(s.contains("Krivoy Rog"));
        assert!(!s.contains('\u{2068}'));
    }
}
