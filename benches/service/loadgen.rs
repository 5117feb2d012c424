//! The load generator, in the manner of `wrk -t1 -c32`: one OS thread with its own
//! current-thread tokio runtime, so it never competes with the server for the server's
//! worker threads (only for the CPU, as a load generator on the same machine does), and a
//! fixed number of keep-alive HTTP/1.1 connections, each sending its next request as soon as
//! the previous answer has been read.
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context};
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::client::conn::http1::{self, SendRequest};
use hyper::{Request, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinSet;

pub type Body = Full<Bytes>;

/// Builds the request with the given sequence number.
pub type MakeRequest = Arc<dyn Fn(Seq) -> Request<Body> + Send + Sync>;

/// A request's numbers: `global` never repeats in a run (unique emails across rounds),
/// `local` counts from 0 within the phase (an index into a finite list, such as tokens).
#[derive(Clone, Copy, Debug)]
pub struct Seq {
    pub global: u64,
    pub local: u64,
}

/// A request that takes longer than this is counted as an error, not waited for forever.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

pub enum Length {
    /// Requests for `warmup` (not counted), then for `measure` (counted).
    Timed { warmup: Duration, measure: Duration },
    /// Exactly this many requests, all counted, from the first to the last answer.
    Count(u64),
    /// An open-loop load at `rate` requests a second for `duration`: request i starts no
    /// earlier than `start + i / rate`, whichever connection is free takes it, and its
    /// latency counts from that time, not from when it was sent (as wrk2 counts), so a
    /// server that falls behind shows it in the latencies instead of slowing the load down.
    Paced { rate: f64, duration: Duration },
}

pub struct Phase {
    pub addr: SocketAddr,
    pub connections: usize,
    pub length: Length,
    /// Any other status is an error: counted, shown, and never taken as throughput.
    pub expect: StatusCode,
    pub make: MakeRequest,
    /// Keep, for every answer with the expected status (warm-up included), when it
    /// completed, by its request's `Seq.global`: the signings' 303s, for the mail lag.
    pub record: bool,
}

/// What one phase measured.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The measured window: warm-up excluded; for a counted phase, first request to last answer.
    pub window: Duration,
    /// Answers with the expected status that completed inside the window.
    pub ok: u64,
    /// Answers with the expected status, warm-up included (the signings the outbox will hold).
    pub ok_total: u64,
    /// Latency of each answer counted in `ok`, in microseconds, sorted.
    pub latencies_us: Vec<u32>,
    /// Unexpected statuses and transport failures, warm-up included, by kind.
    pub errors: BTreeMap<String, u64>,
    /// The start of the first unexpected answer's body, to say what went wrong.
    pub error_sample: Option<String>,
    /// The share of one core the load generator used over the whole phase (warm-up
    /// included): near 100 % means it, not the server, may have been the limit.
    pub loadgen_cpu: Option<f64>,
    /// The same for the service's process (of all its threads; up to the number of cores).
    pub service_cpu: Option<f64>,
    /// With [`Phase::record`]: `(Seq.global, when its answer completed)` of every answer
    /// counted in `ok_total`.
    pub completed: Vec<(u64, Instant)>,
}

impl Outcome {
    pub fn rate(&self) -> f64 {
        let secs = self.window.as_secs_f64();
        if secs > 0.0 {
            self.ok as f64 / secs
        } else {
            0.0
        }
    }

    /// The latency below which `q` (0..1) of the counted answers fell (nearest rank).
    pub fn quantile(&self, q: f64) -> Option<Duration> {
        if self.latencies_us.is_empty() {
            return None;
        }
        let rank = ((q * self.latencies_us.len() as f64).ceil() as usize).max(1);
        let us = self.latencies_us[rank.min(self.latencies_us.len()) - 1];
        Some(Duration::from_micros(us as u64))
    }

    pub fn error_count(&self) -> u64 {
        self.errors.values().sum()
    }

