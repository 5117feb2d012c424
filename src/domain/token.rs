//! The secrets in confirm, withdraw and unsubscribe links, URL-safe: 192 bits from the OS's
//! CSPRNG kept in the database only as a SHA-256, or, for confirm and withdraw links, 34 bytes
//! derived from the signature (see [`LinkKey`](crate::security::LinkKey)) and kept nowhere.
use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

const BYTES: usize = 24;
/// 24 bytes in unpadded base64.
const CHARS: usize = 32;
/// A derived link's bytes.
pub(crate) const LINK_BYTES: usize = 34;
/// 34 bytes in unpadded base64.
const LINK_CHARS: usize = 46;

/// What a token may do; a confirm token never withdraws and the other way round.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenPurpose {
    Confirm,
    Withdraw,
    /// Stops updates to one signature; long-lived, as the link in every update is.
    Unsubscribe,
}

impl TokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::Confirm => "confirm",
            TokenPurpose::Withdraw => "withdraw",
            TokenPurpose::Unsubscribe => "unsubscribe",
        }
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a token")]
pub struct TokenError;

impl Token {
    pub fn generate() -> Token {
        let mut bytes = [0u8; BYTES];
        // ThreadRng is a ChaCha CSPRNG seeded and periodically reseeded from the OS.
        rand::rng().fill_bytes(&mut bytes);
        Token(URL_SAFE_NO_PAD.encode(bytes))
    }

    /// A token made from key material instead of drawn at random (see
    /// [`Keys::unsubscribe_token`](crate::security::Keys::unsubscribe_token)).
    pub(crate) fn from_bytes(bytes: &[u8]) -> Token {
        Token(URL_SAFE_NO_PAD.encode(bytes))
    }

    /// The bytes the token encodes.
    pub(crate) fn bytes(&self) -> Option<Vec<u8>> {
        URL_SAFE_NO_PAD.decode(&self.0).ok()
    }

    /// Checks the shape only, so that a malformed path never reaches a query.
    pub fn parse(input: &str) -> Result<Token, TokenError> {
        if (input.len() == CHARS || input.len() == LINK_CHARS)
            && input
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            Ok(Token(input.to_owned()))
        } else {
            Err(TokenError)
        }
    }

    /// What the database keeps.
    pub fn hash(&self) -> String {
        hex::encode(Sha256::digest(self.0.as_bytes()))
    }

    /// The token itself, for the one place it belongs: a link in an email.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_tokens_have_the_shape_parse_accepts() {
        let t = Token::generate();
        assert_eq!(t.expose().len(), CHARS);
        assert_eq!(Token::parse(t.expose()).unwrap(), t);
        assert_ne!(Token::generate(), t);
        assert_eq!(t.hash().len(), 64);
        assert!(!format!("{t:?}").contains(t.expose()));
    }

    #[test]
    fn malformed_tokens_are_refused() {
        for bad in [
            "",
            "short",
            &"a".repeat(33),
            &"a".repeat(45),
            &"a".repeat(47),
            &format!("{}%", "a".repeat(31)),
            &format!("{}/", "a".repeat(31)),
        ] {
            assert!(Token::parse(bad).is_err(), "{bad:?}");
        }
    }
}
