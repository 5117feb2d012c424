//! Declarations in several languages: which version a reader is shown and what the page says
//! about it, which version a signature records, what organizers see and deliver, and what
//! happens to a translation when its original changes.
use templates::Tr;

use crate::languages::{html_lang, page_in};
use testkit::*;

const EN_TITLE: &str = "Stop the reprisals against the miners of Krivoy Rog";

/// The `lang` of the declaration's text on a petition page.
fn text_lang(page: &str) -> &str {
    value_after(page, "<article class=\"declaration\" lang=\"")
}

fn version_link(slug: &str, lang: &str, current: bool) -> String {
    let name = templates::i18n::language_name(lang);
    let current = if current {
        " aria-current=\"true\""
    } else {
        ""
    };
    format!("<a href=\"/petitions/{slug}?lang={lang}\" lang=\"{lang}\" hreflang=\"{lang}\"{current}>{name}</a>")
}

fn note(lang: &str, key: &str) -> String {
    Tr::new(lang).t_args(key, &[("language", "English".into())])
}

#[tokio::test]
async fn a_reader_with_no_translation_gets_the_original_with_a_note_and_every_version_linked() {
    let app = spawn_app().await;
    let page = page_in(&app, &format!("/petitions/{OPEN}"), "de").await;
    assert_eq!(html_lang(&page), "de");
    assert_eq!(text_lang(&page), "en", "the original, marked as English");
    assert!(page.contains(EN_TITLE));
    assert!(!page.contains(UK_TITLE));
    assert!(page.contains(&note("de", "declaration-untranslated")));
    assert!(!page.contains(&note("de", "declaration-translated")));
    assert!(page.contains(&version_link(OPEN, "en", true)), "{page}");
    assert!(page.contains(&version_link(OPEN, "uk", false)));

    // The page in the original's language needs no note; the versions are still linked.
    let page = page_in(&app, &format!("/petitions/{OPEN}?lang=en"), "de").await;
    assert_eq!(html_lang(&page), "en");
    assert!(!page.contains(&note("en", "declaration-untranslated")));
    assert!(!page.contains(&note("en", "declaration-translated")));
    assert!(page.contains(&version_link(OPEN, "uk", false)));

    // A declaration nobody has translated: no list of one version, and the note in German.
    let page = page_in(&app, &format!("/petitions/{CLOSED}?lang=de"), "de").await;
    assert!(page.contains(&note("de", "declaration-untranslated")));
    assert!(!page.contains("versions-label"));
}

#[tokio::test]
async fn a_translation_is_shown_in_its_language_and_says_it_is_one() {
    let app = spawn_app().await;
    let page = page_in(&app, &format!("/petitions/{OPEN}?lang=uk"), "en").await;
    assert_eq!(html_lang(&page), "uk");
    assert_eq!(text_lang(&page), "uk");
    assert!(page.contains(&format!("<h1>{UK_TITLE}</h1>")));
    assert!(page.contains("Уряд України"), "its own addressees");
    assert!(
        page.contains("<strong>припинитися</strong>"),
        "its Markdown rendered"
    );
    assert!(
        !page.contains("<script>alert"),
        "and sanitised like the original"
    );
    assert!(!page.contains(EN_TITLE));
    assert!(page.contains(&note("uk", "declaration-translated")));
    assert!(page.contains(&version_link(OPEN, "en", false)));
    assert!(page.contains(&version_link(OPEN, "uk", true)));
    assert!(page.contains("name=\"text_language\" value=\"uk\""));
    let api = app.api(OPEN).await;
    assert_eq!(api["language"], "en");
    assert_eq!(api["title"], EN_TITLE, "the API speaks of the original");
    assert_eq!(api["translations"], serde_json::json!(["uk"]));
    assert_eq!(app.api(CLOSED).await["translations"], serde_json::json!([]));

    // The index shows each petition in the reader's language where it can, and marks the
    // language of what it shows.
    let index = page_in(&app, "/?lang=uk", "en").await;
    assert!(index.contains(&format!(
        "<h3 lang=\"uk\"><a href=\"/petitions/{OPEN}\">{UK_TITLE}</a>"
    )));
    assert!(index.contains("<h3 lang=\"en\"><a href=\"/petitions/test-orgs-only\">"));
    let index = page_in(&app, "/?lang=pl", "en").await;
    assert!(index.contains(&format!(
        "<h3 lang=\"en\"><a href=\"/petitions/{OPEN}\">{EN_TITLE}</a>"
    )));
}

