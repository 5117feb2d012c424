//! The one cleaner every piece of free text passes through: NFC, trimmed, bounded, with no
//! characters that could break a CSV, a mail header or the order of a displayed name.
use unicode_normalization::UnicodeNormalization;

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("required")]
    Required,
    #[error("longer than {0} characters")]
    TooLong(usize),
    #[error("contains control characters")]
    ControlChars,
    #[error("contains characters that reorder or hide text")]
    InvisibleChars,
    /// A name with nothing a reader could see: no letter or digit.
    #[error("has no letter or digit")]
    NoLetters,
    /// A web or email address where a name belongs.
    #[error("contains a web or email address")]
    Address,
}

/// How a field's text is checked.
#[derive(Clone, Copy, Debug)]
pub struct TextRules {
    pub max_chars: usize,
    pub multiline: bool,
    pub required: bool,
    /// A name, an organization, a role, a city: shown to others as who signed, so it must
    /// have something a reader can see and must not be an address (see [`clean_text`]).
    pub label: bool,
}

impl TextRules {
    pub const fn line(max_chars: usize, required: bool) -> Self {
        TextRules {
            max_chars,
            multiline: false,
            required,
            label: false,
        }
    }
    pub const fn multiline(max_chars: usize) -> Self {
        TextRules {
            max_chars,
            multiline: true,
            required: false,
            label: false,
        }
    }
    /// One line that names someone or something: [`TextRules::line`] plus the label rules.
    pub const fn label(max_chars: usize, required: bool) -> Self {
        TextRules {
            label: true,
            ..TextRules::line(max_chars, required)
        }
    }
}

/// Cleans `input` by `rules`: `Ok(None)` for an empty optional field.
///
/// Refused: C0/C1 control characters (newlines are allowed in multi-line text only), line and
/// paragraph separators, Unicode non-characters, and the bidirectional embedding, override
/// and isolate controls (U+202A–U+202E, U+2066–U+2069), which reorder what a reader sees
/// (a name that displays as "Ivan Petrenko" in the public list may hold something else).
/// Refusing them, rather than stripping them, tells the person and keeps what was stored
/// identical to what was typed.
///
/// Stripped, before normalising (a stripped character may have kept two others from
/// composing): the zero-width space, the word joiner, the byte-order mark, the soft hyphen
/// and the Hangul fillers. They are invisible, carry no meaning in a name, and are the usual
/// way to make a duplicate look different or a name look blank; a person who pasted a name
/// with one in it should not be sent back for something they cannot see. The zero-width
/// joiner and non-joiner (U+200C/U+200D) are kept: Devanagari, Persian and emoji need them.
///
/// A label (a name, organization, role, occupation or city) must also hold at least one
/// letter or digit: formatting characters alone (a joiner, U+2061–U+2063, tag characters,
/// the braille blank, direction marks) would show as a blank name. And it must not hold a
/// web or email address: a name is quoted in the confirmation email sent to whatever
/// address was typed, where a mail client would turn an address into a link.
pub fn clean_text(input: &str, rules: TextRules) -> Result<Option<String>, TextError> {
    let mut out = String::with_capacity(input.len());
    let mut prev_cr = false;
    for ch in input.chars().filter(|c| !is_stripped(*c)).nfc() {
        match ch {
            '\r' if rules.multiline => {
                out.push('\n');
                prev_cr = true;
                continue;
            }
            '\n' if rules.multiline => {
                if !prev_cr {
                    out.push('\n');
                }
            }
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
                return Err(TextError::InvisibleChars)
            }
            c if is_noncharacter(c) => return Err(TextError::InvisibleChars),
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => {
                return Err(TextError::ControlChars)
            }
            c => out.push(c),
        }
        prev_cr = false;
    }
    let trimmed = out.trim();
    if trimmed.is_empty() {
        return if rules.required {
            Err(TextError::Required)
        } else {
            Ok(None)
        };
    }
    if trimmed.chars().count() > rules.max_chars {
        return Err(TextError::TooLong(rules.max_chars));
    }
    if rules.label {
        if !trimmed.chars().any(char::is_alphanumeric) {
            return Err(TextError::NoLetters);
        }
        if contains_address(trimmed) {
            return Err(TextError::Address);
        }
    }
    Ok(Some(trimmed.to_owned()))
}

