//! Which language a person is served in, and that their email speaks it too.
use templates::Tr;

use testkit::*;

pub(crate) async fn page_in(app: &TestApp, path: &str, accept: &str) -> String {
    let r = app
        .client
        .get(app.url(path))
        .header("accept-language", accept)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200, "{path}");
    r.text().await.unwrap()
}

pub(crate) fn html_lang(page: &str) -> &str {
    value_after(page, "<html lang=\"")
}

#[tokio::test]
async fn a_ukrainian_browser_gets_ukrainian_pages_and_a_ukrainian_email() {
    let app = spawn_app().await;
    let uk = Tr::new("uk");
    assert_eq!(uk.lang(), "uk", "Ukrainian is a supported language");
    let accept = "uk-UA,uk;q=0.9,ru;q=0.7,en;q=0.5";

    let index = page_in(&app, "/", accept).await;
    assert_eq!(html_lang(&index), "uk");
    assert!(index.contains(&uk.t("index-heading")));
    let page = page_in(&app, &format!("/petitions/{OPEN}"), accept).await;
    assert_eq!(html_lang(&page), "uk");
    assert!(page.contains(&uk.t("sign-heading")));
    assert!(
        page.contains(UK_TITLE),
        "the declaration in its Ukrainian translation"
    );

    app.clock.advance(chrono::TimeDelta::seconds(5));
    let form = with(
        person("oksana@example.org"),
        "form_token",
        &form_token(&page),
    );
    let r = app
        .client
        .post(app.url(&format!("/petitions/{OPEN}/sign")))
        .header("accept-language", accept)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(serde_urlencoded::to_string(&form).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let stored = app
        .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE language = 'uk'")
        .await;
    assert_eq!(
        stored, 1,
        "the signer's language is stored with the signature"
    );
    let read_uk = app
        .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE text_language = 'uk'")
        .await;
    assert_eq!(read_uk, 1, "and so is the language version they read");

    let mail = app
        .wait_for_mail_to("oksana@example.org", 1)
        .await
        .remove(0);
    assert!(
        mail.text().contains(&uk.t("email-confirm-action")),
        "{}",
        mail.text()
    );
    assert_eq!(
        mail.subject(),
        uk.t_args("email-confirm-subject", &[("title", UK_TITLE.into())]),
        "the message names the petition by its Ukrainian title"
    );
    let thanks = page_in(&app, &format!("/petitions/{OPEN}/thanks"), accept).await;
    assert!(thanks.contains(&uk.t("thanks-heading")));
}

#[tokio::test]
async fn an_explicit_choice_beats_the_browser_and_is_remembered() {
    let app = spawn_app().await;
    // ?lang= wins over Accept-Language…
    let page = page_in(&app, "/?lang=de", "uk,en;q=0.5").await;
    assert_eq!(html_lang(&page), "de");
    // …and is remembered for the next page without it.
    let page = page_in(&app, "/", "uk,en;q=0.5").await;
    assert_eq!(html_lang(&page), "de");
    // A language nobody asked for and we do not have: the browser's next choice.
    let fresh = spawn_app().await;
    let page = page_in(&fresh, "/", "ja,pl;q=0.8,en;q=0.5").await;
    assert_eq!(html_lang(&page), "pl");
    // Nothing we have: English.
    let page = page_in(&fresh, "/", "ja").await;
    assert_eq!(html_lang(&page), "en");
}

#[tokio::test]
async fn every_page_links_every_language_by_its_own_name() {
    let app = spawn_app().await;
    let page = page_in(&app, &format!("/petitions/{OPEN}"), "fr").await;
    assert_eq!(html_lang(&page), "fr");
    for (code, name) in [
        ("en", "English"),
        ("de", "Deutsch"),
        ("es", "Español"),
        ("fr", "Français"),
        ("pl", "Polski"),
        ("ru", "Русский"),
        ("uk", "Українська"),
        ("hi", "हिन्दी"),
    ] {
        assert!(
            page.contains(&format!("href=\"?lang={code}\" lang=\"{code}\"")),
            "no link to {code}"
        );
        assert!(page.contains(name), "no {name}");
    }
}

#[tokio::test]
async fn choosing_a_language_on_a_form_sent_back_lands_on_the_petition() {
    let app = spawn_app().await;
    let r = app.get(&format!("/petitions/{OPEN}/sign?lang=pl")).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(
        r.headers()["location"],
        format!("/petitions/{OPEN}?lang=pl").as_str()
    );
    // Anything else in the query is not carried over.
    let r = app
        .get(&format!("/petitions/{OPEN}/sign?lang=%0d%0aX:1"))
        .await;
    assert_eq!(
        r.headers()["location"],
        format!("/petitions/{OPEN}").as_str()
    );
}

/// What a message missing from a catalog renders as: its id ("sign-heading"), as the text of
/// an element or an accessible name.
fn message_ids_shown(html: &str, slugs: &[&str]) -> Vec<String> {
    let looks_like_id = |t: &str| {
        t.contains('-')
            && t.starts_with(|c: char| c.is_ascii_lowercase())
            && !t.starts_with('-')
            && !t.ends_with('-')
            && t.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !slugs.contains(&t)
    };
    let texts = html
        .split('>')
        .filter_map(|s| s.split('<').next())
        .map(str::trim);
    let names = ["aria-label=\"", "content=\"", "placeholder=\"", "title=\""]
        .iter()
        .flat_map(|attr| html.split(attr).skip(1))
        .filter_map(|s| s.split('"').next());
    texts
        .chain(names)
        .filter(|t| looks_like_id(t))
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn every_page_and_email_in_every_language_has_all_its_messages() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let slugs = [OPEN, CLOSED, ORGS_ONLY, DRAFT, CLOSING];
    let check = |what: String, html: String| {
        let shown = message_ids_shown(&html, &slugs);
        assert!(shown.is_empty(), "{what}: missing messages {shown:?}");
    };
    for lang in templates::i18n::SUPPORTED {
        // The language is chosen once and remembered, as a person's would be.
        let (status, index) = app.get_text(&format!("/?lang={lang}")).await;
        assert_eq!(status, 200);
        assert_eq!(html_lang(&index), *lang);
        check(format!("index ({lang})"), index);
        let mail = app
            .sign_and_confirm(OPEN, person(&format!("signer-{lang}@example.org")))
            .await;
        assert!(
            message_ids_shown(&mail.text(), &slugs).is_empty()
                && message_ids_shown(&mail.html(), &slugs).is_empty()
                && !mail.subject().contains("email-"),
            "the email in {lang}: {}",
            mail.text()
        );
        let mut paths = vec![
            format!("/petitions/{OPEN}"),
            format!("/petitions/{CLOSED}"),
            format!("/petitions/{ORGS_ONLY}"),
            format!("/petitions/{OPEN}/signatures"),
            format!("/petitions/{OPEN}/thanks"),
            app.confirm_path(&mail),
            app.withdraw_path(&mail),
            "/admin/login".to_owned(),
        ];
        for path in paths.drain(..) {
            let (status, html) = app.get_text(&path).await;
            assert_eq!(status, 200, "{path}");
            assert_eq!(html_lang(&html), *lang, "{path}");
            check(format!("{path} ({lang})"), html);
        }
        // A form sent back with every field wrong.
        app.clock.advance(chrono::TimeDelta::seconds(5));
        let token = app.fresh_form_token(OPEN).await;
        app.clock.advance(chrono::TimeDelta::seconds(5));
        let bad = vec![
            ("kind", "individual".to_owned()),
            ("name", "".to_owned()),
            ("email", "not an address".to_owned()),
            ("country", "XX".to_owned()),
            ("form_token", token),
        ];
        let r = app.post_sign(OPEN, &bad).await;
        assert_eq!(r.status().as_u16(), 422);
        check(format!("sent-back form ({lang})"), r.text().await.unwrap());
    }
    login(&app).await;
    for lang in templates::i18n::SUPPORTED {
        for path in [
            format!("/admin?lang={lang}"),
            format!("/admin/petitions/{OPEN}?q=signer"),
            format!("/admin/petitions/{OPEN}/edit"),
            "/admin/petitions/new".to_owned(),
            format!("/admin/petitions/{OPEN}/delivery?lang={lang}"),
        ] {
            let (status, html) = app.get_text(&path).await;
            assert_eq!(status, 200, "{path}");
            assert_eq!(html_lang(&html), *lang, "{path}");
            check(format!("{path} ({lang})"), html);
        }
    }
}
