//! The CSV export, streamed and recorded, and the printable delivery document.

use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::header::{self, HeaderValue};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::export::{self, Format};
use crate::web::error::AppError;
use crate::web::path::PathParam;
use crate::web::AppState;

use super::{download, find, refuse_cross_site, Organizer};

#[derive(Deserialize)]
pub struct ExportQuery {
    format: Option<String>,
    /// The language of country names; see [`export::language`].
    lang: Option<String>,
}

/// Streams the CSV from the database to the browser; memory stays flat. The export is
/// recorded (with its SHA-256) once the last byte has gone out.
pub async fn export_csv(
    State(state): State<AppState>,
    who: Organizer,
    PathParam(slug): PathParam,
    Query(q): Query<ExportQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    // An export is written to the audit log: a link on another site must not be able to
    // make an organizer's browser add entries to it (the session cookie is `SameSite=Lax`,
    // which a top-level GET carries).
    refuse_cross_site(&state, &headers)?;
    let p = find(&state, &slug).await?;
    let format = Format::parse(q.format.as_deref().unwrap_or("delivery"))
        .ok_or(AppError::BadRequest("format"))?;
    let language = export::language(&p, q.lang.as_deref());
    let now = state.clock.now();
    let filename = format!(
        "{}-{}-{}.csv",
        p.slug,
        now.format("%Y%m%d-%H%M%S"),
        format.as_str()
    );
    let actor = who.email().to_owned();
    let task_state = state.clone();
    let name = filename.clone();
    let body = streamed(move |chunks| async move {
        match export::run(
            &task_state.store,
            &p,
            format,
            language,
            chunks.sink(),
            |_| {},
        )
        .await
        {
            Ok(done) => {
                let dest = format!("download {name}");
                if let Err(e) = task_state
                    .store
                    .record_export(
                        &actor,
                        p.id,
                        format.as_str(),
                        done.rows,
                        &done.sha256,
                        &dest,
                        now,
                    )
                    .await
                {
                    tracing::error!(error = %e, "export sent but not recorded");
                }
            }
            Err(e) => chunks.failed(&p.slug, "export", e).await,
        }
    });
    download("text/csv; charset=utf-8", &filename, body)
}

#[derive(Deserialize)]
pub struct DeliveryQuery {
    lang: Option<String>,
}

/// The delivery document in the declaration's language, or the one `?lang=` names: it is
/// for the addressees, whatever language the organizer's dashboard speaks. Streamed: the
/// letter arrives at once and the names follow, however many.
pub async fn delivery(
    State(state): State<AppState>,
    _who: Organizer,
    PathParam(slug): PathParam,
    Query(q): Query<DeliveryQuery>,
) -> Result<Response, AppError> {
    let p = find(&state, &slug).await?;
    let language = export::language(&p, q.lang.as_deref());
    let now = state.clock.now();
    let body = streamed(move |chunks| async move {
        if let Err(e) =
            export::delivery::stream(&state.store, &p, language, now, false, chunks.sink()).await
        {
            chunks.failed(&p.slug, "delivery document", e).await;
        }
    });
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (
                header::HeaderName::from_static("x-robots-tag"),
                HeaderValue::from_static("noindex"),
            ),
        ],
        body,
    )
        .into_response())
}

/// `GET /admin/petitions/{slug}/package.zip`: the delivery CSV, the delivery document and
/// a manifest of their SHA-256, in one ZIP file, streamed as it is made; recorded like an
/// export once the last byte has gone out.
pub async fn package(
    State(state): State<AppState>,
    who: Organizer,
    PathParam(slug): PathParam,
    Query(q): Query<DeliveryQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    refuse_cross_site(&state, &headers)?;
    let p = find(&state, &slug).await?;
    let language = export::language(&p, q.lang.as_deref());
    let now = state.clock.now();
    let filename = format!("{}-{}-package.zip", p.slug, now.format("%Y%m%d-%H%M%S"));
    let actor = who.email().to_owned();
    let name = filename.clone();
    let body = streamed(move |chunks| async move {
        let made =
            export::package::stream(&state.store, &p, language, &actor, now, chunks.sink()).await;
        match made {
            Ok(package) => {
                let dest = format!("download {name}");
                let done = package.finished;
                if let Err(e) = state
                    .store
                    .record_export(&actor, p.id, "package", done.rows, &done.sha256, &dest, now)
                    .await
                {
                    tracing::error!(error = %e, "package sent but not recorded");
                }
            }
            Err(e) => chunks.failed(&p.slug, "package", e).await,
        }
    });
    download("application/zip", &filename, body)
}

/// One chunk on its way to the browser.
pub(super) type Sending =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), export::ExportError>> + Send>>;

/// Where a streamed download's producer sends its chunks.
#[derive(Clone)]
pub(super) struct Chunks(tokio::sync::mpsc::Sender<Result<Vec<u8>, std::io::Error>>);

impl Chunks {
    /// A sink for [`export::run`] and its kind: sending fails once the browser has gone.
    pub(super) fn sink(&self) -> impl FnMut(Vec<u8>) -> Sending {
        let tx = self.0.clone();
        move |chunk| {
            let tx = tx.clone();
            Box::pin(async move {
                tx.send(Ok(chunk))
                    .await
                    .map_err(|_| export::ExportError::Closed)
            })
        }
    }

    /// Ends the body with an error, so the browser knows what it has is not the whole; a
    /// reader who went away is only noted.
    pub(super) async fn failed(&self, slug: &str, what: &str, e: export::ExportError) {
        if matches!(e, export::ExportError::Closed) {
            tracing::info!(petition = %slug, what, "download abandoned");
            return;
        }
        tracing::error!(error = %e, petition = %slug, what, "download failed");
        let _ = self.0.send(Err(std::io::Error::other("failed"))).await;
    }
}

/// A body fed by `produce`, run in its own task: chunks reach the browser as they are made,
/// a few at most held between them, so memory stays flat however large the download.
pub(super) fn streamed<P, Fut>(produce: P) -> Body
where
    P: FnOnce(Chunks) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Vec<u8>, std::io::Error>>(4);
    tokio::spawn(produce(Chunks(tx)));
    Body::from_stream(futures::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    }))
}
