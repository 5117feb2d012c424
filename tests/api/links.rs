//! Confirm and withdraw links derived from the signature (issue 15): sending writes no token
//! row, a link acts only with its signature's salt, links emailed before keep working, and
//! the links of erased data say "expired".
use chrono::TimeDelta;
use sea_orm::{ActiveModelTrait, Set};
use undersign::domain::{PetitionState, Token, TokenPurpose};
use undersign::entities::tokens;

use testkit::*;

async fn signature_id(app: &TestApp, email: &str) -> i64 {
    app.scalar(&format!(
        "SELECT id FROM signatures WHERE email = '{email}'"
    ))
    .await
}

#[tokio::test]
async fn sending_a_confirmation_writes_no_token_row_and_its_links_work() {
    let app = spawn_app().await;
    let mail = app
        .sign_and_get_mail(OPEN, person("quiet@example.org"))
        .await;
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM tokens")
            .await,
        0
    );
    assert_eq!(
        app.post(&app.confirm_path(&mail)).await.status().as_u16(),
        200
    );
    assert_eq!(app.confirmed_total(OPEN).await, 1);
    // Again: idempotent.
    assert_eq!(
        app.post(&app.confirm_path(&mail)).await.status().as_u16(),
        200
    );
    assert_eq!(app.confirmed_total(OPEN).await, 1);
    assert_eq!(
        app.post(&app.withdraw_path(&mail)).await.status().as_u16(),
        200
    );
    assert_eq!(
        app.post(&app.withdraw_path(&mail)).await.status().as_u16(),
        200
    );
    assert_eq!(app.confirmed_total(OPEN).await, 0);
    app.assert_counts_agree().await;
}

#[tokio::test]
async fn a_link_made_with_the_key_alone_acts_on_nothing() {
    let app = spawn_app().await;
    let mail = app
        .sign_and_get_mail(OPEN, person("target@example.org"))
        .await;
    let other = app
        .sign_and_get_mail(OPEN, person("other@example.org"))
        .await;
    let (petition, target) = (
        app.petition_id(OPEN).await,
        signature_id(&app, "target@example.org").await,
    );
    let links = app.state.keys.links();
    // Someone who has the secret key but not the database guesses the salt.
    for purpose in [TokenPurpose::Withdraw, TokenPurpose::Confirm] {
        let forged = links.token(
            purpose,
            petition,
            target,
            "00112233445566778899aabbccddeeff",
            None,
        );
        let path = format!("/{}/{}", purpose.as_str(), forged.expose());
        assert_eq!(app.get(&path).await.status().as_u16(), 404, "{path}");
        assert_eq!(app.post(&path).await.status().as_u16(), 404, "{path}");
    }
    // Another signature's link, its ids changed to the target's: the outer check fails.
    let stolen = app.withdraw_path(&other).replace("/withdraw/", "");
    let mut bytes: Vec<char> = stolen.chars().collect();
    bytes[9] = if bytes[9] == 'A' { 'B' } else { 'A' };
    let path = format!("/withdraw/{}", bytes.into_iter().collect::<String>());
    assert_eq!(app.post(&path).await.status().as_u16(), 404);
    // Nothing was withdrawn or confirmed; the real links still work.
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE status = 'pending' AND email IS NOT NULL")
            .await,
        2
    );
    assert_eq!(
        app.post(&app.confirm_path(&mail)).await.status().as_u16(),
        200
    );
    assert_eq!(app.confirmed_total(OPEN).await, 1);
}

#[tokio::test]
async fn links_emailed_before_links_were_derived_keep_working() {
    use migrations::MigratorTrait;
    let app = spawn_app().await;
    app.sign_and_get_mail(OPEN, person("pending@example.org"))
        .await;
    app.sign_and_confirm(OPEN, person("confirmed@example.org"))
        .await;
    let petition = app.petition_id(OPEN).await;
    let (pending, confirmed) = (
        signature_id(&app, "pending@example.org").await,
        signature_id(&app, "confirmed@example.org").await,
    );
    // Back to before migration 11, where emails carried random tokens kept as hashes.
    let db = sea_orm::Database::connect(app.settings.database.url.as_str())
        .await
        .unwrap();
    let since = migrations::Migrator::migrations().len() - 10;
    migrations::Migrator::down(&db, Some(since as u32))
        .await
        .unwrap();
    let now = app.clock.now();
    let mut old = vec![];
    for (purpose, signature) in [
        (TokenPurpose::Confirm, pending),
        (TokenPurpose::Withdraw, confirmed),
    ] {
        let token = Token::generate();
        tokens::ActiveModel {
            hash: Set(token.hash()),
            purpose: Set(purpose.as_str().to_owned()),
            petition_id: Set(petition),
            signature_id: Set(Some(signature)),
            created_at: Set(now),
            expires_at: Set(now + TimeDelta::days(7)),
            ..Default::default()
        }
        .insert(&db)
        .await
        .unwrap();
        old.push(format!("/{}/{}", purpose.as_str(), token.expose()));
    }
    migrations::Migrator::up(&db, None).await.unwrap();
    db.close().await.unwrap();
    // Every signature that holds personal data got a salt.
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE link_salt IS NULL")
            .await,
        0
    );
    assert_eq!(app.post(&old[0]).await.status().as_u16(), 200);
    assert_eq!(app.confirmed_total(OPEN).await, 2);
    assert_eq!(app.get(&old[1]).await.status().as_u16(), 200);
    assert_eq!(app.post(&old[1]).await.status().as_u16(), 200);
    assert_eq!(app.confirmed_total(OPEN).await, 1);
    // And the next email to the signer whose old link confirmed carries a derived link.
    let again = app
        .sign_and_get_mail(OPEN, person("pending@example.org"))
        .await;
    assert_eq!(
        app.post(&app.withdraw_path(&again)).await.status().as_u16(),
        200
    );
    assert_eq!(app.confirmed_total(OPEN).await, 0);
    app.assert_counts_agree().await;
}

#[tokio::test]
async fn the_links_of_a_petition_whose_data_was_erased_say_expired() {
    let app = spawn_app().await;
    let mail = app
        .sign_and_confirm(OPEN, person("erased@example.org"))
        .await;
    app.set_petition_state(OPEN, PetitionState::Delivered, app.clock.now())
        .await;
    let done = app
        .state
        .store
        .purge_closed(180, app.clock.now() + TimeDelta::days(181), false)
        .await
        .unwrap();
    assert_eq!(done.len(), 1);
    for path in [app.withdraw_path(&mail), app.confirm_path(&mail)] {
        let r = app.post(&path).await;
        assert_eq!(r.status().as_u16(), 410, "{path}");
        let page = r.text().await.unwrap();
        assert!(page.contains("This link has expired"), "{page}");
    }
    // The erased signature still counts.
    assert_eq!(app.confirmed_total(OPEN).await, 1);
}
