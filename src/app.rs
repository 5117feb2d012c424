//! Putting it together: settings in, a bound listener and its background workers out.
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use crate::clock::Clock;
use crate::config::{ConfigError, Settings};
use crate::declarations;
use crate::mail::worker::OutboxWorker;
use crate::mail::{MailError, Mailer};
use crate::security::{KeyError, Keys};
use crate::store::installation::SecretCheck;
use crate::store::{Store, StoreError};
use crate::web::{self, AppState};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Mail(#[from] MailError),
    #[error(transparent)]
    SharedLimits(#[from] crate::web::shared_limits::SharedLimitsError),
    #[error("cannot listen on {0}: {1}")]
    Bind(String, std::io::Error),
    #[error(
        "the database schema is {0} migration(s) behind this undersign, and \
         `database.migrate_on_start` is off: run `undersign migrate` first"
    )]
    SchemaBehind(usize),
    #[error(
        "`security.secret_key` is not the key the other instances on this database use (the \
         database keeps its fingerprint): give every instance the same key; to change it for \
         all of them, run `undersign migrate --new-secret` once with the new key (emailed \
         confirm and withdraw links made with the old key then stop working)"
    )]
    SecretDiffers,
    #[error(
        "`security.secret_key` is empty: on PostgreSQL every instance must use the same key, so \
         it is not generated; set one of at least 32 characters (`openssl rand -hex 32`) in the \
         config file or as UNDERSIGN_SECURITY__SECRET_KEY"
    )]
    SharedSecretRequired,
}

/// A service ready to run.
pub struct Application {
    listener: tokio::net::TcpListener,
    /// `server.metrics_bind`, when set.
    metrics: Option<tokio::net::TcpListener>,
    state: AppState,
    mailer: Mailer,
    shutdown: CancellationToken,
    outbox_worker: bool,
}

/// Options tests need: a clock they can move, a listener they bound themselves.
pub struct Builder {
    settings: Settings,
    clock: Clock,
    listener: Option<std::net::TcpListener>,
    outbox_worker: bool,
}

impl Builder {
    /// Serve without sending mail: the benchmark runs the [`OutboxWorker`] itself, to
    /// measure signing and sending apart.
    pub fn without_outbox_worker(mut self) -> Self {
        self.outbox_worker = false;
        self
    }

    pub fn clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    pub fn listener(mut self, listener: std::net::TcpListener) -> Self {
        self.listener = Some(listener);
        self
    }

    pub async fn build(self) -> Result<Application, StartError> {
        let settings = self.settings;
        settings.check()?;
        // First: a DKIM key that cannot sign stops start-up before anything is written.
        let mailer = Mailer::from_settings(&settings.mail)?;
        if settings.database.is_postgres() && settings.security.has_no_key() {
            return Err(StartError::SharedSecretRequired);
        }
        let keys = Keys::load(&settings.security)?;
        let store = Store::connect(&settings.database).await?;
        // Instances started together take turns: one migrates and imports, the others find
        // it done.
        let lock = store.startup_lock(&settings.database.url).await?;
        let prepared = prepare(&store, &settings, &keys, &self.clock).await;
        lock.release().await;
        prepared?;
        let listener = match self.listener {
            Some(l) => l,
            None => {
                let addr = settings.bind_addr()?;
                std::net::TcpListener::bind(addr)
                    .map_err(|e| StartError::Bind(addr.to_string(), e))?
            }
        };
        listener
            .set_nonblocking(true)
            .map_err(|e| StartError::Bind("listener".into(), e))?;
        let listener = tokio::net::TcpListener::from_std(listener)
            .map_err(|e| StartError::Bind("listener".into(), e))?;
        let metrics = match settings.server.metrics_bind.trim() {
            "" => None,
            addr => {
                crate::metrics::install();
                let l = tokio::net::TcpListener::bind(addr)
                    .await
                    .map_err(|e| StartError::Bind(addr.to_owned(), e))?;
                Some(l)
            }
        };
        let shared_limits = match settings.limits.redis_url.trim() {
            "" => None,
            url => Some(
                crate::web::shared_limits::SharedLimits::connect(
                    url,
                    &settings.limits.redis_prefix,
                )
                .await?,
            ),
        };
        let state = AppState::new(Arc::new(settings), store, self.clock, keys, shared_limits);
        Ok(Application {
            listener,
            metrics,
            state,
            mailer,
            shutdown: CancellationToken::new(),
            outbox_worker: self.outbox_worker,
        })
    }
}

