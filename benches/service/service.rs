//! The service as an operator runs it: the release binary, `serve`, as a process of its own
//! with the shipped `config.toml`, changed only by `UNDERSIGN_<SECTION>__<KEY>` variables,
//! its log (stderr and stdout) going to a file.
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use hyper::StatusCode;

use crate::loadgen;
use crate::requests;

/// Migrations and the declarations' import come before the first answer.
const START_TIMEOUT: Duration = Duration::from_secs(120);
/// The service's own shutdown lets requests and the mail in flight finish first.
const STOP_TIMEOUT: Duration = Duration::from_secs(30);

pub const BINARY: &str = env!("CARGO_BIN_EXE_undersign");
pub const CONFIG: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/config.toml");

/// The running service. Dropped without [`ServiceProcess::stop`] (an error on the way), it
/// kills the process, so that no run leaves a server behind.
pub struct ServiceProcess {
    child: Option<Child>,
    pub pid: u32,
    pub addr: SocketAddr,
    pub log: PathBuf,
    /// What differs from the shipped config.toml, as `NAME=value` (the secret shown as ***).
    pub overrides: Vec<String>,
}

impl ServiceProcess {
    /// Starts `undersign --config config.toml serve` in `dir` (so the shipped file's relative
    /// paths, were any left unset, land there) and waits for `GET /healthz` to answer 200.
    pub async fn start(
        addr: SocketAddr,
        env: &[(&str, String)],
        dir: &Path,
    ) -> anyhow::Result<ServiceProcess> {
        Self::start_logging_to(addr, env, dir, "service.log").await
    }

    /// The same, with the log in `dir/log_name` (a restart keeps the first run's log).
    pub async fn start_logging_to(
        addr: SocketAddr,
        env: &[(&str, String)],
        dir: &Path,
        log_name: &str,
    ) -> anyhow::Result<ServiceProcess> {
        let log = dir.join(log_name);
        let file = std::fs::File::create(&log)
            .with_context(|| format!("create the service's log {}", log.display()))?;
        let mut cmd = Command::new(BINARY);
        cmd.current_dir(dir)
            .args(["--config", CONFIG, "serve"])
            .stdin(Stdio::null())
            .stdout(file.try_clone().context("the service's log")?)
            .stderr(file);
        // Only the listed overrides: none inherited from the shell running the benchmark,
        // and no RUST_LOG, so the log level is the shipped default.
        for (k, _) in std::env::vars_os() {
            let name = k.to_string_lossy();
            if name == "RUST_LOG"
                || name
                    .strip_prefix("UNDERSIGN_")
                    .is_some_and(|rest| rest.contains("__"))
            {
                cmd.env_remove(&k);
            }
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = cmd
            .spawn()
            .with_context(|| format!("start {BINARY} serve"))?;
        let mut service = ServiceProcess {
            pid: child.id(),
            child: Some(child),
            addr,
            log,
            overrides: env
                .iter()
                .map(|(k, v)| match *k {
                    "UNDERSIGN_SECURITY__SECRET_KEY" => format!("{k}=***"),
                    _ => format!("{k}={v}"),
                })
                .collect(),
        };
        service.wait_healthy().await?;
        Ok(service)
    }

    async fn wait_healthy(&mut self) -> anyhow::Result<()> {
        let started = Instant::now();
        loop {
            if let Some(status) = self
                .child
                .as_mut()
                .and_then(|c| c.try_wait().ok().flatten())
            {
                self.child = None;
                bail!(
                    "the service exited at start-up ({status}); the end of its log:\n{}",
                    self.log_tail(20)
                );
            }
            let health = requests::get(self.addr, "/healthz", 0);
            if let Ok((StatusCode::OK, _)) = loadgen::fetch(self.addr, health).await {
                return Ok(());
            }
            if started.elapsed() > START_TIMEOUT {
                bail!(
                    "the service did not answer /healthz within {} s; the end of its log:\n{}",
                    START_TIMEOUT.as_secs(),
                    self.log_tail(20)
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// SIGTERM, as systemd or `docker stop` would send, then waits for the orderly exit
    /// (SIGKILL after [`STOP_TIMEOUT`]).
    pub async fn stop(mut self) -> anyhow::Result<ExitStatus> {
        let mut child = self
            .child
            .take()
            .context("the service has already exited")?;
        // SAFETY: kill(2) with a pid we started and have not yet reaped.
        unsafe {
            libc::kill(self.pid as libc::pid_t, libc::SIGTERM);
        }
        let asked = Instant::now();
        loop {
            if let Some(status) = child.try_wait().context("wait for the service")? {
                return Ok(status);
            }
            if asked.elapsed() > STOP_TIMEOUT {
                let _ = child.kill();
                let _ = child.wait();
                bail!(
                    "the service did not stop within {} s of SIGTERM; killed",
                    STOP_TIMEOUT.as_secs()
                );
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// SIGKILL, as a crash or the OOM killer would: nothing of the service's shutdown runs.
    pub fn kill9(mut self) -> anyhow::Result<ExitStatus> {
        let mut child = self
            .child
            .take()
            .context("the service has already exited")?;
        child.kill().context("SIGKILL the service")?;
        child.wait().context("reap the killed service")
    }

    /// The last `n` lines of the log, to say why it failed.
    fn log_tail(&self, n: usize) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(n)..].join("\n")
    }
}

impl Drop for ServiceProcess {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A free loopback port for the service: bound and let go, so the child can bind it.
pub fn free_port() -> anyhow::Result<SocketAddr> {
    let probe = std::net::TcpListener::bind("127.0.0.1:0").context("find a free port")?;
    Ok(probe.local_addr()?)
}

/// Size in bytes and lines of the service's log.
pub fn log_size(log: &Path) -> Option<(u64, u64)> {
    use std::io::Read;
    let mut file = std::fs::File::open(log).ok()?;
    let mut buf = vec![0u8; 1 << 16];
    let (mut bytes, mut lines) = (0u64, 0u64);
    loop {
        let n = file.read(&mut buf).ok()?;
        if n == 0 {
            return Some((bytes, lines));
        }
        bytes += n as u64;
        lines += buf[..n].iter().filter(|b| **b == b'\n').count() as u64;
    }
}
