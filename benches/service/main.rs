//! `cargo bench --bench service`: the real service, in process, under load from a load
//! generator on its own thread, with its baselines measured in the same run, then the outbox
//! drained into a loopback SMTP sink, every emailed link confirmed, and a large export timed
//! against `sqlite3`. One table comes out.
//!
//! Environment:
//! - `UNDERSIGN_BENCH_SECONDS` (default 3): the measured part of each HTTP phase.
//! - `UNDERSIGN_BENCH_EXPORT_ROWS` (default 1000000): signatures seeded for the export.
//! - `UNDERSIGN_BENCH_LOG`: a tracing filter (`warn`) for the service's log; none by default.
//! - `UNDERSIGN_BENCH_KEEP`: set, the temporary folder (SQLite files, the exports) is kept
//!   and its path printed, and PostgreSQL databases are not dropped.
//! - `UNDERSIGN_BENCH_DATABASE_URL`: a PostgreSQL server (`postgres://…/db`) on which the run
//!   creates its own databases and drops them after; SQLite in a temporary folder otherwise.
mod baselines;
mod database;
mod export;
mod loadgen;
mod machine;
mod report;
mod requests;
mod smtp_sink;

use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use hyper::StatusCode;
use tokio_util::sync::CancellationToken;
use undersign::app::Application;
use undersign::config::{MailTransportKind, Settings};
use undersign::mail::worker::OutboxWorker;
use undersign::store::{petitions, Petition};

use database::BenchDb;
use loadgen::{Length, LoadGen, MakeRequest, Outcome, Phase};
use report::{Compared, Drain, Export, Header, HttpPhase, Results};
use smtp_sink::SmtpSink;

/// Like `wrk -c32`.
const CONNECTIONS: usize = 32;
const ROUNDS: usize = 3;
const WARMUP: Duration = Duration::from_millis(500);
/// The drain fails when the sink receives nothing for this long.
const DRAIN_STALL: Duration = Duration::from_secs(30);

struct Options {
    seconds: f64,
    export_rows: u64,
    pg_url: Option<String>,
}

impl Options {
    fn from_env() -> anyhow::Result<Options> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let seconds = match var("UNDERSIGN_BENCH_SECONDS") {
            Some(v) => v
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|s| s.is_finite() && *s > 0.0)
                .with_context(|| {
                    format!("UNDERSIGN_BENCH_SECONDS={v:?} is not a positive number")
                })?,
            None => 3.0,
        };
        let export_rows = match var("UNDERSIGN_BENCH_EXPORT_ROWS") {
            Some(v) => v
                .trim()
                .replace('_', "")
                .parse::<u64>()
                .ok()
                .filter(|n| *n > 0)
                .with_context(|| {
                    format!("UNDERSIGN_BENCH_EXPORT_ROWS={v:?} is not a positive count")
                })?,
            None => 1_000_000,
        };
        Ok(Options {
            seconds,
            export_rows,
            pg_url: var("UNDERSIGN_BENCH_DATABASE_URL"),
        })
    }
}

