//! Confirm and withdraw links: expiry, forgery, purpose, idempotence, erasure, purge.
use chrono::TimeDelta;

use testkit::*;

#[tokio::test]
async fn an_expired_token_gives_410_with_a_way_to_sign_again() {
    let app = spawn_app().await;
    let mail = app
        .sign_and_get_mail(OPEN, person("slow@example.org"))
        .await;
    app.clock.advance(TimeDelta::hours(169));
    let confirm = app.confirm_path(&mail);
    for r in [app.get(&confirm).await, app.post(&confirm).await] {
        assert_eq!(r.status().as_u16(), 410);
        let page = r.text().await.unwrap();
        assert!(page.contains("This link has expired"));
        assert!(
            page.contains(&format!("href=\"/petitions/{OPEN}\"")),
            "a way to sign again"
        );
    }
    assert_eq!(app.confirmed_total(OPEN).await, 0);
}

#[tokio::test]
async fn unknown_forged_and_malformed_tokens_give_404() {
    let app = spawn_app().await;
    let mail = app
        .sign_and_get_mail(OPEN, person("forge@example.org"))
        .await;
    let real = app.confirm_path(&mail);
    let token = real.trim_start_matches("/confirm/");
    let mut flipped: Vec<char> = token.chars().collect();
    flipped[5] = if flipped[5] == 'A' { 'B' } else { 'A' };
    let forged: String = flipped.into_iter().collect();
    for path in [
        format!("/confirm/{forged}"),
        "/confirm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".to_owned(),
        "/confirm/short".to_owned(),
        "/confirm/'%20OR%201=1--".to_owned(),
        format!("/confirm/{token}x"),
        format!("/withdraw/{forged}"),
    ] {
        assert_eq!(app.get(&path).await.status().as_u16(), 404, "{path}");
        assert_eq!(app.post(&path).await.status().as_u16(), 404, "{path}");
    }
    assert_eq!(app.confirmed_total(OPEN).await, 0);
}

#[tokio::test]
async fn a_token_serves_only_its_own_purpose() {
    let app = spawn_app().await;
    let mail = app
        .sign_and_get_mail(OPEN, person("purpose@example.org"))
        .await;
    let confirm_token = app.confirm_path(&mail).replace("/confirm/", "");
    let withdraw_token = app.withdraw_path(&mail).replace("/withdraw/", "");
    assert_eq!(
        app.post(&format!("/withdraw/{confirm_token}"))
            .await
            .status()
            .as_u16(),
        404
    );
    assert_eq!(
        app.post(&format!("/confirm/{withdraw_token}"))
            .await
            .status()
            .as_u16(),
        404
    );
    assert_eq!(app.signature_count().await, 1);
}

#[tokio::test]
async fn pages_reached_by_a_token_send_no_referrer() {
    let app = spawn_app().await;
    let mail = app.sign_and_get_mail(OPEN, person("ref@example.org")).await;
    for r in [
        app.get(&app.confirm_path(&mail)).await,
        app.get(&app.withdraw_path(&mail)).await,
        app.post(&app.confirm_path(&mail)).await,
        app.get("/confirm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").await,
    ] {
        assert_eq!(r.headers()["referrer-policy"], "no-referrer");
    }
    let r = app.get(&format!("/petitions/{OPEN}")).await;
    assert_eq!(
        r.headers()["referrer-policy"],
        "strict-origin-when-cross-origin"
    );
}

#[tokio::test]
async fn withdrawing_erases_the_signers_data_and_the_count_drops() {
    let app = spawn_app().await;
    let mail = app
        .sign_and_confirm(OPEN, person("leave@example.org"))
        .await;
    assert_eq!(app.confirmed_total(OPEN).await, 1);
    let withdraw = app.withdraw_path(&mail);
    let (status, page) = app.get_text(&withdraw).await;
    assert_eq!(status, 200);
    assert!(page.contains("Withdraw my signature"));
    assert_eq!(
        app.confirmed_total(OPEN).await,
        1,
        "opening the link withdraws nothing"
    );
    assert_eq!(app.post(&withdraw).await.status().as_u16(), 200);
    assert_eq!(app.confirmed_total(OPEN).await, 0);
    // Idempotent.
    assert_eq!(app.post(&withdraw).await.status().as_u16(), 200);
    let left = app
        .scalar(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE status = 'withdrawn' AND name IS NULL AND email IS NULL \
             AND dedupe_key IS NULL AND city IS NULL AND occupation IS NULL AND comment IS NULL AND ip_hash IS NULL AND country IS NULL",
        )
        .await;
    assert_eq!(left, 1, "a withdrawn signature keeps nothing personal");
    let (_, list) = app.get_text(&format!("/petitions/{OPEN}/signatures")).await;
    assert!(!list.contains("Olena Kovalenko"));
    // Its confirm link now says so instead of confirming.
    assert_eq!(
        app.post(&app.confirm_path(&mail)).await.status().as_u16(),
        410
    );
    assert_eq!(app.confirmed_total(OPEN).await, 0);
    app.assert_counts_agree().await;
}

#[tokio::test]
async fn a_pending_signature_can_be_withdrawn_before_confirmation() {
    let app = spawn_app().await;
    let mail = app
        .sign_and_get_mail(OPEN, person("nope@example.org"))
        .await;
    assert_eq!(
        app.post(&app.withdraw_path(&mail)).await.status().as_u16(),
        200
    );
    assert_eq!(
        app.post(&app.confirm_path(&mail)).await.status().as_u16(),
        410
    );
    assert_eq!(app.confirmed_total(OPEN).await, 0);
}

#[tokio::test]
async fn unconfirmed_signatures_are_purged_after_the_window_with_their_data() {
    let app = spawn_app().await;
    let pending = app
        .sign_and_get_mail(OPEN, person("never@example.org"))
        .await;
    app.sign_and_confirm(OPEN, person("kept@example.org")).await;
    app.clock.advance(TimeDelta::hours(167));
    assert_eq!(
        app.state
            .store
            .purge_expired(app.clock.now())
            .await
            .unwrap(),
        0,
        "not yet"
    );
    app.clock.advance(TimeDelta::hours(2));
    assert_eq!(
        app.state
            .store
            .purge_expired(app.clock.now())
            .await
            .unwrap(),
        1
    );
    assert_eq!(app.signature_count().await, 1);
    let gone = app
        .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE email = 'never@example.org'")
        .await;
    assert_eq!(gone, 0);
    assert_eq!(app.confirmed_total(OPEN).await, 1);
    // Its link now says "expired, sign again", not "unknown".
    assert_eq!(
        app.get(&app.confirm_path(&pending)).await.status().as_u16(),
        410
    );
}
