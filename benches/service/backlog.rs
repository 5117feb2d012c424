//! A backlog after a burst (issue 15): the SMTP server stops answering while signers come
//! in as fast as 32 connections can sign, so the outbox fills; then it answers again, and
//! the backlog is timed as it drains while signing goes on at half the burst's rate.
use std::collections::HashMap;
use std::time::{Duration, Instant};

use hyper::StatusCode;

use crate::loadgen::{Length, MakeRequest, Outcome, Phase};
use crate::{Bench, CONNECTIONS, MAIL_STALL};

/// The burst: long enough for a backlog of thousands, short of the sender's 30 s timeout
/// on a command the held sink does not answer.
const BURST: Duration = Duration::from_secs(5);
/// The signing that goes on while the backlog drains, as a share of the burst's rate.
pub const DURING_SHARE: f64 = 0.5;

pub struct Backlog {
    pub burst: Outcome,
    /// Messages owed when the sink answered again: every signing of the burst.
    pub owed: u64,
    /// From the release to the last of the burst's messages at the sink.
    pub drained_in: Option<Duration>,
    /// The signing meanwhile, open loop at [`DURING_SHARE`] of the burst's rate.
    pub during: Outcome,
    /// The burst's and the signing's messages that never arrived.
    pub lost: u64,
    pub failure: Option<String>,
}

impl Backlog {
    pub fn drain_rate(&self) -> Option<f64> {
        self.drained_in
            .map(|d| self.owed as f64 / d.as_secs_f64().max(1e-9))
    }

    pub fn during_share(&self) -> f64 {
        self.during.rate() / self.burst.rate().max(1e-9)
    }
}

impl Bench<'_> {
    pub async fn backlog(&self, sign: &MakeRequest) -> anyhow::Result<Backlog> {
        let before = self.sink.messages();
        self.sink.hold();
        let burst = self
            .run(Phase {
                addr: self.service.addr,
                connections: CONNECTIONS,
                length: Length::Timed {
                    warmup: Duration::ZERO,
                    measure: BURST,
                },
                expect: StatusCode::SEE_OTHER,
                make: sign.clone(),
                record: true,
            })
            .await;
        let released = Instant::now();
        self.sink.release();
        let burst = burst?;
        // Sized so the backlog drains within it at the target rate, with room.
        let seconds = (burst.ok_total as f64 / 2000.0 * 1.5).clamp(5.0, 60.0);
        let during = self
            .run(Phase {
                addr: self.service.addr,
                connections: CONNECTIONS,
                length: Length::Paced {
                    rate: (burst.rate() * DURING_SHARE).max(1.0),
                    duration: Duration::from_secs_f64(seconds),
                },
                expect: StatusCode::SEE_OTHER,
                make: sign.clone(),
                record: true,
            })
            .await?;
        let waited = self
            .sink
            .wait_for(before + burst.ok_total + during.ok_total, MAIL_STALL)
            .await;
        let (arrivals, _) = self.sink.arrivals();
        let last = last_arrival(&burst.completed, &arrivals);
        let lost = [&burst, &during]
            .iter()
            .flat_map(|o| o.completed.iter())
            .filter(|(n, _)| !arrivals.contains_key(n))
            .count() as u64;
        let owed = burst.ok_total;
        eprintln!(
            "backlog: {owed} signed in a {:.0} s burst at {:.0}/s with the sink held; drained in \
             {:.2} s after the release while signing went on at {:.0}/s; {lost} lost",
            BURST.as_secs_f64(),
            burst.rate(),
            last.map(|l| l.saturating_duration_since(released))
                .unwrap_or_default()
                .as_secs_f64(),
            during.rate()
        );
        Ok(Backlog {
            owed,
            drained_in: last.map(|l| l.saturating_duration_since(released)),
            burst,
            during,
            lost,
            failure: waited.err().map(|e| format!("{e:#}")),
        })
    }
}

/// When the last of `completed`'s messages arrived; `None` if one never did.
pub fn last_arrival(
    completed: &[(u64, Instant)],
    arrivals: &HashMap<u64, Instant>,
) -> Option<Instant> {
    completed
        .iter()
        .map(|(n, _)| arrivals.get(n).copied())
        .try_fold(None::<Instant>, |last, at| {
            let at = at?;
            Some(Some(last.map_or(at, |l| l.max(at))))
        })
        .flatten()
}
