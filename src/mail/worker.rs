//! The outbox worker: claims due messages, writes them in the signer's language, sends many
//! at once, and settles each as sent, to be retried, or failed.
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::TimeDelta;
use futures::stream::{self, StreamExt};
use lettre::message::Mailbox;
use templates::email::{self, SignatureEmail, UpdateEmail};
use templates::Tr;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use super::{MailError, Mailer, Outbound};
use crate::clock::Clock;
use crate::config::Settings;
use crate::domain::email::mask;
use crate::security::Keys;
use crate::store::outbox::{Claim, Delivery, Outgoing, Purpose, Settled, UpdateKind};
use crate::store::Store;

/// How long a claimed message is ours before another worker may take it.
const LEASE: TimeDelta = TimeDelta::minutes(5);
/// Woken by a commit that queued mail, the worker waits this long before it claims, so that
/// the next few signing batches' messages share its claim and settle transactions (each a
/// sync to disk through the one writer the signings also need) instead of each batch
/// costing two more.
const GATHER: Duration = Duration::from_millis(5);
/// The most messages one claim takes: a claim and a settle serve this many, sent
/// `mail.concurrency` at a time.
const CLAIM_MAX: u64 = 256;
/// At shutdown, sends in flight get this long to finish and be recorded; what is still
/// held after it is handed back (see `Store::sign_off`) for another instance to send.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

pub struct OutboxWorker {
    pub store: Store,
    pub mailer: Mailer,
    pub settings: Arc<Settings>,
    pub clock: Clock,
    pub keys: Keys,
    pub wake: Arc<Notify>,
    /// This process's name on the leases it takes.
    pub owner: String,
}

/// What one round did.
#[derive(Clone, Copy, Debug, Default)]
pub struct Round {
    /// Messages claimed (sent, failed, or refused).
    pub handled: usize,
    /// The round was full: more may be due at once.
    pub full: bool,
    /// Updates may be waiting that the pace held back: the next may go after this long.
    pub paced: Option<Duration>,
}

impl OutboxWorker {
    /// A worker for the service behind `state`, sending through `mailer`.
    pub fn new(state: &crate::web::AppState, mailer: Mailer) -> OutboxWorker {
        OutboxWorker {
            store: state.store.clone(),
            mailer,
            settings: state.settings.clone(),
            clock: state.clock.clone(),
            keys: state.keys.clone(),
            wake: state.store.outbox_wake(),
            owner: state.settings.instance_id(),
        }
    }

    /// A worker for the service behind `state`, with a mailer of its own.
    pub fn for_state(state: &crate::web::AppState) -> Result<OutboxWorker, MailError> {
        Ok(OutboxWorker::new(
            state,
            Mailer::from_settings(&state.settings.mail)?,
        ))
    }

    fn from(&self) -> Result<Mailbox, crate::store::StoreError> {
        self.settings
            .mail
            .from
            .parse()
            .map_err(|e| crate::store::StoreError::Corrupt(format!("mail.from: {e}")))
    }

    /// Runs rounds until one finds nothing due: everything queued now is sent, or settled
    /// to be retried later. Waits out the updates' pace rather than stopping at it. Returns
    /// how many messages it handled. What the test kit waits on instead of time (zero2prod's
    /// `dispatch_all_pending_emails`).
    pub async fn drain(&self) -> Result<usize, crate::store::StoreError> {
        let from = self.from()?;
        let mut pace = Pace::new(self.settings.mail.bulk_per_second);
        let mut total = 0;
        loop {
            let round = self.round(&from, &mut pace).await?;
            total += round.handled;
            match round.paced {
                Some(wait) if !round.full => tokio::time::sleep(wait).await,
                _ if round.handled == 0 => return Ok(total),
                _ => {}
            }
        }
    }

