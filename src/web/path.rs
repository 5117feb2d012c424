//! The one path-parameter extractor: a segment that does not decode (broken percent
//! encoding, bytes that are not UTF-8) or does not fit its type is a page that does not
//! exist, answered with the 404 page instead of axum's plain-text 400. Every handler takes
//! its path through it (`PathParam(slug)`, `PathParam((slug, id))`); `axum::extract::Path`
//! is not used directly.
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use super::error::AppError;

pub struct PathParam<T = String>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for PathParam<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        Path::<T>::from_request_parts(parts, state)
            .await
            .map(|Path(p)| PathParam(p))
            .map_err(|_| AppError::NotFound)
    }
}
