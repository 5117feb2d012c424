//! `cargo bench --bench service`: the service as deployed, measured from outside. The
//! release binary runs `serve` as a process of its own, with the shipped `config.toml`
//! changed only by `UNDERSIGN_<SECTION>__<KEY>` variables (a loopback port, the run's
//! database, mail over SMTP to a sink of this benchmark), its outbox worker on and its log
//! at the shipped level (info) going to a file. A load generator thread of this process
//! drives it over HTTP, in interleaved rounds with the two baselines (an empty axum handler
//! and a naive signing handler, served by this process); every confirmation email is timed
//! from its signing's 303 to the sink; a steady open-loop phase signs at 1,000 a second; a
//! burst with the SMTP server not answering leaves a backlog, timed as it drains while
//! signing goes on; every emailed link is confirmed; the service is killed with SIGKILL
//! under load and restarted, and the mail of every signing it had answered is waited for;
//! the service is stopped, and a large export is timed against `sqlite3`. One table comes
//! out.
//!
//! Environment:
//! - `UNDERSIGN_BENCH_SECONDS` (default 3): the measured part of each HTTP phase.
//! - `UNDERSIGN_BENCH_STEADY_SECONDS` (default 30): the steady phase at 1,000 signings a second.
//! - `UNDERSIGN_BENCH_EXPORT_ROWS` (default 1000000): signatures seeded for the export.
//! - `UNDERSIGN_BENCH_KEEP`: set, the temporary folder (SQLite files, the service's log, the
//!   exports) is kept and its path printed, and PostgreSQL databases are not dropped.
//! - `UNDERSIGN_BENCH_DATABASE_URL`: a PostgreSQL server (`postgres://…/db`) on which the run
//!   creates its own databases (the service gets its URL as `UNDERSIGN_DATABASE__URL`) and
//!   drops them after; SQLite in a temporary folder otherwise.
//!
//! The service's log is `service.log` in the temporary folder (keep it with
//! `UNDERSIGN_BENCH_KEEP` to read why a phase had errors).
mod backlog;
mod baselines;
mod cluster;
mod crash;
mod database;
mod export;
mod loadgen;
mod machine;
mod mail_lag;
mod million;
mod report;
mod requests;
mod service;
mod smtp_sink;

use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use hyper::StatusCode;
use sea_orm::DatabaseConnection;
use undersign::store::{petitions, Petition};

use database::BenchDb;
use loadgen::{Length, LoadGen, MakeRequest, Outcome, Phase};
use mail_lag::MailLag;
use report::{CatchUp, Compared, Export, Header, HttpPhase, Results, Steady};
use service::ServiceProcess;
use smtp_sink::SmtpSink;

/// Like `wrk -c32`.
pub const CONNECTIONS: usize = 32;
const ROUNDS: usize = 3;
const WARMUP: Duration = Duration::from_millis(500);
/// Waiting for mail fails when the sink receives nothing for this long.
pub const MAIL_STALL: Duration = Duration::from_secs(30);
/// Signings a second in the steady phase (issue 15).
const STEADY_RATE: f64 = 1000.0;

struct Options {
    seconds: f64,
    steady_seconds: f64,
    export_rows: u64,
    /// Signatures of the million phase's large petition; 0 leaves the phase out.
    million_rows: u64,
    /// Only the million phase (`UNDERSIGN_BENCH_ONLY=million`).
    only_million: bool,
    pg_url: Option<String>,
}

impl Options {
    fn from_env() -> anyhow::Result<Options> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let seconds = |name: &str, default: f64| match var(name) {
            Some(v) => v
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|s| s.is_finite() && *s > 0.0)
                .with_context(|| format!("{name}={v:?} is not a positive number")),
            None => Ok(default),
        };
        let count = |name: &str, zero: bool| -> anyhow::Result<u64> {
            match var(name) {
                Some(v) => v
                    .trim()
                    .replace('_', "")
                    .parse::<u64>()
                    .ok()
                    .filter(|n| zero || *n > 0)
                    .with_context(|| format!("{name}={v:?} is not a count")),
                None => Ok(1_000_000),
            }
        };
        let export_rows = count("UNDERSIGN_BENCH_EXPORT_ROWS", false)?;
        let million_rows = count("UNDERSIGN_BENCH_MILLION_ROWS", true)?;
        let only_million = match var("UNDERSIGN_BENCH_ONLY").as_deref() {
            None => false,
            Some("million") => true,
            Some(other) => {
                bail!("UNDERSIGN_BENCH_ONLY={other:?}: the only phase to run alone is million")
            }
        };
        Ok(Options {
            seconds: seconds("UNDERSIGN_BENCH_SECONDS", 3.0)?,
            steady_seconds: seconds("UNDERSIGN_BENCH_STEADY_SECONDS", 30.0)?,
            export_rows,
            million_rows,
            only_million,
            pg_url: var("UNDERSIGN_BENCH_DATABASE_URL"),
        })
    }
}

