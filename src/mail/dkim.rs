//! DKIM: the key that signs every outgoing message (with lettre's own signer), and the DNS
//! record that publishes its public half (`undersign dkim-record`).
use std::fmt;
use std::path::Path;

use base64::Engine as _;
use lettre::message::dkim::{
    DkimCanonicalization, DkimCanonicalizationType, DkimConfig, DkimSigningAlgorithm,
    DkimSigningKey,
};
use lettre::message::header::HeaderName;
use lettre::Message;
use rsa::pkcs1::{DecodeRsaPrivateKey, EncodeRsaPrivateKey};
use rsa::pkcs8::{DecodePrivateKey, EncodePublicKey, LineEnding};
use rsa::traits::PublicKeyParts;
use rsa::{RsaPrivateKey, RsaPublicKey};
use secrecy::{ExposeSecret, SecretString};

use super::MailError;
use crate::config::MailSettings;

/// The header fields the signature covers. lettre names each of them in `h=` whether the
/// message has it or not, and one the message lacks is signed as absent (RFC 6376 5.4): so
/// nobody on the way can add a `List-Unsubscribe` to a message that had none, and the update
/// emails that carry one have it signed.
///
/// Not `Content-Type`: lettre writes a multipart message's `Content-Type` as the first line
/// of the body, outside the headers its signer reads, so it would sign it as absent while a
/// verifier finds it present, and every signature would fail (the DKIM test saw it). The
/// body hash covers the MIME boundaries it names.
const SIGNED_HEADERS: &[&str] = &[
    "From",
    "To",
    "Subject",
    "Date",
    "Message-ID",
    "MIME-Version",
    "Auto-Submitted",
    "List-Unsubscribe",
    "List-Unsubscribe-Post",
];

/// RFC 8301: verifiers may ignore signatures made with shorter RSA keys.
const MIN_RSA_BITS: usize = 1024;

/// Why a key file cannot sign; each says what to do, none quotes the key.
#[derive(Debug, thiserror::Error)]
pub enum DkimKeyError {
    #[error("cannot be read: {0}")]
    Read(std::io::Error),
    #[error("is encrypted; undersign needs it unencrypted (`openssl pkey -in KEY -out dkim.pem` writes one)")]
    Encrypted,
    #[error("is a public key; this key names the private one (`openssl genrsa -out dkim.pem 2048` makes a pair)")]
    Public,
    #[error("is not a PEM private key (`-----BEGIN RSA PRIVATE KEY-----` or `-----BEGIN PRIVATE KEY-----`); `openssl genrsa -out dkim.pem 2048` makes one")]
    NotPem,
    #[error("is not a valid {0} private key ({1})")]
    Invalid(&'static str, String),
    #[error("holds neither an RSA nor an Ed25519 key, the two kinds DKIM signs with")]
    Unsupported,
    #[error("is an RSA key of {0} bits; DKIM needs at least 1024 (RFC 8301) and 2048 is usual: `openssl genrsa -out dkim.pem 2048`")]
    TooShort(usize),
}

/// The signer's key, read once at start-up.
pub struct DkimSigner {
    config: DkimConfig,
    record: DkimRecord,
}

// By hand: lettre's `DkimConfig` would print the private key.
impl fmt::Debug for DkimSigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DkimSigner")
            .field("domain", &self.record.domain)
            .field("selector", &self.record.selector)
            .finish_non_exhaustive()
    }
}

