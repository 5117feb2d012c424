//! `undersign serve` as processes of their own beside the in-process app, on its database
//! and SMTP server: the crash tests and the cluster test start them the same way.
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use testkit::*;

/// A child process killed when the test ends, however it ends.
pub struct Proc(pub Child);

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Proc {
    /// SIGKILL: no shutdown, nothing settled.
    pub fn kill(mut self) {
        self.0.kill().unwrap();
        self.0.wait().unwrap();
    }
}

/// One instance: its name (its `server.instance_id`, and its log's: `{name}.log` in the
/// test's folder), where it
/// listens, the links its emails carry, and what differs from the common configuration.
pub struct Instance<'a> {
    pub name: &'a str,
    pub port: u16,
    pub base_url: &'a str,
    pub smtp_port: u16,
    /// Declarations imported at start (`""`: none).
    pub import_dir: &'a str,
    /// More `[server]` keys.
    pub server: &'a str,
    /// More tables, appended.
    pub more: &'a str,
}

/// Starts `undersign serve` with a configuration written for `instance`, the test's secret
/// key and database.
pub fn serve(app: &TestApp, instance: Instance<'_>) -> Proc {
    let Instance {
        name,
        port,
        base_url,
        smtp_port,
        import_dir,
        server,
        more,
    } = instance;
    let config = app.dir.path().join(format!("{name}.toml"));
    let text = format!(
        "[server]\nbind = \"127.0.0.1:{port}\"\nbase_url = \"{base_url}\"\n\
         instance_id = \"{name}\"\n{server}\
         [database]\nurl = \"{db}\"\n\
         [petitions]\nimport_dir = \"{import_dir}\"\n\
         [mail]\ntransport = \"smtp\"\nsmtp_host = \"127.0.0.1\"\nsmtp_port = {smtp_port}\n\
         from = \"{from}\"\npoll_interval_ms = 50\n\
         [security]\nsecret_key = \"test secret key that is long enough to use\"\n{more}",
        db = app.settings.database.url,
        from = app.settings.mail.from,
    );
    std::fs::write(&config, text).unwrap();
    // Appended to: a process restarted under its name keeps the first one's lines.
    let log = std::fs::File::options()
        .create(true)
        .append(true)
        .open(app.dir.path().join(format!("{name}.log")))
        .unwrap();
    Proc(
        Command::new(env!("CARGO_BIN_EXE_undersign"))
            .args(["--config", config.to_str().unwrap(), "serve"])
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap(),
    )
}

/// Waits for `done`, with a deadline; on giving up, shows the end of every process's log.
pub async fn until(
    app: &TestApp,
    what: &str,
    within: Duration,
    mut done: impl AsyncFnMut() -> bool,
) {
    let deadline = Instant::now() + within;
    while !done().await {
        if Instant::now() > deadline {
            for entry in std::fs::read_dir(app.dir.path()).unwrap().flatten() {
                if entry.path().extension().is_some_and(|e| e == "log") {
                    let log = std::fs::read_to_string(entry.path()).unwrap_or_default();
                    let tail: Vec<&str> = log.lines().rev().take(30).collect();
                    eprintln!("--- {}", entry.path().display());
                    for l in tail.into_iter().rev() {
                        eprintln!("{l}");
                    }
                }
            }
            panic!("gave up waiting: {what}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Asks `{base}/petitions/{slug}` until it is served without a signing form, and fails if a
/// request started 2 s after `changed` (when it closed elsewhere) still shows one: the
/// bound on what an instance keeps in memory. Earlier requests may show it open.
pub async fn served_closed_within_2_s(
    client: &reqwest::Client,
    base: &str,
    slug: &str,
    changed: Instant,
) {
    loop {
        let asked = Instant::now();
        let page = client
            .get(format!("{base}/petitions/{slug}"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        if !page.contains("name=\"form_token\"") {
            return;
        }
        assert!(
            asked < changed + Duration::from_secs(2),
            "{base} still served it open {:?} after it closed",
            asked - changed
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
