//! The outbox worker: claims due messages, writes them in the signer's language, sends many
//! at once, and settles each as sent, to be retried, or failed.
use std::sync::Arc;
use std::time::Duration;

use chrono::TimeDelta;
use futures::stream::{self, StreamExt};
use lettre::message::Mailbox;
use templates::email::{self, SignatureEmail};
use templates::Tr;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use super::{MailError, Mailer};
use crate::clock::Clock;
use crate::config::Settings;
use crate::domain::email::mask;
use crate::store::outbox::{Delivery, Outgoing, Purpose};
use crate::store::Store;

/// How long a claimed message is ours before another worker may take it.
const LEASE: TimeDelta = TimeDelta::minutes(5);

pub struct OutboxWorker {
    pub store: Store,
    pub mailer: Mailer,
    pub settings: Arc<Settings>,
    pub clock: Clock,
    pub wake: Arc<Notify>,
}

impl OutboxWorker {
    /// A worker for the service behind `state`, with a mailer of its own.
    pub fn for_state(state: &crate::web::AppState) -> Result<OutboxWorker, MailError> {
        Ok(OutboxWorker {
            store: state.store.clone(),
            mailer: Mailer::from_settings(&state.settings.mail)?,
            settings: state.settings.clone(),
            clock: state.clock.clone(),
            wake: state.store.outbox_wake(),
        })
    }

    /// Runs rounds until one finds nothing due: everything queued now is sent, or settled
    /// to be retried later. Returns how many messages it handled. What the test kit waits
    /// on instead of time (zero2prod's `dispatch_all_pending_emails`).
    pub async fn drain(&self) -> Result<usize, crate::store::StoreError> {
        let from: Mailbox = self
            .settings
            .mail
            .from
            .parse()
            .map_err(|e| crate::store::StoreError::Corrupt(format!("mail.from: {e}")))?;
        let batch = (self.settings.mail.concurrency as u64).max(1);
        let mut total = 0;
        loop {
            match self.round(&from, batch).await? {
                0 => return Ok(total),
                n => total += n,
            }
        }
    }

    pub async fn run(self, shutdown: CancellationToken) {
        let from: Mailbox = match self.settings.mail.from.parse() {
            Ok(m) => m,
            Err(e) => {
                // Settings::check refuses this at start-up; say so if it ever slips through.
                tracing::error!(error = %e, "mail.from is not a mailbox; the outbox worker stops");
                return;
            }
        };
        let poll = Duration::from_millis(self.settings.mail.poll_interval_ms.max(10));
        let batch = (self.settings.mail.concurrency as u64).max(1);
        loop {
            if shutdown.is_cancelled() {
                return;
            }
            let sent = match self.round(&from, batch).await {
                Ok(n) => n,
                Err(e) => {
                    tracing::error!(error = %e, "outbox round failed");
                    0
                }
            };
            // A full batch means more may be waiting: go again at once.
            if sent as u64 >= batch {
                continue;
            }
            tokio::select! {
                _ = shutdown.cancelled() => return,
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(poll) => {}
            }
        }
    }

    /// One claim–send–settle round; returns how many messages it handled.
    pub async fn round(
        &self,
        from: &Mailbox,
        batch: u64,
    ) -> Result<usize, crate::store::StoreError> {
        let s = &self.settings;
        let ttl = TimeDelta::hours(s.signing.confirm_ttl_hours as i64);
        let claimed = self
            .store
            .claim_outbox(self.clock.now(), LEASE, batch, ttl)
            .await?;
        if claimed.is_empty() {
            return Ok(0);
        }
        let n = claimed.len();
        let results: Vec<(i64, i32, Delivery)> = stream::iter(claimed)
            .map(|m| async move {
                let outcome = self.deliver(from, &m).await;
                (m.outbox_id, m.attempts, outcome)
            })
            .buffer_unordered(s.mail.concurrency.max(1))
            .collect()
            .await;
        let failed = results
            .iter()
            .filter(|r| matches!(r.2, Delivery::Failed(_)))
            .count();
        if failed > 0 {
            tracing::warn!(
                failed,
                of = n,
                "some messages could not be sent; they will be retried"
            );
        } else {
            tracing::debug!(sent = n, "outbox round");
        }
        let base = TimeDelta::seconds(s.mail.retry_base_seconds.max(1) as i64);
        self.store
            .settle_outbox(&results, self.clock.now(), s.mail.max_attempts, base)
            .await?;
        Ok(n)
    }

    async fn deliver(&self, from: &Mailbox, m: &Outgoing) -> Delivery {
        let rendered = render(&self.settings, m);
        match self.mailer.send(from, &m.to, &rendered).await {
            Ok(()) => {
                tracing::info!(outbox_id = m.outbox_id, to = %mask(&m.to), purpose = m.purpose.as_str(), "mail sent");
                Delivery::Sent
            }
            Err(e) => {
                tracing::warn!(outbox_id = m.outbox_id, to = %mask(&m.to), attempt = m.attempts, error = %e, "mail not sent");
                Delivery::Failed(e)
            }
        }
    }
}

/// The message for an outbox row, in the signer's language.
pub fn render(settings: &Settings, m: &Outgoing) -> templates::email::RenderedEmail {
    let base = settings.base();
    let tr = Tr::new(&m.language);
    let view = SignatureEmail {
        petition_title: m.petition_title.clone(),
        petition_url: format!("{base}/petitions/{}", m.petition_slug),
        signed_as: m.signed_as.clone(),
        confirm_url: m
            .confirm
            .as_ref()
            .map(|t| format!("{base}/confirm/{}", t.expose())),
        withdraw_url: format!("{base}/withdraw/{}", m.withdraw.expose()),
        valid_hours: settings.signing.confirm_ttl_hours,
        visibility: crate::web::views::visibility(m.visibility),
    };
    match m.purpose {
        Purpose::Confirm => email::confirmation(&tr, &view),
        Purpose::AlreadySigned => email::already_signed(&tr, &view),
    }
}
