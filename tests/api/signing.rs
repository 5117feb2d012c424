//! The signing loop: sign, read the email, confirm, see the count; duplicates and caps.
use testkit::*;

#[tokio::test]
async fn a_person_signs_confirms_and_is_counted() {
    let app = spawn_app().await;
    let mail = app
        .sign_and_get_mail(OPEN, person("olena@example.org"))
        .await;

    assert!(
        mail.subject()
            .contains("Stop the reprisals against the miners of Krivoy Rog"),
        "{}",
        mail.subject()
    );
    assert_eq!(mail.to, vec!["olena@example.org".to_owned()]);
    let parsed = mail.parsed();
    assert!(
        parsed.body_text(0).is_some() && parsed.body_html(0).is_some(),
        "multipart text and HTML"
    );
    let confirm = app.confirm_path(&mail);
    let withdraw = app.withdraw_path(&mail);
    assert_ne!(
        confirm.trim_start_matches("/confirm/"),
        withdraw.trim_start_matches("/withdraw/"),
        "two tokens"
    );
    assert!(mail.html().contains(&format!("{}{confirm}", app.address)));

    // Nothing counts before confirmation, and opening the link (as a mail scanner would)
    // confirms nothing: it shows a button.
    assert_eq!(app.confirmed_total(OPEN).await, 0);
    let (status, page) = app.get_text(&confirm).await;
    assert_eq!(status, 200);
    assert!(page.contains("<form method=\"post\""), "{page}");
    assert_eq!(app.confirmed_total(OPEN).await, 0);

    let r = app.post(&confirm).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("your signature counts"));
    let api = app.api(OPEN).await;
    assert_eq!(api["counts"]["total"], 1);
    assert_eq!(api["counts"]["individual"], 1);
    assert_eq!(api["counts"]["by_country"]["UA"], 1);

    // Confirming again is harmless.
    assert_eq!(app.post(&confirm).await.status().as_u16(), 200);
    assert_eq!(app.confirmed_total(OPEN).await, 1);

    // The public list shows the name, never the address.
    let (_, list) = app.get_text(&format!("/petitions/{OPEN}/signatures")).await;
    assert!(list.contains("Olena Kovalenko"));
    assert!(!list.contains("olena@example.org"));
    let (_, page) = app.get_text(&format!("/petitions/{OPEN}")).await;
    assert!(page.contains("Olena Kovalenko"));
    assert!(page.contains("We stand with you!"));
}

#[tokio::test]
async fn an_organization_signs_and_its_members_are_counted() {
    let app = spawn_app().await;
    let mail = app
        .sign_and_confirm(
            OPEN,
            organization(
                "Independent Miners' Union of Kryvbas",
                "UA",
                "union@example.org",
            ),
        )
        .await;
    assert!(mail
        .text()
        .contains("Independent Miners' Union of Kryvbas (Yuri Samoilov)"));
    let api = app.api(OPEN).await;
    assert_eq!(api["counts"]["organization"], 1);
    assert_eq!(api["counts"]["individual"], 0);
    assert_eq!(api["counts"]["members"], 12000);
    let (_, page) = app.get_text(&format!("/petitions/{OPEN}/signatures")).await;
    assert!(
        page.contains("Independent Miners&#39; Union of Kryvbas")
            || page.contains("Independent Miners' Union of Kryvbas")
    );
    app.assert_counts_agree().await;
}

#[tokio::test]
async fn signing_twice_sends_the_confirmation_again_and_the_same_page() {
    let app = spawn_app().await;
    let first = app
        .sign_and_get_mail(OPEN, person("twice@example.org"))
        .await;
    let second = app
        .sign_and_get_mail(
            OPEN,
            with(person("twice@example.org"), "name", "Olena M. Kovalenko"),
        )
        .await;
    assert_eq!(
        app.signature_count().await,
        1,
        "one signature per petition and address"
    );
    // The latest details are what the signer confirms; both links work.
    assert!(second.text().contains("Olena M. Kovalenko"));
    assert_eq!(
        app.post(&app.confirm_path(&first)).await.status().as_u16(),
        200
    );
    assert_eq!(
        app.post(&app.confirm_path(&second)).await.status().as_u16(),
        200
    );
    assert_eq!(app.confirmed_total(OPEN).await, 1);
}

#[tokio::test]
async fn addresses_are_compared_without_regard_to_case() {
    let app = spawn_app().await;
    app.sign_and_get_mail(OPEN, person("Case@Example.org"))
        .await;
    app.sign_and_get_mail(OPEN, person("case@example.ORG"))
        .await;
    assert_eq!(app.signature_count().await, 1);
}

#[tokio::test]
async fn resends_are_capped_per_signature_per_day() {
    let app = spawn_app().await;
    let addr = "capped@example.org";
    for _ in 0..3 {
        app.sign_and_get_mail(OPEN, person(addr)).await;
    }
    // The fourth and fifth submissions get the same answer and no mail.
    for _ in 0..2 {
        let r = app.sign(OPEN, person(addr)).await;
        assert_eq!(r.status().as_u16(), 303);
    }
    app.settle_outbox().await;
    assert_eq!(app.mailbox().to(addr).len(), 3);
    // A day later the signer may ask again.
    app.clock.advance(chrono::TimeDelta::hours(25));
    app.sign_and_get_mail(OPEN, person(addr)).await;
    assert_eq!(app.mailbox().to(addr).len(), 4);
}

