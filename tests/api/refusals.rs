//! Every refusal of the signing outcome table: each leaves nothing stored and sends nothing.
use chrono::TimeDelta;

use testkit::*;

/// Nothing was stored and nothing will be sent.
async fn nothing_happened(app: &TestApp) {
    app.settle_outbox().await;
    assert_eq!(app.signature_count().await, 0, "no signature stored");
    assert_eq!(app.outbox_count().await, 0, "no mail queued");
    assert_eq!(app.mailbox().count(), 0, "no mail sent");
}

#[tokio::test]
async fn invalid_fields_give_422_with_messages_beside_them_and_values_kept() {
    let app = spawn_app().await;
    let form = with(
        with(person("not-an-address"), "name", ""),
        "city",
        "Kryvyi Rih <b>centre</b>",
    );
    let r = app.sign(OPEN, form).await;
    assert_eq!(r.status().as_u16(), 422);
    let page = r.text().await.unwrap();
    assert!(
        page.contains("Please enter an email address like name@example.org."),
        "email message"
    );
    assert!(page.contains("Please fill this in."), "name message");
    assert!(page.contains("id=\"i-email-error\""));
    assert!(page.contains("aria-describedby=\"i-email-error\""));
    assert!(
        page.contains("value=\"not-an-address\""),
        "the typed address is kept"
    );
    assert!(
        page.contains("Kryvyi Rih &lt;b&gt;centre&lt;/b&gt;"),
        "kept, and escaped"
    );
    assert!(page.contains("We stand with you!"), "comment kept");
    nothing_happened(&app).await;
}

