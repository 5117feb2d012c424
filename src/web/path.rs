//! The one path-parameter extractor: a segment that does not decode (broken percent
//! encoding, bytes that are not UTF-8) is a page that does not exist, answered with the
//! 404 page instead of axum's plain-text 400.
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;

use super::error::AppError;

pub struct PathParam(pub String);

impl<S: Send + Sync> FromRequestParts<S> for PathParam {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        Path::<String>::from_request_parts(parts, state)
            .await
            .map(|Path(p)| PathParam(p))
            .map_err(|_| AppError::NotFound)
    }
}
