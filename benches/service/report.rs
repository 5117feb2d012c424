//! The results of a run and the one table they are printed as.
use std::collections::BTreeMap;
use std::time::Duration;

use crate::backlog::Backlog;
use crate::cluster::Cluster;
use crate::crash::{self, Crash};
use crate::export;
use crate::loadgen::Outcome;
use crate::mail_lag::MailLag;

/// The targets, in one place.
pub mod target {
    use std::time::Duration;
    pub const SIGN_VS_NAIVE: f64 = 5.0;
    pub const SIGN_VS_EMPTY: f64 = 0.15;
    pub const SIGN_P99: Duration = Duration::from_millis(20);
    pub const PAGE_VS_EMPTY: f64 = 0.3;
    /// At a steady 1,000 signings a second, from the 303 to the SMTP server, and none lost.
    pub const STEADY_MAIL_P99: Duration = Duration::from_secs(2);
    pub const EXPORT_RSS_MIB: f64 = 64.0;
    pub const IDLE_RSS_MIB: f64 = 30.0;
    pub const PEAK_RSS_MIB: f64 = 150.0;
    /// A backlog drains at least this fast while signing goes on at half its burst rate.
    pub const DRAIN_PER_SECOND: f64 = 2000.0;
    pub const DRAIN_SIGNING_SHARE: f64 = 0.5;
}

/// A load generator this busy (share of one core) may itself be the limit.
const LOADGEN_BUSY: f64 = 0.85;

/// One HTTP phase over its rounds.
pub struct HttpPhase {
    pub rounds: Vec<Outcome>,
}

impl HttpPhase {
    /// The round with the median rate: its rate and latencies are the ones reported.
    pub fn median(&self) -> &Outcome {
        &self.rounds[self.median_index()]
    }

    pub fn median_index(&self) -> usize {
        let mut by_rate: Vec<usize> = (0..self.rounds.len()).collect();
        by_rate.sort_by(|a, b| self.rounds[*a].rate().total_cmp(&self.rounds[*b].rate()));
        by_rate[by_rate.len() / 2]
    }

    pub fn rate(&self) -> f64 {
        self.median().rate()
    }

    /// Errors of every round together: one bad round flags the phase.
    pub fn errors(&self) -> BTreeMap<String, u64> {
        let mut all = BTreeMap::new();
        for r in &self.rounds {
            for (k, n) in &r.errors {
                *all.entry(k.clone()).or_default() += n;
            }
        }
        all
    }

    fn error_sample(&self) -> Option<&str> {
        self.rounds.iter().find_map(|r| r.error_sample.as_deref())
    }

