//! The CSV export, streamed and recorded, and the printable delivery document.

use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::header::{self, HeaderValue};
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use templates::admin;
use templates::Tr;

use crate::export::{self, Format};
use crate::web::error::AppError;
use crate::web::path::PathParam;
use crate::web::AppState;

use super::{find, private, refuse_cross_site, Organizer};

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
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Vec<u8>, std::io::Error>>(4);
    let actor = who.email().to_owned();
    let task_state = state.clone();
    let name = filename.clone();
    tokio::spawn(async move {
        let send = |chunk: Vec<u8>| {
            let tx = tx.clone();
            async move {
                tx.send(Ok(chunk))
                    .await
                    .map_err(|_| export::ExportError::Closed)
            }
        };
        match export::run(&task_state.store, &p, format, language, send, |_| {}).await {
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
            Err(export::ExportError::Closed) => {
                tracing::info!(petition = %p.slug, "export download abandoned")
            }
            Err(e) => {
                tracing::error!(error = %e, petition = %p.slug, "export failed");
                let _ = tx.send(Err(std::io::Error::other("export failed"))).await;
            }
        }
    });
    let stream = futures::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/csv; charset=utf-8"),
        ),
        (
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
                .map_err(|_| AppError::BadRequest("name"))?,
        ),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ];
    Ok((headers, Body::from_stream(stream)).into_response())
}

#[derive(Deserialize)]
pub struct DeliveryQuery {
    lang: Option<String>,
}

/// The delivery document in the declaration's language, or the one `?lang=` names: it is
/// for the addressees, whatever language the organizer's dashboard speaks.
pub async fn delivery(
    State(state): State<AppState>,
    _who: Organizer,
    PathParam(slug): PathParam,
    Query(q): Query<DeliveryQuery>,
) -> Result<Response, AppError> {
    let p = find(&state, &slug).await?;
    let tr = Tr::new(export::language(&p, q.lang.as_deref()));
    let doc = export::delivery::document(&state.store, &p, tr.lang(), state.clock.now())
        .await
        .map_err(|e| match e {
            export::ExportError::Store(s) => AppError::Store(s),
            other => AppError::Store(crate::store::StoreError::Corrupt(other.to_string())),
        })?;
    Ok(private(Html(admin::delivery(&tr, &doc).into_string())))
}
