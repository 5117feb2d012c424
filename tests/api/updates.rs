//! Updates to signers (issue 14, section 2): written by an organizer, sent through the outbox
//! once to each confirmed signer who asked for news, in their language; one-click
//! unsubscribe (RFC 8058); the "delivered" notice; addresses that refuse mail for good; a
//! crash between sending and settling; confirmations ahead of a large update.
use std::time::{Duration, Instant};

use chrono::TimeDelta;
use sea_orm::{EntityTrait, Set};
use undersign::entities::signatures;

use testkit::*;

fn wants_news(email: &str) -> Vec<(&'static str, String)> {
    with(person(email), "updates", "on")
}

/// Signs, confirms, and asks for news.
async fn subscriber(app: &TestApp, email: &str) -> ReceivedMail {
    app.sign_and_confirm(OPEN, wants_news(email)).await
}

/// The compose page's one-time value.
async fn nonce(app: &TestApp, slug: &str) -> String {
    let (status, page) = app
        .get_text(&format!("/admin/petitions/{slug}/updates"))
        .await;
    assert_eq!(status, 200);
    field(&page, "nonce")
}

/// Posts the usual update to the open petition with a fresh form's one-time value.
async fn send_update(app: &TestApp, csrf: &str) -> reqwest::Response {
    let nonce = nonce(app, OPEN).await;
    let form = [
        ("csrf", csrf),
        ("nonce", nonce.as_str()),
        ("subject", "Hearing on Monday"),
        ("body", "The court meets on *Monday* at 10."),
    ];
    post_form(app, &format!("/admin/petitions/{OPEN}/updates"), &form).await
}

/// Sends the usual update to the open petition, as an organizer's browser does.
async fn send(app: &TestApp, csrf: &str) {
    let r = send_update(app, csrf).await;
    assert_eq!(r.status().as_u16(), 303);
}

async fn update_rows(app: &TestApp) -> i64 {
    app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE update_id IS NOT NULL")
        .await
}

fn updates_to(app: &TestApp, addr: &str) -> Vec<ReceivedMail> {
    app.mailbox()
        .to(addr)
        .into_iter()
        .filter(|m| m.header("List-Unsubscribe").is_some())
        .collect()
}

