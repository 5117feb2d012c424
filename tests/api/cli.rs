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