    /// Each round's rate, and the load generator's and the service's CPU in it.
    fn rates(&self) -> String {
        self.rounds
            .iter()
            .map(|r| format!("{}/s ({})", thousands(r.rate().round() as u64), cpu(r)))
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

/// "loadgen 15% CPU, service 160%" (a share of one core; the service's of all its threads).
fn cpu(o: &Outcome) -> String {
    let mut parts = vec![];
    if let Some(c) = o.loadgen_cpu {
        parts.push(format!("loadgen {:.0}% CPU", c * 100.0));
    }
    if let Some(c) = o.service_cpu {
        parts.push(format!("service {:.0}%", c * 100.0));
    }
    parts.join(", ")
}

/// The outbox after a signing round: what was still queued when the signings stopped, and
/// how long the worker took to send it with nothing else running.
pub struct CatchUp {
    pub owed: u64,
    pub elapsed: Duration,
    /// CPU time of the service process meanwhile.
    pub service_cpu: Option<Duration>,
    /// CPU time of the SMTP sink meanwhile: far below `elapsed`, it was not the limit.
    pub sink_cpu: Option<Duration>,
    pub failure: Option<String>,
}

/// Signings at a steady rate, open loop, and their mail.
pub struct Steady {
    pub target_rate: f64,
    pub seconds: f64,
    pub outcome: Outcome,
    pub mail: MailLag,
}

pub enum Compared {
    Ran(export::Run),
    Skipped(&'static str),
    Failed(String),
}

pub struct Export {
    pub seeded: u64,
    pub seed_time: Duration,
    pub slug: String,
    pub undersign: Result<export::Run, String>,
    pub sqlite3: Compared,
}

pub struct Header {
    pub date: String,
    pub command: String,
    pub binary: String,
    /// The service's executable, its config file and what the environment changed in it.
    pub service_binary: String,
    pub config: String,
    pub overrides: Vec<String>,
    pub service_pid: u32,
    pub log: String,
    pub machine: String,
    pub database: String,
    pub naive_database: String,
    pub sign_slug: String,
    /// PostgreSQL rather than SQLite: the naive handler's durability is then PostgreSQL's
    /// synchronous commit, not SQLite's synchronous=FULL.
    pub postgres: bool,
    pub seconds: f64,
    pub connections: usize,
}

pub struct Results {
    pub header: Header,
    pub empty: HttpPhase,
    pub naive: HttpPhase,
    pub sign: HttpPhase,
    pub page: HttpPhase,
    pub api: HttpPhase,
    pub confirm: Outcome,
    /// The outbox after each signing round.
    pub catch_ups: Vec<CatchUp>,
    /// The mail of every signing of the rounds, warm-ups included.
    pub round_mail: MailLag,
    pub steady: Steady,
    pub backlog: Backlog,
    pub crash: Crash,
    /// Messages the sink received more than once, in no link, to no numbered recipient.
    pub duplicates: u64,
    pub without_link: u64,
    pub unnumbered: u64,
    /// The service's log: bytes and lines.
    pub log_size: Option<(u64, u64)>,
    /// How the service did not stop cleanly, when it did not.
    pub service_exit: Option<String>,
    /// Signing through HAProxy on one instance and on three (PostgreSQL only).
    pub cluster: Cluster,
    pub export: Option<Export>,
    pub export_failure: Option<String>,
    /// The million-signature phase: its figures, or why it failed.
    pub million: Option<Result<crate::million::Million, String>>,
    pub idle_rss_kib: Option<u64>,
    pub peak_rss_kib: Option<u64>,
}

struct Row {
    cells: [String; 7],
}

fn row(cells: [&str; 7]) -> Row {
    Row {
        cells: cells.map(str::to_owned),
    }
}

impl Results {
    pub fn print(&self) {
        let h = &self.header;
        println!();
        println!("undersign service benchmark, {}", h.date);
        println!("command:   {}", h.command);
        println!("binary:    {}", h.binary);
        println!(
            "service:   the release binary as its own process ({} serve, pid {}), shipped {} \
             with env overrides (below), outbox worker on, logs at info (the shipped default, \
             no RUST_LOG) to {}",
            h.service_binary, h.service_pid, h.config, h.log
        );
        println!("overrides: {}", h.overrides.join(" "));
        println!("machine:   {}", h.machine);
        println!("database:  {}", h.database);
        println!("naive:     {}", h.naive_database);
        println!(
            "baselines: the empty and the naive handler are servers in the benchmark's process \
             (its multi-threaded runtime), measured in the same rounds"
        );
        println!(
            "load:      a separate thread of the benchmark process ({} keep-alive HTTP/1.1 \
             connections, like wrk -t1 -c{}); each request its own X-Forwarded-For from 65,536 \
             addresses (rate limits on)",
            h.connections, h.connections
        );
        println!(
            "phases:    3 interleaved rounds of 0.5 s warm-up + {} s each; the median round is \
             shown; after each signing phase, the next waits until the sink has its mail",
            h.seconds
        );
        println!(
            "steady:    {} signings/s for {} s, open loop (request i starts at i/rate; latency \
             from that time), after the rounds' mail was all received",
            thousands(self.steady.target_rate as u64),
            self.steady.seconds
        );
        println!(
            "mail lag:  from a signing's 303, read by the load generator, to the sink holding \
             its whole message (both clocks this process's)"
        );
        println!("memory:    RSS of the service's process (/proc/PID/status VmRSS, VmHWM)");
        println!();

        let mut rows = vec![row(["", "figure", "p50", "p99", "ratio", "target", "met"])];
        rows.extend(self.rows());
        print_table(&rows);

        println!();
        println!("notes:");
        for (name, phase) in [
            ("empty GET", &self.empty),
            ("naive signing", &self.naive),
            ("signings", &self.sign),
            ("page views", &self.page),
            ("API reads", &self.api),
        ] {
            println!("  {name:<14} rounds: {}", phase.rates());
        }
        println!(
            "  signing petition: {}; mail: {} signings of the rounds answered 303 (warm-ups \
             included), {} of the steady phase",
            h.sign_slug,
            thousands(self.round_mail.expected),
            thousands(self.steady.mail.expected)
        );
        for (i, c) in self.catch_ups.iter().enumerate() {
            let rate = c.owed as f64 / c.elapsed.as_secs_f64().max(1e-9);
            let service = c
                .service_cpu
                .map(|cpu| format!(", service CPU {:.2} s", cpu.as_secs_f64()))
                .unwrap_or_default();
            let sink = c
                .sink_cpu
                .map(|cpu| format!(", sink CPU {:.2} s", cpu.as_secs_f64()))
                .unwrap_or_default();
            println!(
                "  outbox after signing round {}: {} messages still queued when it ended, all \
                 received {:.2} s later ({} msg/s, the worker alone{service}{sink})",
                i + 1,
                thousands(c.owed),
                c.elapsed.as_secs_f64(),
                thousands(rate.round() as u64)
            );
        }
        let s = &self.steady.outcome;
        println!(
            "  steady: {} of {} signings answered 303 in {:.2} s; {}",
            thousands(s.ok),
            thousands((self.steady.target_rate * self.steady.seconds).ceil() as u64),
            s.window.as_secs_f64(),
            cpu(s)
        );
        let b = &self.backlog;
        println!(
            "  backlog: {} signings in a {:.1} s burst ({}/s, p99 {}) while the sink answered \
             nothing; then signing at {}/s open loop for {:.1} s as the backlog drained; {}",
            thousands(b.burst.ok_total),
            b.burst.window.as_secs_f64(),
            thousands(b.burst.rate().round() as u64),
            ms(b.burst.quantile(0.99)),
            thousands(b.during.rate().round() as u64),
            b.during.window.as_secs_f64(),
            cpu(&b.during)
        );
        let c = &self.crash;
        println!(
            "  crash: SIGKILL halfway through {:.1} s of signing on {} connections; {} answered \
             303 before it, {} requests failed after it (expected); the restarted process logs \
             to service-after-kill.log",
            c.load.window.as_secs_f64(),
            self.header.connections,
            thousands(c.accepted),
            thousands(c.load.error_count())
        );
        for (name, m) in [("rounds", &self.round_mail), ("steady", &self.steady.mail)] {
            if m.before_answer > 0 {
                println!(
                    "  mail lag ({name}): {} messages reached the sink before their 303 was read \
                     (counted as 0)",
                    thousands(m.before_answer)
                );
            }
        }
        match self.log_size {
            Some((bytes, lines)) => println!(
                "  service log: {} lines, {:.1} MiB ({})",
                thousands(lines),
                bytes as f64 / (1024.0 * 1024.0),
                h.log
            ),
            None => println!("  service log: unreadable ({})", h.log),
        }
        println!("  confirmations: {}", cpu(&self.confirm));
        let busy: Vec<&str> = [
            ("empty GET", &self.empty),
            ("naive signing", &self.naive),
            ("signings", &self.sign),
            ("page views", &self.page),
            ("API reads", &self.api),
        ]
        .into_iter()
        .filter(|(_, p)| p.median().loadgen_cpu.is_some_and(|c| c >= LOADGEN_BUSY))
        .map(|(name, _)| name)
        .collect();
        if !busy.is_empty() {
            println!(
                "  the load generator used {:.0}%+ of a core in: {} (on {} cores it shares the \
                 CPU with the server; those rates are partly its limit)",
                LOADGEN_BUSY * 100.0,
                busy.join(", "),
                std::thread::available_parallelism().map_or(0, |n| n.get())
            );
        }
        for (name, errors, sample) in [
            ("empty GET", self.empty.errors(), self.empty.error_sample()),
            (
                "naive signing",
                self.naive.errors(),
                self.naive.error_sample(),
            ),
            ("signings", self.sign.errors(), self.sign.error_sample()),
            ("page views", self.page.errors(), self.page.error_sample()),
            ("API reads", self.api.errors(), self.api.error_sample()),
            (
                "steady",
                self.steady.outcome.errors.clone(),
                self.steady.outcome.error_sample.as_deref(),
            ),
            (
                "backlog burst",
                self.backlog.burst.errors.clone(),
                self.backlog.burst.error_sample.as_deref(),
            ),
            (
                "signing as the backlog drained",
                self.backlog.during.errors.clone(),
                self.backlog.during.error_sample.as_deref(),
            ),
            (
                "confirmations",
                self.confirm.errors.clone(),
                self.confirm.error_sample.as_deref(),
            ),
        ] {
            if !errors.is_empty() {
                let list: Vec<String> = errors.iter().map(|(k, n)| format!("{n}× {k}")).collect();
                println!("  ERRORS in {name}: {}", list.join(", "));
                if let Some(sample) = sample {
                    println!("    first answer: {sample}");
                }
            }
        }
        for (name, m) in [
            ("the rounds' mail", &self.round_mail),
            ("the steady phase's mail", &self.steady.mail),
        ] {
            if let Some(why) = &m.failure {
                println!("  ERROR waiting for {name}: {why}");
            }
        }
        if let Some(why) = &self.backlog.failure {
            println!("  ERROR waiting for the backlog's mail: {why}");
        }
        if self.without_link > 0 {
            println!(
                "  ERROR: {} messages held no confirmation link",
                self.without_link
            );
        }
        if self.unnumbered > 0 {
            println!(
                "  ERROR: {} messages went to no bench-RUN-N@ address",
                self.unnumbered
            );
        }
        if self.duplicates > 0 {
            println!(
                "  note: {} messages arrived more than once (lag counts the first)",
                self.duplicates
            );
        }
        if let Some(why) = &self.service_exit {
            println!("  ERROR stopping the service: {why}");
        }
        self.cluster_notes();
        if let Some(e) = &self.export {
            let then = match e.sqlite3 {
                Compared::Ran(_) => ", then sqlite3 on the same rows",
                _ => "",
            };
            println!(
                "  export: {} rows of {} seeded in {:.1} s (one INSERT … SELECT); \
                 `undersign export --format full` ran first{then}",
                thousands(e.seeded),
                e.slug,
                e.seed_time.as_secs_f64()
            );
            let size = |r: &export::Run| format!("{:.0} MiB", r.bytes as f64 / (1024.0 * 1024.0));
            match (&e.undersign, &e.sqlite3) {
                (Ok(u), Compared::Ran(s)) => {
                    println!(
                        "  export output: undersign {}, sqlite3 {}",
                        size(u),
                        size(s)
                    )
                }
                (Ok(u), _) => println!("  export output: undersign {}", size(u)),
                _ => {}
            }
            if let Ok(u) = &e.undersign {
                if u.rows != e.seeded {
                    println!(
                        "  ERROR: the export wrote {} rows, {} were seeded",
                        thousands(u.rows),
                        thousands(e.seeded)
                    );
                }
            }
        }
        if let Some(why) = &self.export_failure {
            println!("  ERROR in the export: {why}");
        }
        match &self.million {
            Some(Ok(m)) => m.print(),
            Some(Err(why)) => println!("\n  ERROR in the million phase: {why}"),
            None => {}
        }
    }

    fn rows(&self) -> Vec<Row> {
        let mut rows = vec![];
        let empty = self.empty.rate();
        let naive = self.naive.rate();

        rows.push(http_row(
            "empty GET (HTTP limit)",
            &self.empty,
            String::new(),
            "",
            None,
        ));
        let naive_label = if self.header.postgres {
            "naive signing (one txn per request, sync commit)"
        } else {
            "naive signing (one txn per request, FULL)"
        };
        rows.push(http_row(
            naive_label,
            &self.naive,
            format!("{:.2}× empty", ratio(naive, empty)),
            "",
            None,
        ));

        let sign = self.sign.median();
        let vs_naive = ratio(sign.rate(), naive);
        let vs_empty = ratio(sign.rate(), empty);
        let p99_ok = sign.quantile(0.99).is_some_and(|p| p <= target::SIGN_P99);
        rows.push(http_row(
            "signings (worker on, logs on)",
            &self.sign,
            format!("{vs_naive:.2}× naive, {vs_empty:.2}× empty"),
            &format!(
                "≥ {}× naive, ≥ {}× empty, p99 ≤ {} ms",
                target::SIGN_VS_NAIVE,
                target::SIGN_VS_EMPTY,
                target::SIGN_P99.as_millis()
            ),
            Some(vs_naive >= target::SIGN_VS_NAIVE && vs_empty >= target::SIGN_VS_EMPTY && p99_ok),
        ));

        let page = ratio(self.page.rate(), empty);
        rows.push(http_row(
            "petition page views",
            &self.page,
            format!("{page:.2}× empty"),
            &format!("≥ {}× empty", target::PAGE_VS_EMPTY),
            Some(page >= target::PAGE_VS_EMPTY),
        ));
        rows.push(http_row(
            "API count reads",
            &self.api,
            format!("{:.2}× empty", ratio(self.api.rate(), empty)),
            "",
            None,
        ));

        let c = &self.confirm;
        rows.push(Row {
            cells: [
                "confirmations".into(),
                flagged(
                    format!(
                        "{} in {:.2} s = {}/s",
                        thousands(c.ok),
                        c.window.as_secs_f64(),
                        thousands(c.rate().round() as u64)
                    ),
                    c.error_count(),
                ),
                ms(c.quantile(0.5)),
                ms(c.quantile(0.99)),
                String::new(),
                String::new(),
                if c.error_count() > 0 {
                    "NO (errors)"
                } else {
                    ""
                }
                .into(),
            ],
        });

        rows.push(mail_row(
            "mail lag, signings of the rounds",
            &self.round_mail,
            None,
        ));

        let s = &self.steady;
        let o = &s.outcome;
        let steady_label = format!(
            "steady {} signings/s, {} s",
            thousands(s.target_rate as u64),
            s.seconds
        );
        rows.push(Row {
            cells: [
                steady_label,
                flagged(
                    format!(
                        "{}/s, {} lost",
                        thousands(o.rate().round() as u64),
                        thousands(s.mail.lost())
                    ),
                    o.error_count(),
                ),
                ms(o.quantile(0.5)),
                ms(o.quantile(0.99)),
                format!(
                    "{:.2}× the rate asked, mail lag p99 {}",
                    ratio(o.rate(), s.target_rate),
                    seconds(s.mail.quantile(0.99))
                ),
                String::new(),
                if o.error_count() > 0 {
                    "NO (errors)"
                } else {
                    ""
                }
                .into(),
            ],
        });
        rows.push(mail_row(
            "mail lag, steady signings",
            &s.mail,
            Some(target::STEADY_MAIL_P99),
        ));

        rows.push(self.backlog_row());
        rows.push(self.crash_row());
        rows.extend(self.cluster_rows());

        rows.extend(self.export_rows());

        let idle = self.idle_rss_kib.map(mib);
        rows.push(memory_row("idle RSS (service)", idle, target::IDLE_RSS_MIB));
        let peak = self.peak_rss_kib.map(mib);
        rows.push(memory_row("peak RSS (service)", peak, target::PEAK_RSS_MIB));
        rows
    }

    fn backlog_row(&self) -> Row {
        let b = &self.backlog;
        let rate = b.drain_rate();
        let share = b.during_share();
        let bad = b.failure.is_some() || b.during.error_count() > 0;
        Row {
            cells: [
                "backlog after a burst".into(),
                flagged(
                    format!(
                        "{} owed, drained in {} = {}/s, {} lost",
                        thousands(b.owed),
                        seconds(b.drained_in),
                        rate.map(|r| thousands(r.round() as u64))
                            .unwrap_or_else(|| "—".into()),
                        thousands(b.lost)
                    ),
                    bad as u64,
                ),
                ms(b.during.quantile(0.5)),
                ms(b.during.quantile(0.99)),
                format!(
                    "signing meanwhile {}/s = {share:.2}× the burst's {}/s",
                    thousands(b.during.rate().round() as u64),
                    thousands(b.burst.rate().round() as u64)
                ),
                format!(
                    "≥ {} msg/s while signing ≥ {}× burst",
                    thousands(target::DRAIN_PER_SECOND as u64),
                    target::DRAIN_SIGNING_SHARE
                ),
                met(
                    rate.is_some_and(|r| r >= target::DRAIN_PER_SECOND)
                        // An open-loop rate a hair under the one asked is the pacing's rounding.
                        && share >= target::DRAIN_SIGNING_SHARE * 0.98
                        && b.lost == 0,
                    bad,
                ),
            ],
        }
    }

    fn crash_row(&self) -> Row {
        let c = &self.crash;
        Row {
            cells: [
                "kill -9 under load, restart".into(),
                format!(
                    "{} accepted, {} missing {} s after the restart",
                    thousands(c.accepted),
                    thousands(c.missing),
                    crash::WITHIN.as_secs()
                ),
                String::new(),
                String::new(),
                format!(
                    "restart {}, all mail {} after it, {} sent twice",
                    seconds(Some(c.restart)),
                    c.all_within
                        .map(|d| seconds(Some(d)))
                        .unwrap_or_else(|| "not".into()),
                    thousands(c.duplicates)
                ),
                format!(
                    "every email within {} s of the restart",
                    crash::WITHIN.as_secs()
                ),
                met(c.missing == 0 && c.accepted > 0, false),
            ],
        }
    }

    fn cluster_rows(&self) -> Vec<Row> {
        let c = match &self.cluster {
            Cluster::Skipped(why) => {
                return vec![row([
                    "several instances",
                    &format!("not run: {why}"),
                    "",
                    "",
                    "",
                    "",
                    "",
                ])]
            }
            Cluster::Ran(c) => c,
        };
        let one = c.one.rate();
        vec![
            http_row(
                "signing, straight to instance a",
                &c.direct,
                String::new(),
                "",
                None,
            ),
            http_row(
                "signing via HAProxy, 1 instance",
                &c.one,
                format!("{:.2}× straight", ratio(one, c.direct.rate())),
                "",
                None,
            ),
            http_row(
                "signing via HAProxy, 3 instances",
                &c.three,
                format!("{:.2}× 1 instance", ratio(c.three.rate(), one)),
                "reported (2 cores)",
                None,
            ),
        ]
    }

    fn cluster_notes(&self) {
        let c = match &self.cluster {
            Cluster::Skipped(_) => return,
            Cluster::Ran(c) => c,
        };
        println!(
            "  several instances: HAProxy with deploy/haproxy.cfg, instances with this run's config and secret, {}; rounds: straight {}; 1 instance {}; 3 instances {}",
            if c.redis {
                "limits shared in Redis (UNDERSIGN_BENCH_REDIS_URL)"
            } else {
                "limits per instance (no UNDERSIGN_BENCH_REDIS_URL)"
            },
            c.direct.rates(),
            c.one.rates(),
            c.three.rates()
        );
        for (name, cpu) in ["straight", "1 instance", "3 instances"].iter().zip(&c.cpu) {
            println!(
                "  CPU, {name} (median round, share of one core): instances {:.0}%, HAProxy {:.0}%, PostgreSQL {:.0}%, load generator {:.0}%",
                cpu.instances * 100.0,
                cpu.haproxy * 100.0,
                cpu.postgres * 100.0,
                cpu.loadgen * 100.0
            );
        }
        for (name, pg) in [
            ("1 instance", &c.postgres[0]),
            ("3 instances", &c.postgres[1]),
        ] {
            let Some(pg) = pg else { continue };
            println!(
                "  PostgreSQL per signing ({name}, {} signings and their mail): {:.0} µs CPU, {:.0} bytes of WAL, {:.3} commits; it used {:.0}% of the machine's cores",
                thousands(pg.signings),
                pg.cpu_per_signing.as_secs_f64() * 1e6,
                pg.wal_bytes_per_signing,
                pg.commits_per_signing,
                pg.cpu_share * 100.0
            );
        }
        for f in &c.failures {
            println!("  ERROR in the instances' phase: {f}");
        }
        for (name, phase) in [
            ("straight", &c.direct),
            ("1 instance", &c.one),
            ("3 instances", &c.three),
        ] {
            if let Some(sample) = phase.error_sample() {
                println!("  ERRORS signing {name}: {}", sample);
            }
        }
    }

    fn export_rows(&self) -> Vec<Row> {
        let Some(e) = &self.export else {
            let why = self.export_failure.as_deref().unwrap_or("not run");
            return vec![
                row([
                    "export (undersign)",
                    &format!("FAILED: {why}"),
                    "",
                    "",
                    "",
                    "",
                    "NO",
                ]),
                row(["export (sqlite3 -csv)", "not run", "", "", "", "", ""]),
            ];
        };
        let sqlite = match &e.sqlite3 {
            Compared::Ran(r) => Some(r),
            _ => None,
        };
        let undersign = match &e.undersign {
            Ok(u) => {
                let vs = sqlite.map(|s| ratio(u.wall.as_secs_f64(), s.wall.as_secs_f64()));
                let rss_vs = sqlite.map(|s| ratio(u.peak_rss_kib as f64, s.peak_rss_kib as f64));
                let rss_ok = mib(u.peak_rss_kib) <= target::EXPORT_RSS_MIB;
                let bad = u.rows != e.seeded;
                Row {
                    cells: [
                        "export (undersign)".into(),
                        flagged(export_figure(u), bad as u64),
                        String::new(),
                        String::new(),
                        vs.zip(rss_vs)
                            .map(|(t, m)| format!("{t:.2}× sqlite3 time, {m:.2}× its RSS"))
                            .unwrap_or_default(),
                        format!("≤ sqlite3 time, peak RSS ≤ {} MiB", target::EXPORT_RSS_MIB),
                        match vs {
                            Some(v) => met(v <= 1.0 && rss_ok, bad),
                            None => format!("{} (RSS only)", met(rss_ok, bad)),
                        },
                    ],
                }
            }
            Err(why) => row([
                "export (undersign)",
                &format!("FAILED: {why}"),
                "",
                "",
                "",
                "",
                "NO",
            ]),
        };
        let sqlite_row = match &e.sqlite3 {
            Compared::Ran(r) => row([
                "export (sqlite3 -csv)",
                &export_figure(r),
                "",
                "",
                "",
                "",
                "",
            ]),
            Compared::Skipped(why) => row([
                "export (sqlite3 -csv)",
                &format!("skipped: {why}"),
                "",
                "",
                "",
                "",
                "",
            ]),
            Compared::Failed(why) => row([
                "export (sqlite3 -csv)",
                &format!("FAILED: {why}"),
                "",
                "",
                "",
                "",
                "",
            ]),
        };
        vec![undersign, sqlite_row]
    }
}

fn http_row(label: &str, phase: &HttpPhase, ratio: String, target: &str, ok: Option<bool>) -> Row {
    let m = phase.median();
    let errors: u64 = phase.errors().values().sum();
    Row {
        cells: [
            label.into(),
            flagged(format!("{}/s", thousands(m.rate().round() as u64)), errors),
            ms(m.quantile(0.5)),
            ms(m.quantile(0.99)),
            ratio,
            target.into(),
            match ok {
                Some(ok) => met(ok, errors > 0),
                None if errors > 0 => "NO (errors)".into(),
                None => String::new(),
            },
        ],
    }
}

/// Received of expected in the figure, the lag's p50 and p99 in their columns, its maximum
/// beside; with a target, p99 within it and none lost.
fn mail_row(label: &str, m: &MailLag, p99_target: Option<Duration>) -> Row {
    let bad = m.failure.is_some();
    let p99 = m.quantile(0.99);
    Row {
        cells: [
            label.into(),
            flagged(
                format!(
                    "{} of {} received, {} lost",
                    thousands(m.received),
                    thousands(m.expected),
                    thousands(m.lost())
                ),
                bad as u64,
            ),
            seconds(m.quantile(0.5)),
            seconds(p99),
            format!("max {}", seconds(m.max())),
            p99_target
                .map(|t| format!("p99 ≤ {} s, none lost", t.as_secs_f64()))
                .unwrap_or_default(),
            match p99_target {
                Some(t) => met(p99.is_some_and(|p| p <= t) && m.lost() == 0, bad),
                None if bad || m.lost() > 0 => "NO (lost)".into(),
                None => String::new(),
            },
        ],
    }
}

fn memory_row(label: &str, value: Option<f64>, limit: f64) -> Row {
    Row {
        cells: [
            label.into(),
            value
                .map(|v| format!("{v:.1} MiB"))
                .unwrap_or_else(|| "unknown".into()),
            String::new(),
            String::new(),
            String::new(),
            format!("≤ {limit} MiB"),
            value.map(|v| met(v <= limit, false)).unwrap_or_default(),
        ],
    }
}

fn export_figure(r: &export::Run) -> String {
    format!(
        "{:.2} s, {} rows/s, peak RSS {:.1} MiB",
        r.wall.as_secs_f64(),
        thousands(r.rows_per_sec().round() as u64),
        mib(r.peak_rss_kib),
    )
}

fn flagged(figure: String, errors: u64) -> String {
    if errors > 0 {
        format!("{figure} [ERRORS, see notes]")
    } else {
        figure
    }
}

fn met(ok: bool, errors: bool) -> String {
    match (ok, errors) {
        (_, true) => "NO (errors)".into(),
        (true, false) => "yes".into(),
        (false, false) => "NO".into(),
    }
}

fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 {
        a / b
    } else {
        0.0
    }
}

pub fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

/// "1.23 ms"; whole milliseconds from 100 on.
fn ms(d: Option<Duration>) -> String {
    match d {
        None => String::new(),
        Some(d) => {
            let ms = d.as_secs_f64() * 1000.0;
            if ms >= 100.0 {
                format!("{ms:.0} ms")
            } else {
                format!("{ms:.2} ms")
            }
        }
    }
}

/// A lag: in milliseconds below a second ("12.34 ms"), else "1.23 s".
fn seconds(d: Option<Duration>) -> String {
    match d {
        Some(d) if d >= Duration::from_secs(1) => format!("{:.2} s", d.as_secs_f64()),
        other => ms(other),
    }
}

/// 1234567 → "1,234,567".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Columns padded to their widest cell (in characters: the table has ≥, ≤ and ×).
fn print_table(rows: &[Row]) {
    let mut widths = [0usize; 7];
    for r in rows {
        for (w, c) in widths.iter_mut().zip(&r.cells) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |r: &Row| {
        let cells: Vec<String> = r
            .cells
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        cells.join("  ").trim_end().to_owned()
    };
    let total: usize = widths.iter().sum::<usize>() + 2 * (widths.len() - 1);
    for (i, r) in rows.iter().enumerate() {
        println!("{}", line(r));
        if i == 0 {
            println!("{}", "-".repeat(total));
        }
    }
}
