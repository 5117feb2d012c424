//! Who sees a signer's name (issue 14, part 1): `public` (the public list and the
//! delivery), `addressees` (the delivery only) and `anonymous` (counted only), chosen by the
//! signer among what the petition offers, and obeyed by everything downstream.
use testkit::*;

/// A person's form with the level chosen, and no "public list" box.
fn at_level(email: &str, name: &str, level: &str) -> Vec<(&'static str, String)> {
    with(
        with(without(person(email), "public"), "name", name),
        "visibility",
        level,
    )
}

fn csv_rows(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::ReaderBuilder::new().from_reader(&bytes[3..]);
    let header = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

#[tokio::test]
async fn each_level_reaches_exactly_whom_it_should() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    for (email, name, level) in [
        ("pub@example.org", "Olena Public", "public"),
        ("addr@example.org", "Petro Addressees", "addressees"),
        ("anon@example.org", "Ivan Anonymous", "anonymous"),
        ("anon2@example.org", "Maria Anonymous", "anonymous"),
    ] {
        app.sign_and_confirm(OPEN, at_level(email, name, level))
            .await;
    }
    // Counts include everyone; the API names nobody.
    assert_eq!(app.confirmed_total(OPEN).await, 4);
    let api = app.get_text(&format!("/api/petitions/{OPEN}")).await.1;
    assert!(!api.contains("Anonymous") && !api.contains("Olena"));
    // The public pages name only the public signer.
    for path in [
        format!("/petitions/{OPEN}"),
        format!("/petitions/{OPEN}/signatures"),
    ] {
        let (_, page) = app.get_text(&path).await;
        assert!(page.contains("Olena Public"), "{path}");
        assert!(
            !page.contains("Petro") && !page.contains("Anonymous"),
            "{path}"
        );
    }
    login(&app).await;
    // The delivery list: public and addressees, numbered without gaps; nothing of the
    // anonymous signers.
    let r = app
        .get(&format!(
            "/admin/petitions/{OPEN}/export.csv?format=delivery"
        ))
        .await;
    let bytes = r.bytes().await.unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains("Anonymous"));
    let (_, rows) = csv_rows(&bytes);
    let listed: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[0].as_str(), r[2].as_str()))
        .collect();
    assert_eq!(listed, [("1", "Olena Public"), ("2", "Petro Addressees")]);
    // The organizers' list has everyone, with the level.
    let r = app
        .get(&format!("/admin/petitions/{OPEN}/export.csv?format=full"))
        .await;
    let (header, rows) = csv_rows(&r.bytes().await.unwrap());
    let column = header.iter().position(|h| h == "visibility").unwrap();
    let levels: Vec<&str> = rows.iter().map(|r| r[column].as_str()).collect();
    assert_eq!(levels, ["public", "addressees", "anonymous", "anonymous"]);
    // The delivery document: the named ones, and how many more signed without names.
    let (_, doc) = app
        .get_text(&format!("/admin/petitions/{OPEN}/delivery"))
        .await;
    assert!(doc.contains("Olena Public") && doc.contains("Petro Addressees"));
    assert!(!doc.contains("Anonymous"));
    assert!(
        doc.contains("and 2 further people signed without their names"),
        "{doc}"
    );
    assert!(doc.contains("Ukraine (4)"), "the country counts everyone");
    // Organizers still find an anonymous signer, to moderate.
    let (_, found) = app
        .get_text(&format!("/admin/petitions/{OPEN}?q=Ivan"))
        .await;
    assert!(found.contains("Ivan Anonymous"));
}

#[tokio::test]
async fn the_old_public_box_means_public_and_no_choice_means_the_petitions_default() {
    let app = spawn_app().await;
    app.sign_and_confirm(OPEN, person("ticked@example.org"))
        .await;
    app.sign_and_confirm(OPEN, without(person("unticked@example.org"), "public"))
        .await;
    // An explicit level wins over the box.
    app.sign_and_confirm(
        OPEN,
        with(person("both@example.org"), "visibility", "anonymous"),
    )
    .await;
    let level = |email: &str| {
        format!("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE email = '{email}' AND visibility = ")
    };
    assert_eq!(
        app.scalar(&(level("ticked@example.org") + "'public'"))
            .await,
        1
    );
    assert_eq!(
        app.scalar(&(level("unticked@example.org") + "'addressees'"))
            .await,
        1
    );
    assert_eq!(
        app.scalar(&(level("both@example.org") + "'anonymous'"))
            .await,
        1
    );
    // `public` stays in step, for the full export's column.
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE public")
            .await,
        1
    );
}