fn main() -> ExitCode {
    let outcome = Options::from_env().and_then(|opts| {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .context("the benchmark's runtime")?;
        rt.block_on(run(opts))
    });
    match outcome {
        Ok(results) => {
            results.print();
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("benchmark failed: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(opts: Options) -> anyhow::Result<Results> {
    let dir = tempfile::Builder::new()
        .prefix("undersign-bench-")
        .tempdir()
        .context("a temporary folder")?;
    if opts.only_million {
        let loadgen = LoadGen::start()?;
        let sink = SmtpSink::start("http://127.0.0.1/confirm/".into())?;
        let port = sink.addr.port();
        let path = dir.path().to_path_buf();
        let m = million::run(
            &loadgen,
            dir.path(),
            opts.pg_url.clone(),
            opts.million_rows,
            |addr, db| service_env(addr, db, port, &path),
        )
        .await?;
        println!(
            "\nundersign service benchmark, the million phase alone: {}",
            command_line()
        );
        println!("machine:   {}", machine::describe());
        m.print();
        if std::env::var_os("UNDERSIGN_BENCH_KEEP").is_some() {
            eprintln!("kept: {}", dir.keep().display());
        } else {
            drop(dir);
        }
        // The full report has nothing else to print.
        std::process::exit(0);
    }
    let mut db = BenchDb::create(dir.path(), opts.pg_url.clone()).await?;
    let results = bench(&opts, &db, dir.path()).await;
    if std::env::var_os("UNDERSIGN_BENCH_KEEP").is_some() {
        // To profile a phase again by hand (the export against its seeded database, say).
        eprintln!("kept: {}", dir.keep().display());
        return results;
    }
    // Dropped whatever happened: a failed run must not leave databases behind.
    db.drop_databases().await;
    results
}

/// The variables that make the shipped config.toml this run's: a loopback port, the run's
/// database, mail to the sink, a fresh secret; nothing about performance.
fn service_env(
    addr: std::net::SocketAddr,
    db: &BenchDb,
    smtp_port: u16,
    dir: &std::path::Path,
) -> Vec<(&'static str, String)> {
    vec![
        ("UNDERSIGN_SERVER__BIND", addr.to_string()),
        ("UNDERSIGN_SERVER__BASE_URL", format!("http://{addr}")),
        // The load generator stands in for a reverse proxy: each request names its client.
        ("UNDERSIGN_SERVER__TRUSTED_PROXIES", "127.0.0.1".into()),
        ("UNDERSIGN_DATABASE__URL", db.url.clone()),
        ("UNDERSIGN_DATABASE__SQLITE_SYNCHRONOUS", "full".into()),
        (
            "UNDERSIGN_PETITIONS__IMPORT_DIR",
            concat!(env!("CARGO_MANIFEST_DIR"), "/declarations").into(),
        ),
        ("UNDERSIGN_MAIL__TRANSPORT", "smtp".into()),
        ("UNDERSIGN_MAIL__SMTP_HOST", "127.0.0.1".into()),
        ("UNDERSIGN_MAIL__SMTP_PORT", smtp_port.to_string()),
        ("UNDERSIGN_SECURITY__SECRET_KEY", requests::secret_key()),
        (
            "UNDERSIGN_SECURITY__SECRET_KEY_FILE",
            dir.join("secret.key").display().to_string(),
        ),
    ]
}

async fn bench(opts: &Options, db: &BenchDb, dir: &std::path::Path) -> anyhow::Result<Results> {
    let date = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let addr = service::free_port()?;
    let sink = SmtpSink::start(format!("http://{addr}/confirm/"))?;
    let env = service_env(addr, db, sink.addr.port(), dir);
    let service = ServiceProcess::start(addr, &env, dir).await?;
    eprintln!(
        "service: pid {}, {addr}, log {}",
        service.pid,
        service.log.display()
    );

    // The service has migrated and imported by the time it answers /healthz.
    let reader = database::open_reader(db).await?;
    let (sign_petition, export_petition) = pick_petitions(&reader).await?;
    let set_synchronous = db.sqlite_file.is_some().then_some("full");
    let database = database::describe(&reader, set_synchronous).await;
    let _ = reader.close().await;

    // Idle: started, declarations imported, nothing served yet.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let idle_rss_kib = machine::rss_kib(service.pid);

    let empty_server = baselines::empty().await?;
    let naive_server = baselines::naive(&db.naive).await?;
    let loadgen = LoadGen::start()?;
    let bench = Bench {
        loadgen: &loadgen,
        service: &service,
        sink: &sink,
    };

    let form = signing_form(addr, &sign_petition).await?;
    let sign_request = form.sign(addr);
    let Rounds {
        phases: [empty, naive, sign, page, api],
        completed,
        catch_ups,
        mail_failure,
    } = bench
        .http_rounds(
            opts,
            &sign_request,
            &sign_petition,
            empty_server.addr,
            naive_server.addr,
        )
        .await?;
    let steady = bench.steady(opts, &sign_request).await?;

    // One look at what arrived, for the rounds' mail and the steady phase's.
    let (arrivals, duplicates) = sink.arrivals();
    let mut round_mail = MailLag::measure(&completed, &arrivals);
    round_mail.failure = mail_failure;
    let mut steady_mail = MailLag::measure(&steady.outcome.completed, &arrivals);
    steady_mail.failure = steady.mail_failure;

    let backlog = bench.backlog(&sign_request).await?;
    let confirm = bench.confirm_all().await?;

    // Peak under load: every HTTP phase and the mail are behind us.
    let peak_rss_kib = machine::peak_rss_kib(service.pid);
    let (service_pid, log) = (service.pid, service.log.clone());
    let overrides = service.overrides.clone();
    // Last, as it ends the process: kill -9 under load, and a restart.
    let crash::Restarted { crash, service } =
        crash::run(&loadgen, &sink, service, &sign_request, &env, dir).await?;
    let service_exit = match service.stop().await {
        Ok(status) if status.success() => None,
        Ok(status) => Some(format!("the service exited with {status}")),
        Err(e) => Some(format!("{e:#}")),
    };
    let log_size = service::log_size(&log);

    let reader = match db.sqlite_file {
        None => Some(database::open_reader(db).await?),
        Some(_) => None,
    };
    let cluster = cluster::run(cluster::Setup {
        loadgen: &loadgen,
        sink: &sink,
        env: &env,
        addr,
        dir,
        seconds: opts.seconds,
        reader: reader.as_ref(),
        sign: &|to| form.sign(to),
    })
    .await
    .unwrap_or_else(|e| cluster::Cluster::Skipped(format!("FAILED: {e:#}")));
    if let Some(reader) = reader {
        let _ = reader.close().await;
    }

    let naive_description = naive_server.db_description.clone();
    empty_server.stop().await;
    naive_server.stop().await;
    drop(loadgen);
    let (without_link, unnumbered) = (sink.without_link(), sink.unnumbered());
    drop(sink);

    let (export, export_failure) = match run_export(opts, db, &export_petition, dir).await {
        Ok(e) => (Some(e), None),
        Err(e) => (None, Some(format!("{e:#}"))),
    };
    let million = match opts.million_rows {
        0 => None,
        rows => {
            let loadgen = LoadGen::start()?;
            let smtp_port = env
                .iter()
                .find(|(k, _)| *k == "UNDERSIGN_MAIL__SMTP_PORT")
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            let m = million::run(&loadgen, dir, opts.pg_url.clone(), rows, |addr, db| {
                let mut env = service_env(addr, db, 0, dir);
                for (k, v) in env.iter_mut() {
                    if *k == "UNDERSIGN_MAIL__SMTP_PORT" {
                        v.clone_from(&smtp_port);
                    }
                }
                env
            })
            .await;
            Some(m.map_err(|e| format!("{e:#}")))
        }
    };

    Ok(Results {
        header: Header {
            date,
            command: command_line(),
            binary: std::env::args().collect::<Vec<_>>().join(" "),
            service_binary: service::BINARY.into(),
            config: service::CONFIG.into(),
            overrides,
            service_pid,
            log: log.display().to_string(),
            machine: machine::describe(),
            database,
            naive_database: format!(
                "{}, {}, a pool of 1 connection",
                match &db.naive {
                    baselines::NaiveDb::Sqlite(_) => "its own file",
                    baselines::NaiveDb::Postgres(_) => "its own database",
                },
                naive_description.as_deref().unwrap_or("?")
            ),
            sign_slug: sign_petition.slug.clone(),
            postgres: db.sqlite_file.is_none(),
            seconds: opts.seconds,
            connections: CONNECTIONS,
        },
        empty,
        naive,
        sign,
        page,
        api,
        catch_ups,
        round_mail,
        steady: Steady {
            target_rate: STEADY_RATE,
            seconds: opts.steady_seconds,
            outcome: steady.outcome,
            mail: steady_mail,
        },
        backlog,
        crash,
        duplicates,
        without_link,
        unnumbered,
        confirm,
        log_size,
        service_exit,
        cluster,
        export,
        export_failure,
        million,
        idle_rss_kib,
        peak_rss_kib,
    })
}

/// The signing form as a browser holds it, rendered by the first service.
struct SigningForm {
    path: String,
    token: String,
}

impl SigningForm {
    /// Signings sent to `to` (the service, or a balancer in front of instances that share
    /// its secret), each with a fresh email.
    fn sign(&self, to: std::net::SocketAddr) -> MakeRequest {
        requests::sign(
            to,
            self.path.clone(),
            requests::run_id(),
            self.token.clone(),
        )
    }
}

async fn signing_form(
    addr: std::net::SocketAddr,
    petition: &Petition,
) -> anyhow::Result<SigningForm> {
    // One rendered form; its token is reused for every signing (it is not single-use and
    // stays valid for 72 h), once it is older than min_fill_seconds.
    let page_path = format!("/petitions/{}", petition.slug);
    let (status, page) = loadgen::fetch(addr, requests::get(addr, &page_path, 0)).await?;
    if status != StatusCode::OK {
        bail!("GET {page_path} answered {status}");
    }
    let form_token = requests::form_token(&page)?;
    tokio::time::sleep(Duration::from_millis(1200)).await;
    Ok(SigningForm {
        path: format!("/petitions/{}/sign", petition.slug),
        token: form_token,
    })
}

pub struct Bench<'a> {
    loadgen: &'a LoadGen,
    service: &'a ServiceProcess,
    sink: &'a SmtpSink,
}

/// The interleaved rounds, and the mail their signings queued.
struct Rounds {
    /// Empty GET, naive signing, signings, page views, API reads.
    phases: [HttpPhase; 5],
    /// `(Seq.global, 303 read)` of every signing of every round, warm-ups included.
    completed: Vec<(u64, Instant)>,
    catch_ups: Vec<CatchUp>,
    mail_failure: Option<String>,
}

struct SteadyRun {
    outcome: Outcome,
    mail_failure: Option<String>,
}

impl Bench<'_> {
    /// A phase, with the service process's CPU over it beside the load generator's.
    pub async fn run(&self, phase: Phase) -> anyhow::Result<Outcome> {
        let pid = self.service.pid;
        let (before, wall) = (machine::process_cpu(pid), Instant::now());
        let mut outcome = self.loadgen.run(phase).await?;
        if let (Some(before), Some(after)) = (before, machine::process_cpu(pid)) {
            let wall = wall.elapsed().as_secs_f64().max(1e-9);
            outcome.service_cpu = Some((after - before).as_secs_f64() / wall);
        }
        Ok(outcome)
    }

    /// Empty GET, naive signing, signings, page views, API reads; again; and again.
    /// Interleaved, so that a disturbance of the machine (another build, a checkpoint)
    /// spreads over all of them instead of sinking one. The outbox worker sends during the
    /// signings, as deployed; what is still queued when a signing phase ends is waited for
    /// before the next phase, so that its sending falls on no other phase's figures.
    async fn http_rounds(
        &self,
        opts: &Options,
        sign: &MakeRequest,
        petition: &Petition,
        empty: std::net::SocketAddr,
        naive: std::net::SocketAddr,
    ) -> anyhow::Result<Rounds> {
        let addr = self.service.addr;
        let run_id = requests::run_id();
        let page_path = format!("/petitions/{}", petition.slug);
        let api_path = format!("/api/petitions/{}", petition.slug);
        let phases: [(&str, std::net::SocketAddr, StatusCode, MakeRequest); 5] = [
            (
                "empty GET",
                empty,
                StatusCode::OK,
                Arc::new(move |s| requests::get(empty, "/", s.global)),
            ),
            (
                "naive signing",
                naive,
                StatusCode::SEE_OTHER,
                requests::naive_sign(naive, run_id),
            ),
            ("signings", addr, StatusCode::SEE_OTHER, sign.clone()),
            (
                "page views",
                addr,
                StatusCode::OK,
                Arc::new(move |s| requests::get(addr, &page_path, s.global)),
            ),
            (
                "API reads",
                addr,
                StatusCode::OK,
                Arc::new(move |s| requests::get(addr, &api_path, s.global)),
            ),
        ];
        const SIGNINGS: usize = 2;
        let mut rounds: [Vec<Outcome>; 5] = Default::default();
        let mut completed = Vec::new();
        let mut catch_ups = Vec::new();
        let mut mail_failure = None;
        // Messages the sink should have once every signing so far has been sent.
        let mut queued = self.sink.messages();
        for round in 1..=ROUNDS {
            for (i, (name, to, expect, make)) in phases.iter().enumerate() {
                let mut outcome = self
                    .run(Phase {
                        addr: *to,
                        connections: CONNECTIONS,
                        length: Length::Timed {
                            warmup: WARMUP,
                            measure: Duration::from_secs_f64(opts.seconds),
                        },
                        expect: *expect,
                        make: make.clone(),
                        record: i == SIGNINGS,
                    })
                    .await?;
                progress(round, name, &outcome);
                if i == SIGNINGS {
                    completed.append(&mut outcome.completed);
                    queued += outcome.ok_total;
                    let catch_up = self.catch_up(queued).await;
                    eprintln!(
                        "round {round} mail: {} still queued when the signings ended, all \
                         received {:.2} s later{}",
                        catch_up.owed,
                        catch_up.elapsed.as_secs_f64(),
                        catch_up
                            .failure
                            .as_deref()
                            .map(|f| format!(", FAILED: {f}"))
                            .unwrap_or_default()
                    );
                    if mail_failure.is_none() {
                        mail_failure.clone_from(&catch_up.failure);
                    }
                    catch_ups.push(catch_up);
                }
                rounds[i].push(outcome);
            }
        }
        Ok(Rounds {
            phases: rounds.map(|rounds| HttpPhase { rounds }),
            completed,
            catch_ups,
            mail_failure,
        })
    }

    /// Waits until the sink has `queued` messages, and says how long the outbox took.
    async fn catch_up(&self, queued: u64) -> CatchUp {
        let (started, had) = (Instant::now(), self.sink.messages());
        let cpu = machine::process_cpu(self.service.pid);
        let sink_cpu = self.sink.cpu_time();
        let waited = self.sink.wait_for(queued, MAIL_STALL).await;
        CatchUp {
            owed: queued.saturating_sub(had),
            elapsed: started.elapsed(),
            service_cpu: cpu
                .zip(machine::process_cpu(self.service.pid))
                .map(|(before, after)| after - before),
            sink_cpu: sink_cpu
                .zip(self.sink.cpu_time())
                .map(|(before, after)| after - before),
            failure: waited.err().map(|e| format!("{e:#}")),
        }
    }

    /// Signings at a steady [`STEADY_RATE`] a second, open loop, then their mail.
    async fn steady(&self, opts: &Options, sign: &MakeRequest) -> anyhow::Result<SteadyRun> {
        let before = self.sink.messages();
        let outcome = self
            .run(Phase {
                addr: self.service.addr,
                connections: CONNECTIONS,
                length: Length::Paced {
                    rate: STEADY_RATE,
                    duration: Duration::from_secs_f64(opts.steady_seconds),
                },
                expect: StatusCode::SEE_OTHER,
                make: sign.clone(),
                record: true,
            })
            .await?;
        eprintln!(
            "steady: {}/s for {:.1} s, p99 {:.2} ms, {} errors",
            report::thousands(outcome.rate().round() as u64),
            outcome.window.as_secs_f64(),
            outcome.quantile(0.99).unwrap_or_default().as_secs_f64() * 1000.0,
            outcome.error_count()
        );
        let waited = self
            .sink
            .wait_for(before + outcome.ok_total, MAIL_STALL)
            .await;
        Ok(SteadyRun {
            outcome,
            mail_failure: waited.err().map(|e| format!("{e:#}")),
        })
    }

    /// Every emailed link confirmed, once, by the POST its page's button sends.
    async fn confirm_all(&self) -> anyhow::Result<Outcome> {
        let addr = self.service.addr;
        let tokens = Arc::new(self.sink.take_tokens());
        let confirm = self
            .run(Phase {
                addr,
                connections: CONNECTIONS,
                length: Length::Count(tokens.len() as u64),
                expect: StatusCode::OK,
                make: requests::confirm(addr, tokens.clone()),
                record: false,
            })
            .await?;
        eprintln!(
            "confirmations: {} in {:.2} s, {} errors",
            confirm.ok,
            confirm.window.as_secs_f64(),
            confirm.error_count()
        );
        Ok(confirm)
    }
}

/// The imported petitions open to individuals, by slug.
async fn open_petitions(db: &DatabaseConnection) -> anyhow::Result<Vec<Petition>> {
    let now = chrono::Utc::now();
    let mut open: Vec<Petition> = petitions::all(db)
        .await?
        .into_iter()
        .filter(|p| p.is_signable(now) && p.accepts.individuals)
        .collect();
    open.sort_by(|a, b| a.slug.cmp(&b.slug));
    Ok(open)
}

/// The petition to sign (krivoy-rog-protest when it is open to individuals, else the first
/// such by slug) and another open one to seed for the export, so each list is only its own.
async fn pick_petitions(db: &DatabaseConnection) -> anyhow::Result<(Petition, Petition)> {
    let mut open = open_petitions(db).await?;
    // Stable: the others stay in order of slug.
    open.sort_by_key(|p| p.slug != "krivoy-rog-protest");
    let mut open = open.into_iter();
    let sign = open
        .next()
        .context("no imported petition is open to individuals")?;
    let export = open
        .next()
        .context("the export needs a second open petition")?;
    Ok((sign, export))
}

async fn run_export(
    opts: &Options,
    db: &BenchDb,
    petition: &Petition,
    dir: &std::path::Path,
) -> anyhow::Result<Export> {
    eprintln!(
        "export: seeding {} confirmed signatures…",
        report::thousands(opts.export_rows)
    );
    let conn = sea_orm::Database::connect(db.url.as_str())
        .await
        .context("connect to seed the export")?;
    let started = Instant::now();
    export::seed(&conn, petition, opts.export_rows).await?;
    let seed_time = started.elapsed();
    let _ = conn.close().await;

    let (url, slug, out) = (db.url.clone(), petition.slug.clone(), dir.to_path_buf());
    let undersign = tokio::task::spawn_blocking(move || export::run_undersign(&url, &slug, &out))
        .await?
        .map_err(|e| format!("{e:#}"));
    let sqlite3 = match (&db.sqlite_file, export::sqlite3_available()) {
        (None, _) => Compared::Skipped("the database is PostgreSQL"),
        (Some(_), None) => Compared::Skipped("no sqlite3 on PATH"),
        (Some(file), Some(_)) => {
            let (file, id, rows, out) = (
                file.clone(),
                petition.id,
                opts.export_rows,
                dir.to_path_buf(),
            );
            match tokio::task::spawn_blocking(move || export::run_sqlite3(&file, id, rows, &out))
                .await?
            {
                Ok(r) => Compared::Ran(r),
                Err(e) => Compared::Failed(format!("{e:#}")),
            }
        }
    };
    Ok(Export {
        seeded: opts.export_rows,
        seed_time,
        slug: petition.slug.clone(),
        undersign,
        sqlite3,
    })
}

fn progress(round: usize, name: &str, o: &Outcome) {
    let errors = if o.error_count() > 0 {
        format!(", ERRORS: {}", o.error_summary())
    } else {
        String::new()
    };
    eprintln!(
        "round {round} {name:<14} {:>8}/s  p50 {:>8.2} ms  p99 {:>8.2} ms  loadgen CPU {:>3.0}%{errors}",
        report::thousands(o.rate().round() as u64),
        o.quantile(0.5).unwrap_or_default().as_secs_f64() * 1000.0,
        o.quantile(0.99).unwrap_or_default().as_secs_f64() * 1000.0,
        o.loadgen_cpu.unwrap_or_default() * 100.0,
    );
}

/// The command as typed, with the benchmark's own environment variables that were set (a
/// password in the database URL shown as ***).
fn command_line() -> String {
    let mut env: Vec<String> = std::env::vars()
        .filter(|(k, _)| k.starts_with("UNDERSIGN_BENCH_"))
        .map(|(k, v)| match url::Url::parse(&v) {
            Ok(mut u) if u.password().is_some() => {
                let _ = u.set_password(Some("***"));
                format!("{k}={u}")
            }
            _ => format!("{k}={v}"),
        })
        .collect();
    env.sort();
    env.push("cargo bench --bench service".into());
    env.join(" ")
}
