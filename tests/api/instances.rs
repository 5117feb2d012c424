//! Several instances on one database (issue 16): they take turns to migrate and import,
//! share one secret (an instance with another refuses to start), say when they are ready to
//! serve, take over the mail of one that stopped beating, and serve a change made on another
//! within 2 s.
use std::process::Command;

use undersign::app::{Application, StartError};
use undersign::config::Settings;

use crate::declarations::write_config;
use crate::processes::served_closed_within_2_s;
use testkit::*;

const OTHER_KEY: &str = "another secret key, long enough, for another instance";

/// Builds (does not run) an instance on `settings`, listening on any free port.
async fn instance(settings: Settings) -> Result<Application, StartError> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    Application::builder(settings)
        .listener(listener)
        .build()
        .await
}

fn with_key(app: &TestApp, key: &str) -> Settings {
    let mut settings = app.settings.clone();
    settings.security.secret_key = key.to_owned().into();
    settings
}

fn undersign(config: &std::path::Path, args: &[&str], key: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_undersign"))
        .args(["--config", config.to_str().unwrap()])
        .args(args)
        .env("UNDERSIGN_SECURITY__SECRET_KEY", key)
        .output()
        .unwrap()
}

#[tokio::test]
async fn an_instance_with_another_secret_refuses_to_start_until_the_key_is_changed_for_all() {
    let app = spawn_app().await;
    let err = instance(with_key(&app, OTHER_KEY))
        .await
        .err()
        .expect("another key is refused");
    assert!(matches!(err, StartError::SecretDiffers), "{err}");
    let line = err.to_string();
    assert!(line.contains("undersign migrate --new-secret"), "{line}");
    assert!(!line.contains(OTHER_KEY), "never the key itself: {line}");
    // The database keeps a fingerprint, not the key.
    let kept = app
        .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM installation WHERE value LIKE '%secret%'")
        .await;
    assert_eq!(kept, 0);
    // The same key: fine.
    instance(app.settings.clone()).await.expect("the same key");

    // The operator changes the key for every instance, once.
    let config = write_config(&app);
    let out = undersign(&config, &["migrate", "--new-secret"], OTHER_KEY);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("new secret key is recorded"));
    instance(with_key(&app, OTHER_KEY))
        .await
        .expect("the new key");
    assert!(matches!(
        instance(app.settings.clone()).await.err(),
        Some(StartError::SecretDiffers)
    ));
    // A plain `migrate` changes nothing about the key.
    let out = undersign(
        &config,
        &["migrate"],
        "a third key that nobody recorded anywhere",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    instance(with_key(&app, OTHER_KEY))
        .await
        .expect("still the new key");
}

#[tokio::test]
async fn readyz_says_whether_the_schema_is_current_and_serve_can_refuse_an_older_one() {
    use migrations::MigratorTrait;
    let app = spawn_app().await;
    let r = app.get("/readyz").await;
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.text().await.unwrap(), "ready");
    // A newer binary's migration not yet run here: the last one undone.
    let db = sea_orm::Database::connect(app.settings.database.url.as_str())
        .await
        .unwrap();
    migrations::Migrator::down(&db, Some(1)).await.unwrap();
    let r = app.get("/readyz").await;
    assert_eq!(r.status().as_u16(), 503);
    assert_eq!(app.get("/healthz").await.status().as_u16(), 200, "alive");
    let mut settings = app.settings.clone();
    settings.database.migrate_on_start = false;
    let err = instance(settings.clone()).await.err().expect("refused");
    assert!(matches!(err, StartError::SchemaBehind(1)), "{err}");
    assert!(err.to_string().contains("undersign migrate"), "{err}");
    // The one-off step, then both are fine.
    let out = undersign(
        &write_config(&app),
        &["migrate"],
        "test secret key that is long enough to use",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(app.get("/readyz").await.status().as_u16(), 200);
    instance(settings).await.expect("a current schema");
    db.close().await.unwrap();
}