#[tokio::test]
async fn the_version_a_person_read_is_recorded_with_their_signature() {
    let app = spawn_app().await;
    let stored = |email: &'static str| {
        let app = &app;
        async move {
            let row = app
                .scalar(&format!(
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE email = '{email}' AND text_language = 'uk' AND language = 'en'"
                ))
                .await;
            let en = app
                .scalar(&format!(
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE email = '{email}' AND text_language = 'en'"
                ))
                .await;
            (row, en)
        }
    };
    // Read in Ukrainian, posted by a browser that asks for English and sends no cookie: the
    // form says which text was on the screen.
    let page = page_in(&app, &format!("/petitions/{OPEN}?lang=uk"), "en").await;
    app.clock.advance(chrono::TimeDelta::seconds(5));
    let form = with(
        with(
            person("read-uk@example.org"),
            "form_token",
            &form_token(&page),
        ),
        "text_language",
        "uk",
    );
    let r = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(app.url(&format!("/petitions/{OPEN}/sign")))
        .header("accept-language", "en")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(serde_urlencoded::to_string(&form).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(stored("read-uk@example.org").await, (1, 0));

    // A version the petition does not have is not recorded: the one this request would be
    // shown is.
    for (email, claimed) in [
        ("claims-de@example.org", "de"),
        ("claims-junk@example.org", "<script>"),
    ] {
        let r = app
            .sign(OPEN, with(person(email), "text_language", claimed))
            .await;
        assert_eq!(r.status().as_u16(), 303);
    }
    // (This client's cookie remembers Ukrainian from the page above.)
    let uk_by_cookie = app
        .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE email LIKE 'claims-%' AND text_language = 'uk'")
        .await;
    assert_eq!(uk_by_cookie, 2);
    let nothing_else = app
        .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE text_language NOT IN ('en', 'uk') OR text_language IS NULL")
        .await;
    assert_eq!(nothing_else, 0);

    // A form sent back keeps the version it was filled in beside.
    let page = page_in(&app, &format!("/petitions/{OPEN}?lang=uk"), "en").await;
    app.clock.advance(chrono::TimeDelta::seconds(5));
    let bad = with(
        with(person("not an address"), "form_token", &form_token(&page)),
        "text_language",
        "uk",
    );
    let r = app.post_sign(OPEN, &bad).await;
    assert_eq!(r.status().as_u16(), 422);
    let page = r.text().await.unwrap();
    assert_eq!(text_lang(&page), "uk");
    assert!(page.contains("name=\"text_language\" value=\"uk\""));
}

