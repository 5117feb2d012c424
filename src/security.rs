//! The server's secret and what is derived from it: the form-token key and the key of the
//! IP hash. The secret comes from `security.secret_key`, or is generated once into
//! `security.secret_key_file` (mode 0600) and read from there afterwards.
use std::io::Write;
use std::net::IpAddr;
use std::path::Path;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, TimeDelta, Utc};
use hmac::{Hmac, Mac};
use rand::RngCore;
use secrecy::ExposeSecret;
use sha2::Sha256;

use crate::config::SecuritySettings;
use crate::domain::{Token, TokenPurpose};

type HmacSha256 = Hmac<Sha256>;

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("configuration key `security.secret_key`: must be at least 32 characters")]
    TooShort,
    #[error("secret key file {0}: {1}")]
    File(String, std::io::Error),
}

/// Keys derived from the secret, one per use, so no two uses share a key.
#[derive(Clone)]
pub struct Keys {
    form: [u8; 32],
    ip: [u8; 32],
    signer: [u8; 32],
    mail: [u8; 32],
    link: LinkKey,
    fingerprint: [u8; 32],
}

/// Why a form token was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormTokenError {
    Missing,
    Forged,
    Expired,
}

impl Keys {
    pub fn load(s: &SecuritySettings) -> Result<Keys, KeyError> {
        let configured = s.secret_key.expose_secret().trim();
        let secret = if configured.is_empty() {
            read_or_generate(Path::new(&s.secret_key_file))?
        } else if configured.len() < 32 {
            return Err(KeyError::TooShort);
        } else {
            configured.to_owned()
        };
        Ok(Keys::from_secret(secret.as_bytes()))
    }

    pub fn from_secret(secret: &[u8]) -> Keys {
        Keys {
            form: derive(secret, b"undersign form token"),
            ip: derive(secret, b"undersign ip hash"),
            signer: derive(secret, b"undersign signer hash"),
            mail: derive(secret, b"undersign mail"),
            link: LinkKey(derive(secret, b"undersign link")),
            fingerprint: derive(secret, b"undersign fingerprint"),
        }
    }

    /// What the database keeps of the secret so that instances can tell they share it: a
    /// value derived from it, from which neither the key nor any key made from it follows.
    pub fn fingerprint(&self) -> String {
        hex::encode(&self.fingerprint[..16])
    }

    /// The key of confirm and withdraw links.
    pub fn links(&self) -> LinkKey {
        self.link
    }

    /// A form token: the issue time and an HMAC over the petition and that time. Not single
    /// use, so a rendered page may be cached.
    pub fn form_token(&self, petition_id: i64, issued: DateTime<Utc>) -> String {
        self.issue(issued, |ts| form_message(petition_id, ts))
    }

    /// Checks a form token and returns when it was issued.
    pub fn check_form_token(
        &self,
        token: &str,
        petition_id: i64,
        now: DateTime<Utc>,
        max_age: TimeDelta,
    ) -> Result<DateTime<Utc>, FormTokenError> {
        self.check(token, now, max_age, |ts| form_message(petition_id, ts))
    }

    /// The login form's token, bound to the browser that asked for the form by the random
    /// value of its pre-session cookie: a token taken from a bare `GET /admin/login` and
    /// posted from another site's page (login CSRF) does not match the victim's cookie.
    pub fn login_token(&self, browser: &Token, issued: DateTime<Utc>) -> String {
        self.issue(issued, |ts| login_message(browser, ts))
    }

    pub fn check_login_token(
        &self,
        token: &str,
        browser: &Token,
        now: DateTime<Utc>,
        max_age: TimeDelta,
    ) -> Result<DateTime<Utc>, FormTokenError> {
        self.check(token, now, max_age, |ts| login_message(browser, ts))
    }

    /// A keyed hash of a signer (a petition's dedupe key: the parsed, folded address of a
    /// person; the folded name and country of an organization), by which moderation
    /// remembers them after their personal data is erased.
    pub fn signer_hash(&self, dedupe_key: &str) -> String {
        let mut m = HmacSha256::new_from_slice(&self.signer).expect("HMAC takes any key length");
        m.update(dedupe_key.as_bytes());
        hex::encode(m.finalize().into_bytes())
    }

