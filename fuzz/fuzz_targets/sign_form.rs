//! A signing form's body, as the server receives it: bytes → `web::form::decode` →
//! `SignatureInput::from_pairs` → `parse`. Whatever the bytes, nothing panics, and a
//! signature that is accepted holds every promise the README makes about stored text; sent
//! again as a form, it comes back as the same signature.
#![no_main]

use libfuzzer_sys::fuzz_target;
use undersign::domain::signature::MAX_MEMBERS;
use undersign::domain::text::contains_address;
use undersign::domain::{NewSignature, SignatureInput, Signer};
use undersign::web::form::decode;
use unicode_normalization::is_nfc;

fuzz_target!(|body: &[u8]| {
    let Some(pairs) = decode(body) else {
        return;
    };
    let input = SignatureInput::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let Ok(sig) = input.parse() else {
        return;
    };
    check(&sig);

    // The accepted values, sent again as a form, give the same signature.
    let again = encode(&form_of(&sig));
    let pairs = decode(again.as_bytes()).expect("an encoded form decodes");
    let input = SignatureInput::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    match input.parse() {
        Ok(second) => assert_eq!(second, sig, "a signature's own values parse to another"),
        Err(errs) => panic!("a signature's own values are refused: {errs:?}\n{sig:#?}"),
    }
});

fn check(sig: &NewSignature) {
    let (name, organization, role, occupation, members) = match &sig.signer {
        Signer::Individual { name, occupation } => (name, None, None, occupation.as_ref(), None),
        Signer::Organization {
            organization,
            name,
            role,
            members,
        } => (
            name,
            Some(organization),
            role.as_ref(),
            None,
            members.as_ref(),
        ),
    };
    line("name", name, 120);
    if let Some(o) = organization {
        line("organization", o, 200);
    }
    for (field, v) in [
        ("role", role),
        ("occupation", occupation),
        ("city", sig.city.as_ref()),
    ] {
        if let Some(v) = v {
            line(field, v, 120);
        }
    }
    if let Some(c) = &sig.comment {
        text("comment", c, 1000, true);
    }
    if let Some(m) = members {
        assert!(*m <= MAX_MEMBERS, "members {m} > {MAX_MEMBERS}");
    }

    let email = sig.email.as_ref();
    text("email", email, 254, false);
    assert!(email.contains('@'), "email without '@': {email:?}");
    assert!(
        !email.chars().any(char::is_whitespace),
        "email with whitespace: {email:?}"
    );

    let country = sig.country.as_str();
    assert!(
        country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()),
        "country {country:?}"
    );
}

/// A label (name, organization, role, occupation, city): a line that has a letter or
/// digit and holds no web or email address.
fn line(field: &str, v: &str, max: usize) {
    text(field, v, max, false);
    assert!(
        v.chars().any(char::is_alphanumeric),
        "{field}: no letter or digit in {v:?} ({})",
        codepoints(v)
    );
    assert!(!contains_address(v), "{field}: an address in {v:?}");
}

/// What every stored piece of text promises: non-empty, at most `max` characters, no
/// control characters (a newline only where `multiline`), no bidi controls, NFC, trimmed.
fn text(field: &str, v: &str, max: usize, multiline: bool) {
    let n = v.chars().count();
    assert!(
        n >= 1 && n <= max,
        "{field}: {n} characters, max {max}: {v:?}"
    );
    for c in v.chars() {
        assert!(
            !c.is_control() || (multiline && c == '\n'),
            "{field}: control character {:?} in {v:?}",
            c
        );
        assert!(
            !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'),
            "{field}: bidi control U+{:04X} in {v:?}",
            c as u32
        );
    }
    assert!(is_nfc(v), "{field}: not NFC: {v:?} ({})", codepoints(v));
    assert_eq!(v.trim(), v, "{field}: not trimmed");
}

fn codepoints(s: &str) -> String {
    s.chars()
        .map(|c| format!("U+{:04X}", c as u32))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The form a browser would send for `sig`.
fn form_of(sig: &NewSignature) -> Vec<(&'static str, String)> {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let mut form = vec![("kind", sig.kind().as_str().to_owned())];
    match &sig.signer {
        Signer::Individual { name, occupation } => {
            form.push(("name", name.clone()));
            form.push(("occupation", opt(occupation)));
        }
        Signer::Organization {
            organization,
            name,
            role,
            members,
        } => {
            form.push(("organization", organization.clone()));
            form.push(("name", name.clone()));
            form.push(("role", opt(role)));
            form.push((
                "members",
                members.map(|m| m.to_string()).unwrap_or_default(),
            ));
        }
    }
    form.push(("email", sig.email.as_ref().to_owned()));
    form.push(("country", sig.country.as_str().to_owned()));
    form.push(("city", opt(&sig.city)));
    form.push(("comment", opt(&sig.comment)));
    if let Some(v) = sig.visibility {
        form.push(("visibility", v.as_str().to_owned()));
    }
    if sig.updates {
        form.push(("updates", "on".into()));
    }
    form
}

/// `application/x-www-form-urlencoded`, as browsers write it: space as '+', every byte
/// outside `[A-Za-z0-9*._-]` as %XX.
fn encode(form: &[(&str, String)]) -> String {
    let mut out = String::new();
    for (i, (k, v)) in form.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        component(&mut out, k);
        out.push('=');
        component(&mut out, v);
    }
    out
}

fn component(out: &mut String, s: &str) {
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'*' | b'.' | b'_' | b'-' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
}