#[tokio::test]
async fn a_translation_of_an_older_text_is_hidden_until_it_is_imported_again() {
    let app = spawn_app().await;
    let dir = app.dir.path().join("declarations");
    let dirs = [dir.clone()];
    let import = || undersign::declarations::import(&app.state.store, &dirs, app.clock.now());
    let outcome_of = |results: &[(
        std::path::PathBuf,
        Result<undersign::store::petitions::UpsertOutcome, undersign::declarations::ImportError>,
    )],
                      name: &str| {
        results
            .iter()
            .find(|(f, _)| f.file_name().unwrap() == name)
            .map(|(_, r)| format!("{:?}", r.as_ref().unwrap()))
            .unwrap()
    };
    let original = dir.join(format!("{OPEN}.md"));
    let text = std::fs::read_to_string(&original).unwrap();
    std::fs::write(
        &original,
        text.replace("must **stop**", "must **stop at once**"),
    )
    .unwrap();
    let results = import().await;
    assert_eq!(outcome_of(&results, &format!("{OPEN}.md")), "Updated");
    assert_eq!(outcome_of(&results, &format!("{OPEN}.uk.md")), "Outdated");

    // A Ukrainian reader now gets the original, with the note, rather than a translation of
    // words the petition no longer says.
    let page = page_in(&app, &format!("/petitions/{OPEN}?lang=uk"), "uk").await;
    assert_eq!(text_lang(&page), "en");
    assert!(!page.contains(UK_TITLE));
    assert!(page.contains(&note("uk", "declaration-untranslated")));
    let r = app
        .sign(
            OPEN,
            with(person("after@example.org"), "text_language", "uk"),
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let read = app
        .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE email = 'after@example.org' AND text_language = 'en'")
        .await;
    assert_eq!(read, 1, "signed the original, not the stale translation");

    // The organizers see why.
    add_organizer(&app).await;
    login(&app).await;
    let (_, admin) = app
        .get_text(&format!("/admin/petitions/{OPEN}?lang=en"))
        .await;
    assert!(admin.contains(&Tr::new("en").t("admin-language-outdated")));

    // The translator brings it up to date.
    let translation = dir.join(format!("{OPEN}.uk.md"));
    let text = std::fs::read_to_string(&translation).unwrap();
    std::fs::write(
        &translation,
        text.replace("**припинитися**", "**негайно припинитися**"),
    )
    .unwrap();
    let results = import().await;
    assert_eq!(outcome_of(&results, &format!("{OPEN}.md")), "Unchanged");
    assert_eq!(outcome_of(&results, &format!("{OPEN}.uk.md")), "Updated");
    let page = page_in(&app, &format!("/petitions/{OPEN}?lang=uk"), "uk").await;
    assert_eq!(text_lang(&page), "uk");
    assert!(page.contains("<strong>негайно припинитися</strong>"));
}

#[tokio::test]
async fn translations_that_cannot_be_stored_are_refused_with_the_reason() {
    let app = spawn_app().await;
    let dir = app.dir.path().join("more");
    std::fs::create_dir_all(&dir).unwrap();
    let file = |name: &str, slug: &str, lang: &str| {
        std::fs::write(
            dir.join(name),
            format!("+++\ntranslation_of = \"{slug}\"\nlanguage = \"{lang}\"\ntitle = \"Titel\"\n+++\nText.\n"),
        )
        .unwrap();
    };
    file("nobody.de.md", "no-such-petition", "de");
    file("same.en.md", OPEN, "en");
    file("belarusian.be.md", OPEN, "be");
    let results = undersign::declarations::import(
        &app.state.store,
        std::slice::from_ref(&dir),
        app.clock.now(),
    )
    .await;
    let errors: Vec<String> = results
        .iter()
        .map(|(_, r)| r.as_ref().expect_err("refused").to_string())
        .collect();
    assert_eq!(errors.len(), 3);
    for (name, reason) in [
        ("nobody.de.md", "import its declaration first"),
        (
            "same.en.md",
            "is the language the declaration is written in",
        ),
        ("belarusian.be.md", "has no catalog"),
    ] {
        assert!(
            errors
                .iter()
                .any(|e| e.contains(name) && e.contains(reason)),
            "{name}: {errors:?}"
        );
    }
    let stored = app
        .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM petition_translations")
        .await;
    assert_eq!(
        stored, 1,
        "only the Ukrainian translation every test app has"
    );
}

#[tokio::test]
async fn organizers_see_which_version_was_read_and_deliver_in_either_language() {
    let app = spawn_app().await;
    app.sign_and_confirm(OPEN, with(person("uk@example.org"), "text_language", "uk"))
        .await;
    app.sign_and_confirm(OPEN, person("en@example.org")).await;
    add_organizer(&app).await;
    login(&app).await;

    // A German dashboard lists both versions with their readers.
    let (status, admin) = app
        .get_text(&format!("/admin/petitions/{OPEN}?lang=de"))
        .await;
    assert_eq!(status, 200);
    let de = Tr::new("de");
    assert!(admin.contains(&de.t("admin-languages-heading")));
    assert!(admin.contains(&format!("/admin/petitions/{OPEN}/delivery?lang=uk")));
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE status = 'confirmed' AND text_language = 'uk'").await,
        1
    );

    // The delivery document is in the declaration's language, whatever the dashboard speaks…
    let (status, doc) = app
        .get_text(&format!("/admin/petitions/{OPEN}/delivery"))
        .await;
    assert_eq!(status, 200);
    assert_eq!(html_lang(&doc), "en");
    assert!(doc.contains(EN_TITLE));
    assert!(doc.contains("Ukraine"));
    // …or in a translation's, with the translated text, country names and headings.
    let (_, doc) = app
        .get_text(&format!("/admin/petitions/{OPEN}/delivery?lang=uk"))
        .await;
    assert_eq!(html_lang(&doc), "uk");
    assert!(doc.contains(UK_TITLE));
    assert!(doc.contains("Україна"));
    assert!(doc.contains(&note("uk", "declaration-translated")));

    // The CSV names countries the same way.
    let csv = app
        .get(&format!(
            "/admin/petitions/{OPEN}/export.csv?format=delivery&lang=uk"
        ))
        .await
        .text()
        .await
        .unwrap();
    assert!(csv.contains(",UA,Україна,"), "{csv}");
}