    /// A signature's unsubscribe token: the same in every update it is sent, so one stored
    /// hash answers all of them and sending an update writes no token row.
    pub fn unsubscribe_token(&self, signature_id: i64) -> Token {
        let mac = self.mail_mac(format!("unsubscribe|{signature_id}").as_bytes());
        Token::from_bytes(&mac[..24])
    }

    /// A keyed hash of a folded email address, by which an address that refused mail is
    /// remembered without keeping it.
    pub fn address_key(&self, folded: &str) -> String {
        hex::encode(&self.mail_mac(format!("address|{folded}").as_bytes())[..16])
    }

    /// The left part of an outbox message's `Message-ID`: the same for every attempt at one
    /// message, so a copy sent again after a crash is the same message to the receiving
    /// side (mail stores that see an id twice keep one), and nothing that counts messages.
    pub fn message_id(&self, outbox_id: i64) -> String {
        hex::encode(&self.mail_mac(format!("message|{outbox_id}").as_bytes())[..16])
    }

    fn mail_mac(&self, message: &[u8]) -> [u8; 32] {
        let mut m = HmacSha256::new_from_slice(&self.mail).expect("HMAC takes any key length");
        m.update(message);
        m.finalize().into_bytes().into()
    }

    fn issue(&self, issued: DateTime<Utc>, message: impl Fn(i64) -> Vec<u8>) -> String {
        let ts = issued.timestamp();
        let mut m = HmacSha256::new_from_slice(&self.form).expect("HMAC takes any key length");
        m.update(&message(ts));
        format!("{ts}.{}", URL_SAFE_NO_PAD.encode(m.finalize().into_bytes()))
    }

    fn check(
        &self,
        token: &str,
        now: DateTime<Utc>,
        max_age: TimeDelta,
        message: impl Fn(i64) -> Vec<u8>,
    ) -> Result<DateTime<Utc>, FormTokenError> {
        if token.is_empty() {
            return Err(FormTokenError::Missing);
        }
        let (ts, mac) = token.split_once('.').ok_or(FormTokenError::Forged)?;
        let ts: i64 = ts.parse().map_err(|_| FormTokenError::Forged)?;
        let mac = URL_SAFE_NO_PAD
            .decode(mac)
            .map_err(|_| FormTokenError::Forged)?;
        let mut m = HmacSha256::new_from_slice(&self.form).expect("HMAC takes any key length");
        m.update(&message(ts));
        m.verify_slice(&mac).map_err(|_| FormTokenError::Forged)?;
        let issued = DateTime::from_timestamp(ts, 0).ok_or(FormTokenError::Forged)?;
        // A minute's grace for clocks of several servers behind one balancer.
        if issued > now + TimeDelta::minutes(1) {
            return Err(FormTokenError::Forged);
        }
        if now - issued > max_age {
            return Err(FormTokenError::Expired);
        }
        Ok(issued)
    }

    /// A keyed hash of a client address, for abuse analysis without storing the address.
    pub fn ip_hash(&self, ip: IpAddr) -> String {
        let mut m = HmacSha256::new_from_slice(&self.ip).expect("HMAC takes any key length");
        m.update(ip.to_string().as_bytes());
        hex::encode(&m.finalize().into_bytes()[..16])
    }
}

/// The key of confirm and withdraw links, which are derived from the signature they act on
/// instead of drawn at random and stored: sending a confirmation writes no row.
///
/// A link's 34 bytes: the petition id (4), the signature id (6), when the link stops working
/// (4: seconds since 1970, 0 for never), an outer check (4) over those and the purpose, and
/// an inner check (16) over the same and the signature's random `link_salt` (128 bits from
/// the CSPRNG, written with the signature). The outer check alone says "this server made a
/// link for this petition", so a link whose signature is gone can still say "expired, sign
/// again" and a made-up one cannot; only the inner one lets a link act, so the secret key
/// without the database, or the database without the key, forges nothing.
#[derive(Clone, Copy)]
pub struct LinkKey([u8; 32]);