#[tokio::test]
async fn three_instances_started_at_once_on_an_empty_database_all_come_up() {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::new(dir.path()).await;
    if !db.url.starts_with("postgres") {
        // One SQLite file has one process serving it; instances share PostgreSQL.
        eprintln!("skipped: instances share a database on PostgreSQL only");
        return;
    }
    let app = spawn_app().await;
    let mut settings = app.settings.clone();
    settings.database.url = db.url.clone();
    let (a, b, c) = tokio::join!(
        instance(settings.clone()),
        instance(settings.clone()),
        instance(settings.clone())
    );
    for (i, built) in [a, b, c].into_iter().enumerate() {
        built.unwrap_or_else(|e| panic!("instance {i}: {e}"));
    }
    let conn = sea_orm::Database::connect(db.url.as_str()).await.unwrap();
    use sea_orm::{ConnectionTrait, Statement};
    let count = |sql: &'static str| {
        let conn = &conn;
        async move {
            conn.query_one(Statement::from_string(conn.get_database_backend(), sql))
                .await
                .unwrap()
                .unwrap()
                .try_get_by_index::<i64>(0)
                .unwrap()
        }
    };
    // Every declaration imported once, every migration run once.
    let imported = count("SELECT CAST(COUNT(*) AS BIGINT) FROM petitions").await;
    let expected = app
        .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM petitions")
        .await;
    assert_eq!(imported, expected);
    let versions = count("SELECT CAST(COUNT(*) AS BIGINT) FROM petition_versions").await;
    assert_eq!(versions, expected, "one text version per petition");
    use migrations::MigratorTrait;
    let migrated = count("SELECT CAST(COUNT(*) AS BIGINT) FROM seaql_migrations").await;
    assert_eq!(migrated as usize, migrations::Migrator::migrations().len());
    conn.close().await.unwrap();
}

#[tokio::test]
async fn mail_held_by_an_instance_that_stopped_beating_is_taken_over_within_30_s() {
    use chrono::TimeDelta;
    let app = spawn_app().await;
    let signers = ["over1@example.org", "over2@example.org"];
    for s in signers {
        assert_eq!(app.sign(OPEN, person(s)).await.status().as_u16(), 303);
    }
    let store = &app.state.store;
    let started = app.clock.now();
    store
        .heartbeat("elsewhere", started, started)
        .await
        .unwrap();
    let held = app.claim_outbox_as("elsewhere").await;
    assert_eq!(held.len(), 2);
    // While it beats, nobody else sends what it holds.
    app.clock.advance(TimeDelta::seconds(15));
    store
        .heartbeat("elsewhere", started, app.clock.now())
        .await
        .unwrap();
    app.clock.advance(TimeDelta::seconds(15));
    assert_eq!(app.drain_outbox().await, 0);
    assert_eq!(app.mailbox().count(), 0);
    // It stops beating: taken over 20 s after its last beat, long before its lease ends.
    app.clock.advance(TimeDelta::seconds(6));
    assert_eq!(app.drain_outbox().await, 2);
    for s in signers {
        assert_eq!(app.wait_for_mail_to(s, 1).await.len(), 1, "{s}");
    }
}

