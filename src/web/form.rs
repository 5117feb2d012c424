//! The one extractor for form posts: `application/x-www-form-urlencoded` only (415
//! otherwise), at most the router's body limit (413), and strictly UTF-8 (400): a form
//! whose bytes are not text is refused, never silently repaired.
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header::CONTENT_TYPE;
use axum::http::StatusCode;
use percent_encoding::percent_decode;

use super::error::AppError;

/// The decoded fields of a form, in the order they came.
#[derive(Clone, Debug, Default)]
pub struct FormPairs(pub Vec<(String, String)>);

impl FormPairs {
    /// The first value of `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

impl<S: Send + Sync> FromRequest<S> for FormPairs {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, AppError> {
        let is_form = req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|m| {
                m.trim()
                    .eq_ignore_ascii_case("application/x-www-form-urlencoded")
            });
        if !is_form {
            return Err(AppError::UnsupportedMediaType);
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                AppError::TooLarge
            } else {
                AppError::BadRequest("unreadable body")
            }
        })?;
        decode(&bytes)
            .map(FormPairs)
            .ok_or(AppError::BadRequest("form is not UTF-8"))
    }
}

/// A form that may be absent: `None` for a request with no form body (a button pressed by
/// a client that sends nothing, a one-click POST); a form body is read as [`FormPairs`]
/// reads it, refusals and all.
impl<S: Send + Sync> axum::extract::OptionalFromRequest<S> for FormPairs {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Option<Self>, AppError> {
        let has_form = req.headers().contains_key(CONTENT_TYPE);
        if !has_form {
            return Ok(None);
        }
        <FormPairs as FromRequest<S>>::from_request(req, state)
            .await
            .map(Some)
    }
}

/// Decodes `a=b&c=d`; `None` when a name or value is not UTF-8 once decoded.
pub fn decode(body: &[u8]) -> Option<Vec<(String, String)>> {
    let mut out = vec![];
    for pair in body.split(|b| *b == b'&').filter(|p| !p.is_empty()) {
        let (k, v) = match pair.iter().position(|b| *b == b'=') {
            Some(i) => (&pair[..i], &pair[i + 1..]),
            None => (pair, &[][..]),
        };
        out.push((decode_component(k)?, decode_component(v)?));
    }
    Some(out)
}

fn decode_component(raw: &[u8]) -> Option<String> {
    let plus: Vec<u8> = raw
        .iter()
        .map(|b| if *b == b'+' { b' ' } else { *b })
        .collect();
    let bytes: Vec<u8> = percent_decode(&plus).collect();
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_forms() {
        let got = decode(b"name=%D0%9E%D0%BB%D0%B5%D0%BD%D0%B0+K&empty=&flag&x=a%26b%3Dc").unwrap();
        assert_eq!(
            got,
            vec![
                ("name".into(), "Олена K".into()),
                ("empty".into(), "".into()),
                ("flag".into(), "".into()),
                ("x".into(), "a&b=c".into())
            ]
        );
    }

    #[test]
    fn broken_utf8_is_refused_not_repaired() {
        assert!(decode(b"name=%C3%28").is_none());
        assert!(decode(b"name=\xff").is_none());
        assert!(decode(b"%FF=x").is_none());
    }
}