/// Where the outer check starts; what it covers comes before it.
const HEAD: usize = 14;
const OUTER: usize = 4;
const INNER: usize = 16;
const _: () = assert!(HEAD + OUTER + INNER == crate::domain::token::LINK_BYTES);

impl LinkKey {
    /// The link of `purpose` (confirm or withdraw) for a signature with `salt`, working
    /// until `expires_at` (or for as long as its signature, with `None`).
    pub fn token(
        &self,
        purpose: TokenPurpose,
        petition_id: i64,
        signature_id: i64,
        salt: &str,
        expires_at: Option<DateTime<Utc>>,
    ) -> Token {
        let mut bytes = [0u8; HEAD + OUTER + INNER];
        bytes[..4].copy_from_slice(&(petition_id as u32).to_be_bytes());
        bytes[4..10].copy_from_slice(&(signature_id as u64).to_be_bytes()[2..]);
        let until = expires_at.map_or(0, |t| t.timestamp().clamp(1, u32::MAX.into()) as u32);
        bytes[10..HEAD].copy_from_slice(&until.to_be_bytes());
        let head: [u8; HEAD] = bytes[..HEAD].try_into().expect("the head");
        bytes[HEAD..HEAD + OUTER]
            .copy_from_slice(&self.outer(purpose, &head).finalize().into_bytes()[..OUTER]);
        bytes[HEAD + OUTER..]
            .copy_from_slice(&self.inner(purpose, &head, salt).finalize().into_bytes()[..INNER]);
        Token::from_bytes(&bytes)
    }

    /// Reads a link that arrived for `purpose`. Tokens of other kinds (the random ones of
    /// older emails, unsubscribe links) come back without a [`SignedLink`], for the tokens
    /// table to answer.
    pub fn open(&self, token: Token, purpose: TokenPurpose) -> Link {
        let signed = match (purpose, token.bytes()) {
            (TokenPurpose::Confirm | TokenPurpose::Withdraw, Some(bytes))
                if bytes.len() == HEAD + OUTER + INNER =>
            {
                let head: [u8; HEAD] = bytes[..HEAD].try_into().expect("the head");
                self.outer(purpose, &head)
                    .verify_truncated_left(&bytes[HEAD..HEAD + OUTER])
                    .ok()
                    .map(|()| {
                        let mut id = [0u8; 8];
                        id[2..].copy_from_slice(&head[4..10]);
                        let until = u32::from_be_bytes(head[10..].try_into().expect("four bytes"));
                        SignedLink {
                            petition_id: i64::from(u32::from_be_bytes(
                                head[..4].try_into().expect("four bytes"),
                            )),
                            signature_id: u64::from_be_bytes(id) as i64,
                            expires_at: (until > 0)
                                .then(|| DateTime::from_timestamp(until.into(), 0))
                                .flatten(),
                            purpose,
                            head,
                            inner: bytes[HEAD + OUTER..].try_into().expect("the inner check"),
                            key: *self,
                        }
                    })
            }
            _ => None,
        };
        Link {
            token,
            purpose,
            signed,
        }
    }

    fn outer(&self, purpose: TokenPurpose, head: &[u8; HEAD]) -> HmacSha256 {
        let mut m = HmacSha256::new_from_slice(&self.0).expect("HMAC takes any key length");
        m.update(b"outer|");
        m.update(purpose.as_str().as_bytes());
        m.update(head);
        m
    }

    fn inner(&self, purpose: TokenPurpose, head: &[u8; HEAD], salt: &str) -> HmacSha256 {
        let mut m = HmacSha256::new_from_slice(&self.0).expect("HMAC takes any key length");
        m.update(b"inner|");
        m.update(purpose.as_str().as_bytes());
        m.update(head);
        m.update(salt.as_bytes());
        m
    }
}

/// A fresh `link_salt` for a new signature: 128 random bits, in hex.
pub fn link_salt() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// A confirm, withdraw or unsubscribe link as it arrived.
pub struct Link {
    pub token: Token,
    pub purpose: TokenPurpose,
    /// Set when the token is a link this server derived (its outer check passed).
    pub signed: Option<SignedLink>,
}