impl DkimSigner {
    /// The signer `s` configures: `None` when DKIM is off (the three keys empty; the
    /// configuration check refuses a partial set). A key that cannot sign is an error naming
    /// `mail.dkim_private_key_file` and the file.
    pub fn from_settings(s: &MailSettings) -> Result<Option<DkimSigner>, MailError> {
        if s.dkim_private_key_file.trim().is_empty() {
            return Ok(None);
        }
        let path = s.dkim_private_key_file.trim();
        let key = load_key(Path::new(path)).map_err(|e| MailError::DkimKey(path.to_owned(), e))?;
        let domain = s.dkim_domain.trim().to_owned();
        let selector = s.dkim_selector.trim().to_owned();
        let from_domain = s
            .from
            .parse::<lettre::message::Mailbox>()
            .map(|m| m.email.domain().to_ascii_lowercase())
            .unwrap_or_default();
        if !aligned(&from_domain, &domain) {
            // Receivers still check the signature, but DMARC passes only when the From
            // domain is the signing domain or under it.
            tracing::warn!(
                from = %from_domain,
                dkim_domain = %domain,
                "mail.dkim_domain is not the domain of mail.from nor a parent of it: DMARC will not pass on DKIM"
            );
        }
        let (signing_key, algorithm, public_key) = key.into_parts();
        let config = DkimConfig::new(
            selector.clone(),
            domain.clone(),
            signing_key,
            SIGNED_HEADERS
                .iter()
                .map(|h| HeaderName::new_from_ascii_str(h))
                .collect(),
            // Relaxed both ways: relays that re-fold a long header or trim trailing blanks
            // do not break the signature.
            DkimCanonicalization {
                header: DkimCanonicalizationType::Relaxed,
                body: DkimCanonicalizationType::Relaxed,
            },
        );
        Ok(Some(DkimSigner {
            config,
            record: DkimRecord {
                domain,
                selector,
                algorithm,
                public_key,
            },
        }))
    }

    /// Adds the `DKIM-Signature` header; the message must not change afterwards.
    pub fn sign(&self, message: &mut Message) {
        message.sign(&self.config);
    }

    pub fn record(&self) -> &DkimRecord {
        &self.record
    }
}

/// The DNS TXT record receivers look the public key up in.
#[derive(Clone, Debug)]
pub struct DkimRecord {
    pub domain: String,
    pub selector: String,
    algorithm: DkimSigningAlgorithm,
    /// RSA: the SubjectPublicKeyInfo (DER); Ed25519: the 32 bytes of the key (RFC 8463).
    public_key: Vec<u8>,
}

impl DkimRecord {
    /// `{selector}._domainkey.{domain}`
    pub fn name(&self) -> String {
        format!("{}._domainkey.{}", self.selector, self.domain)
    }

    /// The record's text, as one string (what a DNS provider's web form asks for).
    pub fn value(&self) -> String {
        format!(
            "v=DKIM1; k={}; p={}",
            self.algorithm,
            base64::engine::general_purpose::STANDARD.encode(&self.public_key)
        )
    }

    /// The record as a zone file line. One string of a TXT record holds at most 255 bytes
    /// (RFC 1035 3.3.14) and a 2048-bit key's record is longer: it is split into several,
    /// which receivers join.
    pub fn zone_line(&self) -> String {
        let value = self.value();
        let strings: Vec<String> = value
            .as_bytes()
            .chunks(255)
            // The value is ASCII, so a chunk boundary never splits a character.
            .map(|c| format!("\"{}\"", String::from_utf8_lossy(c)))
            .collect();
        format!("{}. IN TXT ( {} )", self.name(), strings.join(" "))
    }
}

/// Whether DMARC's relaxed alignment holds: the From domain is `dkim` or under it.
fn aligned(from: &str, dkim: &str) -> bool {
    let dkim = dkim.trim_end_matches('.').to_ascii_lowercase();
    from == dkim || from.ends_with(&format!(".{dkim}"))
}

/// A private key, parsed.
enum Key {
    Rsa(RsaPrivateKey),
    Ed25519(ed25519_dalek::SigningKey),
}

