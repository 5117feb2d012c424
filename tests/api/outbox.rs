//! Mail goes through the outbox: an SMTP outage loses nothing and does not slow signing.
use std::time::{Duration, Instant};

use chrono::TimeDelta;

use testkit::*;

#[tokio::test]
async fn signing_while_the_mail_server_is_down_loses_nothing() {
    let app = app().smtp_down().with_outbox_worker().spawn().await;
    let addrs: Vec<String> = (0..5).map(|i| format!("striker{i}@example.org")).collect();
    for a in &addrs {
        let r = app.sign(OPEN, person(a)).await;
        assert_eq!(
            r.status().as_u16(),
            303,
            "signing does not wait for the mail server"
        );
    }
    assert_eq!(app.signature_count().await, 5);

    // The worker tried, failed, kept the error and will retry.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let tried = app
            .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE attempts >= 1 AND last_error IS NOT NULL AND status = 'queued'")
            .await;
        if tried == 5 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the worker should have tried all five"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let health = app.state.store.outbox_health().await.unwrap();
    assert_eq!(health.retrying, 5);
    assert_eq!(health.failed, 0);

    // The server comes back; after the backoff every message goes out.
    let mailbox = Mailbox::start(app.smtp_port);
    app.clock.advance(TimeDelta::minutes(5));
    app.state.store.outbox_wake().notify_one();
    let deadline = Instant::now() + Duration::from_secs(15);
    while mailbox.count() < 5 {
        assert!(
            Instant::now() < deadline,
            "only {} of 5 arrived",
            mailbox.count()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    for a in &addrs {
        assert_eq!(mailbox.to(a).len(), 1, "{a} got exactly one message");
    }
    // The worker records the sends after the server has them.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let sent = app
            .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE status = 'sent'")
            .await;
        if sent == 5 {
            break;
        }
        assert!(Instant::now() < deadline, "{sent} of 5 recorded as sent");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_mail_server_that_hangs_does_not_hold_up_signing() {
    // Accepts connections and never says a word.
    let blackhole = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = blackhole.local_addr().unwrap().port();
    let app = app()
        .smtp_down()
        .with_outbox_worker()
        .settings(move |s| s.mail.smtp_port = port)
        .spawn()
        .await;
    for i in 0..3 {
        let started = Instant::now();
        let r = app
            .sign(OPEN, person(&format!("hang{i}@example.org")))
            .await;
        assert_eq!(r.status().as_u16(), 303);
        // The SMTP timeout is 30 s: an answer well before it did not wait for the server.
        assert!(started.elapsed() < Duration::from_secs(10));
    }
    assert_eq!(app.signature_count().await, 3);
    drop(blackhole);
}

#[tokio::test]
async fn a_message_that_keeps_failing_is_marked_failed_with_its_error() {
    let app = app()
        .smtp_down()
        .with_outbox_worker()
        .settings(|s| s.mail.max_attempts = 2)
        .spawn()
        .await;
    app.sign(OPEN, person("bounce@example.org")).await;
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        app.clock.advance(TimeDelta::minutes(10));
        app.state.store.outbox_wake().notify_one();
        let failed = app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE status = 'failed' AND attempts = 2").await;
        if failed == 1 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the message should be marked failed"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(app.state.store.outbox_health().await.unwrap().failed, 1);
    let errors = app
        .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE last_error IS NOT NULL AND last_error NOT LIKE '%bounce@example.org%'")
        .await;
    assert_eq!(errors, 1, "the error is kept, with the address masked");
}

#[tokio::test]
async fn the_file_transport_writes_one_eml_per_message() {
    let app = app()
        .with_outbox_worker()
        .settings(|s| {
            s.mail.transport = undersign::config::MailTransportKind::File;
        })
        .spawn()
        .await;
    let r = app.sign(OPEN, person("file@example.org")).await;
    assert_eq!(r.status().as_u16(), 303);
    let dir = std::path::PathBuf::from(&app.settings.mail.file_dir);
    let deadline = Instant::now() + Duration::from_secs(10);
    let eml = loop {
        let found: Vec<_> = std::fs::read_dir(&dir)
            .map(|rd| {
                rd.filter_map(|e| e.ok())
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                    .collect()
            })
            .unwrap_or_default();
        if let Some(f) = found.into_iter().next() {
            break f;
        }
        assert!(
            Instant::now() < deadline,
            "an .eml file should appear in {}",
            dir.display()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let raw = std::fs::read(&eml).unwrap();
    let mail = ReceivedMail { to: vec![], raw };
    let confirm = app.confirm_path(&mail);
    assert_eq!(app.post(&confirm).await.status().as_u16(), 200);
    assert_eq!(app.confirmed_total(OPEN).await, 1);
}
