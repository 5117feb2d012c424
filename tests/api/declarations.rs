//! Declarations as files: import creates or updates by slug and never touches signatures.
use std::process::Command;

use testkit::*;

pub fn write_config(app: &TestApp) -> std::path::PathBuf {
    let path = app.dir.path().join("config.toml");
    let text = format!(
        "[database]\nurl = \"{}\"\n[petitions]\nimport_dir = \"\"\n[security]\nsecret_key = \"test secret key that is long enough to use\"\nsecret_key_file = \"{}\"\n",
        app.settings.database.url,
        app.dir.path().join("secret.key").display()
    );
    std::fs::write(&path, text).unwrap();
    path
}

#[tokio::test]
async fn importing_updates_by_slug_and_keeps_signatures() {
    let app = spawn_app().await;
    app.sign_and_confirm(OPEN, person("kept@example.org")).await;
    let config = write_config(&app);
    let file = app
        .dir
        .path()
        .join("declarations")
        .join(format!("{OPEN}.md"));
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("Stop the reprisals", "End the reprisals");
    std::fs::write(&file, text).unwrap();

    let out = Command::new(env!("CARGO_BIN_EXE_undersign"))
        .args(["--config", config.to_str().unwrap(), "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("updated"));

    // Another process changed it: the pages show it within a second.
    let mut api = app.api(OPEN).await;
    for _ in 0..30 {
        if api["title"]
            .as_str()
            .unwrap()
            .starts_with("End the reprisals")
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        api = app.api(OPEN).await;
    }
    assert!(api["title"]
        .as_str()
        .unwrap()
        .starts_with("End the reprisals"));
    assert_eq!(api["counts"]["total"], 1, "signatures untouched");

    // The same file again changes nothing.
    let out = Command::new(env!("CARGO_BIN_EXE_undersign"))
        .args(["--config", config.to_str().unwrap(), "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("unchanged"));
}

#[tokio::test]
async fn a_broken_declaration_is_reported_and_the_others_imported() {
    let app = spawn_app().await;
    let config = write_config(&app);
    let dir = app.dir.path().join("more");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("bad.md"), "+++\nslug = \"Bad Slug\"\n+++\nbody\n").unwrap();
    std::fs::write(
        dir.join("good.md"),
        "+++\nslug = \"new-appeal\"\ntitle = \"A new appeal\"\naddressees = [\"The Government of Belarus\"]\nauthor = \"Zakhyst Pratsi\"\nlanguage = \"uk\"\n+++\nDear brothers and sisters in Belarus.\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_undersign"))
        .args(["--config", config.to_str().unwrap(), "import"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        !out.status.success(),
        "a failed file makes the command fail"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad.md"), "{stderr}");
    let api = app.api("new-appeal").await;
    assert_eq!(api["language"], "uk");
    assert_eq!(api["state"], "open");
}
