//! A million signatures (issue 18): one petition seeded with `UNDERSIGN_BENCH_MILLION_ROWS`
//! (1,000,000) confirmed signatures and another with 1,000, in a database of their own; the
//! kept figures rebuilt by `undersign recount`; then the release binary serving the shipped
//! config. Measured from outside, side by side: every public page and API answer on both
//! petitions; the organisers' pages and searches; a flood of deep pages on 8 connections
//! while the petition page and /healthz are timed; the delivery document's first byte and
//! the service's peak memory while it streams; the delivery package against the CSV export
//! and the document.
use std::net::SocketAddr;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use http_body_util::BodyExt;
use hyper::header::{COOKIE, SET_COOKIE};
use hyper::StatusCode;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, QueryFilter,
    QuerySelect, Statement,
};
use undersign::store::Petition;

use crate::database::BenchDb;
use crate::loadgen::{self, Length, LoadGen, Phase, Seq};
use crate::report::thousands;
use crate::requests;
use crate::service::{self, ServiceProcess};

const ORGANIZER: &str = "bench-organiser@example.org";
const PASSWORD: &str = "a long bench passphrase";

/// Latencies of one kind of request, on the small and on the large petition.
pub struct Compared {
    pub label: String,
    pub small: Latency,
    pub large: Latency,
}

#[derive(Clone, Copy, Default)]
pub struct Latency {
    pub p50: Duration,
    pub p99: Duration,
    pub n: u64,
}

/// One download: when its first byte came, when its last, how big, and the service's peak
/// resident size while it was made (the peak reset just before).
pub struct Download {
    pub label: &'static str,
    pub first_byte: Duration,
    pub total: Duration,
    pub bytes: u64,
    pub peak_rss_kib: Option<u64>,
}

pub struct Million {
    pub rows: u64,
    pub small_rows: u64,
    pub postgres: bool,
    pub seed: Duration,
    pub recount: Duration,
    /// SQLite: the search indexer taking the seeded rows, from the service's start.
    pub indexed: Option<Duration>,
    pub public: Vec<Compared>,
    pub organizer: Vec<Compared>,
    pub quiet_page: Latency,
    pub quiet_health: Latency,
    pub flooded_page: Latency,
    pub flooded_health: Latency,
    pub flood_rate: f64,
    pub flood_errors: String,
    pub downloads: Vec<Download>,
    /// The service's resident size once started (and, on SQLite, indexed), before the
    /// organiser signed in (Argon2id hashes in 19 MiB, which the allocator may keep).
    pub rss_started_kib: Option<u64>,
    pub rss_before_kib: Option<u64>,
}

