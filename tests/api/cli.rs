//! The command line and its configuration.
use std::process::Command;

use crate::declarations::write_config;
use testkit::*;

#[tokio::test]
async fn a_bad_configuration_value_stops_with_one_line_naming_the_key() {
    let app = spawn_app().await;
    let out = Command::new(env!("CARGO_BIN_EXE_undersign"))
        .args(["--config", write_config(&app).to_str().unwrap(), "migrate"])
        .env("UNDERSIGN_MAIL__TRANSPORT", "pigeon")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("mail.transport"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
}

#[tokio::test]
async fn environment_variables_override_the_file() {
    let app = spawn_app().await;
    let other = app.dir.path().join("other.db");
    let out = Command::new(env!("CARGO_BIN_EXE_undersign"))
        .args(["--config", write_config(&app).to_str().unwrap(), "migrate"])
        .env(
            "UNDERSIGN_DATABASE__URL",
            format!("sqlite://{}?mode=rwc", other.display()),
        )
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        other.exists(),
        "the database named by the environment was created"
    );
}

#[tokio::test]
async fn an_explicit_config_file_that_is_missing_is_an_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_undersign"))
        .args(["--config", "/nonexistent/undersign.toml", "migrate"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("undersign.toml"));
}

#[tokio::test]
async fn backup_copies_the_database_while_it_serves_and_checks_the_copy() {
    let app = spawn_app().await;
    app.sign_and_confirm(OPEN, person("kept@example.org")).await;
    let config = write_config(&app);
    let to = app.dir.path().join("backups/undersign-copy.db");
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_undersign"))
            .args(["--config", config.to_str().unwrap(), "backup"])
            .arg(&to)
            .output()
            .unwrap()
    };
    let out = run();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    if app.settings.database.url.starts_with("postgres") {
        assert!(!out.status.success());
        assert!(stderr.contains("pg_dump"), "{stderr}");
        assert!(!to.exists());
        return;
    }
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.contains("integrity ok"), "{stdout}");
    // The copy is a database of its own with the confirmed signature in it.
    let copy = rusqlite::Connection::open(&to).unwrap();
    let confirmed: i64 = copy
        .query_row(
            "SELECT COUNT(*) FROM signatures WHERE status = 'confirmed' AND email = 'kept@example.org'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(confirmed, 1);
    // Never over an existing file.
    let again = run();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));
    // And the service went on serving.
    app.sign_and_confirm(OPEN, person("after@example.org"))
        .await;
    assert_eq!(app.confirmed_total(OPEN).await, 2);
}
