//! Browser tests: Debian's chromium, driven through chromedriver by fantoccini, against the
//! real service on a random port and the test SMTP server, as a person on a phone would use
//! it. Ignored by a plain `cargo test` (a fresh machine has no browser); `.ci/run` installs
//! chromium, chromium-driver and axe-core and runs them with `--include-ignored`.
//!
//! Screenshots go to `target/screenshots/`, at phone (390 px) and desktop (1280 px) widths.
mod browser;

use browser::{Browser, DESKTOP, PHONE};
use testkit::*;

/// A shipped declaration, so the screenshots show a real page.
const PETITION: &str = "krivoy-rog-protest";

async fn app_with_shipped_declarations() -> TestApp {
    app()
        .settings(|s| {
            s.petitions.import_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/declarations").into();
        })
        .spawn()
        .await
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver: see .ci/run"]
async fn a_person_signs_on_a_phone_confirms_and_sees_the_count_rise() {
    let app = app_with_shipped_declarations().await;
    let b = Browser::start(PHONE).await;
    b.goto(&app.url(&format!("/petitions/{PETITION}"))).await;
    b.screenshot_full("phone-petition").await;
    assert_eq!(b.text("div.progress strong").await, "0");

    // A person reads for a while before signing: the fill-time check must see that.
    app.clock.advance(chrono::TimeDelta::seconds(30));
    b.fill("#i-name", "Олена Коваленко").await;
    b.fill("#i-email", "olena@example.org").await;
    b.select("#i-country", "UA").await;
    b.fill("#i-city", "Кривий Ріг").await;
    b.fill("#i-occupation", "underground miner").await;
    b.fill("#i-comment", "Ми з вами!").await;
    b.click("#i-visibility-public").await;
    b.screenshot("phone-form-filled").await;
    b.click("form.signing button[type=submit]").await;

    b.wait_for_path(&format!("/petitions/{PETITION}/thanks"))
        .await;
    b.screenshot_full("phone-thanks").await;

    let mail = app.wait_for_mail_to("olena@example.org", 1).await.remove(0);
    let link = mail
        .link(&format!("{}/confirm/", app.address))
        .expect("a confirm link");
    b.goto(&link).await;
    b.screenshot_full("phone-confirm").await;
    b.click("main form button[type=submit]").await;
    b.wait_for_text("h1", "your signature counts").await;
    b.screenshot_full("phone-confirmed").await;

    b.goto(&app.url(&format!("/petitions/{PETITION}"))).await;
    assert_eq!(b.text("div.progress strong").await, "1");
    assert!(b.page_text().await.contains("Олена Коваленко"));
    b.screenshot_full("phone-petition-signed").await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver: see .ci/run"]
async fn a_ukrainian_browser_reads_signs_and_is_written_to_in_ukrainian() {
    let app = app_with_shipped_declarations().await;
    let b = Browser::start_in(PHONE, "uk-UA").await;
    b.goto(&app.url(&format!("/petitions/{PETITION}"))).await;
    assert_eq!(b.attr("html", "lang").await.as_deref(), Some("uk"));
    assert_eq!(
        b.attr("article.declaration", "lang").await.as_deref(),
        Some("uk")
    );
    let uk_title = b.text("h1").await;
    assert!(uk_title.contains("Кривого Рогу"), "{uk_title}");
    b.screenshot_full("phone-uk-petition").await;

    // The original is a tap away, and back.
    b.click("nav.versions a[hreflang=en]").await;
    b.wait_for_text("h1", "Krivoy Rog").await;
    assert_eq!(b.attr("html", "lang").await.as_deref(), Some("en"));
    b.click("nav.versions a[hreflang=uk]").await;
    b.wait_for_text("h1", "Кривого Рогу").await;

    app.clock.advance(chrono::TimeDelta::seconds(30));
    b.fill("#i-name", "Оксана Мельник").await;
    b.fill("#i-email", "oksana@example.org").await;
    b.select("#i-country", "UA").await;
    b.fill("#i-occupation", "машиністка підйому, шахта «Жовтнева»")
        .await;
    b.click("form.signing button[type=submit]").await;
    b.wait_for_path(&format!("/petitions/{PETITION}/thanks"))
        .await;
    assert_eq!(b.attr("html", "lang").await.as_deref(), Some("uk"));

    let mail = app
        .wait_for_mail_to("oksana@example.org", 1)
        .await
        .remove(0);
    assert!(
        mail.subject().contains(&uk_title),
        "the subject names the Ukrainian text: {}",
        mail.subject()
    );
    let uk = templates::Tr::new("uk");
    assert!(mail.text().contains(&uk.t("email-confirm-action")));
    let link = mail
        .link(&format!("{}/confirm/", app.address))
        .expect("a confirm link");
    b.goto(&link).await;
    b.click("main form button[type=submit]").await;
    b.wait_for_text("h1", &uk.t("confirmed-heading")).await;
    b.screenshot_full("phone-uk-confirmed").await;
    let stored = app
        .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE status = 'confirmed' AND language = 'uk' AND text_language = 'uk'")
        .await;
    assert_eq!(stored, 1, "her language and the version she read");
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver: see .ci/run"]
async fn a_ukrainian_miner_signs_anonymously_and_is_named_nowhere_public() {
    let app = app_with_shipped_declarations().await;
    let b = Browser::start_in(PHONE, "uk-UA").await;
    b.goto(&app.url(&format!("/petitions/{PETITION}"))).await;
    let uk = templates::Tr::new("uk");
    // The choice is explained in her language, "only the addressees" preselected.
    assert_eq!(
        b.text("#i-visibility legend").await,
        uk.t("field-visibility")
    );
    assert!(b
        .text("#i-visibility")
        .await
        .contains(&uk.t("visibility-anonymous-hint")));
    assert!(b.checked("#i-visibility-addressees").await);
    assert!(!b.checked("#i-visibility-anonymous").await);
    app.clock.advance(chrono::TimeDelta::seconds(30));
    b.fill("#i-name", "Андрій Коваль").await;
    b.fill("#i-email", "andrii@example.org").await;
    b.select("#i-country", "UA").await;
    b.fill("#i-occupation", "прохідник, шахта «Жовтнева»").await;
    b.click("#i-visibility-anonymous").await;
    b.screenshot("phone-uk-anonymous-chosen").await;
    b.click("form.signing button[type=submit]").await;
    b.wait_for_path(&format!("/petitions/{PETITION}/thanks"))
        .await;
    let mail = app
        .wait_for_mail_to("andrii@example.org", 1)
        .await
        .remove(0);
    let link = mail
        .link(&format!("{}/confirm/", app.address))
        .expect("a confirm link");
    b.goto(&link).await;
    b.click("main form button[type=submit]").await;
    b.wait_for_text("h1", &uk.t("confirmed-heading")).await;
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE status = 'confirmed' AND visibility = 'anonymous'")
            .await,
        1
    );
    // Counted on the page, named on no public page.
    for path in [
        format!("/petitions/{PETITION}"),
        format!("/petitions/{PETITION}/signatures"),
        format!("/api/petitions/{PETITION}"),
    ] {
        b.goto(&app.url(&path)).await;
        let page = b.page_text().await;
        assert!(
            !page.contains("Андрій") && !page.contains("Коваль"),
            "{path}"
        );
    }
    b.goto(&app.url(&format!("/petitions/{PETITION}"))).await;
    assert_eq!(b.text("div.progress strong").await, "1");
    b.screenshot_full("phone-uk-anonymous-counted").await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver: see .ci/run"]
async fn an_organization_signs_with_its_members() {
    let app = app_with_shipped_declarations().await;
    let b = Browser::start(PHONE).await;
    b.goto(&app.url(&format!("/petitions/{PETITION}"))).await;
    app.clock.advance(chrono::TimeDelta::seconds(30));
    // The organization's form is folded under its heading until opened.
    b.click("details.kind:has(#o-organization) summary").await;
    b.fill("#o-organization", "Independent Miners' Union of Kryvbas")
        .await;
    b.fill("#o-name", "Yurii Samoilov").await;
    b.fill("#o-role", "Chair").await;
    b.fill("#o-email", "union@example.org").await;
    b.select("#o-country", "UA").await;
    b.fill("#o-members", "4200").await;
    b.screenshot("phone-organisation-form").await;
    b.click("details.kind:has(#o-organization) button[type=submit]")
        .await;
    b.wait_for_path(&format!("/petitions/{PETITION}/thanks"))
        .await;

    let mail = app.wait_for_mail_to("union@example.org", 1).await.remove(0);
    let link = mail
        .link(&format!("{}/confirm/", app.address))
        .expect("a confirm link");
    b.goto(&link).await;
    b.click("main form button[type=submit]").await;
    b.wait_for_text("h1", "your signature counts").await;
    let api = app.api(PETITION).await;
    assert_eq!(api["counts"]["organization"], 1);
    assert_eq!(api["counts"]["members"], 4200);
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver: see .ci/run"]
async fn an_invalid_field_is_explained_beside_it_and_the_rest_is_kept() {
    let app = app_with_shipped_declarations().await;
    let b = Browser::start(PHONE).await;
    b.goto(&app.url(&format!("/petitions/{PETITION}"))).await;
    app.clock.advance(chrono::TimeDelta::seconds(30));
    b.fill("#i-name", "Marek Nowak").await;
    b.fill("#i-email", "marek at example.org").await;
    b.select("#i-country", "PL").await;
    b.fill("#i-city", "Katowice").await;
    b.click("form.signing button[type=submit]").await;

    b.wait_for_element("#i-email-error").await;
    b.screenshot_full("phone-invalid-email").await;
    assert_eq!(
        b.attr("#i-email", "aria-invalid").await.as_deref(),
        Some("true")
    );
    assert_eq!(
        b.attr("#i-email", "aria-describedby").await.as_deref(),
        Some("i-email-error")
    );
    assert!(!b.text("#i-email-error").await.is_empty());
    // The summary at the top links to the field.
    assert!(b.exists("#i-notice a[href='#i-email']").await);
    // Everything else is as typed.
    assert_eq!(b.value("#i-name").await, "Marek Nowak");
    assert_eq!(b.value("#i-email").await, "marek at example.org");
    assert_eq!(b.value("#i-country").await, "PL");
    assert_eq!(b.value("#i-city").await, "Katowice");
    assert_eq!(app.signature_count().await, 0);

    // Corrected, it goes through.
    b.clear("#i-email").await;
    b.fill("#i-email", "marek@example.org").await;
    b.click("form.signing button[type=submit]").await;
    b.wait_for_path(&format!("/petitions/{PETITION}/thanks"))
        .await;
    app.wait_for_mail_to("marek@example.org", 1).await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver: see .ci/run"]
async fn a_person_signs_with_the_keyboard_alone() {
    let app = app_with_shipped_declarations().await;
    let b = Browser::start(DESKTOP).await;
    b.goto(&app.url(&format!("/petitions/{PETITION}"))).await;
    app.clock.advance(chrono::TimeDelta::seconds(30));
    // Tab from the top of the page until the name field has the focus; every stop on the
    // way must show where the focus is.
    let mut stops = 0;
    loop {
        b.keys(browser::TAB).await;
        stops += 1;
        assert!(stops < 80, "the name field is not reachable with Tab");
        assert!(
            b.focus_is_visible().await,
            "focus without a visible outline at stop {stops}"
        );
        if b.focused_id().await.as_deref() == Some("i-name") {
            break;
        }
    }
    b.keys("Kavita Sharma").await;
    b.keys(browser::TAB).await;
    b.keys("kavita@example.org").await;
    b.keys(browser::TAB).await;
    assert_eq!(b.focused_id().await.as_deref(), Some("i-country"));
    // Typing a country's name in a focused select picks it.
    b.keys("India").await;
    b.keys(browser::TAB).await;
    assert_eq!(b.focused_id().await.as_deref(), Some("i-city"));
    b.screenshot("desktop-keyboard").await;
    // Enter in a text field sends its form.
    b.keys(browser::ENTER).await;
    b.wait_for_path(&format!("/petitions/{PETITION}/thanks"))
        .await;
    let mail = app
        .wait_for_mail_to("kavita@example.org", 1)
        .await
        .remove(0);
    assert!(mail.text().contains("Kavita Sharma"));
    let stored = app
        .scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE country = 'IN'")
        .await;
    assert_eq!(stored, 1);
}

#[tokio::test]
#[ignore = "needs chromium, chromedriver and axe-core: see .ci/run"]
async fn the_public_pages_and_the_login_have_no_accessibility_violations() {
    let app = app_with_shipped_declarations().await;
    let b = Browser::start(PHONE).await;
    let mut pages = vec![
        ("index", app.url("/")),
        ("petition", app.url(&format!("/petitions/{PETITION}"))),
        ("thanks", app.url(&format!("/petitions/{PETITION}/thanks"))),
        ("login", app.url("/admin/login")),
    ];
    // A real confirm page needs a real token.
    let mail = app
        .sign_and_get_mail(PETITION, person("axe@example.org"))
        .await;
    pages.push(("confirm", app.url(&app.confirm_path(&mail))));
    // And a real unsubscribe page: a signer who asked for news, an update sent to them.
    let mail = app
        .sign_and_get_mail(PETITION, with(person("news@example.org"), "updates", "on"))
        .await;
    assert_eq!(
        app.post(&app.confirm_path(&mail)).await.status().as_u16(),
        200
    );
    let petition = undersign::store::petitions::by_slug(app.state.store.reader(), PETITION)
        .await
        .unwrap()
        .unwrap();
    let draft = undersign::store::updates::UpdateDraft {
        kind: undersign::store::updates::UpdateKind::Written,
        subject: "Hearing on Monday".into(),
        body: "The court meets on Monday.".into(),
        body_html: "<p>The court meets on Monday.</p>".into(),
        nonce: None,
        translations: vec![],
    };
    app.state
        .store
        .queue_update("test", &petition, draft, &app.state.keys, app.clock.now())
        .await
        .unwrap();
    app.drain_outbox().await;
    let update = app
        .mailbox()
        .to("news@example.org")
        .into_iter()
        .find(|m| m.header("List-Unsubscribe").is_some())
        .expect("the update");
    let unsubscribe = update.header("List-Unsubscribe").unwrap();
    let unsubscribe = unsubscribe.trim_start_matches('<').trim_end_matches('>');
    pages.push(("unsubscribe", unsubscribe.to_owned()));
    // Other scripts and lengths of text; the choice is remembered, so these come last and
    // English is chosen again after them.
    pages.push((
        "petition-uk",
        app.url(&format!("/petitions/{PETITION}?lang=uk")),
    ));
    pages.push(("index-hi", app.url("/?lang=hi")));
    pages.push(("login-de", app.url("/admin/login?lang=de")));

    let mut failures = vec![];
    for (name, url) in &pages {
        for (width, label) in [(PHONE, "phone"), (DESKTOP, "desktop")] {
            b.resize(width).await;
            b.goto(url).await;
            b.screenshot_full(&format!("{label}-axe-{name}")).await;
            let violations = b.axe().await;
            if !violations.is_empty() {
                failures.push(format!("{name} at {label} width:\n{violations}"));
            }
        }
    }
    // The form sent back with errors must pass too.
    b.resize(PHONE).await;
    b.goto(&app.url(&format!("/petitions/{PETITION}?lang=en")))
        .await;
    app.clock.advance(chrono::TimeDelta::seconds(30));
    b.fill("#i-email", "not an address").await;
    b.click("form.signing button[type=submit]").await;
    b.wait_for_element("#i-email-error").await;
    let violations = b.axe().await;
    if !violations.is_empty() {
        failures.push(format!("petition with errors:\n{violations}"));
    }
    // The page after the unsubscribe button.
    b.goto(unsubscribe).await;
    b.click("section.message button[type=submit]").await;
    b.wait_for_text("h1", "No more updates").await;
    b.screenshot_full("phone-axe-unsubscribed").await;
    let violations = b.axe().await;
    if !violations.is_empty() {
        failures.push(format!("unsubscribed:\n{violations}"));
    }
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE updates = TRUE")
            .await,
        0,
        "the button unsubscribed"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Tabs until the element `id` has the focus, every stop on the way showing it.
async fn tab_to(b: &Browser, id: &str) {
    for stop in 1..=80 {
        b.tab().await;
        // A date field's calendar button is a stop inside the field: chromium draws its
        // ring on the button, where no script can read it (seen on the screenshot).
        if b.focused_id().await.as_deref() == Some("collected_at") {
            continue;
        }
        assert!(
            b.focus_is_visible().await,
            "focus without a visible outline at stop {stop} on the way to #{id}: on #{:?}",
            b.focused_id().await
        );
        if b.focused_id().await.as_deref() == Some(id) {
            return;
        }
    }
    panic!("#{id} is not reachable with Tab");
}

#[tokio::test]
#[ignore = "needs chromium, chromedriver, axe-core and poppler-utils: see .ci/run"]
async fn an_organiser_prints_sheets_and_enters_one_with_the_keyboard_alone() {
    let app = app_with_shipped_declarations().await;
    add_organizer(&app).await;
    let b = Browser::start(DESKTOP).await;
    b.goto(&app.url("/admin/login")).await;
    b.fill("#login-email", ORGANIZER).await;
    b.fill("#login-password", PASSWORD).await;
    b.click("form.narrow button[type=submit]").await;
    b.wait_for_path("/admin").await;

    // Two sheets in Ukrainian, printed from the paper page.
    b.goto(&app.url(&format!("/admin/petitions/{PETITION}/paper")))
        .await;
    b.clear("#count").await;
    b.fill("#count", "2").await;
    b.select("#lang", "uk").await;
    b.screenshot_full("desktop-paper").await;
    b.click("section[aria-labelledby=print-h] button[type=submit]")
        .await;
    b.wait_for_path(&format!("/admin/petitions/{PETITION}/sheets"))
        .await;
    assert_eq!(b.attr("html", "lang").await.as_deref(), Some("uk"));
    b.screenshot_full("desktop-sheets").await;
    let info = browser::save_pdf("desktop-sheets-print", &b.print_a4().await);
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_owned())
            .unwrap_or_default()
    };
    assert_eq!(field("Pages:"), "2", "one sheet a page:\n{info}");
    assert!(field("Page size:").contains("(A4)"), "{info}");

    // Sheet 1 typed in with the keyboard alone: its provenance, then five rows.
    b.goto(&app.url(&format!("/admin/petitions/{PETITION}/paper/1")))
        .await;
    let violations = b.axe().await;
    assert!(violations.is_empty(), "the entry page:\n{violations}");
    tab_to(&b, "collected_by").await;
    b.keys("Іван Петренко").await;
    b.keys(browser::TAB).await;
    assert_eq!(b.focused_id().await.as_deref(), Some("place"));
    b.keys("Шахта «Жовтнева», прохідна").await;
    b.keys(browser::TAB).await;
    assert_eq!(b.focused_id().await.as_deref(), Some("collected_at"));
    // A date field takes its parts in the order of the browser's locale.
    b.keys(&b.date_keys("2026-11-28").await).await;
    assert_eq!(b.value("#collected_at").await, "2026-11-28");
    tab_to(&b, "country").await;
    b.keys("Ukraine").await;
    assert_eq!(b.value("#country").await, "UA");
    let rows: [(&str, &str, &str, &str); 5] = [
        ("", "Олена Коваленко", "Кривий Ріг", "гірниця"),
        ("", "Андрій Коваль", "Кривий Ріг", "прохідник"),
        (
            "Organisation",
            "Юрій Самойлов",
            "Кривий Ріг",
            "Незалежна профспілка гірників",
        ),
        ("", "Оксана Мельник", "Інгулець", "машиністка підйому"),
        ("", "Марія Бондар", "Кривий Ріг", ""),
    ];
    for (i, (kind, name, city, occupation)) in rows.iter().enumerate() {
        let n = i + 1;
        tab_to(&b, &format!("row-{n}-kind")).await;
        if !kind.is_empty() {
            b.keys(kind).await;
        }
        b.keys(browser::TAB).await;
        assert_eq!(
            b.focused_id().await.as_deref(),
            Some(format!("row-{n}-name").as_str())
        );
        b.keys(name).await;
        b.keys(browser::TAB).await;
        b.keys(city).await;
        b.keys(browser::TAB).await;
        b.keys(occupation).await;
    }
    assert_eq!(b.value("#row-3-kind").await, "organization");
    b.screenshot_full("desktop-sheet-entry").await;
    // Enter in a text field sends the form.
    b.keys(browser::ENTER).await;
    b.wait_for_path(&format!("/admin/petitions/{PETITION}/paper"))
        .await;
    b.wait_for_text("main", "5 signatures came on paper; sheets entered: 1.")
        .await;
    b.screenshot_full("desktop-paper-entered").await;
    assert_eq!(
        app.scalar(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE source = 'paper' \
             AND sheet = 1 AND status = 'confirmed' AND entered_by = 'organiser@example.org'"
        )
        .await,
        5
    );
    // The count rises where everyone sees it.
    b.goto(&app.url(&format!("/petitions/{PETITION}?lang=en")))
        .await;
    assert_eq!(b.text("div.progress strong").await, "5");
}