pub async fn run(
    loadgen: &LoadGen,
    dir: &std::path::Path,
    pg_url: Option<String>,
    rows: u64,
    service_env: impl Fn(SocketAddr, &BenchDb) -> Vec<(&'static str, String)>,
) -> anyhow::Result<Million> {
    let dir = dir.join("million");
    std::fs::create_dir_all(&dir)?;
    let mut db = BenchDb::create(&dir, pg_url).await?;
    let result = measure(loadgen, &dir, &db, rows, &service_env).await;
    db.drop_databases().await;
    result
}

async fn measure(
    loadgen: &LoadGen,
    dir: &std::path::Path,
    db: &BenchDb,
    rows: u64,
    service_env: &impl Fn(SocketAddr, &BenchDb) -> Vec<(&'static str, String)>,
) -> anyhow::Result<Million> {
    let small_rows = 1_000;
    let addr = service::free_port()?;
    let env = service_env(addr, db);
    // Once to create the schema and import the declarations.
    ServiceProcess::start_logging_to(addr, &env, dir, "million-setup.log")
        .await?
        .stop()
        .await?;
    let conn = sea_orm::Database::connect(db.url.as_str()).await?;
    let (large, small) = two_petitions(&conn).await?;
    eprintln!(
        "million: seeding {} signatures on {} and {} on {}…",
        thousands(rows),
        large.slug,
        thousands(small_rows),
        small.slug
    );
    let started = Instant::now();
    crate::export::seed(&conn, &large, rows).await?;
    crate::export::seed(&conn, &small, small_rows).await?;
    let seed = started.elapsed();
    let started = Instant::now();
    cli(&env, &["recount"], None)?;
    let recount = started.elapsed();
    cli(
        &env,
        &["organizer", "add", ORGANIZER, "--password-stdin"],
        Some(PASSWORD),
    )?;

    let service = ServiceProcess::start_logging_to(addr, &env, dir, "million.log").await?;
    let started = Instant::now();
    let indexed = match db.sqlite_file {
        Some(_) => {
            wait_indexed(&conn).await?;
            Some(started.elapsed())
        }
        None => None,
    };
    let keys = Arc::new(list_keys(&conn, large.id).await?);
    let small_keys = Arc::new(list_keys(&conn, small.id).await?);
    let _ = conn.close().await;
    let rss_started_kib = crate::machine::rss_kib(service.pid);
    let cookie = login(addr).await?;
    eprintln!("million: measuring…");

    // Downloads first, while the service holds no more than a start and the searches'
    // index reads: what the document itself costs. Each with the peak memory reset.
    let rss_before_kib = crate::machine::rss_kib(service.pid);
    let mut downloads = vec![];
    for (label, path) in [
        (
            "delivery document",
            format!("/admin/petitions/{}/delivery", large.slug),
        ),
        (
            "delivery CSV export",
            format!("/admin/petitions/{}/export.csv?format=delivery", large.slug),
        ),
        (
            "delivery package",
            format!("/admin/petitions/{}/package.zip", large.slug),
        ),
    ] {
        reset_peak(service.pid);
        let mut d = download(addr, &path, &cookie).await?;
        d.label = label;
        d.peak_rss_kib = crate::machine::peak_rss_kib(service.pid);
        downloads.push(d);
    }

    let mut public = vec![];
    for (label, path) in [
        ("petition page", "".to_owned()),
        ("list, page 1", "/signatures".to_owned()),
        ("list, page 10", "/signatures?page=10".to_owned()),
        ("list, page 100,000", "/signatures?page=100000".to_owned()),
    ] {
        let at = |p: &Petition| format!("/petitions/{}{path}", p.slug);
        let (s, l) = side_by_side(loadgen, addr, fixed(at(&small)), fixed(at(&large)), 300).await?;
        public.push(Compared {
            label: label.into(),
            small: s,
            large: l,
        });
    }
    let by_key = |p: &Petition, keys: &Arc<Vec<String>>| {
        let (slug, keys) = (p.slug.clone(), keys.clone());
        Arc::new(move |s: Seq| {
            let key = &keys[(s.local as usize * 7919) % keys.len()];
            format!("/petitions/{slug}/signatures?page=2&after={key}")
        }) as Arc<dyn Fn(Seq) -> String + Send + Sync>
    };
    let (s, l) = side_by_side(
        loadgen,
        addr,
        by_key(&small, &small_keys),
        by_key(&large, &keys),
        300,
    )
    .await?;
    public.push(Compared {
        label: "list, Next from a random signatory".into(),
        small: s,
        large: l,
    });
    let api = |p: &Petition| fixed(format!("/api/petitions/{}", p.slug));
    let (s, l) = side_by_side(loadgen, addr, api(&small), api(&large), 300).await?;
    public.push(Compared {
        label: "API, one petition".into(),
        small: s,
        large: l,
    });

    let mut organizer = vec![];
    for (label, path) in [
        ("dashboard", None),
        ("petition page", Some("")),
        ("search, part of an address", Some("?q=export+12345")),
        ("search, part of a common name", Some("?q=kowalski")),
        ("search, a country", Some("?q=PL")),
    ] {
        let at = |p: &Petition| match path {
            None => "/admin".to_owned(),
            Some(rest) => format!("/admin/petitions/{}{rest}", p.slug),
        };
        let (s, l) = side_by_side_as(
            loadgen,
            addr,
            Some(&cookie),
            fixed(at(&small)),
            fixed(at(&large)),
            40,
        )
        .await?;
        organizer.push(Compared {
            label: label.into(),
            small: s,
            large: l,
        });
    }

    // The flood: eight connections on random deep pages of the large petition, by key and
    // by number, while one client times the petition page and /healthz.
    let page_path = format!("/petitions/{}", large.slug);
    let quiet = probe(addr, &page_path, Duration::from_secs(3)).await?;
    let flood_keys = keys.clone();
    let slug = large.slug.clone();
    let flood = loadgen.run(Phase {
        addr,
        connections: 8,
        length: Length::Timed {
            warmup: Duration::from_millis(500),
            measure: Duration::from_secs(6),
        },
        expect: StatusCode::OK,
        make: Arc::new(move |s: Seq| {
            let n = s.global;
            let path = if n % 2 == 0 {
                let key = &flood_keys[(n as usize * 7919) % flood_keys.len()];
                format!("/petitions/{slug}/signatures?page=2&after={key}")
            } else {
                format!(
                    "/petitions/{slug}/signatures?page={}",
                    11 + n * 7919 % 20_000
                )
            };
            requests::get(addr, &path, n)
        }),
        record: false,
    });
    let (flood, flooded) = tokio::join!(flood, async {
        tokio::time::sleep(Duration::from_millis(700)).await;
        probe(addr, &page_path, Duration::from_secs(5)).await
    });
    let (flood, flooded) = (flood?, flooded?);

    service.stop().await?;
    Ok(Million {
        rows,
        small_rows,
        postgres: db.sqlite_file.is_none(),
        seed,
        recount,
        indexed,
        public,
        organizer,
        quiet_page: quiet.0,
        quiet_health: quiet.1,
        flooded_page: flooded.0,
        flooded_health: flooded.1,
        flood_rate: flood.rate(),
        flood_errors: flood.error_summary(),
        downloads,
        rss_started_kib,
        rss_before_kib,
    })
}

/// The open petitions taking individuals, by slug: the first for the million, the second
/// for the thousand.
async fn two_petitions(db: &DatabaseConnection) -> anyhow::Result<(Petition, Petition)> {
    let mut open = crate::open_petitions(db).await?.into_iter();
    match (open.next(), open.next()) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => bail!("the million phase needs two open petitions"),
    }
}

/// Runs `undersign ARGS` with the service's environment, `stdin` written to it.
fn cli(env: &[(&str, String)], args: &[&str], stdin: Option<&str>) -> anyhow::Result<()> {
    use std::io::Write;
    let mut cmd = Command::new(service::BINARY);
    cmd.args(["--config", service::CONFIG])
        .args(args)
        .env("RUST_LOG", "warn")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().context("undersign")?;
    if let (Some(text), Some(mut input)) = (stdin, child.stdin.take()) {
        writeln!(input, "{text}")?;
    }
    let out = child.wait_with_output()?;
    if !out.status.success() {
        bail!(
            "undersign {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(())
}

/// Until SQLite's search index holds every seeded row.
async fn wait_indexed(db: &DatabaseConnection) -> anyhow::Result<()> {
    let deadline = Instant::now() + Duration::from_secs(600);
    loop {
        let row = db
            .query_one(Statement::from_string(
                DbBackend::Sqlite,
                "SELECT (SELECT up_to FROM search_indexed) >= (SELECT MAX(id) FROM signatures)",
            ))
            .await?
            .context("search_indexed")?;
        if row.try_get_by_index::<bool>(0)? {
            return Ok(());
        }
        if Instant::now() > deadline {
            bail!("the search index did not catch up within 600 s");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Keys of the public list (`micros.id`) spread over a petition's whole list.
async fn list_keys(db: &DatabaseConnection, petition: i64) -> anyhow::Result<Vec<String>> {
    let rows: Vec<(i64, chrono::DateTime<chrono::Utc>)> =
        undersign::entities::signatures::Entity::find()
            .select_only()
            .column(undersign::entities::signatures::Column::Id)
            .column(undersign::entities::signatures::Column::ConfirmedAt)
            .filter(undersign::entities::signatures::Column::PetitionId.eq(petition))
            .filter(undersign::entities::signatures::Column::Visibility.eq("public"))
            .filter(sea_orm::sea_query::Expr::cust("id % 97 = 3"))
            .into_tuple()
            .all(db)
            .await?;
    if rows.is_empty() {
        bail!("no public signature to page from");
    }
    Ok(rows
        .into_iter()
        .map(|(id, at)| format!("{}.{id}", at.timestamp_micros()))
        .collect())
}

/// Signs in through the login form, as a browser does (the form is bound to a cookie the
/// login page sets); the session cookie.
async fn login(addr: SocketAddr) -> anyhow::Result<String> {
    let mut sender = loadgen::connect(addr).await?;
    sender.ready().await?;
    let resp = sender
        .send_request(requests::get(addr, "/admin/login", 1))
        .await?;
    let browser = first_cookie(&resp)?;
    let page = resp.into_body().collect().await?.to_bytes();
    let token = requests::form_token(&page)?;
    let form = format!(
        "email={}&password={}&form_token={token}",
        urlencode(ORGANIZER),
        urlencode(PASSWORD)
    );
    let mut post = requests::post_form(addr, "/admin/login", 1, form);
    post.headers_mut().insert(COOKIE, browser.parse()?);
    sender.ready().await?;
    let resp = sender.send_request(post).await?;
    if resp.status() != StatusCode::SEE_OTHER {
        bail!("login answered {}", resp.status());
    }
    first_cookie(&resp)
}

/// `name=value` of a response's first Set-Cookie.
fn first_cookie<B>(resp: &hyper::Response<B>) -> anyhow::Result<String> {
    let cookie = resp
        .headers()
        .get(SET_COOKIE)
        .context("no cookie set")?
        .to_str()?;
    Ok(cookie.split(';').next().unwrap_or_default().to_owned())
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

type Paths = Arc<dyn Fn(Seq) -> String + Send + Sync>;

fn fixed(path: String) -> Paths {
    Arc::new(move |_| path.clone())
}

async fn side_by_side(
    loadgen: &LoadGen,
    addr: SocketAddr,
    small: Paths,
    large: Paths,
    n: u64,
) -> anyhow::Result<(Latency, Latency)> {
    side_by_side_as(loadgen, addr, None, small, large, n).await
}

/// `n` requests one after another on one connection, to the small petition and then the
/// large one, three rounds interleaved; all of each pooled.
async fn side_by_side_as(
    loadgen: &LoadGen,
    addr: SocketAddr,
    cookie: Option<&str>,
    small: Paths,
    large: Paths,
    n: u64,
) -> anyhow::Result<(Latency, Latency)> {
    let (mut s, mut l) = (vec![], vec![]);
    for _ in 0..3 {
        for (paths, into) in [(&small, &mut s), (&large, &mut l)] {
            let (paths, cookie) = (paths.clone(), cookie.map(str::to_owned));
            let outcome = loadgen
                .run(Phase {
                    addr,
                    connections: 1,
                    length: Length::Count(n.div_ceil(3)),
                    expect: StatusCode::OK,
                    make: Arc::new(move |seq: Seq| {
                        let mut r = requests::get(addr, &paths(seq), seq.global);
                        if let Some(c) = &cookie {
                            r.headers_mut().insert(COOKIE, c.parse().expect("a cookie"));
                        }
                        r
                    }),
                    record: false,
                })
                .await?;
            if outcome.error_count() > 0 {
                bail!("{}", outcome.error_summary());
            }
            into.extend(outcome.latencies_us);
        }
    }
    Ok((latency(s), latency(l)))
}

fn latency(mut us: Vec<u32>) -> Latency {
    us.sort_unstable();
    let at = |q: f64| {
        let rank = ((q * us.len() as f64).ceil() as usize).clamp(1, us.len().max(1));
        Duration::from_micros(us.get(rank - 1).copied().unwrap_or(0) as u64)
    };
    Latency {
        p50: at(0.5),
        p99: at(0.99),
        n: us.len() as u64,
    }
}

/// For `length`: the petition page and /healthz, one after the other, each on a fresh
/// connection, as a visitor arriving would; their latencies.
async fn probe(
    addr: SocketAddr,
    page: &str,
    length: Duration,
) -> anyhow::Result<(Latency, Latency)> {
    let (mut p, mut h) = (vec![], vec![]);
    let end = Instant::now() + length;
    let mut n = 1_000_000;
    while Instant::now() < end {
        for (path, into) in [(page, &mut p), ("/healthz", &mut h)] {
            n += 1;
            let started = Instant::now();
            let (status, _) = loadgen::fetch(addr, requests::get(addr, path, n)).await?;
            if status != StatusCode::OK {
                bail!("{path} answered {status} during the probe");
            }
            into.push(started.elapsed().as_micros() as u32);
        }
    }
    Ok((latency(p), latency(h)))
}

/// Resets the process's peak resident size (`VmHWM`) to its current size (Linux 4.0+).
fn reset_peak(pid: u32) {
    let _ = std::fs::write(format!("/proc/{pid}/clear_refs"), "5");
}

/// One GET with the session, read to its end as it comes.
async fn download(addr: SocketAddr, path: &str, cookie: &str) -> anyhow::Result<Download> {
    let mut sender = loadgen::connect(addr).await?;
    sender.ready().await?;
    let mut req = requests::get(addr, path, 7);
    req.headers_mut().insert(COOKIE, cookie.parse()?);
    let started = Instant::now();
    let resp = sender.send_request(req).await?;
    if resp.status() != StatusCode::OK {
        bail!("{path} answered {}", resp.status());
    }
    let mut body = resp.into_body();
    let (mut first_byte, mut bytes) = (None, 0u64);
    while let Some(frame) = body.frame().await {
        let frame = frame?;
        if let Some(data) = frame.data_ref() {
            if !data.is_empty() {
                first_byte.get_or_insert_with(|| started.elapsed());
                bytes += data.len() as u64;
            }
        }
    }
    Ok(Download {
        label: "",
        first_byte: first_byte.unwrap_or_default(),
        total: started.elapsed(),
        bytes,
        peak_rss_kib: None,
    })
}

impl Million {
    pub fn print(&self) {
        let ms = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1000.0);
        let mib =
            |k: Option<u64>| k.map_or("?".into(), |k| format!("{:.1} MiB", k as f64 / 1024.0));
        println!();
        println!(
            "a million signatures ({}): {} confirmed on one petition, {} on another, in a database of \
             their own; seeded with SQL in {:.1} s, figures rebuilt by `undersign recount` in {:.1} s{}",
            if self.postgres { "PostgreSQL" } else { "SQLite" },
            thousands(self.rows),
            thousands(self.small_rows),
            self.seed.as_secs_f64(),
            self.recount.as_secs_f64(),
            match self.indexed {
                Some(d) => format!(
                    "; the search indexer took the seeded rows {:.1} s after the service started",
                    d.as_secs_f64()
                ),
                None => String::new(),
            }
        );
        println!(
            "  one connection, requests one after another, three rounds interleaved (small, large); \
             p50 and p99 of all ({} requests of each kind on each petition)",
            self.public.first().map_or(0, |c| c.large.n)
        );
        println!(
            "  {:<38} {:>22} {:>22} {:>8}   target",
            "request",
            format!("{}: p50 / p99", thousands(self.small_rows)),
            format!("{}: p50 / p99", thousands(self.rows)),
            "ratio"
        );
        let line = |c: &Compared, target: &str| {
            println!(
                "  {:<38} {:>22} {:>22} {:>7.2}×   {target}",
                c.label,
                format!("{} / {}", ms(c.small.p50), ms(c.small.p99)),
                format!("{} / {}", ms(c.large.p50), ms(c.large.p99)),
                c.large.p50.as_secs_f64() / c.small.p50.as_secs_f64().max(1e-9),
            )
        };
        for c in &self.public {
            line(c, "p50 ≤ 5 ms, p99 ≤ 20 ms, ≤ 2× the 1,000's");
        }
        println!("  organisers (signed in):");
        for c in &self.organizer {
            line(c, "p50 ≤ 50 ms at 1,000,000");
        }
        println!(
            "  flood: 8 connections on random deep pages of the large list, {}/s{}",
            thousands(self.flood_rate.round() as u64),
            if self.flood_errors.is_empty() {
                String::new()
            } else {
                format!(" (errors: {})", self.flood_errors)
            }
        );
        println!(
            "    petition page, a fresh connection each: quiet p50 {} p99 {}; flooded p50 {} p99 {} = {:.2}× quiet (target ≤ 3×)",
            ms(self.quiet_page.p50),
            ms(self.quiet_page.p99),
            ms(self.flooded_page.p50),
            ms(self.flooded_page.p99),
            self.flooded_page.p50.as_secs_f64() / self.quiet_page.p50.as_secs_f64().max(1e-9)
        );
        println!(
            "    /healthz: quiet p50 {} p99 {}; flooded p50 {} p99 {} (target ≤ 50 ms)",
            ms(self.quiet_health.p50),
            ms(self.quiet_health.p99),
            ms(self.flooded_health.p50),
            ms(self.flooded_health.p99),
        );
        println!(
            "  downloads of the large petition (the service's RSS once started: {}; after the sign-in, before them: {}; its peak reset before each):",
            mib(self.rss_started_kib),
            mib(self.rss_before_kib)
        );
        for d in &self.downloads {
            println!(
                "    {:<22} first byte {:>10}  all {:>8.2} s  {:>10} bytes  peak RSS {}",
                d.label,
                ms(d.first_byte),
                d.total.as_secs_f64(),
                thousands(d.bytes),
                mib(d.peak_rss_kib)
            );
        }
        if let [doc, csv, package] = &self.downloads[..] {
            println!(
                "    package / (CSV + document) = {:.2}× (target ≤ 1×); targets: document first byte ≤ 300 ms, peak RSS ≤ 64 MiB",
                package.total.as_secs_f64() / (csv.total + doc.total).as_secs_f64().max(1e-9)
            );
        }
    }
}