#[tokio::test]
async fn an_update_reaches_each_opted_in_confirmed_signer_once_in_their_language() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    // In Ukrainian, asked for news, confirmed.
    let r = app
        .sign_in_language(OPEN, "uk", wants_news("oksana@example.org"))
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let mail = app
        .wait_for_mail_to("oksana@example.org", 1)
        .await
        .pop()
        .unwrap();
    assert_eq!(
        app.post(&app.confirm_path(&mail)).await.status().as_u16(),
        200
    );
    // In English, asked for news, confirmed.
    subscriber(&app, "olena@example.org").await;
    // Confirmed, but did not ask for news.
    app.sign_and_confirm(OPEN, person("quiet@example.org"))
        .await;
    // Asked for news, never confirmed.
    app.sign_and_get_mail(OPEN, wants_news("pending@example.org"))
        .await;
    // Asked for news, confirmed, then withdrew.
    let gone = subscriber(&app, "gone@example.org").await;
    assert_eq!(
        app.post(&app.withdraw_path(&gone)).await.status().as_u16(),
        200
    );

    let (_, page) = app
        .get_text(&format!("/admin/petitions/{OPEN}/updates"))
        .await;
    assert!(page.contains("would go to 2 signers"), "{page}");

    // A preview shows the update and sends nothing.
    let n = nonce(&app, OPEN).await;
    let r = post_form(
        &app,
        &format!("/admin/petitions/{OPEN}/updates"),
        &[
            ("csrf", &csrf),
            ("nonce", &n),
            ("subject", "Hearing on Monday"),
            ("body", "The court meets on *Monday*."),
            ("preview", "1"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 200);
    let preview = r.text().await.unwrap();
    assert!(preview.contains("<em>Monday</em>"), "{preview}");
    assert_eq!(update_rows(&app).await, 0);

    // Sent, with a Ukrainian translation; the same form sent twice is one update.
    let uk = [
        ("subject_uk", "Слухання в понеділок"),
        ("body_uk", "Суд збирається в *понеділок* о 10."),
    ];
    let n = nonce(&app, OPEN).await;
    for _ in 0..2 {
        let mut form = vec![
            ("csrf", csrf.as_str()),
            ("nonce", n.as_str()),
            ("subject", "Hearing on Monday"),
            ("body", "The court meets on *Monday* at 10."),
        ];
        form.extend_from_slice(&uk);
        let r = post_form(&app, &format!("/admin/petitions/{OPEN}/updates"), &form).await;
        assert_eq!(r.status().as_u16(), 303);
    }
    assert_eq!(
        update_rows(&app).await,
        2,
        "one row per signer, not per press"
    );
    app.drain_outbox().await;
    app.drain_outbox().await;

    let to_oksana = updates_to(&app, "oksana@example.org");
    assert_eq!(to_oksana.len(), 1);
    assert_eq!(to_oksana[0].subject(), "Слухання в понеділок");
    assert!(to_oksana[0].html().contains("<em>понеділок</em>"));
    let to_olena = updates_to(&app, "olena@example.org");
    assert_eq!(to_olena.len(), 1);
    let m = &to_olena[0];
    assert_eq!(m.subject(), "Hearing on Monday");
    // RFC 8058 and the bulk headers; the petition, withdraw and unsubscribe links.
    let unsubscribe = m.header("List-Unsubscribe").unwrap();
    assert!(
        unsubscribe.starts_with(&format!("<{}/unsubscribe/", app.address)),
        "{unsubscribe}"
    );
    assert_eq!(
        m.header("List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    assert_eq!(m.header("Precedence").as_deref(), Some("bulk"));
    assert_eq!(
        m.header("Auto-Submitted").as_deref(),
        Some("auto-generated")
    );
    assert!(
        m.message_id().ends_with("@undersign.test"),
        "{}",
        m.message_id()
    );
    let text = m.text();
    assert!(text.contains(&format!("{}/petitions/{OPEN}", app.address)));
    assert!(m.link(&format!("{}/withdraw/", app.address)).is_some());
    for nobody in [
        "quiet@example.org",
        "pending@example.org",
        "gone@example.org",
    ] {
        assert!(updates_to(&app, nobody).is_empty(), "{nobody}");
    }
    // The organizers' list: two sent, none waiting.
    let (_, page) = app
        .get_text(&format!("/admin/petitions/{OPEN}/updates"))
        .await;
    assert!(page.contains("Hearing on Monday"), "{page}");
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE update_id IS NOT NULL AND status = 'sent'")
            .await,
        2
    );
    // The update's withdraw link works like any other.
    let r = app.post(&app.withdraw_path(m)).await;
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(app.confirmed_total(OPEN).await, 2);
}

#[tokio::test]
async fn a_refused_update_form_stores_nothing() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    subscriber(&app, "olena@example.org").await;
    // No subject, a half translation, a subject of two lines.
    for (extra, what) in [
        (vec![("subject", "")], "no subject"),
        (
            vec![("subject_de", "Nur ein Betreff")],
            "half a translation",
        ),
        (vec![("subject", "two\nlines")], "two lines"),
    ] {
        let n = nonce(&app, OPEN).await;
        let mut form = vec![
            ("csrf", csrf.as_str()),
            ("nonce", n.as_str()),
            ("body", "Text"),
            ("subject", "Subject"),
        ];
        for (k, v) in extra {
            form.retain(|(f, _)| *f != k);
            form.push((k, v));
        }
        let r = post_form(&app, &format!("/admin/petitions/{OPEN}/updates"), &form).await;
        assert_eq!(r.status().as_u16(), 422, "{what}");
    }
    // Without the session's CSRF token.
    let r = send_update(&app, "forged").await;
    assert_eq!(r.status().as_u16(), 403);
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM updates")
            .await,
        0
    );
    assert_eq!(update_rows(&app).await, 0);
}

#[tokio::test]
async fn one_click_unsubscribe_stops_updates_and_a_get_changes_nothing() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    subscriber(&app, "olena@example.org").await;
    send(&app, &csrf).await;
    app.drain_outbox().await;
    let m = updates_to(&app, "olena@example.org").pop().unwrap();
    let link = m.header("List-Unsubscribe").unwrap();
    let url = link
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_owned();
    let path = app.path_of(&url);
    let wants = || {
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE email = 'olena@example.org' AND updates = TRUE")
    };

    // A link scanner's GET: a page with one button, nothing changed.
    let r = app.get(&path).await;
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["cache-control"], "no-store");
    assert_eq!(r.headers()["referrer-policy"], "no-referrer");
    let page = r.text().await.unwrap();
    assert!(page.contains(&format!("action=\"{path}\"")), "{page}");
    assert_eq!(wants().await, 1);

    // The mail client's one-click POST, from another site's page, without cookies.
    let r = reqwest::Client::new()
        .post(&url)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "cross-site")
        .header("origin", "https://webmail.example")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(wants().await, 0);
    // Again: the same answer.
    assert_eq!(app.post(&path).await.status().as_u16(), 200);
    // The signature still counts; the next update does not go to it.
    assert_eq!(app.confirmed_total(OPEN).await, 1);
    send(&app, &csrf).await;
    app.drain_outbox().await;
    assert_eq!(updates_to(&app, "olena@example.org").len(), 1);
    // A token that is not one.
    let forged = format!("/unsubscribe/{}", "A".repeat(32));
    assert_eq!(app.post(&forged).await.status().as_u16(), 404);
    assert_eq!(app.get(&forged).await.status().as_u16(), 404);
}