impl Key {
    /// lettre's key, its algorithm, and the public key as the DNS record carries it.
    fn into_parts(self) -> (DkimSigningKey, DkimSigningAlgorithm, Vec<u8>) {
        // lettre takes an RSA key only as PKCS#1 PEM and an Ed25519 key only as base64:
        // written again here from the parsed key, whatever form the file had.
        let (text, algorithm, public) = match self {
            Key::Rsa(k) => {
                let public = RsaPublicKey::from(&k)
                    .to_public_key_der()
                    .expect("an RSA public key encodes")
                    .into_vec();
                let pem = k
                    .to_pkcs1_pem(LineEnding::LF)
                    .expect("an RSA private key encodes");
                (
                    SecretString::from(pem.as_str()),
                    DkimSigningAlgorithm::Rsa,
                    public,
                )
            }
            Key::Ed25519(k) => (
                SecretString::from(base64::engine::general_purpose::STANDARD.encode(k.to_bytes())),
                DkimSigningAlgorithm::Ed25519,
                k.verifying_key().to_bytes().to_vec(),
            ),
        };
        let key = DkimSigningKey::new(text.expose_secret(), algorithm)
            .expect("lettre reads the key it was just given in its own format");
        (key, algorithm, public)
    }
}

fn load_key(path: &Path) -> Result<Key, DkimKeyError> {
    let text = SecretString::from(std::fs::read_to_string(path).map_err(DkimKeyError::Read)?);
    parse_key(text.expose_secret())
}