#[tokio::test]
async fn a_level_the_petition_does_not_offer_is_refused_and_nothing_is_stored() {
    let app = spawn_app().await;
    // A letter to a regime that jails signers: names go nowhere.
    let file = app.dir.path().join("only-anonymous.md");
    std::fs::write(
        &file,
        "+++\nslug = \"only-anonymous\"\ntitle = \"Free the strike committee\"\naddressees = [\"The government\"]\nauthor = \"IMCG\"\nlanguage = \"en\"\nvisibility = [\"anonymous\"]\n+++\nFree them.\n",
    )
    .unwrap();
    let imported =
        undersign::declarations::import(&app.state.store, &[file], app.clock.now()).await;
    assert!(imported[0].1.is_ok(), "{:?}", imported[0].1);
    for form in [
        person("boxed@example.org"),
        at_level("chosen@example.org", "Chosen", "addressees"),
        at_level("odd@example.org", "Odd", "everyone"),
    ] {
        let r = app.sign("only-anonymous", form).await;
        assert_eq!(r.status().as_u16(), 422);
        let page = r.text().await.unwrap();
        assert!(
            page.contains("Please choose who may see your name from the choices offered."),
            "{page}"
        );
    }
    assert_eq!(app.signature_count().await, 0);
    assert_eq!(app.outbox_count().await, 0);
    // Without a choice, the only level offered.
    app.sign_and_confirm(
        "only-anonymous",
        without(person("quiet@example.org"), "public"),
    )
    .await;
    assert_eq!(
        app.scalar(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE visibility = 'anonymous'"
        )
        .await,
        1
    );
}

#[tokio::test]
async fn signatures_from_before_keep_what_their_signers_agreed_to() {
    use migrations::MigratorTrait;
    let app = spawn_app().await;
    app.sign_and_confirm(OPEN, person("was-public@example.org"))
        .await;
    app.sign_and_confirm(OPEN, without(person("was-not@example.org"), "public"))
        .await;
    // Back before levels existed (the old `public` flag is all there is), and forward.
    let db = sea_orm::Database::connect(app.settings.database.url.as_str())
        .await
        .unwrap();
    // Down to the sixth migration, whatever has been added since the seventh.
    let since = migrations::Migrator::migrations().len() - 6;
    migrations::Migrator::down(&db, Some(since as u32))
        .await
        .unwrap();
    migrations::Migrator::up(&db, None).await.unwrap();
    db.close().await.unwrap();
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE email = 'was-public@example.org' AND visibility = 'public'").await,
        1
    );
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE email = 'was-not@example.org' AND visibility = 'addressees'").await,
        1
    );
    // Petitions offer every level, `addressees` preselected.
    let p = undersign::store::petitions::by_slug(app.state.store.reader(), OPEN)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(p.visibility, undersign::domain::VisibilityOffer::default());
}

