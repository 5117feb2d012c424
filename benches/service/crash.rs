//! `kill -9` under load, and a restart (issue 15): every signing answered 303 before the
//! kill must have its email at the sink within 60 s of the restart. The process that
//! restarts has the same identity (host and port), so it takes back at once what the killed
//! one held, instead of waiting out the five-minute lease.
use std::net::SocketAddr;
use std::path::Path;
use std::time::{Duration, Instant};

use hyper::StatusCode;

use crate::loadgen::{Length, LoadGen, MakeRequest, Outcome, Phase};
use crate::service::ServiceProcess;
use crate::smtp_sink::SmtpSink;
use crate::CONNECTIONS;

/// Closed-loop signing for this long, the kill halfway.
const LOAD: Duration = Duration::from_secs(4);
/// The bound, from the restart.
pub const WITHIN: Duration = Duration::from_secs(60);

pub struct Crash {
    pub load: Outcome,
    /// From the SIGKILL to the restarted service answering `/healthz`.
    pub restart: Duration,
    /// Signings answered 303 before the kill.
    pub accepted: u64,
    /// Of those, the ones whose email had not arrived [`WITHIN`] of the restart.
    pub missing: u64,
    /// From the restart to the last of their emails, when all arrived.
    pub all_within: Option<Duration>,
    /// Messages the sink received twice during this phase (sent, not recorded, sent again).
    pub duplicates: u64,
}

pub struct Restarted {
    pub crash: Crash,
    pub service: ServiceProcess,
}

/// Signs with 32 connections, kills the service halfway, restarts it, and waits for the mail.
pub async fn run(
    loadgen: &LoadGen,
    sink: &SmtpSink,
    service: ServiceProcess,
    sign: &MakeRequest,
    env: &[(&str, String)],
    dir: &Path,
) -> anyhow::Result<Restarted> {
    let addr: SocketAddr = service.addr;
    let (_, duplicates_before) = sink.arrivals();
    let phase = loadgen.run(Phase {
        addr,
        connections: CONNECTIONS,
        length: Length::Timed {
            warmup: Duration::ZERO,
            measure: LOAD,
        },
        expect: StatusCode::SEE_OTHER,
        make: sign.clone(),
        record: true,
    });
    let kill = async {
        tokio::time::sleep(LOAD / 2).await;
        let killed = Instant::now();
        service.kill9().map(|_| killed)
    };
    let (load, killed) = tokio::join!(phase, kill);
    let (load, killed) = (load?, killed?);
    let service =
        ServiceProcess::start_logging_to(addr, env, dir, "service-after-kill.log").await?;
    let restarted = Instant::now();
    let accepted: Vec<u64> = load.completed.iter().map(|(n, _)| *n).collect();
    // Polled: the sink counts messages, not which ones, and duplicates and the mail of
    // signings whose 303 was lost in the kill make a count unreliable here.
    let deadline = restarted + WITHIN;
    let (missing, all_within) = loop {
        let (arrivals, _) = sink.arrivals();
        let missing: Vec<u64> = accepted
            .iter()
            .copied()
            .filter(|n| !arrivals.contains_key(n))
            .collect();
        if missing.is_empty() {
            let completed: Vec<(u64, Instant)> = load.completed.clone();
            let last = crate::backlog::last_arrival(&completed, &arrivals);
            break (0, last.map(|l| l.saturating_duration_since(restarted)));
        }
        if Instant::now() >= deadline {
            break (missing.len() as u64, None);
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let (_, duplicates_after) = sink.arrivals();
    let crash = Crash {
        restart: restarted.saturating_duration_since(killed),
        accepted: accepted.len() as u64,
        missing,
        all_within,
        duplicates: duplicates_after.saturating_sub(duplicates_before),
        load,
    };
    eprintln!(
        "crash: {} signings accepted before the kill; restarted in {:.2} s; {} emails missing \
         60 s later; all within {}; {} sent twice",
        crash.accepted,
        crash.restart.as_secs_f64(),
        crash.missing,
        crash
            .all_within
            .map(|d| format!("{:.2} s of the restart", d.as_secs_f64()))
            .unwrap_or_else(|| "—".into()),
        crash.duplicates
    );
    Ok(Restarted { crash, service })
}