fn main() -> ExitCode {
    // No tracing subscriber unless asked for (UNDERSIGN_BENCH_LOG=warn, say, to see why a
    // phase has errors): the service's per-request logging stays off the measured path.
    if let Ok(filter) = std::env::var("UNDERSIGN_BENCH_LOG") {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
            .with_writer(std::io::stderr)
            .try_init();
    }
    let outcome = Options::from_env().and_then(|opts| {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .context("the server's runtime")?;
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

async fn bench(opts: &Options, db: &BenchDb, dir: &std::path::Path) -> anyhow::Result<Results> {
    let date = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let service = Service::start(db, dir).await?;
    let (sign_petition, export_petition) = pick_petitions(&service.state).await?;
    let database = database::describe(service.state.store.reader()).await;

    // Idle: started, declarations imported, nothing served yet.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let idle_rss_kib = machine::rss_kib();

    let empty_server = baselines::empty().await?;
    let naive_server = baselines::naive(&db.naive).await?;
    let loadgen = LoadGen::start()?;

    let [empty, naive, sign, page, api] = http_rounds(
        opts,
        &loadgen,
        &service,
        &sign_petition,
        empty_server.addr,
        naive_server.addr,
    )
    .await?;

    // Every signing answered 303 queued one confirmation message.
    let backlog: u64 = sign.rounds.iter().map(|r| r.ok_total).sum();
    let (drain, worker) = drain_outbox(&service, backlog).await?;
    let confirm = confirm_all(&loadgen, &service).await?;

    // Peak under load: every HTTP phase and the drain are behind us, the seeding is not.
    let peak_rss_kib = machine::peak_rss_kib();

    worker.stop().await;
    let naive_description = naive_server.db_description.clone();
    service.stop().await;
    empty_server.stop().await;
    naive_server.stop().await;
    drop(loadgen);

    let (export, export_failure) = match run_export(opts, db, &export_petition, dir).await {
        Ok(e) => (Some(e), None),
        Err(e) => (None, Some(format!("{e:#}"))),
    };

    Ok(Results {
        header: Header {
            date,
            command: command_line(),
            binary: std::env::args().collect::<Vec<_>>().join(" "),
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
        confirm,
        drain,
        export,
        export_failure,
        idle_rss_kib,
        peak_rss_kib,
    })
}

/// The real service on a loopback port, with the SMTP sink its mail goes to.
struct Service {
    addr: std::net::SocketAddr,
    state: undersign::web::AppState,
    sink: SmtpSink,
    shutdown: CancellationToken,
    server: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Service {
    async fn start(db: &BenchDb, dir: &std::path::Path) -> anyhow::Result<Service> {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").context("bind the service")?;
        let addr = listener.local_addr()?;
        let base_url = format!("http://{addr}");
        let sink = SmtpSink::start(format!("{base_url}/confirm/"))?;
        let settings = service_settings(addr, &base_url, db, sink.addr.port(), dir);
        // Without its outbox worker: signing is measured alone, the drain after it.
        let app = Application::builder(settings)
            .listener(listener)
            .without_outbox_worker()
            .build()
            .await
            .context("start the service")?;
        let state = app.state();
        let shutdown = app.shutdown_token();
        let server = tokio::spawn(app.run_until_stopped());
        Ok(Service {
            addr,
            state,
            sink,
            shutdown,
            server,
        })
    }

    async fn stop(self) {
        self.shutdown.cancel();
        match tokio::time::timeout(Duration::from_secs(30), self.server).await {
            Ok(Ok(Ok(()))) => {}
            Ok(Ok(Err(e))) => eprintln!("warning: the service stopped with an error: {e}"),
            Ok(Err(e)) => eprintln!("warning: the service task failed: {e}"),
            Err(_) => eprintln!("warning: the service did not stop within 30 s"),
        }
        drop(self.sink);
    }
}

/// Empty GET, naive signing, signings, page views, API reads; again; and again. Interleaved,
/// so that a disturbance of the machine (another build, a checkpoint) spreads over all of
/// them instead of sinking one.
async fn http_rounds(
    opts: &Options,
    loadgen: &LoadGen,
    service: &Service,
    petition: &Petition,
    empty: std::net::SocketAddr,
    naive: std::net::SocketAddr,
) -> anyhow::Result<[HttpPhase; 5]> {
    let addr = service.addr;
    // One rendered form, as a browser holds it; its token is reused for every signing (it
    // is not single-use and stays valid for 72 h), once it is older than min_fill_seconds.
    let page_path = format!("/petitions/{}", petition.slug);
    let (status, page) = loadgen::fetch(addr, requests::get(addr, &page_path, 0)).await?;
    if status != StatusCode::OK {
        bail!("GET {page_path} answered {status}");
    }
    let form_token = requests::form_token(&page)?;
    tokio::time::sleep(Duration::from_millis(1200)).await;

    let run_id = requests::run_id();
    let sign_path = format!("/petitions/{}/sign", petition.slug);
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
            requests::naive_sign(naive, run_id.clone()),
        ),
        (
            "signings",
            addr,
            StatusCode::SEE_OTHER,
            requests::sign(addr, sign_path, run_id, form_token),
        ),
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
    let mut rounds: [Vec<Outcome>; 5] = Default::default();
    for round in 1..=ROUNDS {
        for (i, (name, to, expect, make)) in phases.iter().enumerate() {
            let outcome = loadgen
                .run(Phase {
                    addr: *to,
                    connections: CONNECTIONS,
                    length: Length::Timed {
                        warmup: WARMUP,
                        measure: Duration::from_secs_f64(opts.seconds),
                    },
                    expect: *expect,
                    make: make.clone(),
                })
                .await?;
            progress(round, name, &outcome);
            rounds[i].push(outcome);
        }
    }
    Ok(rounds.map(|rounds| HttpPhase { rounds }))
}

/// The outbox worker, started by the benchmark.
struct Worker {
    stop: CancellationToken,
    task: tokio::task::JoinHandle<()>,
}

impl Worker {
    /// Lets it finish what it holds, as the service's shutdown does.
    async fn stop(self) {
        self.stop.cancel();
        let _ = tokio::time::timeout(Duration::from_secs(10), self.task).await;
    }
}

/// Starts the outbox worker the service was built without and times it until the sink has
/// every queued message. The worker is left running (as in production, idle) until the
/// caller stops it.
async fn drain_outbox(service: &Service, backlog: u64) -> anyhow::Result<(Drain, Worker)> {
    let state = &service.state;
    let sink = &service.sink;
    let worker = OutboxWorker::for_state(state).context("the mailer")?;
    let stop = CancellationToken::new();
    let sink_cpu_before = sink.cpu_time();
    let started = Instant::now();
    let task = tokio::spawn(worker.run(stop.clone()));
    let drained = sink.wait_for(backlog, DRAIN_STALL).await;
    let drain = Drain {
        backlog,
        received: sink.messages(),
        elapsed: started.elapsed(),
        without_link: sink.without_link(),
        failure: drained.err().map(|e| format!("{e:#}")),
        sink_cpu: sink_cpu_before
            .zip(sink.cpu_time())
            .map(|(before, after)| after - before),
    };
    eprintln!(
        "outbox drain: {} of {} messages in {:.2} s",
        drain.received,
        backlog,
        drain.elapsed.as_secs_f64()
    );
    Ok((drain, Worker { stop, task }))
}

/// Every emailed link confirmed, once, by the POST its page's button sends.
async fn confirm_all(loadgen: &LoadGen, service: &Service) -> anyhow::Result<Outcome> {
    let tokens = Arc::new(service.sink.take_tokens());
    let confirm = loadgen
        .run(Phase {
            addr: service.addr,
            connections: CONNECTIONS,
            length: Length::Count(tokens.len() as u64),
            expect: StatusCode::OK,
            make: requests::confirm(service.addr, tokens.clone()),
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

fn service_settings(
    addr: std::net::SocketAddr,
    base_url: &str,
    db: &BenchDb,
    smtp_port: u16,
    dir: &std::path::Path,
) -> Settings {
    let mut s = Settings::default();
    s.server.bind = addr.to_string();
    s.server.base_url = base_url.to_owned();
    // The load generator stands in for a reverse proxy: each request names its client.
    s.server.trusted_proxies = vec!["127.0.0.1".into()];
    s.database.url = db.url.clone();
    s.database.sqlite_synchronous = "full".into();
    s.petitions.import_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/declarations").into();
    s.mail.transport = MailTransportKind::Smtp;
    s.mail.smtp_host = "127.0.0.1".into();
    s.mail.smtp_port = smtp_port;
    s.mail.file_dir = dir.join("mail").display().to_string();
    s.security.secret_key = requests::secret_key().into();
    s.security.secret_key_file = dir.join("secret.key").display().to_string();
    s
}

/// The petition to sign (krivoy-rog-protest when it is open to individuals, else the first
/// such by slug) and another open one to seed for the export, so each list is only its own.
async fn pick_petitions(state: &undersign::web::AppState) -> anyhow::Result<(Petition, Petition)> {
    let now = state.clock.now();
    let mut open: Vec<Petition> = petitions::all(state.store.reader())
        .await?
        .into_iter()
        .filter(|p| p.is_signable(now) && p.accepts.individuals)
        .collect();
    open.sort_by(|a, b| {
        (a.slug != "krivoy-rog-protest", &a.slug).cmp(&(b.slug != "krivoy-rog-protest", &b.slug))
    });
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