    /// "12× 429, 1× timeout", or empty.
    pub fn error_summary(&self) -> String {
        self.errors
            .iter()
            .map(|(k, n)| format!("{n}× {k}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

struct Job {
    phase: Phase,
    reply: oneshot::Sender<anyhow::Result<Outcome>>,
}

/// The handle: phases are sent to the generator's thread and their outcome comes back.
pub struct LoadGen {
    jobs: Option<mpsc::UnboundedSender<Job>>,
    thread: Option<JoinHandle<()>>,
}

impl LoadGen {
    pub fn start() -> anyhow::Result<LoadGen> {
        let (tx, mut rx) = mpsc::unbounded_channel::<Job>();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .context("the load generator's runtime")?;
        let thread = std::thread::Builder::new()
            .name("loadgen".into())
            .spawn(move || {
                rt.block_on(async move {
                    let global = Arc::new(AtomicU64::new(0));
                    while let Some(job) = rx.recv().await {
                        let outcome = run_phase(job.phase, &global).await;
                        let _ = job.reply.send(outcome);
                    }
                })
            })
            .context("the load generator's thread")?;
        Ok(LoadGen {
            jobs: Some(tx),
            thread: Some(thread),
        })
    }

    /// CPU time the generator's thread has used so far.
    pub fn cpu_time(&self) -> Option<Duration> {
        self.thread.as_ref().and_then(crate::machine::thread_cpu)
    }

    pub async fn run(&self, phase: Phase) -> anyhow::Result<Outcome> {
        let (reply, answer) = oneshot::channel();
        let (cpu_before, wall_before) = (self.cpu_time(), Instant::now());
        self.jobs
            .as_ref()
            .and_then(|jobs| jobs.send(Job { phase, reply }).ok())
            .ok_or_else(|| anyhow!("the load generator's thread has stopped"))?;
        let mut outcome = answer
            .await
            .map_err(|_| anyhow!("the load generator's thread has stopped"))??;
        if let (Some(before), Some(after)) = (cpu_before, self.cpu_time()) {
            let wall = wall_before.elapsed().as_secs_f64();
            outcome.loadgen_cpu = Some((after - before).as_secs_f64() / wall.max(1e-9));
        }
        Ok(outcome)
    }
}

impl Drop for LoadGen {
    fn drop(&mut self) {
        // Closing the channel ends the thread's loop once the current phase is done.
        self.jobs.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// What one connection saw.
struct ConnStats {
    ok: u64,
    ok_total: u64,
    latencies_us: Vec<u32>,
    errors: BTreeMap<String, u64>,
    error_sample: Option<String>,
    last_answer: Option<Instant>,
    completed: Vec<(u64, Instant)>,
}

async fn run_phase(phase: Phase, global: &Arc<AtomicU64>) -> anyhow::Result<Outcome> {
    // Connect first, so a counted phase does not time the handshakes.
    let mut senders = Vec::with_capacity(phase.connections);
    for _ in 0..phase.connections {
        senders.push(connect(phase.addr).await?);
    }
    let start = Instant::now();
    let (count_from, until, limit, pace) = match phase.length {
        Length::Timed { warmup, measure } => {
            (start + warmup, Some(start + warmup + measure), None, None)
        }
        Length::Count(n) => (start, None, Some(n), None),
        Length::Paced { rate, duration } => (
            start,
            None,
            Some((rate * duration.as_secs_f64()).ceil() as u64),
            Some(rate),
        ),
    };
    // Only this thread touches these; atomics because spawned tasks must be Send.
    let local = Arc::new(AtomicU64::new(0));
    let mut tasks = JoinSet::new();
    for sender in senders {
        let conn = Conn {
            addr: phase.addr,
            sender,
            make: phase.make.clone(),
            expect: phase.expect,
            local: local.clone(),
            global: global.clone(),
            limit,
            count_from,
            until,
            pace,
            record: phase.record,
        };
        tasks.spawn(conn.drive());
    }
    let mut out = Outcome::default();
    let mut last_answer = None;
    while let Some(stats) = tasks.join_next().await {
        let stats = stats.context("a load generator connection panicked")?;
        out.ok += stats.ok;
        out.ok_total += stats.ok_total;
        out.latencies_us.extend(stats.latencies_us);
        for (k, n) in stats.errors {
            *out.errors.entry(k).or_default() += n;
        }
        last_answer = last_answer.max(stats.last_answer);
        out.completed.extend(stats.completed);
        if out.error_sample.is_none() {
            out.error_sample = stats.error_sample;
        }
    }
    out.latencies_us.sort_unstable();
    out.window = match until {
        Some(until) => until - count_from,
        None => last_answer.map(|t| t - start).unwrap_or_default(),
    };
    Ok(out)
}

struct Conn {
    addr: SocketAddr,
    sender: SendRequest<Body>,
    make: MakeRequest,
    expect: StatusCode,
    local: Arc<AtomicU64>,
    global: Arc<AtomicU64>,
    limit: Option<u64>,
    count_from: Instant,
    until: Option<Instant>,
    /// Requests a second, from `count_from`, for [`Length::Paced`].
    pace: Option<f64>,
    record: bool,
}

impl Conn {
    async fn drive(mut self) -> ConnStats {
        let mut stats = ConnStats {
            ok: 0,
            ok_total: 0,
            latencies_us: Vec::with_capacity(16 * 1024),
            errors: BTreeMap::new(),
            error_sample: None,
            last_answer: None,
            completed: Vec::new(),
        };
        loop {
            if self.until.is_some_and(|u| Instant::now() >= u) {
                break;
            }
            let local = self.local.fetch_add(1, Ordering::Relaxed);
            if self.limit.is_some_and(|l| local >= l) {
                break;
            }
            let due = self
                .pace
                .map(|rate| self.count_from + Duration::from_secs_f64(local as f64 / rate));
            if let Some(due) = due {
                tokio::time::sleep_until(due.into()).await;
            }
            let global = self.global.fetch_add(1, Ordering::Relaxed);
            let request = (self.make)(Seq { global, local });
            let sent = due.unwrap_or_else(Instant::now);
            let exchanged = exchange(&mut self.sender, request, self.expect);
            let answer = tokio::time::timeout(REQUEST_TIMEOUT, exchanged)
                .await
                .unwrap_or_else(|_| Err(anyhow!("timeout")));
            let done = Instant::now();
            match answer {
                Ok((status, _)) if status == self.expect => {
                    stats.ok_total += 1;
                    if self.record {
                        stats.completed.push((global, done));
                    }
                    // Counted when it completes inside the window, like wrk counts.
                    if done >= self.count_from && self.until.is_none_or(|u| done <= u) {
                        stats.ok += 1;
                        let us = (done - sent).as_micros().min(u32::MAX as u128) as u32;
                        stats.latencies_us.push(us);
                        stats.last_answer = Some(done);
                    }
                }
                Ok((status, body)) => {
                    *stats.errors.entry(status.to_string()).or_default() += 1;
                    if stats.error_sample.is_none() {
                        stats.error_sample = Some(sample(status, &body));
                    }
                }
                Err(e) => {
                    *stats.errors.entry(short(&e)).or_default() += 1;
                    // The connection is in an unknown state: start a new one.
                    match connect(self.addr).await {
                        Ok(s) => self.sender = s,
                        Err(e) => {
                            *stats.errors.entry(short(&e)).or_default() += 1;
                            break;
                        }
                    }
                }
            }
        }
        stats
    }
}

fn short(e: &anyhow::Error) -> String {
    let s = format!("{e:#}");
    let s: String = s.chars().take(60).collect();
    format!("error: {s}")
}

pub async fn connect(addr: SocketAddr) -> anyhow::Result<SendRequest<Body>> {
    let stream = TcpStream::connect(addr)
        .await
        .with_context(|| format!("connect to {addr}"))?;
    // Small requests back to back: Nagle would add its delay to every one.
    stream.set_nodelay(true)?;
    let (sender, conn) = http1::handshake(TokioIo::new(stream))
        .await
        .context("HTTP/1.1 handshake")?;
    tokio::spawn(async move {
        let _ = conn.await;
    });
    Ok(sender)
}

/// Sends one request and reads its whole body (the connection is reusable only then); the
/// body is kept only when the status is not the expected one.
async fn exchange(
    sender: &mut SendRequest<Body>,
    req: Request<Body>,
    expect: StatusCode,
) -> anyhow::Result<(StatusCode, Bytes)> {
    sender.ready().await?;
    let resp = sender.send_request(req).await?;
    let status = resp.status();
    let mut body = resp.into_body();
    if status != expect {
        return Ok((status, body.collect().await?.to_bytes()));
    }
    while let Some(frame) = body.frame().await {
        frame?;
    }
    Ok((status, Bytes::new()))
}

/// "500 Internal Server Error: <the page's text, tags dropped, first 160 characters>".
fn sample(status: StatusCode, body: &[u8]) -> String {
    let html = String::from_utf8_lossy(body);
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if in_tag => {}
            _ if c.is_whitespace() => {
                if !text.ends_with(' ') {
                    text.push(' ');
                }
            }
            _ => text.push(c),
        }
    }
    let text: String = text.trim().chars().take(160).collect();
    format!("{status}: {text}")
}

/// One request on a fresh connection, for the set-up steps (the form token).
pub async fn fetch(addr: SocketAddr, req: Request<Body>) -> anyhow::Result<(StatusCode, Bytes)> {
    let mut sender = connect(addr).await?;
    sender.ready().await?;
    let resp = sender.send_request(req).await?;
    let status = resp.status();
    let body = resp.into_body().collect().await?.to_bytes();
    Ok((status, body))
}