/// What an instance does before it serves, under the start-up lock: the schema, the
/// secret's fingerprint, the declarations, and the mail it held when it last stopped.
async fn prepare(
    store: &Store,
    settings: &Settings,
    keys: &Keys,
    clock: &Clock,
) -> Result<(), StartError> {
    if settings.database.migrate_on_start {
        store.migrate().await?;
    } else {
        let behind = store.pending_migrations().await?;
        if behind > 0 {
            return Err(StartError::SchemaBehind(behind));
        }
    }
    match store
        .check_secret(&keys.fingerprint(), false, clock.now())
        .await?
    {
        SecretCheck::Differs => return Err(StartError::SecretDiffers),
        SecretCheck::Recorded => tracing::info!("the secret key's fingerprint is recorded"),
        SecretCheck::Matches | SecretCheck::Replaced => {}
    }
    store.remember_hidden_signers(keys, clock.now()).await?;
    import_on_start(store, settings, clock).await;
    // What this instance held when it last stopped without settling (killed, crashed) is
    // due now, not when its lease would have run out.
    let instance = settings.instance_id();
    store.heartbeat(&instance, clock.now(), clock.now()).await?;
    let released = store.release_leases(&instance, clock.now()).await?;
    if released > 0 {
        tracing::info!(%instance, messages = released, "messages held before a restart are due again");
    }
    Ok(())
}

async fn import_on_start(store: &Store, settings: &Settings, clock: &Clock) {
    let dir = settings.petitions.import_dir.trim();
    if dir.is_empty() {
        return;
    }
    let dir = PathBuf::from(dir);
    if !dir.is_dir() {
        tracing::warn!(dir = %dir.display(), "petitions.import_dir is not a folder; nothing imported");
        return;
    }
    for (file, result) in declarations::import(store, &[dir], clock.now()).await {
        match result {
            Ok(outcome) => {
                tracing::debug!(file = %file.display(), ?outcome, "declaration imported")
            }
            // One broken file must not keep the others (and the service) down.
            Err(e) => tracing::error!(error = %e, "declaration not imported"),
        }
    }
}

impl Application {
    pub fn builder(settings: Settings) -> Builder {
        Builder {
            settings,
            clock: Clock::System,
            listener: None,
            outbox_worker: true,
        }
    }

    pub async fn build(settings: Settings) -> Result<Application, StartError> {
        Self::builder(settings).build().await
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    /// Where `GET /metrics` is served, when `server.metrics_bind` is set.
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics.as_ref().and_then(|l| l.local_addr().ok())
    }

    pub fn port(&self) -> u16 {
        self.local_addr().port()
    }

    pub fn state(&self) -> AppState {
        self.state.clone()
    }

    /// Cancelling it stops the server and its workers.
    pub fn shutdown_token(&self) -> CancellationToken {
        self.shutdown.clone()
    }

