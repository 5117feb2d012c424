//! Concurrent writes share transactions (group commit); each must still be decided as if
//! it had come alone.
use chrono::TimeDelta;
use undersign::domain::{PetitionState, SignatureInput};
use undersign::store::petitions;
use undersign::store::signing::{MailCaps, SignOutcome, SignRequest};

use testkit::*;

#[tokio::test]
async fn a_burst_from_one_address_is_one_signature_and_at_most_the_cap_of_mail() {
    let app = spawn_app().await;
    let token = app.fresh_form_token(OPEN).await;
    app.clock.advance(TimeDelta::seconds(5));
    let form = with(person("burst@example.org"), "form_token", &token);
    let posts = (0..8).map(|_| app.post_sign(OPEN, &form));
    let statuses: Vec<u16> = futures::future::join_all(posts)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();
    assert!(statuses.iter().all(|s| *s == 303), "{statuses:?}");
    assert_eq!(app.signature_count().await, 1, "one signer, one row");
    let cap = app.settings.limits.resend_per_signature_per_day as i64;
    assert_eq!(
        app.outbox_count().await,
        cap,
        "queued mail stops at the cap"
    );
    app.settle_outbox().await;
    assert_eq!(app.mailbox().to("burst@example.org").len() as i64, cap);
}

#[tokio::test]
async fn a_burst_of_confirmations_counts_each_signer_once() {
    let app = spawn_app().await;
    let mut mails = vec![];
    for i in 0..12 {
        let country = if i % 2 == 0 { "UA" } else { "PL" };
        let form = with(person(&format!("c{i}@example.org")), "country", country);
        mails.push(app.sign_and_get_mail(OPEN, form).await);
    }
    // Everyone presses Confirm twice, all at once.
    let paths: Vec<String> = mails.iter().map(|m| app.confirm_path(m)).collect();
    let presses = paths.iter().chain(paths.iter()).map(|p| app.post(p));
    let statuses: Vec<u16> = futures::future::join_all(presses)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    let api = app.api(OPEN).await;
    assert_eq!(api["counts"]["total"].as_u64(), Some(12));
    assert_eq!(api["counts"]["by_country"]["UA"].as_u64(), Some(6));
    assert_eq!(api["counts"]["by_country"]["PL"].as_u64(), Some(6));
    app.assert_counts_agree().await;
}

#[tokio::test]
async fn a_petition_closed_while_a_signature_waits_stores_nothing() {
    let app = spawn_app().await;
    let store = &app.state.store;
    // The handler read the petition while it was open…
    let petition = petitions::by_slug(store.reader(), OPEN)
        .await
        .unwrap()
        .unwrap();
    // …and an organizer closed it (from this process or another) before the write.
    let now = app.clock.now();
    store
        .set_petition_state("test", petition.id, PetitionState::Closed, None, None, now)
        .await
        .unwrap();
    let form = person("late@example.org");
    let input = SignatureInput::from_pairs(form.iter().map(|(k, v)| (*k, v.as_str())));
    let signature = input.parse().expect("a valid signature");
    let outcome = store
        .sign(SignRequest {
            petition_id: petition.id,
            version_id: petition.version_id,
            signer_hash: app.state.keys.signer_hash(&signature.dedupe_key()),
            signature,
            language: "en".into(),
            text_language: "en".into(),
            ip_hash: None,
            now,
            confirm_window: TimeDelta::hours(1),
            caps: MailCaps {
                per_petition: 3,
                overall: 10,
            },
        })
        .await
        .unwrap();
    assert_eq!(outcome, SignOutcome::Closed);
    assert_eq!(app.signature_count().await, 0);
    assert_eq!(app.outbox_count().await, 0);
}