#[tokio::test]
async fn a_petition_closed_on_one_instance_is_served_closed_by_another_within_2_s() {
    use std::time::Instant;
    use undersign::domain::PetitionState;
    let app = spawn_app().await;
    // A second instance on the same database, with the system's clock, as deployed.
    let mut settings = app.settings.clone();
    settings.server.instance_id = "second".into();
    let second = instance(settings).await.expect("a second instance");
    let base = format!("http://127.0.0.1:{}", second.port());
    let stop = second.shutdown_token();
    let running = tokio::spawn(second.run_until_stopped());
    let client = reqwest::Client::new();
    let page = || async {
        client
            .get(format!("{base}/petitions/{OPEN}"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    };
    // Read once, so the second instance holds the petition and its page in memory.
    assert!(page().await.contains("name=\"form_token\""));
    app.set_petition_state(OPEN, PetitionState::Closed, app.clock.now())
        .await;
    let changed = Instant::now();
    served_closed_within_2_s(&client, &base, OPEN, changed).await;
    stop.cancel();
    let _ = running.await;
}

#[tokio::test]
async fn metrics_are_served_apart_from_the_public_address_in_the_prometheus_format() {
    let app = app()
        .settings(|s| s.server.metrics_bind = "127.0.0.1:0".into())
        .spawn()
        .await;
    let mail = app
        .sign_and_get_mail(OPEN, person("counted@example.org"))
        .await;
    app.post(&app.confirm_path(&mail)).await;
    // Not on the public address.
    assert_eq!(app.get("/metrics").await.status().as_u16(), 404);
    let base = app.metrics_address.clone().expect("metrics are on");
    let r = reqwest::get(format!("{base}/metrics")).await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain; version=0.0.4"));
    let text = r.text().await.unwrap();
    // One recorder serves the whole test process: other tests' figures may be in it too, so
    // the lines are checked for presence, not for exact counts.
    for line in [
        "undersign_signatures_total{outcome=\"created\"}",
        "undersign_batch_size_bucket{kind=\"signing\",le=\"1\"}",
        "undersign_batch_size_count{kind=\"confirming\"}",
        "undersign_mail_total{result=\"sent\"}",
        "undersign_mail_send_seconds_count",
        "undersign_outbox_messages{state=\"queued\"} 0",
        "undersign_outbox_messages{state=\"failed\"} 0",
        "undersign_outbox_oldest_seconds 0",
        "undersign_http_request_duration_seconds_count{route=\"/petitions/{slug}/sign\",method=\"POST\",status=\"303\"}",
    ] {
        assert!(text.contains(line), "{line} missing from:\n{text}");
    }
}

#[tokio::test]
async fn one_client_meets_one_rate_limit_across_three_instances() {
    let Ok(redis) = std::env::var("UNDERSIGN_TEST_REDIS_URL") else {
        eprintln!("skipped: shared rate limits need UNDERSIGN_TEST_REDIS_URL (CI sets it)");
        return;
    };
    // Keys of this test's own, in a Redis other tests share.
    let prefix = format!(
        "undersign-test-{}",
        undersign::domain::Token::generate().expose()
    );
    let app = app()
        .settings(move |s| {
            s.limits.redis_url = redis;
            s.limits.redis_prefix = prefix;
            s.limits.token_per_ip_per_minute = 5;
            s.limits.token_per_ip_burst = 5;
        })
        .spawn()
        .await;
    let mut bases = vec![app.address.clone()];
    let mut stops = vec![];
    for name in ["second", "third"] {
        let mut settings = app.settings.clone();
        settings.server.instance_id = name.into();
        let other = instance(settings).await.expect("another instance");
        bases.push(format!("http://127.0.0.1:{}", other.port()));
        stops.push(other.shutdown_token());
        tokio::spawn(other.run_until_stopped());
    }
    let client = reqwest::Client::new();
    let get = |i: usize| {
        let (client, base) = (client.clone(), bases[i % 3].clone());
        async move {
            client
                .get(format!("{base}/confirm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    // One client, round robin: five pass (to a 404: no such link), then every instance
    // refuses, though each has seen it only once or twice.
    for i in 0..5 {
        assert_eq!(get(i).await, 404, "request {i}");
    }
    for i in 5..8 {
        assert_eq!(get(i).await, 429, "request {i}");
    }
    for stop in stops {
        stop.cancel();
    }
}

#[tokio::test]
async fn an_empty_secret_on_postgresql_and_an_unreachable_redis_stop_start_up() {
    let app = spawn_app().await;
    let mut settings = app.settings.clone();
    settings.limits.redis_url = "redis://127.0.0.1:1".into();
    let err = instance(settings).await.err().expect("no Redis there");
    assert!(matches!(err, StartError::SharedLimits(_)), "{err}");
    assert!(err.to_string().contains("limits.redis_url"), "{err}");

    let mut settings = app.settings.clone();
    settings.security.secret_key = String::new().into();
    let err = instance(settings).await.err().expect("refused");
    if app.settings.database.is_postgres() {
        // Instances cannot each generate their own.
        assert!(matches!(err, StartError::SharedSecretRequired), "{err}");
        assert!(
            err.to_string().contains("UNDERSIGN_SECURITY__SECRET_KEY"),
            "{err}"
        );
    } else {
        // SQLite generates one into its file, which is not the key the database has seen.
        assert!(matches!(err, StartError::SecretDiffers), "{err}");
    }
}