/// A derived link whose outer check passed: the petition and signature it names.
pub struct SignedLink {
    pub petition_id: i64,
    pub signature_id: i64,
    /// When it stops working; `None` for as long as its signature holds its salt.
    pub expires_at: Option<DateTime<Utc>>,
    purpose: TokenPurpose,
    head: [u8; HEAD],
    inner: [u8; INNER],
    key: LinkKey,
}

impl SignedLink {
    /// Whether the link was made for the signature that holds `salt`, in constant time.
    pub fn holds(&self, salt: &str) -> bool {
        self.key
            .inner(self.purpose, &self.head, salt)
            .verify_truncated_left(&self.inner)
            .is_ok()
    }
}

fn form_message(petition_id: i64, ts: i64) -> Vec<u8> {
    format!("form|{petition_id}|{ts}").into_bytes()
}

fn login_message(browser: &Token, ts: i64) -> Vec<u8> {
    format!("login|{}|{ts}", browser.hash()).into_bytes()
}

fn derive(secret: &[u8], label: &[u8]) -> [u8; 32] {
    let mut m = HmacSha256::new_from_slice(secret).expect("HMAC takes any key length");
    m.update(label);
    m.finalize().into_bytes().into()
}

fn read_or_generate(path: &Path) -> Result<String, KeyError> {
    let err = |e| KeyError::File(path.display().to_string(), e);
    match std::fs::read_to_string(path) {
        Ok(s) if s.trim().len() >= 32 => return Ok(s.trim().to_owned()),
        Ok(_) => {
            return Err(err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "shorter than 32 characters",
            )))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(err(e)),
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(err)?;
    }
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let secret = hex::encode(bytes);
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(path).map_err(err)?;
    f.write_all(secret.as_bytes()).map_err(err)?;
    f.sync_all().map_err(err)?;
    tracing::info!(path = %path.display(), "generated a new secret key");
    Ok(secret)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Keys {
        Keys::from_secret(b"0123456789abcdef0123456789abcdef")
    }

    #[test]
    fn a_form_token_checks_out_for_its_petition_only() {
        let k = keys();
        let now = Utc::now();
        let t = k.form_token(7, now - TimeDelta::seconds(5));
        let age = TimeDelta::hours(1);
        assert!(k.check_form_token(&t, 7, now, age).is_ok());
        assert_eq!(
            k.check_form_token(&t, 8, now, age),
            Err(FormTokenError::Forged)
        );
        assert_eq!(
            k.check_form_token(&t, 7, now + TimeDelta::hours(2), age),
            Err(FormTokenError::Expired)
        );
        assert_eq!(
            k.check_form_token("", 7, now, age),
            Err(FormTokenError::Missing)
        );
        assert_eq!(
            k.check_form_token("123.abc", 7, now, age),
            Err(FormTokenError::Forged)
        );
        let other = Keys::from_secret(b"another secret of at least 32 chars!!");
        assert_eq!(
            other.check_form_token(&t, 7, now, age),
            Err(FormTokenError::Forged)
        );
    }

    #[test]
    fn the_secret_file_is_generated_once_with_mode_0600() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/secret.key");
        let a = read_or_generate(&path).unwrap();
        let b = read_or_generate(&path).unwrap();
        assert_eq!(a, b);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
    }

    #[test]
    fn ip_hashes_are_keyed() {
        let ip: IpAddr = "203.0.113.9".parse().unwrap();
        assert_eq!(keys().ip_hash(ip), keys().ip_hash(ip));
        assert_ne!(
            keys().ip_hash(ip),
            Keys::from_secret(b"another secret of at least 32 chars!!").ip_hash(ip)
        );
        assert!(!keys().ip_hash(ip).contains("203"));
    }

    #[test]
    fn a_link_opens_for_its_purpose_and_acts_only_with_its_salt() {
        let links = keys().links();
        let salt = link_salt();
        let until = DateTime::from_timestamp(1_900_000_000, 0);
        let t = links.token(TokenPurpose::Withdraw, 7, 1 << 40, &salt, until);
        let link = links.open(t.clone(), TokenPurpose::Withdraw);
        let signed = link.signed.as_ref().expect("a derived link");
        assert_eq!((signed.petition_id, signed.signature_id), (7, 1 << 40));
        assert_eq!(signed.expires_at, until);
        let forever = links.token(TokenPurpose::Withdraw, 7, 8, &salt, None);
        let opened = links.open(forever, TokenPurpose::Withdraw);
        assert_eq!(opened.signed.unwrap().expires_at, None);
        assert!(signed.holds(&salt));
        assert!(!signed.holds(&link_salt()), "another signature's salt");
        // Not a confirm link, and not a link of another installation.
        assert!(links
            .open(t.clone(), TokenPurpose::Confirm)
            .signed
            .is_none());
        let other = Keys::from_secret(b"another secret of at least 32 chars!!").links();
        assert!(other
            .open(t.clone(), TokenPurpose::Withdraw)
            .signed
            .is_none());
        // Any byte changed: the ids or the outer check fail the outer check; the inner one
        // fails against the salt.
        let bytes = t.bytes().unwrap();
        for i in 0..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 1;
            let opened = links.open(Token::from_bytes(&b), TokenPurpose::Withdraw);
            match opened.signed {
                None => assert!(i < HEAD + OUTER, "byte {i}"),
                Some(s) => {
                    assert!(i >= HEAD + OUTER, "byte {i}");
                    assert!(!s.holds(&salt), "byte {i}");
                }
            }
        }
        // A random token (an older email's) is not a derived link, but for one in 2^32.
        assert!(links
            .open(Token::generate(), TokenPurpose::Withdraw)
            .signed
            .is_none());
    }

    #[test]
    fn a_login_token_checks_out_for_its_browser_only() {
        let now = Utc::now();
        let (mine, theirs) = (Token::generate(), Token::generate());
        let t = keys().login_token(&mine, now);
        let day = TimeDelta::hours(12);
        assert!(keys().check_login_token(&t, &mine, now, day).is_ok());
        assert_eq!(
            keys().check_login_token(&t, &theirs, now, day),
            Err(FormTokenError::Forged)
        );
        // Nor is it a form token, or the other way round.
        assert!(keys().check_form_token(&t, 0, now, day).is_err());
        let form = keys().form_token(0, now);
        assert!(keys().check_login_token(&form, &mine, now, day).is_err());
    }
}

