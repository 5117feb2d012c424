//! How long a signer waits for the confirmation email: from the signing's 303, as the load
//! generator read it, to the SMTP sink holding the whole message. Both clocks are the
//! benchmark process's `Instant`s, so they compare.
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// The mail of one set of signings (the interleaved rounds, or the steady phase).
#[derive(Debug, Default)]
pub struct MailLag {
    /// Signings answered 303: each queued one message.
    pub expected: u64,
    /// Of those, the messages the sink received.
    pub received: u64,
    /// Lag of each received message, in microseconds, sorted.
    pub lags_us: Vec<u64>,
    /// Messages the sink held before the load generator had read the 303 (counted as 0 lag):
    /// the service commits, queues and answers at once, and may send before the answer is read.
    pub before_answer: u64,
    /// Why the wait ended before every message arrived, when it did.
    pub failure: Option<String>,
}

impl MailLag {
    /// `completed`: `(Seq.global, 303 read)` of each signing; `arrivals`: when the sink
    /// received each signing's message, by the same number.
    pub fn measure(completed: &[(u64, Instant)], arrivals: &HashMap<u64, Instant>) -> MailLag {
        let mut lag = MailLag {
            expected: completed.len() as u64,
            lags_us: Vec::with_capacity(completed.len()),
            ..MailLag::default()
        };
        for (n, answered) in completed {
            let Some(arrived) = arrivals.get(n) else {
                continue;
            };
            lag.received += 1;
            let d = arrived
                .checked_duration_since(*answered)
                .unwrap_or_else(|| {
                    lag.before_answer += 1;
                    Duration::ZERO
                });
            lag.lags_us.push(d.as_micros() as u64);
        }
        lag.lags_us.sort_unstable();
        lag
    }

    pub fn lost(&self) -> u64 {
        self.expected - self.received
    }

    /// Nearest rank, as [`crate::loadgen::Outcome::quantile`].
    pub fn quantile(&self, q: f64) -> Option<Duration> {
        if self.lags_us.is_empty() {
            return None;
        }
        let rank = ((q * self.lags_us.len() as f64).ceil() as usize).max(1);
        Some(Duration::from_micros(
            self.lags_us[rank.min(self.lags_us.len()) - 1],
        ))
    }

    pub fn max(&self) -> Option<Duration> {
        self.lags_us.last().map(|us| Duration::from_micros(*us))
    }
}