/// Whether `text` holds something a mail client would make a link of: an email address, a
/// URL with a scheme, a `www.` host, or a host under a real public suffix ("evil.com/login",
/// "приклад.укр"). A dot between two words is not enough: "ver.di" (a German union) and
/// "St.Petersburg" end in no suffix anyone registers under.
pub fn contains_address(text: &str) -> bool {
    let words = text.split(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '(' | ')' | '<' | '>' | '[' | ']' | '"' | '\'' | ',' | ';' | '«' | '»'
            )
    });
    words
        .map(|w| w.trim_end_matches(['.', '!', '?', ':']))
        .any(|word| {
            if word.contains("://")
                || word
                    .get(..4)
                    .is_some_and(|p| p.eq_ignore_ascii_case("www."))
            {
                return true;
            }
            // "olena@example.org", "олена@приклад.укр": a local part and a dotted domain.
            if let Some((local, domain)) = word.rsplit_once('@') {
                let dotted = domain.split_once('.').is_some_and(|(a, b)| {
                    a.chars().any(char::is_alphanumeric) && b.chars().any(char::is_alphanumeric)
                });
                if dotted && local.chars().any(char::is_alphanumeric) {
                    return true;
                }
            }
            let host = word.split(['/', '?', '#', ':']).next().unwrap_or("");
            // Full stops that IDNA reads as dots: "evil。com" is evil.com to a resolver.
            let host: String = host
                .chars()
                .map(|c| match c {
                    '\u{3002}' | '\u{FF0E}' | '\u{FF61}' => '.',
                    c => c,
                })
                .collect();
            host.contains('.')
                && idna::domain_to_ascii(&host).is_ok_and(|ascii| {
                    psl::suffix(ascii.as_bytes()).is_some_and(|suffix| suffix.is_known())
                        && ascii.split('.').all(|label| !label.is_empty())
                })
        })
}

fn is_stripped(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{3164}'
            | '\u{FFA0}'
    )
}

fn is_noncharacter(c: char) -> bool {
    let n = c as u32;
    (0xFDD0..=0xFDEF).contains(&n) || (n & 0xFFFE) == 0xFFFE
}

/// The letters of `s` without their accents (compatibility decomposition, the combining
/// diacritics U+0300–U+036F dropped), lower-cased. Scripts are not mixed: a Cyrillic letter
/// never becomes a Latin one. Only those diacritics go: a Devanagari vowel sign or virama is
/// a combining mark too, but part of the word, and dropping it would merge different names.
pub fn unaccented_lowercase(s: &str) -> impl Iterator<Item = char> + '_ {
    s.nfkd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .flat_map(char::to_lowercase)
}