    pub async fn run(self, shutdown: CancellationToken) {
        let from = match self.from() {
            Ok(m) => m,
            Err(e) => {
                // Settings::check refuses this at start-up; say so if it ever slips through.
                tracing::error!(error = %e, "mail.from is not a mailbox; the outbox worker stops");
                return;
            }
        };
        let poll = Duration::from_millis(self.settings.mail.poll_interval_ms.max(10));
        let mut pace = Pace::new(self.settings.mail.bulk_per_second);
        loop {
            if shutdown.is_cancelled() {
                return;
            }
            let grace = async {
                shutdown.cancelled().await;
                tokio::time::sleep(SHUTDOWN_GRACE).await;
            };
            let round = tokio::select! {
                r = self.round(&from, &mut pace) => r,
                () = grace => {
                    // A mail server that hangs must not hold the shutdown: the sends are
                    // dropped and their messages handed back as the process signs off.
                    tracing::warn!("sends still in flight at shutdown; their messages are handed back");
                    return;
                }
            };
            let round = match round {
                Ok(r) => r,
                Err(e) => {
                    tracing::error!(error = %e, "outbox round failed");
                    Round::default()
                }
            };
            // A full round means more may be waiting: go again at once.
            if round.full {
                continue;
            }
            // Held back updates go when the pace allows; a confirmation wakes us before.
            let wait = round.paced.map_or(poll, |w| w.min(poll));
            tokio::select! {
                _ = shutdown.cancelled() => return,
                _ = self.wake.notified() => {
                    tokio::select! {
                        _ = shutdown.cancelled() => return,
                        _ = tokio::time::sleep(GATHER) => {}
                    }
                }
                _ = tokio::time::sleep(wait) => {}
            }
        }
    }

    /// One claim–send–settle round: every due confirmation first (up to [`CLAIM_MAX`], sent
    /// `mail.concurrency` at a time), then as many updates as the room and the pace allow.
    pub async fn round(
        &self,
        from: &Mailbox,
        pace: &mut Pace,
    ) -> Result<Round, crate::store::StoreError> {
        let s = &self.settings;
        let limit = (s.mail.concurrency as u64).max(CLAIM_MAX);
        let allowed = pace.available();
        let claimed = self
            .store
            .claim_outbox(
                self.clock.now(),
                Claim {
                    owner: &self.owner,
                    lease: LEASE,
                    limit,
                    bulk: allowed,
                },
                TimeDelta::hours(s.signing.confirm_ttl_hours as i64),
                &self.keys,
            )
            .await?;
        let n = claimed.len();
        let bulk = claimed
            .iter()
            .filter(|m| m.purpose == Purpose::Update)
            .count() as u64;
        pace.take(bulk);
        let round = Round {
            handled: n,
            full: n as u64 >= limit,
            // Held back when the pace, not the queue, ended the claim.
            paced: (bulk >= allowed).then(|| pace.wait()),
        };
        if claimed.is_empty() {
            return Ok(round);
        }
        let results = self.send_claimed(from, claimed).await;
        self.settle(&results).await?;
        Ok(round)
    }

    /// Sends messages already claimed; the outcomes are for [`OutboxWorker::settle`].
    pub async fn send_claimed(&self, from: &Mailbox, claimed: Vec<Outgoing>) -> Vec<Settled> {
        let n = claimed.len();
        let results: Vec<Settled> = stream::iter(claimed)
            .map(|m| async move {
                let delivery = self.deliver(from, &m).await;
                Settled {
                    outbox_id: m.outbox_id,
                    attempts: m.attempts,
                    address_key: m.address_key,
                    delivery,
                }
            })
            .buffer_unordered(self.settings.mail.concurrency.max(1))
            .collect()
            .await;
        let failed = results
            .iter()
            .filter(|r| matches!(r.delivery, Delivery::Failed(_)))
            .count();
        let refused = results
            .iter()
            .filter(|r| matches!(r.delivery, Delivery::Refused(_)))
            .count();
        // One line a round at info (each message's own line is at debug; a failure's at
        // warn): a burst of ten thousand emails is not ten thousand lines.
        if failed > 0 || refused > 0 {
            tracing::warn!(
                sent = n - failed - refused,
                failed,
                refused,
                "mail sent; failed messages will be retried, refused ones not"
            );
        } else {
            tracing::info!(sent = n, "mail sent");
        }
        results
    }

    /// Records how sends went.
    pub async fn settle(&self, results: &[Settled]) -> Result<(), crate::store::StoreError> {
        let s = &self.settings;
        let base = TimeDelta::seconds(s.mail.retry_base_seconds.max(1) as i64);
        self.store
            .settle_outbox(results, self.clock.now(), s.mail.max_attempts, base)
            .await
    }