#[tokio::test]
async fn signatures_from_before_translations_are_recorded_as_reading_the_original() {
    use migrations::MigratorTrait;
    let app = spawn_app().await;
    app.sign_and_confirm(OPEN, person("early@example.org"))
        .await;
    app.sign_and_confirm(CLOSING, person("early@example.org"))
        .await;
    // Back to the schema before translations, and forward again: the migration fills in
    // what every earlier signer read.
    let db = sea_orm::Database::connect(app.settings.database.url.as_str())
        .await
        .unwrap();
    // Down to the fourth migration, whatever has been added since the fifth.
    let since = migrations::Migrator::migrations().len() - 4;
    migrations::Migrator::down(&db, Some(since as u32))
        .await
        .unwrap();
    migrations::Migrator::up(&db, None).await.unwrap();
    db.close().await.unwrap();
    let original = app
        .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE text_language = 'en'")
        .await;
    assert_eq!(original, 2);
    assert_eq!(app.signature_count().await, 2);
}

#[tokio::test]
async fn an_original_in_a_language_without_a_catalog_is_linked_and_shown_when_asked_for() {
    let app = spawn_app().await;
    let dir = app.dir.path().join("belarusian");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("be-appeal.md"),
        "+++\nslug = \"be-appeal\"\ntitle = \"Салідарнасць з шахцёрамі Салігорска\"\naddressees = [\"Шахцёры Салігорска\"]\nauthor = \"Рабочы рух\"\nlanguage = \"be\"\n+++\nМы з вамі.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("be-appeal.en.md"),
        "+++\ntranslation_of = \"be-appeal\"\nlanguage = \"en\"\ntitle = \"Solidarity with the miners of Soligorsk\"\n+++\nWe are with you.\n",
    )
    .unwrap();
    let results = undersign::declarations::import(
        &app.state.store,
        std::slice::from_ref(&dir),
        app.clock.now(),
    )
    .await;
    assert!(results.iter().all(|(_, r)| r.is_ok()), "{results:?}");

    // An English reader gets the translation, told where it comes from; the original is
    // linked by its tag, as there is no name for it in the catalogs.
    let page = page_in(&app, "/petitions/be-appeal", "en").await;
    assert_eq!(text_lang(&page), "en");
    assert!(page.contains("Solidarity with the miners of Soligorsk"));
    assert!(page
        .contains(&Tr::new("en").t_args("declaration-translated", &[("language", "be".into())])));
    assert!(page.contains(&version_link("be-appeal", "be", false)));

    // Following that link shows the original, in an English page.
    let page = page_in(&app, "/petitions/be-appeal?lang=be", "en").await;
    assert_eq!(html_lang(&page), "en");
    assert_eq!(text_lang(&page), "be");
    assert!(page.contains("Салідарнасць з шахцёрамі Салігорска"));
    assert!(page.contains(&version_link("be-appeal", "be", true)));
    assert!(page.contains("name=\"text_language\" value=\"be\""));

    // And signing from it records the original.
    app.clock.advance(chrono::TimeDelta::seconds(5));
    let form = with(
        with(person("be@example.org"), "form_token", &form_token(&page)),
        "text_language",
        "be",
    );
    assert_eq!(
        app.post_sign("be-appeal", &form).await.status().as_u16(),
        303
    );
    let read = app
        .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE email = 'be@example.org' AND text_language = 'be'")
        .await;
    assert_eq!(read, 1);
}