fn parse_key(pem: &str) -> Result<Key, DkimKeyError> {
    let pem = pem.trim();
    let key = if pem.starts_with("-----BEGIN RSA PRIVATE KEY-----") {
        // What `openssl genrsa -traditional` and OpenSSL 1.x write, and what lettre reads.
        Key::Rsa(
            RsaPrivateKey::from_pkcs1_pem(pem)
                .map_err(|e| DkimKeyError::Invalid("RSA (PKCS#1)", e.to_string()))?,
        )
    } else if pem.starts_with("-----BEGIN PRIVATE KEY-----") {
        // What `openssl genrsa` (3.x) and `openssl genpkey` write: either kind of key.
        if let Ok(k) = RsaPrivateKey::from_pkcs8_pem(pem) {
            Key::Rsa(k)
        } else {
            use ed25519_dalek::pkcs8::DecodePrivateKey as _;
            match ed25519_dalek::SigningKey::from_pkcs8_pem(pem) {
                Ok(k) => Key::Ed25519(k),
                Err(ed25519_dalek::pkcs8::Error::KeyMalformed)
                | Err(ed25519_dalek::pkcs8::Error::Asn1(_)) => {
                    return Err(DkimKeyError::Invalid("PKCS#8", "malformed".into()))
                }
                Err(_) => return Err(DkimKeyError::Unsupported),
            }
        }
    } else if pem.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----")
        || pem.contains("Proc-Type: 4,ENCRYPTED")
    {
        return Err(DkimKeyError::Encrypted);
    } else if pem.contains("PUBLIC KEY-----") {
        return Err(DkimKeyError::Public);
    } else if pem.starts_with("-----BEGIN") && pem.contains("PRIVATE KEY-----") {
        return Err(DkimKeyError::Unsupported);
    } else {
        return Err(DkimKeyError::NotPem);
    };
    if let Key::Rsa(k) = &key {
        let bits = k.n().bits();
        if bits < MIN_RSA_BITS {
            return Err(DkimKeyError::TooShort(bits));
        }
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/dkim")
            .join(name)
    }

    fn settings(key: &str) -> MailSettings {
        MailSettings {
            from: "Petitions <petitions@mail.undersign.test>".into(),
            dkim_domain: "undersign.test".into(),
            dkim_selector: "s2026".into(),
            dkim_private_key_file: fixture(key).display().to_string(),
            ..MailSettings::default()
        }
    }

    fn error(key_text: &str) -> String {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dkim.pem");
        std::fs::write(&path, key_text).unwrap();
        let mut s = settings("unused");
        s.dkim_private_key_file = path.display().to_string();
        let e = DkimSigner::from_settings(&s).unwrap_err().to_string();
        assert!(e.contains("mail.dkim_private_key_file"), "{e}");
        assert!(e.contains(&path.display().to_string()), "{e}");
        assert_eq!(e.lines().count(), 1, "{e}");
        e
    }

    #[test]
    fn off_when_no_key_is_configured() {
        assert!(DkimSigner::from_settings(&MailSettings::default())
            .unwrap()
            .is_none());
    }

    #[test]
    fn a_pkcs8_rsa_key_is_the_same_key_as_its_pkcs1_form() {
        let one = DkimSigner::from_settings(&settings("rsa-pkcs1.pem"))
            .unwrap()
            .unwrap();
        let eight = DkimSigner::from_settings(&settings("rsa-pkcs8.pem"))
            .unwrap()
            .unwrap();
        assert_eq!(one.record().value(), eight.record().value());
        assert!(one.record().value().starts_with("v=DKIM1; k=rsa; p=MIIB"));
    }

    #[test]
    fn the_record_is_named_by_selector_and_domain_and_split_for_zone_files() {
        let signer = DkimSigner::from_settings(&settings("rsa-pkcs1.pem"))
            .unwrap()
            .unwrap();
        let record = signer.record();
        assert_eq!(record.name(), "s2026._domainkey.undersign.test");
        let line = record.zone_line();
        assert!(line.starts_with("s2026._domainkey.undersign.test. IN TXT ( \""));
        let inner = line
            .strip_prefix("s2026._domainkey.undersign.test. IN TXT ( ")
            .and_then(|l| l.strip_suffix(" )"))
            .unwrap();
        // The value holds spaces itself: the strings are what the quotes enclose.
        let parts: Vec<&str> = inner.split('"').filter(|p| !p.trim().is_empty()).collect();
        assert!(parts.len() >= 2, "a 2048-bit key needs two strings: {line}");
        assert!(parts.iter().all(|p| p.len() <= 255), "{line}");
        assert_eq!(parts.concat(), record.value());
    }

    #[test]
    fn an_ed25519_key_publishes_its_raw_32_bytes() {
        let signer = DkimSigner::from_settings(&settings("ed25519.pem"))
            .unwrap()
            .unwrap();
        let value = signer.record().value();
        let p = value.strip_prefix("v=DKIM1; k=ed25519; p=").unwrap();
        let bytes = base64::engine::general_purpose::STANDARD.decode(p).unwrap();
        assert_eq!(bytes.len(), 32);
    }

    #[test]
    fn a_missing_key_file_names_the_key_and_the_path() {
        let mut s = settings("unused");
        s.dkim_private_key_file = "/nonexistent/dkim.pem".into();
        let e = DkimSigner::from_settings(&s).unwrap_err().to_string();
        assert!(e.contains("mail.dkim_private_key_file"), "{e}");
        assert!(e.contains("/nonexistent/dkim.pem"), "{e}");
    }

    #[test]
    fn a_file_that_is_no_key_says_what_is_wanted() {
        assert!(error("not a key at all\n").contains("openssl genrsa"));
        let garbled = "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n";
        assert!(error(garbled).contains("not a valid RSA"));
        let public = std::fs::read_to_string(fixture("rsa.pub.pem")).unwrap();
        assert!(error(&public).contains("public key"));
        let encrypted =
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n";
        assert!(error(encrypted).contains("openssl pkey"));
    }

    #[test]
    fn the_key_is_never_in_an_error_nor_in_debug_output() {
        let key = std::fs::read_to_string(fixture("rsa-pkcs1.pem")).unwrap();
        // A valid key cut short: its first line of base64 must not come back.
        let cut: String = key.lines().take(5).collect::<Vec<_>>().join("\n");
        let e = error(&cut);
        let secret_line = key.lines().nth(2).unwrap();
        assert!(!e.contains(secret_line), "{e}");
        let signer = DkimSigner::from_settings(&settings("rsa-pkcs1.pem"))
            .unwrap()
            .unwrap();
        let debug = format!("{signer:?}");
        assert!(!debug.contains(secret_line) && debug.len() < 200, "{debug}");
    }

    #[test]
    fn alignment_is_the_domain_or_a_parent() {
        assert!(aligned("undersign.test", "undersign.test"));
        assert!(aligned("mail.undersign.test", "undersign.test"));
        assert!(!aligned("evilundersign.test", "undersign.test"));
        assert!(!aligned("undersign.test", "mail.undersign.test"));
    }
}