#[tokio::test]
async fn the_emails_and_the_confirm_page_say_who_may_see_the_name() {
    let app = spawn_app().await;
    let mail = app
        .sign_and_get_mail(OPEN, at_level("told@example.org", "Told", "addressees"))
        .await;
    let text = mail.text().replace("\r\n", "\n");
    assert!(
        text.contains("Who may see your name? Only the addressees. Handed to the addressees"),
        "{text}"
    );
    // The confirm page offers the level chosen and the more private one, never a more
    // public one.
    let (_, page) = app.get_text(&app.confirm_path(&mail)).await;
    assert!(page.contains(r#"value="addressees" checked"#), "{page}");
    assert!(page.contains(r#"value="anonymous""#));
    assert!(!page.contains(r#"value="public""#));
    app.post(&app.confirm_path(&mail)).await;
    // Signing again: the "already signed" email says it too.
    let again = app
        .sign_and_get_mail(OPEN, at_level("told@example.org", "Told", "addressees"))
        .await;
    assert!(again
        .text()
        .replace("\r\n", "\n")
        .contains("Who may see your name? Only the addressees."));
}

#[tokio::test]
async fn confirming_can_make_a_signature_more_private_never_more_public() {
    let app = spawn_app().await;
    let app = &app;
    let level = |email: &'static str| async move {
        let db = app.state.store.reader();
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        undersign::entities::signatures::Entity::find()
            .filter(undersign::entities::signatures::Column::Email.eq(email))
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .visibility
    };
    let confirm_with = |path: String, v: &'static str| {
        app.client
            .post(app.url(&path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!("visibility={v}"))
            .send()
    };
    use undersign::domain::Visibility;
    // Pressing Confirm with a more private level moves it there.
    let mail = app
        .sign_and_get_mail(OPEN, at_level("lower@example.org", "Lower", "addressees"))
        .await;
    let r = confirm_with(app.confirm_path(&mail), "anonymous")
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(level("lower@example.org").await, Visibility::Anonymous);
    // A more public one is ignored: it would need a fresh confirmation.
    let mail = app
        .sign_and_get_mail(OPEN, at_level("higher@example.org", "Higher", "anonymous"))
        .await;
    let r = confirm_with(app.confirm_path(&mail), "public")
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(level("higher@example.org").await, Visibility::Anonymous);
    // After confirming, the link still lowers it.
    let mail = app
        .sign_and_get_mail(OPEN, at_level("later@example.org", "Later", "public"))
        .await;
    app.post(&app.confirm_path(&mail)).await;
    assert_eq!(level("later@example.org").await, Visibility::Public);
    confirm_with(app.confirm_path(&mail), "addressees")
        .await
        .unwrap();
    assert_eq!(level("later@example.org").await, Visibility::Addressees);
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE public")
            .await,
        0,
        "public moves with it"
    );
    assert_eq!(app.confirmed_total(OPEN).await, 3);
}

#[tokio::test]
async fn organizers_choose_the_levels_a_petition_offers() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    let (_, page) = app.get_text(&format!("/admin/petitions/{OPEN}/edit")).await;
    let base = |offered: &[(&'static str, &'static str)], default: &'static str| {
        let mut form: Vec<(&str, String)> = vec![
            ("csrf", csrf.clone()),
            ("title", unescape(&field(&page, "title"))),
            ("summary", "Summary.".into()),
            (
                "addressees",
                "The Ukrainian Government\nThe management of the Krivoy Rog mines".into(),
            ),
            ("author", "IMCG".into()),
            ("language", "en".into()),
            ("accepts_individuals", "on".into()),
            ("accepts_organizations", "on".into()),
            ("body", "The reprisals must stop.".into()),
            ("default_visibility", default.into()),
            ("action", "save".into()),
        ];
        form.extend(offered.iter().map(|(k, v)| (*k, v.to_string())));
        form
    };
    let post = |form: Vec<(&'static str, String)>| {
        let body = serde_urlencoded::to_string(&form).unwrap();
        app.client
            .post(app.url(&format!("/admin/petitions/{OPEN}/edit")))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    // None offered, or a default that is not offered: refused, nothing changes.
    for form in [
        base(&[], "addressees"),
        base(&[("visibility_anonymous", "on")], "public"),
    ] {
        let r = post(form).await.unwrap();
        assert_eq!(r.status().as_u16(), 422);
    }
    // "Nobody" alone: the form then says so and sends it.
    let r = post(base(&[("visibility_anonymous", "on")], "anonymous"))
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let (_, petition) = app.get_text(&format!("/petitions/{OPEN}")).await;
    assert!(petition.contains("This petition takes signatures only like this:"));
    assert!(petition.contains(r#"type="hidden" name="visibility" value="anonymous""#));
    assert!(!petition.contains(r#"type="radio" name="visibility""#));
}