/// Argon2id with the crate's defaults (OWASP's 19 MiB, 2 passes, 1 lane): about 20–50 ms here,
/// slow for a guesser, bearable for a login.
pub mod password {
    use std::sync::OnceLock;

    use argon2::password_hash::{
        rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
    };
    use argon2::Argon2;

    /// The shortest password accepted for an organizer account.
    pub const MIN_LENGTH: usize = 12;

    pub fn hash(password: &str) -> Result<String, String> {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| e.to_string())
    }

    /// Checks `password` against `stored`; with `None` (no such account) it checks against a
    /// dummy hash, so a missing account takes as long to refuse as a wrong password.
    pub fn verify(password: &str, stored: Option<&str>) -> bool {
        static DUMMY: OnceLock<String> = OnceLock::new();
        let dummy = DUMMY.get_or_init(|| hash("a dummy password nobody has").unwrap_or_default());
        let (phc, real) = match stored {
            Some(s) => (s, true),
            None => (dummy.as_str(), false),
        };
        let Ok(parsed) = PasswordHash::new(phc) else {
            return false;
        };
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
            && real
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn hashes_verify_and_are_salted() {
            let a = hash("correct horse battery").unwrap();
            let b = hash("correct horse battery").unwrap();
            assert_ne!(a, b);
            assert!(a.starts_with("$argon2id$"));
            assert!(verify("correct horse battery", Some(&a)));
            assert!(!verify("wrong", Some(&a)));
            assert!(!verify("correct horse battery", None));
            assert!(!verify("x", Some("not a hash")));
        }
    }
}