    /// Serves until Ctrl-C, SIGTERM or the shutdown token; then lets requests in flight
    /// finish and the workers settle what they hold.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let Application {
            listener,
            metrics,
            state,
            mailer,
            shutdown,
            outbox_worker,
        } = self;
        let worker = OutboxWorker::new(&state, mailer);
        let mut background = vec![];
        if outbox_worker {
            background.push(tokio::spawn(worker.run(shutdown.clone())));
        }
        background.push(tokio::spawn(purge_loop(state.clone(), shutdown.clone())));
        background.push(tokio::spawn(prune_limits(state.clone(), shutdown.clone())));
        background.push(tokio::spawn(search_index_loop(
            state.clone(),
            shutdown.clone(),
        )));
        background.push(tokio::spawn(heartbeat_loop(
            state.clone(),
            shutdown.clone(),
        )));
        if let Some(l) = metrics {
            tracing::info!(addr = %l.local_addr()?, "metrics are served at /metrics");
            let (router, stop) = (crate::metrics::router(state.clone()), shutdown.clone());
            background.push(tokio::spawn(async move {
                let _ = axum::serve(l, router)
                    .with_graceful_shutdown(async move { stop.cancelled().await })
                    .await;
            }));
        }

        tracing::info!(addr = %listener.local_addr()?, "undersign is listening");
        let stop = shutdown.clone();
        let result = web::serve::serve(
            listener,
            web::router(state.clone()),
            web::serve::Timeouts {
                headers: Duration::from_secs(state.settings.server.header_timeout_seconds.max(1)),
                body: Duration::from_secs(state.settings.server.body_timeout_seconds.max(1)),
            },
            async move {
                tokio::select! {
                    _ = stop.cancelled() => {}
                    _ = shutdown_signal() => {}
                }
            },
        )
        .await;
        shutdown.cancel();
        for task in background {
            let _ = tokio::time::timeout(Duration::from_secs(30), task).await;
        }
        // The worker settled what it sent; anything still held (a send that outlived the
        // wait) is handed back for the other instances, and this one stops beating.
        let instance = state.settings.instance_id();
        match state.store.sign_off(&instance, state.clock.now()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(%instance, messages = n, "mail held at shutdown handed back"),
            Err(e) => tracing::warn!(error = %e, "could not hand back the mail held at shutdown"),
        }
        state.store.clone().close().await;
        result
    }
}

/// Says every few seconds that this instance is alive; the others take over the mail of an
/// instance that stops (see [`HEARTBEAT_STALE`](crate::store::installation::HEARTBEAT_STALE)).
async fn heartbeat_loop(state: AppState, shutdown: CancellationToken) {
    let instance = state.settings.instance_id();
    let started = state.clock.now();
    let mut every = tokio::time::interval(crate::store::installation::HEARTBEAT_EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = every.tick() => {}
        }
        if let Err(e) = state
            .store
            .heartbeat(&instance, started, state.clock.now())
            .await
        {
            tracing::warn!(error = %e, "heartbeat not recorded");
        }
    }
}

async fn purge_loop(state: AppState, shutdown: CancellationToken) {
    let every = Duration::from_secs(state.settings.signing.purge_interval_seconds.max(1));
    loop {
        match state.store.purge_expired(state.clock.now()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(
                purged = n,
                "unconfirmed signatures past their window deleted"
            ),
            Err(e) => tracing::error!(error = %e, "purge failed"),
        }
        let days = state.settings.retention.days_after_close;
        if let Err(e) = state
            .store
            .purge_closed(days, state.clock.now(), false)
            .await
        {
            tracing::error!(error = %e, "erasing closed petitions' personal data failed");
        }
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep(every) => {}
        }
    }
}

/// New signatures go into SQLite's search index in batches, behind the signing path (see
/// [`Store::index_search`](crate::store::Store::index_search)); a search reads the few not
/// indexed yet directly, so this lag is never a missing result.
async fn search_index_loop(state: AppState, shutdown: CancellationToken) {
    if state.store.backend() != sea_orm::DbBackend::Sqlite {
        return;
    }
    loop {
        let pause = match state.store.index_search().await {
            // A full batch: more are waiting.
            Ok(n) if n >= crate::store::moderation::SEARCH_INDEX_BATCH => Duration::ZERO,
            Ok(_) => Duration::from_millis(500),
            Err(e) => {
                tracing::error!(error = %e, "indexing signatures for search failed");
                Duration::from_secs(5)
            }
        };
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep(pause) => {}
        }
    }
}

/// Rate-limit tables forget addresses whose buckets have refilled.
async fn prune_limits(state: AppState, shutdown: CancellationToken) {
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep(Duration::from_secs(60)) => state.limits.prune(),
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
}
