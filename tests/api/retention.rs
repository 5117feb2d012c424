//! Data that leaves when the campaign ends (issue 14, section 3): the personal data of a
//! petition's signatures is erased `retention.days_after_close` days after it closed; what
//! the counts and the delivery records need stays.
use std::process::Command;

use chrono::TimeDelta;
use undersign::domain::PetitionState;

use crate::declarations::write_config;
use testkit::*;

#[tokio::test]
async fn personal_data_is_erased_after_the_retention_period_and_counts_stay() {
    let app = spawn_app().await;
    app.sign_and_confirm(OPEN, with(person("kept@example.org"), "city", "Kryvyi Rih"))
        .await;
    app.sign_and_confirm(
        OPEN,
        organization("Sintracarbón", "CO", "union@example.org"),
    )
    .await;
    // A petition that is still open, with no closing time: untouched.
    app.sign_and_confirm(
        ORGS_ONLY,
        organization("Still Open Union", "UA", "elsewhere@example.org"),
    )
    .await;
    let id = app
        .set_petition_state(OPEN, PetitionState::Delivered, app.clock.now())
        .await;
    let store = &app.state.store;
    let now = app.clock.now();
    // Before the period is over: nothing.
    let early = store
        .purge_closed(180, now + TimeDelta::days(179), false)
        .await
        .unwrap();
    assert!(early.is_empty(), "{early:?}");
    // The dry run says what would go, and erases nothing.
    let later = now + TimeDelta::days(181);
    let planned = store.purge_closed(180, later, true).await.unwrap();
    let open = planned
        .iter()
        .find(|p| p.slug == OPEN)
        .expect("the delivered petition");
    assert_eq!(open.signatures, 2);
    assert!(planned.iter().all(|p| p.slug != ORGS_ONLY));
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE email IS NOT NULL")
            .await,
        3
    );
    // Erased: names, addresses, cities, comments; kind, country, members, visibility, the
    // organization's name and the counts stay. The other petition is untouched.
    let done = store.purge_closed(180, later, false).await.unwrap();
    assert_eq!(done, planned);
    let left = |sql: &'static str| app.scalar(sql);
    assert_eq!(
        left("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE email IS NOT NULL OR name IS NOT NULL OR city IS NOT NULL OR ip_hash IS NOT NULL")
            .await,
        1,
        "only the other petition's signer"
    );
    assert_eq!(
        left("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE organization = 'Sintracarbón' AND country = 'CO'")
            .await,
        1
    );
    assert_eq!(
        left(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'petition.purge' AND count = 2"
        )
        .await,
        1
    );
    assert_eq!(app.confirmed_total(OPEN).await, 2, "the counts stay");
    app.assert_counts_agree().await;
    let purged = undersign::store::petitions::by_id(store.reader(), id)
        .await
        .unwrap()
        .unwrap();
    assert!(purged.purged_at.is_some());
    // Once is enough.
    assert!(store
        .purge_closed(180, later, false)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn reopening_stops_the_clock() {
    let app = spawn_app().await;
    app.sign_and_confirm(OPEN, person("reopened@example.org"))
        .await;
    app.set_petition_state(OPEN, PetitionState::Closed, app.clock.now())
        .await;
    app.set_petition_state(OPEN, PetitionState::Open, app.clock.now())
        .await;
    let later = app.clock.now() + TimeDelta::days(365);
    // Open with no closing time: never erased.
    let p = undersign::store::petitions::by_slug(app.state.store.reader(), OPEN)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(p.closed_at, None);
    let erased = app
        .state
        .store
        .purge_closed(180, later, false)
        .await
        .unwrap();
    assert!(erased.iter().all(|p| p.slug != OPEN), "{erased:?}");
}

#[tokio::test]
async fn the_purge_command_says_what_goes_and_its_dry_run_erases_nothing() {
    let app = spawn_app().await;
    app.sign_and_confirm(OPEN, person("cli@example.org")).await;
    // Closed two days ago, by the clock the command reads.
    app.set_petition_state(
        OPEN,
        PetitionState::Closed,
        chrono::Utc::now() - TimeDelta::days(2),
    )
    .await;
    let config = write_config(&app);
    let run = |dry_run: bool| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_undersign"));
        cmd.args(["--config", config.to_str().unwrap(), "purge"]);
        if dry_run {
            cmd.arg("--dry-run");
        }
        cmd.env("UNDERSIGN_RETENTION__DAYS_AFTER_CLOSE", "1");
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let said = run(true);
    assert!(
        said.contains(&format!(
            "{OPEN}: would erase the personal data of 1 signatures"
        )),
        "{said}"
    );
    let holding = "SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE email IS NOT NULL";
    assert_eq!(app.scalar(holding).await, 1);
    let said = run(false);
    assert!(
        said.contains(&format!("{OPEN}: erased the personal data of 1 signatures")),
        "{said}"
    );
    assert_eq!(app.scalar(holding).await, 0);
    assert!(run(false).contains("nothing to erase"));
}

#[tokio::test]
async fn the_dashboard_says_when_data_goes_and_warns_two_weeks_before() {
    let app = app()
        .settings(|s| s.retention.days_after_close = 10)
        .spawn()
        .await;
    add_organizer(&app).await;
    login(&app).await;
    app.set_petition_state(OPEN, PetitionState::Closed, app.clock.now())
        .await;
    let due = (app.clock.now() + TimeDelta::days(10))
        .format("%Y-%m-%d")
        .to_string();
    let (_, dash) = app.get_text("/admin").await;
    assert!(dash.contains(&format!("erased on {due}")), "{dash}");
    assert!(dash.contains(&format!(
        "The personal data of the signers of “Stop the reprisals against the miners of Krivoy Rog” will be erased on {due}."
    )));
    assert!(dash.contains("kept while open"), "an open petition");
}

#[tokio::test]
async fn a_signers_request_finds_gives_and_erases_their_signatures() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    let first = app
        .sign_and_confirm(OPEN, person("olena@example.org"))
        .await;
    app.sign_and_confirm(CLOSING, person("olena@example.org"))
        .await;
    app.sign_and_confirm(
        ORGS_ONLY,
        organization("Kryvbas Miners", "UA", "olena@example.org"),
    )
    .await;
    app.sign_and_confirm(OPEN, person("someone-else@example.org"))
        .await;
    // Looked up however the address is written.
    let r = app.get("/admin/people?email=Olena%40Example.ORG").await;
    assert_eq!(r.headers()["cache-control"], "no-store");
    let page = r.text().await.unwrap();
    for title in [
        "Stop the reprisals against the miners of Krivoy Rog",
        "Closing soon",
        "An appeal for organisations",
    ] {
        assert!(page.contains(title), "{title}");
    }
    assert!(!page.contains("someone-else"));
    // Given to the signer.
    let r = post_form(
        &app,
        "/admin/people/export",
        &[("csrf", &csrf), ("email", "olena@example.org")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["cache-control"], "no-store");
    let held: Vec<serde_json::Value> = r.json().await.unwrap();
    assert_eq!(held.len(), 3);
    assert!(held.iter().all(|s| s["email"] == "olena@example.org"));
    assert!(held.iter().any(|s| s["organization"] == "Kryvbas Miners"));
    // Erased, after asking.
    let r = post_form(
        &app,
        "/admin/people/erase",
        &[("csrf", &csrf), ("email", "olena@example.org")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 400, "without confirm=yes");
    let r = post_form(
        &app,
        "/admin/people/erase",
        &[
            ("csrf", &csrf),
            ("email", "olena@example.org"),
            ("confirm", "yes"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, page) = app.get_text("/admin/people?done=erased").await;
    assert!(page.contains("The signatures were erased."));
    assert_eq!(
        app.scalar(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE email = 'olena@example.org'"
        )
        .await,
        0
    );
    assert_eq!(app.confirmed_total(OPEN).await, 1, "only the other signer");
    app.assert_counts_agree().await;
    for (action, n) in [("person.export", 3), ("person.erase", 3)] {
        let sql = format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = '{action}' AND count = {n} AND detail = 'o***@example.org'"
        );
        assert_eq!(app.scalar(&sql).await, 1, "{action}");
    }
    // The signer's own withdraw link still answers.
    assert_eq!(
        app.post(&app.withdraw_path(&first)).await.status().as_u16(),
        200
    );
}
