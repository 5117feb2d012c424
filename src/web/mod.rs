//! HTTP: the router, the shared state, and the handlers by audience.
pub mod admin;
pub mod api;
pub mod client_ip;
pub mod cookies;
pub mod error;
pub mod form;
pub mod middleware;
pub mod page_cache;
pub mod path;
pub mod policy;
pub mod public;
pub mod rate_limit;
pub mod serve;
pub mod shared_limits;
pub mod sign;
pub mod tokens;
pub mod views;

use std::ops::Deref;
use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::http::header::{HeaderValue, REFERRER_POLICY};
use axum::routing::{get, post};
use axum::Router;
use ipnet::IpNet;

use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::blocklist::Blocklist;
use crate::clock::Clock;
use crate::config::Settings;
use crate::security::Keys;
use crate::store::Store;
use rate_limit::Limits;

/// The largest request body accepted (413 beyond).
pub const BODY_LIMIT: usize = 16 * 1024;
/// The largest body an organizer's form may send (a declaration's text).
pub const ADMIN_BODY_LIMIT: usize = 256 * 1024;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub settings: Arc<Settings>,
    /// The settings requests act on, as durations and limits.
    pub policy: policy::Policy,
    pub store: Store,
    pub clock: Clock,
    pub keys: Keys,
    pub pages: page_cache::PageCache,
    pub trusted_proxies: Vec<IpNet>,
    pub limits: Limits,
    pub blocklist: Blocklist,
    /// Readers of the public list's database pages at once: half the cores. Reads are not
    /// rate limited (see the README), so a flood of them from many addresses waits here,
    /// and the petition page, the signing form and /healthz keep the other half.
    pub list_reads: tokio::sync::Semaphore,
}

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    pub fn new(
        settings: Arc<Settings>,
        store: Store,
        clock: Clock,
        keys: Keys,
        shared_limits: Option<shared_limits::SharedLimits>,
    ) -> AppState {
        let trusted_proxies = settings
            .server
            .trusted_proxies
            .iter()
            .filter_map(|p| client_ip::parse_net(p).ok())
            .collect();
        AppState(Arc::new(Inner {
            pages: Default::default(),
            trusted_proxies,
            limits: Limits::new(&settings.limits, &clock, shared_limits),
            blocklist: Blocklist::new(&settings.blocklist),
            policy: policy::Policy::new(&settings),
            list_reads: tokio::sync::Semaphore::new(
                std::thread::available_parallelism()
                    .map_or(1, |n| n.get())
                    .div_ceil(2),
            ),
            settings,
            store,
            clock,
            keys,
        }))
    }
}

pub fn router(state: AppState) -> Router {
    // Links from emails carry a token in the path: no page reached by one may leak it in a
    // Referer header.
    let no_referrer = SetResponseHeaderLayer::overriding(
        REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    let token_routes = Router::new()
        .route(
            "/confirm/{token}",
            get(tokens::confirm_page).post(tokens::confirm),
        )
        .route(
            "/withdraw/{token}",
            get(tokens::withdraw_page).post(tokens::withdraw),
        )
        .route(
            "/unsubscribe/{token}",
            get(tokens::unsubscribe_page).post(tokens::unsubscribe),
        )
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            rate_limit::token_pages,
        ))
        .layer(no_referrer);

    let public_routes = Router::new()
        .route("/", get(public::index))
        .route("/petitions/{slug}", get(public::petition))
        .route(
            "/petitions/{slug}/sign",
            post(sign::sign).get(sign::to_petition),
        )
        .route("/petitions/{slug}/thanks", get(public::thanks))
        .route("/petitions/{slug}/signatures", get(public::signatories))
        .route("/api/petitions", get(api::list))
        .route("/api/petitions/{slug}", get(api::one))
        .route("/healthz", get(public::healthz))
        .route("/readyz", get(public::readyz))
        .route(templates::STYLESHEET_PATH, get(public::stylesheet))
        .merge(token_routes)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        // A petition page in Hindi is 56 KB of HTML and CSS, 10 KB compressed: on a metered
        // phone connection that is the difference that matters. Brotli at quality 4 (as
        // nginx does on the fly) or gzip, whichever the browser takes. Not the organizers'
        // pages: they carry a session's CSRF token beside text from the request (a search),
        // the mix a compression side channel (BREACH) can read a secret from.
        .layer(CompressionLayer::new().br(true).gzip(true));

    Router::new()
        .merge(public_routes)
        .merge(admin::router())
        .fallback(public::not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::same_origin_writes,
        ))
        .layer(axum::middleware::from_fn(middleware::error_pages))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::remember_language,
        ))
        .layer(axum::middleware::from_fn(middleware::cache_policy))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::security_headers,
        ))
        .layer(axum::middleware::from_fn(middleware::log_requests))
        .with_state(state)
}
