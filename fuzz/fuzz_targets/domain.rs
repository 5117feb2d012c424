//! Any text through each domain constructor: nothing panics, every accepted value has the
//! shape its type documents, and parsing an accepted value again gives it back unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use undersign::domain::text::contains_address;
use undersign::domain::{clean_text, CountryCode, Email, Slug, TextError, TextRules, Token};
use unicode_normalization::is_nfc;

/// The rules the form uses, plus small limits so the length boundary is easy to reach.
const RULES: [TextRules; 10] = [
    TextRules::label(120, true),
    TextRules::label(120, false),
    TextRules::label(3, true),
    TextRules::line(120, true),
    TextRules::line(120, false),
    TextRules::line(200, true),
    TextRules::line(254, true),
    TextRules::multiline(1000),
    TextRules::line(3, true),
    TextRules::multiline(5),
];

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    for rules in RULES {
        text(s, rules);
    }
    email(s);
    country(s);
    slug(s);
    token(s);
});

fn text(s: &str, rules: TextRules) {
    match clean_text(s, rules) {
        Ok(Some(out)) => {
            let n = out.chars().count();
            assert!(n >= 1 && n <= rules.max_chars, "{n} chars under {rules:?}");
            assert_eq!(out.trim(), out, "not trimmed");
            for c in out.chars() {
                assert!(
                    !c.is_control() || (rules.multiline && c == '\n'),
                    "control character U+{:04X} under {rules:?}",
                    c as u32
                );
                assert!(
                    !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'),
                    "bidi control U+{:04X}",
                    c as u32
                );
                assert!(
                    !matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'),
                    "a character that is stripped survived: U+{:04X}",
                    c as u32
                );
                assert!(
                    !matches!(c, '\u{2028}' | '\u{2029}'),
                    "line or paragraph separator"
                );
                let u = c as u32;
                assert!(
                    !(0xFDD0..=0xFDEF).contains(&u) && u & 0xFFFE != 0xFFFE,
                    "non-character U+{u:04X}"
                );
            }
            assert!(is_nfc(&out), "not NFC: {out:?} ({})", codepoints(&out));
            assert_eq!(
                clean_text(&out, rules),
                Ok(Some(out.clone())),
                "cleaning accepted text changed it ({})",
                codepoints(&out)
            );
            if rules.label {
                assert!(
                    out.chars().any(char::is_alphanumeric),
                    "a label with no letter or digit: {out:?} ({})",
                    codepoints(&out)
                );
                assert!(!contains_address(&out), "a label with an address: {out:?}");
            }
            // Single-line text cleans the same way as multi-line text.
            if !rules.multiline {
                assert_eq!(
                    clean_text(s, TextRules::multiline(rules.max_chars)),
                    Ok(Some(out.clone()))
                );
            }
        }
        Ok(None) => assert!(!rules.required, "an empty required field was accepted"),
        Err(TextError::Required) => assert!(rules.required, "Required from an optional rule"),
        Err(TextError::TooLong(n)) => assert_eq!(n, rules.max_chars),
        Err(TextError::ControlChars | TextError::InvisibleChars) => {}
        Err(TextError::NoLetters | TextError::Address) => {
            assert!(rules.label, "a label's refusal under {rules:?}")
        }
    }
}

fn email(s: &str) {
    let Ok(e) = Email::parse(s) else {
        return;
    };
    let a = e.as_ref();
    let n = a.chars().count();
    assert!(n <= 254, "an address of {n} characters");
    assert!(a.contains('@'), "no '@'");
    assert!(
        !a.chars().any(|c| c.is_whitespace() || c.is_control()),
        "whitespace or control character in {a:?}"
    );
    assert!(
        !a.chars()
            .any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')),
        "bidi control in {a:?}"
    );
    let (local, domain) = a.rsplit_once('@').unwrap();
    assert!(!local.is_empty());
    assert_eq!(e.domain(), domain);
    // An internationalised domain is in IDNA's canonical form, which is not always lower
    // case (UTS 46 maps Cherokee to its capitals); an ASCII one is lower-cased.
    if domain.is_ascii() {
        assert_eq!(domain, domain.to_lowercase(), "domain not lower-cased");
    }
    assert!(domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.'));
    assert!(is_nfc(a), "address not NFC: {a:?} ({})", codepoints(a));
    assert_eq!(
        Email::parse(a),
        Ok(e.clone()),
        "parsing an accepted address changed it ({})",
        codepoints(a)
    );
}

fn country(s: &str) {
    let Ok(c) = CountryCode::parse(s) else {
        return;
    };
    let code = c.as_str();
    assert!(code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()));
    assert_eq!(code, s.trim().to_ascii_uppercase());
    assert_eq!(c.to_string(), code);
    assert!(!c.name().is_empty(), "{code} has no name");
    assert_eq!(CountryCode::parse(code), Ok(c));
}

fn slug(s: &str) {
    let Ok(slug) = Slug::parse(s) else {
        return;
    };
    let v = slug.as_ref();
    assert_eq!(v, s, "a slug is taken as given");
    assert!(!v.is_empty() && v.len() <= 80);
    assert!(v
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
    assert!(!v.starts_with('-') && !v.ends_with('-') && !v.contains("--"));
    assert_eq!(Slug::parse(v), Ok(slug.clone()));
}

fn token(s: &str) {
    let Ok(t) = Token::parse(s) else {
        return;
    };
    let v = t.expose();
    assert_eq!(v, s, "a token is taken as given");
    // A random token (24 bytes) or a derived link (34 bytes), in unpadded base64.
    assert!(v.len() == 32 || v.len() == 46, "{} characters", v.len());
    assert!(v
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    assert_eq!(Token::parse(v), Ok(t.clone()));
    let h = t.hash();
    assert!(h.len() == 64 && h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')));
}

fn codepoints(s: &str) -> String {
    s.chars()
        .map(|c| format!("U+{:04X}", c as u32))
        .collect::<Vec<_>>()
        .join(" ")
}
