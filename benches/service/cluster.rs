//! Signing through the balancer on one instance and on three (issue 16), PostgreSQL only:
//! instances `a`, `b`, `c` of the release binary on the run's database, with the run's
//! config (the same secret; `limits.redis_url` from `UNDERSIGN_BENCH_REDIS_URL` when set,
//! as README's "Running several instances" asks), behind HAProxy started with
//! `deploy/haproxy.cfg`. In each round: signing straight to `a` (what the balancer costs),
//! through HAProxy with `b` and `c` stopped (one instance), and through HAProxy with all
//! three up. HAProxy's view of its servers is read from its stats socket, so a phase starts
//! only once the balancer sends to exactly the instances it should. Over the balanced
//! phases, PostgreSQL's share is measured too (its processes' CPU, WAL bytes and commits),
//! the per-signature cost BENCHMARKS.md's section on one primary works from.
use std::io::{BufRead, Write};
use std::net::SocketAddr;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use hyper::StatusCode;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};

use crate::loadgen::{Length, LoadGen, MakeRequest, Outcome, Phase};
use crate::report::HttpPhase;
use crate::service::{self, ServiceProcess};
use crate::smtp_sink::SmtpSink;
use crate::{machine, CONNECTIONS, MAIL_STALL};

const ROUNDS: usize = 3;
const WARMUP: Duration = Duration::from_millis(500);
/// HAProxy checks every second and needs one good answer or two bad ones.
const SETTLE_TIMEOUT: Duration = Duration::from_secs(15);

pub enum Cluster {
    Skipped(String),
    Ran(Box<Ran>),
}

pub struct Ran {
    /// Signing straight to instance `a`, no balancer.
    pub direct: HttpPhase,
    /// Through HAProxy, `b` and `c` stopped.
    pub one: HttpPhase,
    /// Through HAProxy, all three up.
    pub three: HttpPhase,
    /// CPU (share of one core) of the median round of each, by process.
    pub cpu: [Cpu; 3],
    /// PostgreSQL over every one-instance and every three-instance phase together.
    pub postgres: [Option<PgCost>; 2],
    /// Whether the instances shared limits through Redis.
    pub redis: bool,
    /// Mail not all received after a phase, or an instance that did not stop cleanly.
    pub failures: Vec<String>,
}

#[derive(Default, Clone, Copy)]
pub struct Cpu {
    pub instances: f64,
    pub haproxy: f64,
    pub postgres: f64,
    pub loadgen: f64,
}

/// What the signings of the three-instance phases cost the database, from before each phase
/// to the last of its mail at the sink, each divided by the signings answered 303 in it
/// (warm-ups included). Commits are PostgreSQL's own count, which backends report about
/// once a second, so a phase's last second may fall into the next.
pub struct PgCost {
    pub signings: u64,
    pub cpu_per_signing: Duration,
    pub wal_bytes_per_signing: f64,
    pub commits_per_signing: f64,
    /// Of the machine's cores, the share PostgreSQL's processes used over those phases.
    pub cpu_share: f64,
}

/// HAProxy with the shipped configuration and a stats socket of the run's.
struct Balancer {
    child: Child,
    pid: u32,
    socket: PathBuf,
    addr: SocketAddr,
}

