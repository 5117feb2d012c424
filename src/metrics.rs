//! Prometheus metrics for operators of one or several instances, recorded through the
//! `metrics` facade and rendered by `metrics-exporter-prometheus` on `server.metrics_bind`
//! (off when empty): never on the public address, since outbox depths and request rates
//! are an operator's business.
//!
//! What is recorded, and where:
//! - `undersign_signatures_total{outcome}`: each signing's outcome (store::signing).
//! - `undersign_batch_size{kind}`: jobs per group-commit transaction (store::group_commit).
//! - `undersign_mail_total{result}`, `undersign_mail_send_seconds`: each send (mail::worker).
//! - `undersign_http_request_duration_seconds{route,method,status}` (web::middleware).
//! - `undersign_outbox_messages{state}`, `undersign_outbox_oldest_seconds`: read from the
//!   database at each scrape, so every instance reports the shared outbox.
use std::sync::OnceLock;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::web::AppState;

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Installs the process's recorder (once; later calls, such as a second app in one test
/// process, share it) and returns the handle that renders it.
pub fn install() -> &'static PrometheusHandle {
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(
                Matcher::Suffix("_seconds".into()),
                &[
                    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
                ],
            )
            .and_then(|b| {
                b.set_buckets_for_metric(
                    Matcher::Full("undersign_batch_size".into()),
                    &[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0],
                )
            })
            .expect("bucket lists are not empty")
            .build_recorder();
        let handle = recorder.handle();
        // Another recorder already installed (a test harness's): ours still renders what it
        // is given, which is nothing; metrics are an aid, never a reason not to start.
        if metrics::set_global_recorder(recorder).is_err() {
            tracing::warn!("a metrics recorder was already installed; /metrics will be empty");
        }
        handle
    })
}

/// Whether this process records metrics (`server.metrics_bind` is set). The hot paths ask
/// before they build a metric's labels: the facade's no-op recorder still takes the key
/// they make, and a request's route, method and status are three strings.
pub fn enabled() -> bool {
    HANDLE.get().is_some()
}

/// The router of `server.metrics_bind`: `GET /metrics`.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/metrics", get(scrape))
        .with_state(state)
}

async fn scrape(State(state): State<AppState>) -> Response {
    let handle = install();
    match state.store.outbox_health().await {
        Ok(h) => {
            for (label, n) in [
                ("queued", h.queued),
                ("retrying", h.retrying),
                ("failed", h.failed),
            ] {
                metrics::gauge!("undersign_outbox_messages", "state" => label).set(n as f64);
            }
        }
        Err(e) => tracing::warn!(error = %e, "metrics: outbox unreadable"),
    }
    match state.store.outbox_oldest_due(state.clock.now()).await {
        Ok(age) => metrics::gauge!("undersign_outbox_oldest_seconds")
            .set(age.map_or(0.0, |a| a.num_milliseconds() as f64 / 1000.0)),
        Err(e) => tracing::warn!(error = %e, "metrics: outbox unreadable"),
    }
    handle.run_upkeep();
    (
        StatusCode::OK,
        [
            (
                header::CONTENT_TYPE,
                "text/plain; version=0.0.4; charset=utf-8",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        handle.render(),
    )
        .into_response()
}
