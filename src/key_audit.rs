//! The audit of every key that limits, dedupes, caps, blocks or moderates: each is made from
//! the parsed domain value, so no spelling of one person or organization (case, a zero-width
//! character, a soft hyphen, composed or decomposed accents, a domain in Unicode or in
//! punycode, spaces) is a key of its own. A new key belongs in this list.
use std::net::IpAddr;

use crate::blocklist::Blocklist;
use crate::config::BlocklistSettings;
use crate::domain::email::domain_key;
use crate::domain::{Email, SignatureInput};
use crate::security::Keys;
use crate::web::rate_limit::{self, AccountKey};

/// Every spelling of one address that reaches one mailbox.
const ONE_ADDRESS: [&str; 8] = [
    "chair@example.org",
    "Chair@Example.ORG",
    "ch\u{200B}air@example.org",
    "chair@exam\u{AD}ple.org",
    "\u{FEFF}chair@example.org\u{2060}",
    "  chair@example.org  ",
    "CHAIR@EXAMPLE.ORG",
    "cha\u{200B}ir@EXAMPLE.org",
];

const ONE_IDN_ADDRESS: [&str; 5] = [
    "olena@приклад.укр",
    "olena@xn--80aikifvh.xn--j1amh",
    "olena@ПРИКЛАД.УКР",
    "olena@прикла\u{200B}д.укр",
    "Olena@XN--80AIKIFVH.xn--j1amh",
];

const ONE_ACCENTED_ADDRESS: [&str; 4] = [
    "olena@caf\u{e9}.org",
    "olena@cafe\u{301}.org",
    "olena@CAFE\u{301}.org",
    "olena@xn--caf-dma.org",
];

/// Every spelling of one organization in one country.
const ONE_ORGANIZATION: [&str; 5] = [
    "Sindicato Sintracarbón",
    "SINDICATO  SINTRACARBÓN",
    "sindicato sintracarbo\u{301}n",
    "Sindicato Sintra\u{200B}carbón",
    " Sindicato\tSintracarbón ",
];

fn keys() -> Keys {
    Keys::from_secret(b"the key audit's secret, long enough to use")
}

/// Every key made from one person's signature of `address`.
fn person_keys(address: &str) -> Vec<String> {
    let form = [
        ("kind", "individual"),
        ("name", "Olena Kovalenko"),
        ("email", address),
        ("country", "UA"),
    ];
    let signature = SignatureInput::from_pairs(form)
        .parse()
        .unwrap_or_else(|e| panic!("{address:?} is refused: {e:?}"));
    let email = &signature.email;
    vec![
        format!("login account {:?}", AccountKey::from(email)),
        format!("mail caps {}", email.folded()),
        format!("dedupe {}", signature.dedupe_key()),
        format!("moderation {}", keys().signer_hash(&signature.dedupe_key())),
        format!("blocklist domain {}", email.domain()),
        format!("remove by domain {}", domain_key(email.domain())),
    ]
}

fn assert_one_key(spellings: &[&str], keys_of: impl Fn(&str) -> Vec<String>) {
    let first = keys_of(spellings[0]);
    for s in &spellings[1..] {
        assert_eq!(keys_of(s), first, "{s:?} is a key of its own");
    }
}

#[test]
fn every_spelling_of_an_address_is_one_key() {
    assert_one_key(&ONE_ADDRESS, person_keys);
    assert_one_key(&ONE_IDN_ADDRESS, person_keys);
    assert_one_key(&ONE_ACCENTED_ADDRESS, person_keys);
    // Different people stay apart.
    assert_ne!(
        person_keys("chair@example.org"),
        person_keys("chair2@example.org")
    );
}

#[test]
fn every_spelling_of_an_organization_is_one_key() {
    // A tab is refused in a name; the others are one organization.
    let spellings: Vec<&str> = ONE_ORGANIZATION
        .iter()
        .copied()
        .filter(|s| !s.contains('\t'))
        .collect();
    assert_one_key(&spellings, |organization| {
        let form = [
            ("kind", "organization"),
            ("organization", organization),
            ("name", "Igor Díaz"),
            ("email", "contact@example.org"),
            ("country", "co"),
        ];
        let signature = SignatureInput::from_pairs(form).parse().unwrap();
        vec![
            signature.dedupe_key(),
            keys().signer_hash(&signature.dedupe_key()),
        ]
    });
}

#[test]
fn a_blocklist_pattern_blocks_every_spelling_of_its_domain() {
    let ok: IpAddr = "198.51.100.1".parse().unwrap();
    for pattern in [
        "приклад.укр",
        "xn--80aikifvh.xn--j1amh",
        "ПРИКЛАД.укр",
        "*.укр",
        "*.xn--j1amh",
        "@приклад.укр.",
    ] {
        let list = Blocklist::new(&BlocklistSettings {
            email_domains: vec![pattern.into()],
            ip_ranges: vec![],
        });
        for address in ONE_IDN_ADDRESS {
            let email = Email::parse(address).unwrap();
            assert!(
                list.check(&email, ok).is_some(),
                "{pattern:?} lets {address:?} through"
            );
        }
        let other = Email::parse("olena@example.org").unwrap();
        assert!(list.check(&other, ok).is_none(), "{pattern:?}");
    }
}

#[test]
fn a_client_is_one_key_however_it_writes_its_address() {
    let same = |a: &str, b: &str| {
        let (a, b): (IpAddr, IpAddr) = (a.parse().unwrap(), b.parse().unwrap());
        rate_limit::key(a) == rate_limit::key(b)
    };
    assert!(same("203.0.113.7", "::ffff:203.0.113.7"));
    assert!(same(
        "2001:db8:1:2::1",
        "2001:0db8:0001:0002:ffff:ffff:ffff:ffff"
    ));
    assert!(!same("2001:db8:1:2::1", "2001:db8:1:3::1"));
}