#[tokio::test]
async fn a_confirmed_signer_who_signs_again_is_told_so_and_counted_once() {
    let app = spawn_app().await;
    let addr = "again@example.org";
    app.sign_and_confirm(OPEN, person(addr)).await;
    let notice = app.sign_and_get_mail(OPEN, person(addr)).await;
    assert!(
        notice.subject().contains("already signed"),
        "{}",
        notice.subject()
    );
    assert!(
        notice.link(&format!("{}/confirm/", app.address)).is_none(),
        "nothing to confirm"
    );
    assert!(
        notice.link(&format!("{}/withdraw/", app.address)).is_some(),
        "a fresh way to withdraw"
    );
    assert_eq!(app.confirmed_total(OPEN).await, 1);
    assert_eq!(app.signature_count().await, 1);
}

#[tokio::test]
async fn organizations_are_one_per_name_and_country() {
    let app = spawn_app().await;
    app.sign_and_confirm(
        OPEN,
        organization("Miners' Union of Kryvbas", "UA", "a@example.org"),
    )
    .await;
    // Same organization, other spelling of case and spaces, another contact: the same signature.
    let r = app
        .sign(
            OPEN,
            organization("  miners' UNION   of kryvbas ", "UA", "b@example.org"),
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    // A namesake in another country is another organization.
    app.sign_and_confirm(
        OPEN,
        organization("Miners' Union of Kryvbas", "PL", "c@example.org"),
    )
    .await;
    app.settle_outbox().await;
    assert_eq!(app.signature_count().await, 2);
    assert_eq!(app.api(OPEN).await["counts"]["organization"], 2);
}

#[tokio::test]
async fn a_person_may_sign_for_themselves_and_for_their_organization() {
    let app = spawn_app().await;
    let addr = "both@example.org";
    app.sign_and_confirm(OPEN, person(addr)).await;
    app.sign_and_confirm(
        OPEN,
        organization("Strike committee of the Oktyabrskaya mine", "UA", addr),
    )
    .await;
    let api = app.api(OPEN).await;
    assert_eq!(api["counts"]["individual"], 1);
    assert_eq!(api["counts"]["organization"], 1);
}

#[tokio::test]
async fn only_consenting_signers_are_listed() {
    let app = spawn_app().await;
    app.sign_and_confirm(OPEN, person("listed@example.org"))
        .await;
    app.sign_and_confirm(
        OPEN,
        with(
            without(person("private@example.org"), "public"),
            "name",
            "Private Person",
        ),
    )
    .await;
    let (_, list) = app.get_text(&format!("/petitions/{OPEN}/signatures")).await;
    assert!(list.contains("Olena Kovalenko"));
    assert!(!list.contains("Private Person"));
    assert_eq!(app.confirmed_total(OPEN).await, 2, "both count");
}

#[tokio::test]
async fn a_withdrawn_signer_may_sign_afresh() {
    let app = spawn_app().await;
    let addr = "back@example.org";
    let mail = app.sign_and_confirm(OPEN, person(addr)).await;
    assert_eq!(
        app.post(&app.withdraw_path(&mail)).await.status().as_u16(),
        200
    );
    assert_eq!(app.confirmed_total(OPEN).await, 0);
    app.sign_and_confirm(OPEN, person(addr)).await;
    assert_eq!(app.confirmed_total(OPEN).await, 1);
    assert_eq!(
        app.signature_count().await,
        2,
        "the withdrawn row stays, erased"
    );
}

#[tokio::test]
async fn the_signers_language_is_stored() {
    let app = spawn_app().await;
    app.sign_and_get_mail(OPEN, person("lang@example.org"))
        .await;
    let lang = app
        .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE language = 'en'")
        .await;
    assert_eq!(lang, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_people_signing_at_once_are_all_stored_and_mailed() {
    let app = spawn_app().await;
    let token = app.fresh_form_token(OPEN).await;
    app.clock.advance(chrono::TimeDelta::seconds(5));
    let n = 60;
    let posts = (0..n).map(|i| {
        let form = with(
            person(&format!("crowd{i}@example.org")),
            "form_token",
            &token,
        );
        let app = &app;
        async move { app.post_sign(OPEN, &form).await.status().as_u16() }
    });
    let statuses = futures::future::join_all(posts).await;
    assert!(statuses.iter().all(|s| *s == 303), "{statuses:?}");
    assert_eq!(app.signature_count().await, n);
    app.drain_outbox().await;
    assert_eq!(app.mailbox().count(), n as usize, "one message each");
}

#[tokio::test]
async fn every_message_id_is_on_the_senders_domain() {
    let app = spawn_app().await;
    let first = app.sign_and_get_mail(OPEN, person("ids@example.org")).await;
    let second = app.sign_and_get_mail(OPEN, person("ids@example.org")).await;
    let id = |m: &ReceivedMail| m.parsed().message_id().map(str::to_owned).unwrap();
    for m in [&first, &second] {
        assert!(id(m).ends_with("@undersign.test"), "{}", id(m));
    }
    assert_ne!(id(&first), id(&second));
}