impl Balancer {
    fn start(dir: &Path, instances: [SocketAddr; 3]) -> anyhow::Result<Balancer> {
        let addr = service::free_port()?;
        let socket = dir.join("haproxy.sock");
        // A second configuration file adds the socket; the shipped one is used unchanged.
        let extra = dir.join("haproxy-stats.cfg");
        std::fs::write(
            &extra,
            format!(
                "global\n    stats socket {} mode 600 level user\n",
                socket.display()
            ),
        )?;
        let log = std::fs::File::create(dir.join("haproxy.log"))?;
        let child = Command::new("haproxy")
            .arg("-db")
            .arg("-f")
            .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/deploy/haproxy.cfg"))
            .arg("-f")
            .arg(&extra)
            .env("UNDERSIGN_LB_BIND", addr.to_string())
            .env("UNDERSIGN_INSTANCE_A", instances[0].to_string())
            .env("UNDERSIGN_INSTANCE_B", instances[1].to_string())
            .env("UNDERSIGN_INSTANCE_C", instances[2].to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .context("start haproxy")?;
        Ok(Balancer {
            pid: child.id(),
            child,
            socket,
            addr,
        })
    }

    /// The servers HAProxy now sends to, by name.
    fn up(&self) -> anyhow::Result<Vec<String>> {
        let mut s = UnixStream::connect(&self.socket)?;
        s.write_all(b"show stat\n")?;
        let mut up = vec![];
        for line in std::io::BufReader::new(s).lines() {
            let line = line?;
            let f: Vec<&str> = line.split(',').collect();
            // pxname, svname, …, status is the 18th field.
            if f.len() > 17 && f[0] == "instances" && f[1] != "BACKEND" && f[17] == "UP" {
                up.push(f[1].to_owned());
            }
        }
        Ok(up)
    }

    /// Waits until HAProxy sends to exactly `servers`.
    async fn settle(&self, servers: &[&str]) -> anyhow::Result<()> {
        let started = Instant::now();
        loop {
            if let Ok(up) = self.up() {
                if up == servers {
                    return Ok(());
                }
                if started.elapsed() > SETTLE_TIMEOUT {
                    bail!("HAProxy sends to {up:?}, not {servers:?}");
                }
            } else if started.elapsed() > SETTLE_TIMEOUT {
                bail!("HAProxy's stats socket did not answer");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for Balancer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Setup<'a> {
    pub loadgen: &'a LoadGen,
    pub sink: &'a SmtpSink,
    /// The run's service environment: its database, secret and mail; `a` takes its address.
    pub env: &'a [(&'static str, String)],
    pub addr: SocketAddr,
    pub dir: &'a Path,
    pub seconds: f64,
    pub reader: Option<&'a DatabaseConnection>,
    pub sign: &'a dyn Fn(SocketAddr) -> MakeRequest,
}

pub async fn run(s: Setup<'_>) -> anyhow::Result<Cluster> {
    if s.reader.is_none() {
        return Ok(Cluster::Skipped(
            "SQLite: instances share a database on PostgreSQL only".into(),
        ));
    }
    if Command::new("haproxy").arg("-v").output().is_err() {
        return Ok(Cluster::Skipped("no haproxy on PATH".into()));
    }
    let redis = std::env::var("UNDERSIGN_BENCH_REDIS_URL")
        .ok()
        .filter(|u| !u.trim().is_empty());
    let addrs = [s.addr, service::free_port()?, service::free_port()?];
    let env_of = |addr: SocketAddr| {
        let mut env: Vec<(&str, String)> = s
            .env
            .iter()
            .filter(|(k, _)| *k != "UNDERSIGN_SERVER__BIND")
            .cloned()
            .collect();
        // The links keep `a`'s address (the sink reads tokens by it); nothing measured
        // depends on where they point.
        env.push(("UNDERSIGN_SERVER__BIND", addr.to_string()));
        if let Some(url) = &redis {
            env.push(("UNDERSIGN_LIMITS__REDIS_URL", url.clone()));
        }
        env
    };
    let envs = addrs.map(env_of);
    let start = |i: usize| {
        let env = &envs[i];
        let name = format!("service-{}.log", ["a", "b", "c"][i]);
        async move { ServiceProcess::start_logging_to(addrs[i], env, s.dir, &name).await }
    };
    // All three at once, as an operator's deploy would.
    let (a, b, c) = tokio::try_join!(start(0), start(1), start(2))?;
    let lb = Balancer::start(s.dir, addrs)?;
    lb.settle(&["a", "b", "c"]).await?;
    let mut others = Some((b, c));

    let direct_sign = (s.sign)(a.addr);
    let lb_sign = (s.sign)(lb.addr);
    let mut failures = vec![];
    let mut rounds: [Vec<(Outcome, Cpu)>; 3] = Default::default();
    let mut queued = s.sink.messages();
    let mut pg_spans: [Vec<(PgSample, PgSample, u64)>; 2] = Default::default();
    for round in 1..=ROUNDS {
        for (i, label) in ["direct to a", "HAProxy, 1 up", "HAProxy, 3 up"]
            .into_iter()
            .enumerate()
        {
            let three = i == 2;
            if three && others.is_none() {
                let (b, c) = tokio::try_join!(start(1), start(2))?;
                others = Some((b, c));
                lb.settle(&["a", "b", "c"]).await?;
            }
            if !three {
                if let Some((b, c)) = others.take() {
                    let (b, c) = tokio::join!(b.stop(), c.stop());
                    for stopped in [b, c] {
                        match stopped {
                            Ok(status) if status.success() => {}
                            Ok(status) => failures.push(format!("an instance exited {status}")),
                            Err(e) => failures.push(format!("{e:#}")),
                        }
                    }
                    lb.settle(&["a"]).await?;
                }
            }
            let mut pids = vec![a.pid];
            if let Some((b, c)) = &others {
                pids.extend([b.pid, c.pid]);
            }
            let to = if i == 0 { a.addr } else { lb.addr };
            let make = if i == 0 {
                direct_sign.clone()
            } else {
                lb_sign.clone()
            };
            let before = (cpu_of(&pids), cpu_of(&[lb.pid]), machine::postgres_cpu());
            let pg_before = match (three, s.reader) {
                (_, Some(db)) if i > 0 => pg_sample(db).await.ok(),
                _ => None,
            };
            let wall = Instant::now();
            let outcome = s
                .loadgen
                .run(Phase {
                    addr: to,
                    connections: CONNECTIONS,
                    length: Length::Timed {
                        warmup: WARMUP,
                        measure: Duration::from_secs_f64(s.seconds),
                    },
                    expect: StatusCode::SEE_OTHER,
                    make,
                    record: false,
                })
                .await?;
            let wall = wall.elapsed().as_secs_f64().max(1e-9);
            let after = (cpu_of(&pids), cpu_of(&[lb.pid]), machine::postgres_cpu());
            let share = |b: Duration, a: Duration| (a.saturating_sub(b)).as_secs_f64() / wall;
            let cpu = Cpu {
                instances: share(before.0, after.0),
                haproxy: share(before.1, after.1),
                postgres: share(before.2, after.2),
                loadgen: outcome.loadgen_cpu.unwrap_or_default(),
            };
            eprintln!(
                "cluster round {round} {label:<14} {:>6}/s  p50 {:>7.2} ms  p99 {:>7.2} ms  CPU: \
                 instances {:.0}%, haproxy {:.0}%, postgres {:.0}%, loadgen {:.0}%{}",
                crate::report::thousands(outcome.rate().round() as u64),
                outcome.quantile(0.5).unwrap_or_default().as_secs_f64() * 1000.0,
                outcome.quantile(0.99).unwrap_or_default().as_secs_f64() * 1000.0,
                cpu.instances * 100.0,
                cpu.haproxy * 100.0,
                cpu.postgres * 100.0,
                cpu.loadgen * 100.0,
                if outcome.error_count() > 0 {
                    format!(", ERRORS: {}", outcome.error_summary())
                } else {
                    String::new()
                }
            );
            queued += outcome.ok_total;
            // Each phase's mail is sent before the next starts, whichever instance sends it.
            if let Err(e) = s.sink.wait_for(queued, MAIL_STALL).await {
                failures.push(format!("mail after {label}, round {round}: {e:#}"));
                queued = s.sink.messages();
            }
            // The database's work for these signings includes sending their mail.
            if let (Some(before), Some(db)) = (pg_before, s.reader) {
                if let Ok(after) = pg_sample(db).await {
                    pg_spans[i - 1].push((before, after, outcome.ok_total));
                }
            }
            rounds[i].push((outcome, cpu));
        }
    }
    if let Some((b, c)) = others.take() {
        let _ = tokio::join!(b.stop(), c.stop());
    }
    if let Err(e) = a.stop().await {
        failures.push(format!("{e:#}"));
    }
    drop(lb);

    let postgres = pg_spans.map(|spans| pg_cost(&spans));
    let [direct, one, three] = rounds.map(|r| {
        let (outcomes, cpus): (Vec<Outcome>, Vec<Cpu>) = r.into_iter().unzip();
        (HttpPhase { rounds: outcomes }, cpus)
    });
    let median_cpu = |(phase, cpus): &(HttpPhase, Vec<Cpu>)| cpus[phase.median_index()];
    let cpu = [median_cpu(&direct), median_cpu(&one), median_cpu(&three)];
    Ok(Cluster::Ran(Box::new(Ran {
        direct: direct.0,
        one: one.0,
        three: three.0,
        cpu,
        postgres,
        redis: redis.is_some(),
        failures,
    })))
}

fn cpu_of(pids: &[u32]) -> Duration {
    pids.iter().filter_map(|p| machine::process_cpu(*p)).sum()
}

struct PgSample {
    wal_lsn_bytes: f64,
    commits: f64,
    cpu: Duration,
    at: Instant,
}

async fn pg_sample(db: &DatabaseConnection) -> anyhow::Result<PgSample> {
    let row = db
        .query_one(Statement::from_string(
            DbBackend::Postgres,
            "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::float8 AS wal, \
             (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database())::float8 \
             AS commits"
                .to_owned(),
        ))
        .await?
        .context("no row")?;
    // pg_stat_database is updated as backends report, at most every half second or so.
    Ok(PgSample {
        wal_lsn_bytes: row.try_get("", "wal")?,
        commits: row.try_get("", "commits")?,
        cpu: machine::postgres_cpu(),
        at: Instant::now(),
    })
}

fn pg_cost(spans: &[(PgSample, PgSample, u64)]) -> Option<PgCost> {
    let signings: u64 = spans.iter().map(|(_, _, n)| n).sum();
    if signings == 0 {
        return None;
    }
    let n = signings as f64;
    let cpu: Duration = spans
        .iter()
        .map(|(b, a, _)| a.cpu.saturating_sub(b.cpu))
        .sum();
    let wall: f64 = spans
        .iter()
        .map(|(b, a, _)| a.at.duration_since(b.at).as_secs_f64())
        .sum();
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get()) as f64;
    Some(PgCost {
        signings,
        cpu_per_signing: cpu.div_f64(n),
        wal_bytes_per_signing: spans
            .iter()
            .map(|(b, a, _)| a.wal_lsn_bytes - b.wal_lsn_bytes)
            .sum::<f64>()
            / n,
        commits_per_signing: spans
            .iter()
            .map(|(b, a, _)| a.commits - b.commits)
            .sum::<f64>()
            / n,
        cpu_share: cpu.as_secs_f64() / wall.max(1e-9) / cores,
    })
}