#[tokio::test]
async fn unsubscribing_cancels_an_update_still_waiting() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    subscriber(&app, "olena@example.org").await;
    send(&app, &csrf).await;
    app.drain_outbox().await;
    let link = updates_to(&app, "olena@example.org")[0]
        .header("List-Unsubscribe")
        .unwrap();
    let path = app.path_of(link.trim_start_matches('<').trim_end_matches('>'));
    // A second update is queued, not yet sent, when the signer unsubscribes.
    send(&app, &csrf).await;
    assert_eq!(app.post(&path).await.status().as_u16(), 200);
    app.drain_outbox().await;
    assert_eq!(updates_to(&app, "olena@example.org").len(), 1);
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE update_id IS NOT NULL AND status = 'cancelled'")
            .await,
        1
    );
}

#[tokio::test]
async fn marking_a_petition_delivered_tells_its_signers_unless_unticked() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    subscriber(&app, "olena@example.org").await;
    app.sign_and_confirm(CLOSING, wants_news("closing@example.org"))
        .await;
    let note = "Handed to the ministry on Monday.\n\nThe <b>director</b> received us.";
    let r = post_form(
        &app,
        &format!("/admin/petitions/{OPEN}/state"),
        &[
            ("csrf", &csrf),
            ("state", "delivered"),
            ("note", note),
            ("notify_offered", "1"),
            ("notify_signers", "on"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    // Unticked: nothing.
    let r = post_form(
        &app,
        &format!("/admin/petitions/{CLOSING}/state"),
        &[
            ("csrf", &csrf),
            ("state", "delivered"),
            ("note", "quietly"),
            ("notify_offered", "1"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    app.drain_outbox().await;
    let got = updates_to(&app, "olena@example.org");
    assert_eq!(got.len(), 1);
    assert!(
        got[0].subject().starts_with("Delivered: "),
        "{}",
        got[0].subject()
    );
    let text = got[0].text();
    assert!(text.contains("Handed to the ministry on Monday."), "{text}");
    assert!(got[0].html().contains("&lt;b&gt;director&lt;/b&gt;"));
    assert!(updates_to(&app, "closing@example.org").is_empty());
    // Marked delivered again (a corrected note): no second notice.
    let r = post_form(
        &app,
        &format!("/admin/petitions/{OPEN}/state"),
        &[
            ("csrf", &csrf),
            ("state", "delivered"),
            ("note", "corrected"),
            ("notify_offered", "1"),
            ("notify_signers", "on"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    app.drain_outbox().await;
    assert_eq!(updates_to(&app, "olena@example.org").len(), 1);
    // The audit log has it.
    assert_eq!(
        app.scalar(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'update.delivered'"
        )
        .await,
        1
    );
}

#[tokio::test]
async fn an_address_refused_for_good_gets_no_more_mail_and_organizers_see_how_many() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    subscriber(&app, "closed-box@example.org").await;
    subscriber(&app, "olena@example.org").await;
    // The mailbox is closed after confirming: its server now answers 550.
    app.mailbox().refuse("closed-box@example.org");
    send(&app, &csrf).await;
    app.drain_outbox().await;
    assert_eq!(app.mailbox().refusals_of("closed-box@example.org"), 1);
    assert_eq!(updates_to(&app, "olena@example.org").len(), 1);
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE status = 'refused'")
            .await,
        1,
        "refused, not retried"
    );
    let (_, page) = app
        .get_text(&format!("/admin/petitions/{OPEN}/updates"))
        .await;
    assert!(page.contains("1 signer's mail server refused"), "{page}");
    // The next update, and even a fresh submission for another petition from that address,
    // reach the server no more.
    send(&app, &csrf).await;
    app.sign(CLOSING, person("closed-box@example.org")).await;
    app.drain_outbox().await;
    assert_eq!(app.mailbox().refusals_of("closed-box@example.org"), 1);
    assert_eq!(updates_to(&app, "olena@example.org").len(), 2);
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE status = 'refused'")
            .await,
        3
    );
}

#[tokio::test]
async fn a_crash_between_sending_and_settling_sends_again_as_the_same_message() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    for who in ["a@example.org", "b@example.org", "c@example.org"] {
        subscriber(&app, who).await;
    }
    send(&app, &csrf).await;
    // A worker claims and sends, and the process dies before it records the sends.
    let worker = undersign::mail::worker::OutboxWorker::for_state(&app.state).unwrap();
    // Another process, which died: its lease must run out before another takes it.
    let claimed = app.claim_outbox_as("a-dead-process").await;
    assert_eq!(claimed.len(), 3);
    let from = app.settings.mail.from.parse().unwrap();
    let _never_settled = worker.send_claimed(&from, claimed).await;
    let first: Vec<ReceivedMail> = updates_to(&app, "a@example.org");
    assert_eq!(first.len(), 1);
    // Within the lease nothing is sent again.
    app.drain_outbox().await;
    assert_eq!(updates_to(&app, "a@example.org").len(), 1);
    // After it, the messages held by the dead worker are sent once more: at least once,
    // never lost. The copy has the first one's Message-ID, so a mail store that has the
    // first keeps one.
    app.clock.advance(TimeDelta::minutes(6));
    app.drain_outbox().await;
    let again = updates_to(&app, "a@example.org");
    assert_eq!(again.len(), 2);
    assert_eq!(again[0].message_id(), again[1].message_id());
    app.drain_outbox().await;
    assert_eq!(updates_to(&app, "a@example.org").len(), 2);
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE update_id IS NOT NULL AND status = 'sent'")
            .await,
        3
    );
}

/// 10,000 confirmed signers who asked for news, written straight to the database: signing
/// them through the form would test the form, not the outbox.
async fn seed_subscribers(app: &TestApp, n: usize) {
    let p = undersign::store::petitions::by_slug(app.state.store.reader(), OPEN)
        .await
        .unwrap()
        .unwrap();
    let now = app.clock.now();
    let rows: Vec<signatures::ActiveModel> = (0..n)
        .map(|i| {
            let email = format!("seed{i}@example.org");
            signatures::ActiveModel {
                petition_id: Set(p.id),
                kind: Set(undersign::domain::Kind::Individual),
                status: Set(undersign::domain::Status::Confirmed),
                dedupe_key: Set(Some(email.clone())),
                name: Set(Some(format!("Seed {i}"))),
                email_key: Set(Some(email.clone())),
                email: Set(Some(email)),
                country: Set(Some("UA".into())),
                public: Set(false),
                visibility: Set(undersign::domain::Visibility::Addressees),
                updates: Set(true),
                language: Set("en".into()),
                hidden: Set(false),
                created_at: Set(now),
                confirmed_at: Set(Some(now)),
                link_salt: Set(Some(undersign::security::link_salt())),
                ..Default::default()
            }
        })
        .collect();
    let db = sea_orm::Database::connect(app.settings.database.url.as_str())
        .await
        .unwrap();
    for chunk in rows.chunks(500) {
        signatures::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(&db)
            .await
            .unwrap();
    }
    db.close().await.unwrap();
}

#[tokio::test]
async fn a_new_signers_confirmation_does_not_wait_behind_a_10000_message_update() {
    let app = app().with_outbox_worker().spawn().await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    seed_subscribers(&app, 10_000).await;
    let r = send_update(&app, &csrf).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(update_rows(&app).await, 10_000);
    // The update is flowing.
    let deadline = Instant::now() + Duration::from_secs(20);
    while app.mailbox().count() < 50 {
        assert!(Instant::now() < deadline, "the update does not go out");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // A new signer signs now; their confirmation overtakes the update.
    let started = Instant::now();
    let r = app.sign(OPEN, person("new@example.org")).await;
    assert_eq!(r.status().as_u16(), 303);
    let mail = app.wait_for_mail_to("new@example.org", 1).await;
    let waited = started.elapsed();
    let updates_sent = app.mailbox().count() - 1;
    println!(
        "confirmation arrived {} ms after the 303, with {updates_sent} of 10,000 update messages sent",
        waited.as_millis()
    );
    assert!(
        mail[0].subject().contains("confirm"),
        "{}",
        mail[0].subject()
    );
    assert!(
        updates_sent < 9_000,
        "the update was not still going ({updates_sent} sent): the test proves nothing"
    );
    assert!(
        waited < Duration::from_secs(1),
        "the confirmation waited {waited:?} behind the update"
    );
    // And the pace holds: at 200 a second, not all at once.
    assert!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE update_id IS NOT NULL AND status = 'queued'")
            .await
            > 1_000
    );
}
