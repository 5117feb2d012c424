//! A process killed while it holds outbox messages (issue 15): restarted, it sends them at
//! once, not when their five-minute lease runs out; another instance leaves them alone while
//! the dead one's heartbeat is fresh. A process stopped with SIGTERM hands back what it held
//! (issue 16). The service runs as its own process (the built binary).
use std::process::Command;
use std::time::{Duration, Instant};

use crate::processes::{serve, until, Instance, Proc};
use testkit::*;

/// How long a process may take to do what a step waits for.
const WAIT: Duration = Duration::from_secs(30);

/// `undersign serve` on its own port and at its own address, sending to `smtp_port`.
fn start(app: &TestApp, instance: &str, smtp_port: u16) -> (Proc, String) {
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let proc = serve(
        app,
        Instance {
            name: instance,
            port,
            base_url: &base,
            smtp_port,
            import_dir: "",
            server: "",
            more: "",
        },
    );
    (proc, base)
}

/// Signs each of `signers` on the in-process app, with a fresh form each.
async fn sign_all(app: &TestApp, signers: &[&str]) {
    for s in signers {
        let token = app.fresh_form_token(OPEN).await;
        let r = app
            .post_sign(OPEN, &with(person(s), "form_token", &token))
            .await;
        assert_eq!(r.status().as_u16(), 303);
    }
}

async fn ready(app: &TestApp, base: &str) {
    let client = reqwest::Client::new();
    until(app, "the service answers", WAIT, async || {
        matches!(client.get(format!("{base}/healthz")).send().await, Ok(r) if r.status().is_success())
    })
    .await;
}

#[tokio::test]
async fn a_killed_process_restarted_sends_what_it_held_at_once() {
    // The processes keep the system's time: the in-process app's clock is not moved (no
    // fill-time wait), so the messages are due for them at once.
    let app = app()
        .settings(|s| s.signing.min_fill_seconds = 0)
        .spawn()
        .await;
    let signers = [
        "held1@example.org",
        "held2@example.org",
        "held3@example.org",
    ];
    sign_all(&app, &signers).await;
    // A mail server that accepts connections and never answers: the process claims the
    // messages and waits on it with them in hand.
    let blackhole = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let hole = blackhole.local_addr().unwrap().port();
    let held = || {
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE status = 'sending' AND locked_by = 'instance-a'")
    };
    let (first, _) = start(&app, "instance-a", hole);
    until(
        &app,
        "the process holds the three messages",
        WAIT,
        async || held().await == 3,
    )
    .await;
    first.kill();

    // Another instance does not take them yet: the killed one's last heartbeat is fresh (it
    // is taken for dead 20 s after it) and its lease (five minutes) has not run out.
    let smtp = app.mailbox().port;
    let (other, base) = start(&app, "instance-b", smtp);
    ready(&app, &base).await;
    assert_eq!(held().await, 3);
    other.kill();
    assert_eq!(app.mailbox().count(), 0);

    // The same instance, restarted: it takes back what it held and sends it now.
    let (again, base) = start(&app, "instance-a", smtp);
    ready(&app, &base).await;
    until(
        &app,
        "every held message reached the mail server",
        WAIT,
        async || signers.iter().all(|s| app.mailbox().to(s).len() == 1),
    )
    .await;
    // And recorded as sent (the settle commits just after the server's answer).
    until(&app, "the three recorded as sent", WAIT, async || {
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE status = 'sent'")
            .await
            == 3
    })
    .await;
    assert_eq!(
        signers
            .iter()
            .map(|s| app.mailbox().to(s).len())
            .sum::<usize>(),
        3
    );
    drop(again);
    drop(blackhole);
}

#[tokio::test]
async fn a_process_stopped_with_sigterm_hands_back_what_it_held() {
    let app = app()
        .settings(|s| s.signing.min_fill_seconds = 0)
        .spawn()
        .await;
    sign_all(&app, &["term1@example.org", "term2@example.org"]).await;
    // A mail server that never answers: the process holds both messages when it is told to
    // stop, and its sends would hang for their whole timeout.
    let blackhole = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let hole = blackhole.local_addr().unwrap().port();
    let (mut first, _) = start(&app, "instance-a", hole);
    until(&app, "the process holds the two messages", WAIT, async || {
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE status = 'sending' AND locked_by = 'instance-a'")
            .await
            == 2
    })
    .await;
    let asked = Instant::now();
    let term = Command::new("kill")
        .args(["-TERM", &first.0.id().to_string()])
        .status()
        .unwrap();
    assert!(term.success());
    let status = loop {
        if let Some(status) = first.0.try_wait().unwrap() {
            break status;
        }
        assert!(
            asked.elapsed() < Duration::from_secs(20),
            "the process did not stop within 20 s of SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(status.success(), "{status}");
    // Handed back: due now for any instance, and the stopped one no longer counts as alive.
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE status = 'queued' AND locked_by IS NULL")
            .await,
        2
    );
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM instances WHERE id = 'instance-a'")
            .await,
        0
    );
    drop(blackhole);
}