#[tokio::test]
async fn every_field_limit_is_enforced() {
    let app = spawn_app().await;
    let long = |n: usize| "я".repeat(n);
    let cases: Vec<(Vec<(&'static str, String)>, &str)> = vec![
        (
            with(person("a@example.org"), "name", &long(121)),
            "at most 120",
        ),
        (
            with(person("a@example.org"), "city", &long(121)),
            "at most 120",
        ),
        (
            with(person("a@example.org"), "occupation", &long(121)),
            "at most 120",
        ),
        (
            with(person("a@example.org"), "comment", &long(1001)),
            "at most 1000",
        ),
        (
            with(
                person(&format!("{}@example.org", "a".repeat(250))),
                "kind",
                "individual",
            ),
            "at most 254",
        ),
        (
            with(person("a@example.org"), "country", "XX"),
            "choose a country",
        ),
        (
            with(person("a@example.org"), "country", ""),
            "Please fill this in",
        ),
        (
            with(person("a@example.org"), "name", "Olena\u{7}"),
            "cannot be used here",
        ),
        (
            with(person("a@example.org"), "name", "Olena\nKovalenko"),
            "cannot be used here",
        ),
        (
            with(person("a@example.org"), "name", "abc\u{202e}cba"),
            "invisible characters",
        ),
        (
            with(person("a@example.org"), "kind", "robot"),
            "sign as a person or for an organisation",
        ),
        (
            with(
                organization(&long(201), "UA", "a@example.org"),
                "kind",
                "organization",
            ),
            "at most 200",
        ),
        (
            with(
                organization("Union", "UA", "a@example.org"),
                "members",
                "-1",
            ),
            "between 0 and 100,000,000",
        ),
        (
            with(
                organization("Union", "UA", "a@example.org"),
                "members",
                "100000001",
            ),
            "between 0 and 100,000,000",
        ),
        (
            with(
                organization("Union", "UA", "a@example.org"),
                "members",
                "lots",
            ),
            "whole number",
        ),
        (
            with(
                organization("Union", "UA", "a@example.org"),
                "role",
                &long(121),
            ),
            "at most 120",
        ),
    ];
    for (form, needle) in cases {
        let r = app.sign(OPEN, form.clone()).await;
        assert_eq!(r.status().as_u16(), 422, "{form:?}");
        let page = r.text().await.unwrap();
        assert!(
            page.contains(needle),
            "{needle:?} not in the page for {form:?}"
        );
    }
    // The boundaries themselves are accepted.
    let ok = with(
        with(person("edge@example.org"), "name", &long(120)),
        "comment",
        &long(1000),
    );
    assert_eq!(app.sign(OPEN, ok).await.status().as_u16(), 303);
    let org = with(
        organization(&long(200), "UA", "edge-org@example.org"),
        "members",
        "100000000",
    );
    assert_eq!(app.sign(OPEN, org).await.status().as_u16(), 303);
    app.settle_outbox().await;
    assert_eq!(app.signature_count().await, 2);
}

#[tokio::test]
async fn a_filled_honeypot_gives_a_neutral_422_and_stores_nothing() {
    let app = spawn_app().await;
    let r = app
        .sign(
            OPEN,
            with(person("bot@example.org"), "website", "http://spam.example"),
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains("press the button again"));
    assert!(
        page.contains("value=\"bot@example.org\""),
        "values kept for a person caught by mistake"
    );
    nothing_happened(&app).await;
}

#[tokio::test]
async fn a_form_sent_faster_than_a_person_types_is_sent_back() {
    let app = spawn_app().await;
    let token = app.fresh_form_token(OPEN).await;
    // No time passes between the page and the post.
    let r = app
        .post_sign(
            OPEN,
            &with(person("fast@example.org"), "form_token", &token),
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains("value=\"fast@example.org\""));
    nothing_happened(&app).await;
    // A person pressing again a moment later gets through with the form they were given.
    app.clock.advance(TimeDelta::seconds(2));
    let again = form_token(&page);
    let r = app
        .post_sign(
            OPEN,
            &with(person("fast@example.org"), "form_token", &again),
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
}

#[tokio::test]
async fn the_fill_time_check_can_be_turned_off() {
    let app = app()
        .settings(|s| s.signing.min_fill_seconds = 0)
        .spawn()
        .await;
    let token = app.fresh_form_token(OPEN).await;
    let r = app
        .post_sign(
            OPEN,
            &with(person("quick@example.org"), "form_token", &token),
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
}

#[tokio::test]
async fn a_missing_forged_or_expired_form_token_gives_a_fresh_form_with_values_kept() {
    let app = spawn_app().await;
    let real = app.fresh_form_token(OPEN).await;
    app.clock.advance(TimeDelta::seconds(5));
    let (ts, mac) = real.split_once('.').unwrap();
    let forged_time = format!("{}.{mac}", ts.parse::<i64>().unwrap() - 100);
    let other_petition = app.fresh_form_token(ORGS_ONLY).await;
    app.clock.advance(TimeDelta::seconds(5));
    for token in [
        None,
        Some("".to_owned()),
        Some("garbage".to_owned()),
        Some(forged_time),
        Some(other_petition),
    ] {
        let form = match &token {
            Some(t) => with(person("token@example.org"), "form_token", t),
            None => person("token@example.org"),
        };
        let r = app.post_sign(OPEN, &form).await;
        assert_eq!(r.status().as_u16(), 422, "{token:?}");
        let page = r.text().await.unwrap();
        assert!(page.contains("value=\"token@example.org\""), "values kept");
        assert_ne!(
            form_token(&page),
            token.clone().unwrap_or_default(),
            "a fresh token"
        );
    }
    // A page left open for longer than the form's life.
    let old = app.fresh_form_token(OPEN).await;
    app.clock.advance(TimeDelta::hours(73));
    let r = app
        .post_sign(OPEN, &with(person("token@example.org"), "form_token", &old))
        .await;
    assert_eq!(r.status().as_u16(), 422);
    nothing_happened(&app).await;
}

#[tokio::test]
async fn a_closed_petition_gives_409() {
    let app = spawn_app().await;
    let r = app.post_sign(CLOSED, &person("late@example.org")).await;
    assert_eq!(r.status().as_u16(), 409);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("no longer takes signatures"));
    let (_, page) = app.get_text(&format!("/petitions/{CLOSED}")).await;
    assert!(
        !page.contains("name=\"form_token\""),
        "no form on a closed petition"
    );
    nothing_happened(&app).await;
}

#[tokio::test]
async fn a_petition_past_its_closing_time_gives_409() {
    let app = spawn_app().await;
    let token = app.fresh_form_token(CLOSING).await;
    app.clock.advance(TimeDelta::days(2));
    let r = app
        .post_sign(
            CLOSING,
            &with(person("late@example.org"), "form_token", &token),
        )
        .await;
    assert_eq!(r.status().as_u16(), 409);
    assert_eq!(app.api(CLOSING).await["state"], "closed");
    nothing_happened(&app).await;
}

#[tokio::test]
async fn closing_a_petition_stops_signing_at_once() {
    let app = spawn_app().await;
    let token = app.fresh_form_token(OPEN).await;
    let p = undersign::store::petitions::by_slug(app.state.store.reader(), OPEN)
        .await
        .unwrap()
        .unwrap();
    app.state
        .store
        .set_petition_state(
            "test",
            p.id,
            undersign::domain::PetitionState::Closed,
            None,
            None,
            app.clock.now(),
        )
        .await
        .unwrap();
    app.clock.advance(TimeDelta::seconds(5));
    let r = app
        .post_sign(
            OPEN,
            &with(person("late@example.org"), "form_token", &token),
        )
        .await;
    assert_eq!(r.status().as_u16(), 409);
    nothing_happened(&app).await;
}

#[tokio::test]
async fn unknown_and_draft_petitions_give_404() {
    let app = spawn_app().await;
    for slug in ["no-such-petition", DRAFT, "Bad..Slug", "%00"] {
        let r = app.post_sign(slug, &person("x@example.org")).await;
        assert_eq!(r.status().as_u16(), 404, "{slug}");
        assert_eq!(
            app.get(&format!("/petitions/{slug}"))
                .await
                .status()
                .as_u16(),
            404,
            "{slug}"
        );
    }
    nothing_happened(&app).await;
}

#[tokio::test]
async fn a_kind_the_petition_does_not_take_is_refused() {
    let app = spawn_app().await;
    let r = app.sign(ORGS_ONLY, person("person@example.org")).await;
    assert_eq!(r.status().as_u16(), 422);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("does not take this kind of signature"));
    nothing_happened(&app).await;
}

#[tokio::test]
async fn a_body_over_16_kib_gives_413() {
    let app = spawn_app().await;
    let token = app.fresh_form_token(OPEN).await;
    app.clock.advance(TimeDelta::seconds(5));
    let form = with(
        with(person("big@example.org"), "form_token", &token),
        "comment",
        &"x".repeat(17 * 1024),
    );
    let r = app.post_sign(OPEN, &form).await;
    assert_eq!(r.status().as_u16(), 413);
    assert!(r.text().await.unwrap().contains("Too much text"));
    nothing_happened(&app).await;
}

#[tokio::test]
async fn a_wrong_content_type_gives_415() {
    let app = spawn_app().await;
    for ct in [
        "application/json",
        "multipart/form-data; boundary=x",
        "text/plain",
        "",
    ] {
        let r = app.post_sign_raw(OPEN, ct, "{\"name\":\"x\"}").await;
        assert_eq!(r.status().as_u16(), 415, "{ct}");
    }
    nothing_happened(&app).await;
}

#[tokio::test]
async fn broken_utf8_gives_400_with_a_page() {
    let app = spawn_app().await;
    let token = app.fresh_form_token(OPEN).await;
    app.clock.advance(TimeDelta::seconds(5));
    let body =
        format!("kind=individual&name=%C3%28&email=a%40example.org&country=UA&form_token={token}");
    let r = app
        .post_sign_raw(OPEN, "application/x-www-form-urlencoded", body)
        .await;
    assert_eq!(r.status().as_u16(), 400);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let raw: Vec<u8> = [
        b"kind=individual&name=".as_slice(),
        &[0xff, 0xfe],
        b"&email=a%40example.org",
    ]
    .concat();
    let r = app
        .post_sign_raw(OPEN, "application/x-www-form-urlencoded", raw)
        .await;
    assert_eq!(r.status().as_u16(), 400);
    nothing_happened(&app).await;
}
