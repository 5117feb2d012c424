//! The one error type handlers return, and how each becomes a status and a page. The page
//! itself is rendered by the `error_pages` middleware, which knows the request's language.
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use templates::pages::ErrorKind;

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    #[error("request body too large")]
    TooLarge,
    #[error("unsupported content type")]
    UnsupportedMediaType,
    #[error("rate limit reached; retry after {0:?}")]
    RateLimited(std::time::Duration),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Marks a response whose body the `error_pages` middleware should render.
#[derive(Clone, Copy, Debug)]
pub struct ErrorPage(pub ErrorKind);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, kind) = match &self {
            AppError::NotFound => (StatusCode::NOT_FOUND, ErrorKind::NotFound),
            AppError::BadRequest(_) => (StatusCode::BAD_REQUEST, ErrorKind::BadRequest),
            AppError::Forbidden(_) => (StatusCode::FORBIDDEN, ErrorKind::Forbidden),
            AppError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, ErrorKind::TooLarge),
            AppError::UnsupportedMediaType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorKind::UnsupportedType,
            ),
            AppError::RateLimited(wait) => {
                let mut res = error_response(StatusCode::TOO_MANY_REQUESTS, ErrorKind::RateLimited);
                res.headers_mut().insert(
                    axum::http::header::RETRY_AFTER,
                    wait.as_secs().max(1).into(),
                );
                return res;
            }
            AppError::Store(e) => {
                // Logged once, here; the browser gets a page, never the cause.
                tracing::error!(error = %e, "request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, ErrorKind::Internal)
            }
        };
        error_response(status, kind)
    }
}

/// A response the middleware turns into the error page of `kind`.
pub fn error_response(status: StatusCode, kind: ErrorKind) -> Response {
    let mut res = (status, "").into_response();
    res.extensions_mut().insert(ErrorPage(kind));
    res
}