/// What a name looks like once case, spacing, punctuation and accents are set aside:
/// "José  Pérez-Gómez" and "jose perez gomez" fold alike; "Олена" and "Olena" do not. The
/// few Latin letters that carry a stroke rather than an accent (ł, ø, đ, ħ) and ß fold to
/// their plain letters, as people type them without.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in unaccented_lowercase(s) {
        let plain: &str = match c {
            'ł' => "l",
            'ø' => "o",
            'đ' => "d",
            'ħ' => "h",
            'ß' => "ss",
            'ı' => "i",
            // A mark left (a Devanagari virama, say) belongs to the letter before it.
            c if c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c) => {
                if gap && !out.is_empty() {
                    out.push(' ');
                }
                gap = false;
                out.push(c);
                continue;
            }
            _ => {
                gap = true;
                continue;
            }
        };
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        out.push_str(plain);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn fold_sets_aside_case_spacing_punctuation_and_accents_not_scripts() {
        assert_eq!(fold("  José  Pérez-Gómez "), "jose perez gomez");
        assert_eq!(fold("JOSE PEREZ GOMEZ"), "jose perez gomez");
        assert_eq!(fold("Łukaszewicz"), "lukaszewicz");
        assert_eq!(fold("Müller"), fold("muller"));
        assert_eq!(fold("Олена  Коваленко"), "олена коваленко");
        assert_ne!(fold("Олена Коваленко"), fold("Olena Kovalenko"));
        assert_eq!(fold("प्रिया शर्मा"), "प्रिया शर्मा");
        assert_ne!(fold("राम"), fold("रमा"));
        assert_eq!(fold("Андрій Йосипенко"), fold("АНДРІЙ  ЙОСИПЕНКО"));
        assert_eq!(fold("ё й"), "е и", "the diaeresis and breve are accents");
        assert_ne!(fold("і"), fold("и"), "Ukrainian і is a letter of its own");
        assert_eq!(fold("--"), "");
    }

    const NAME: TextRules = TextRules::line(120, true);
    const COMMENT: TextRules = TextRules::multiline(1000);

    #[test]
    fn trims_and_normalises_to_nfc() {
        // "é" as e + combining acute becomes one code point.
        assert_eq!(
            clean_text("  Re\u{301}ne ", NAME),
            Ok(Some("R\u{e9}ne".into()))
        );
        assert_eq!(
            clean_text(" Олена Коваль ", NAME),
            Ok(Some("Олена Коваль".into()))
        );
    }

    #[test]
    fn empty_is_required_or_none() {
        assert_eq!(clean_text("   ", NAME), Err(TextError::Required));
        assert_eq!(clean_text("", TextRules::line(120, false)), Ok(None));
        assert_eq!(clean_text("\u{200B}", NAME), Err(TextError::Required));
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        let devanagari = "क".repeat(120);
        assert!(clean_text(&devanagari, NAME).is_ok());
        assert_eq!(
            clean_text(&"a".repeat(121), NAME),
            Err(TextError::TooLong(120))
        );
    }

    #[test]
    fn control_characters_are_refused_but_newlines_allowed_in_comments() {
        assert_eq!(clean_text("a\nb", NAME), Err(TextError::ControlChars));
        assert_eq!(clean_text("a\tb", NAME), Err(TextError::ControlChars));
        assert_eq!(clean_text("a\u{0}b", COMMENT), Err(TextError::ControlChars));
        assert_eq!(clean_text("a\r\nb\rc", COMMENT), Ok(Some("a\nb\nc".into())));
    }

    #[test]
    fn bidi_overrides_are_refused_and_zero_width_spaces_stripped() {
        assert_eq!(
            clean_text("abc\u{202E}def", NAME),
            Err(TextError::InvisibleChars)
        );
        assert_eq!(
            clean_text("abc\u{2067}def", NAME),
            Err(TextError::InvisibleChars)
        );
        assert_eq!(clean_text("Iv\u{200B}an", NAME), Ok(Some("Ivan".into())));
        // ZWJ stays: it is part of Devanagari conjuncts and emoji.
        assert_eq!(
            clean_text("क्\u{200D}ष", NAME),
            Ok(Some("क्\u{200D}ष".into()))
        );
        assert_eq!(
            clean_text("x\u{FFFF}", NAME),
            Err(TextError::InvisibleChars)
        );
        assert_eq!(
            clean_text("\u{3164}\u{3164}", NAME),
            Err(TextError::Required),
            "Hangul filler only"
        );
    }

    #[test]
    fn stripping_comes_before_normalising() {
        // The zero-width space kept "e" and the accent apart; the result must still be NFC.
        assert_eq!(
            clean_text("Rene\u{200B}\u{301}e", NAME),
            Ok(Some("Ren\u{e9}e".into()))
        );
        assert_eq!(
            clean_text("Sa\u{AD}\u{303}o Paulo", NAME),
            Ok(Some("S\u{e3}o Paulo".into()))
        );
    }

    const LABEL: TextRules = TextRules::label(120, true);

    #[test]
    fn a_label_needs_a_letter_or_digit() {
        // Each of these alone looks like a blank name in a list.
        for blank in [
            "\u{200D}",
            "\u{200C}",
            "\u{200D}\u{200C}\u{200D}",
            "\u{2061}",
            "\u{2062}\u{2063}",
            "\u{E0041}\u{E0042}",
            "\u{2800}",
            "\u{034F}",
            "\u{180E}",
            "\u{200E}",
            "\u{200F}",
            "\u{061C}",
            "\u{2800}\u{200E}\u{E0020}",
            "...",
            "✊",
        ] {
            assert_eq!(
                clean_text(blank, LABEL),
                Err(TextError::NoLetters),
                "{blank:?}"
            );
            // Other text (a comment) may be only a symbol.
            assert!(clean_text(blank, COMMENT).is_ok(), "{blank:?}");
        }
        for name in [
            "A",
            "李",
            "Олена",
            "कृष्ण",
            "O'Brien",
            "7",
            "Олена ✊",
            "क्\u{200D}ष",
        ] {
            assert!(clean_text(name, LABEL).is_ok(), "{name:?}");
        }
    }

    #[test]
    fn a_label_holds_no_web_or_email_address() {
        for hostile in [
            "URGENT: account suspended, log in at https://evil.example/login",
            "http://x",
            "hxxp://a.b",
            "see www.example",
            "WWW.EXAMPLE.COM",
            "evil.com/login",
            "Log in at evil.com",
            "paypal.com.evil.ru",
            "contact admin@evil.example",
            "олена@приклад.укр",
            "приклад.укр",
            "xn--80aikifvh.xn--j1amh",
            "evil\u{3002}com",
            "evil\u{FF0E}com/x",
            "bit.ly/abc",
        ] {
            assert_eq!(
                clean_text(hostile, LABEL),
                Err(TextError::Address),
                "{hostile:?}"
            );
            // A comment may mention a site.
            assert!(clean_text(hostile, COMMENT).is_ok(), "{hostile:?}");
        }
        for name in [
            "ver.di Landesbezirk Berlin",
            "St.Petersburg miners",
            "J.R.R. Tolkien",
            "Dr. Ivanov",
            "Union No.5",
            "Ivan @ home",
            "IG.Metall",
            "Sindicato Sintracarbón",
            "Профспілка.Кривбас",
        ] {
            assert_eq!(
                clean_text(name, LABEL),
                Ok(Some(name.to_owned())),
                "{name:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn accepted_text_is_clean_and_stable(s in "\\PC{0,200}") {
            if let Ok(Some(out)) = clean_text(&s, NAME) {
                prop_assert!(out.chars().count() <= 120);
                prop_assert!(!out.chars().any(|c| c.is_control()));
                prop_assert_eq!(out.trim(), out.as_str());
                // Cleaning what was accepted changes nothing, and it is NFC.
                prop_assert_eq!(clean_text(&out, NAME), Ok(Some(out.clone())));
                prop_assert!(unicode_normalization::is_nfc(&out));
            }
        }
    }
}