    async fn deliver(&self, from: &Mailbox, m: &Outgoing) -> Delivery {
        let rendered = render(&self.settings, &self.keys, m);
        let out = Outbound {
            to: &m.to,
            email: &rendered,
            message_id: self.keys.message_id(m.outbox_id),
            list_unsubscribe: (m.purpose == Purpose::Update)
                .then(|| unsubscribe_url(&self.settings, &self.keys, m.signature_id)),
        };
        let started = Instant::now();
        let sent = self.mailer.send(from, &out).await;
        if crate::metrics::enabled() {
            metrics::histogram!("undersign_mail_send_seconds")
                .record(started.elapsed().as_secs_f64());
            let result = match &sent {
                Ok(()) => "sent",
                Err(e) if e.permanent => "refused",
                Err(_) => "failed",
            };
            metrics::counter!("undersign_mail_total", "result" => result).increment(1);
        }
        match sent {
            Ok(()) => {
                tracing::debug!(outbox_id = m.outbox_id, to = %mask(&m.to), purpose = m.purpose.as_str(), "mail sent");
                Delivery::Sent
            }
            Err(e) if e.permanent => {
                tracing::warn!(outbox_id = m.outbox_id, to = %mask(&m.to), error = %e, "mail refused for good; nothing more goes to this address");
                Delivery::Refused(e.message)
            }
            Err(e) => {
                tracing::warn!(outbox_id = m.outbox_id, to = %mask(&m.to), attempt = m.attempts, error = %e, "mail not sent");
                Delivery::Failed(e.message)
            }
        }
    }
}

/// The pace of updates: a token bucket of `mail.bulk_per_second`, holding a fifth of a
/// second's worth, so updates go out evenly rather than in bursts a provider would defer.
pub struct Pace {
    per_second: f64,
    capacity: f64,
    tokens: f64,
    last: Instant,
}

impl Pace {
    pub fn new(per_second: u32) -> Pace {
        let per_second = f64::from(per_second.max(1));
        let capacity = (per_second / 5.0).max(1.0);
        Pace {
            per_second,
            capacity,
            tokens: capacity,
            last: Instant::now(),
        }
    }

    fn refill(&mut self) {
        let now = Instant::now();
        let elapsed = now.duration_since(self.last).as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.per_second).min(self.capacity);
        self.last = now;
    }

    /// How many updates may go now.
    pub fn available(&mut self) -> u64 {
        self.refill();
        self.tokens.floor() as u64
    }

    fn take(&mut self, n: u64) {
        self.tokens -= n as f64;
    }

    /// How long until the next update may go.
    fn wait(&mut self) -> Duration {
        self.refill();
        let missing = (1.0 - self.tokens).max(0.0);
        Duration::from_secs_f64(missing / self.per_second).max(Duration::from_millis(1))
    }
}

/// The one-click unsubscribe link of a signature.
fn unsubscribe_url(settings: &Settings, keys: &Keys, signature_id: i64) -> String {
    format!(
        "{}/unsubscribe/{}",
        settings.base(),
        keys.unsubscribe_token(signature_id).expose()
    )
}

/// The message for an outbox row, in the signer's language.
pub fn render(settings: &Settings, keys: &Keys, m: &Outgoing) -> templates::email::RenderedEmail {
    let base = settings.base();
    let tr = Tr::new(&m.language);
    let petition_url = format!("{base}/petitions/{}", m.petition_slug);
    let withdraw_url = format!("{base}/withdraw/{}", m.withdraw.expose());
    if let Some(u) = &m.update {
        let view = UpdateEmail {
            petition_title: m.petition_title.clone(),
            petition_url,
            withdraw_url,
            unsubscribe_url: unsubscribe_url(settings, keys, m.signature_id),
            subject: u.subject.clone(),
            text: u.body.clone(),
            html: u.body_html.clone(),
            delivered_on: u.delivered_at.map(|t| t.format("%Y-%m-%d").to_string()),
        };
        return match u.kind {
            UpdateKind::Written => email::update(&tr, &view),
            UpdateKind::Delivered => email::delivered(&tr, &view),
        };
    }
    let view = SignatureEmail {
        petition_title: m.petition_title.clone(),
        petition_url,
        signed_as: m.signed_as.clone(),
        confirm_url: m
            .confirm
            .as_ref()
            .map(|t| format!("{base}/confirm/{}", t.expose())),
        withdraw_url,
        valid_hours: settings.signing.confirm_ttl_hours,
        visibility: crate::web::views::visibility(m.visibility),
    };
    match m.purpose {
        Purpose::AlreadySigned => email::already_signed(&tr, &view),
        Purpose::Confirm | Purpose::Update => email::confirmation(&tr, &view),
    }
}
