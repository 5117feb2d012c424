//! The public pages, the JSON API and the headers every response carries.
use testkit::*;

#[tokio::test]
async fn the_index_lists_open_and_closed_petitions_but_not_drafts() {
    let app = spawn_app().await;
    let (status, page) = app.get_text("/").await;
    assert_eq!(status, 200);
    assert!(page.contains("Stop the reprisals against the miners of Krivoy Rog"));
    assert!(page.contains("The Ukrainian Government"));
    assert!(page.contains("A closed declaration"));
    assert!(!page.contains("A draft"));
    assert!(page.contains("<html lang=\"en\">"));
}

#[tokio::test]
async fn the_petition_page_has_the_declaration_addressees_counts_and_both_forms() {
    let app = spawn_app().await;
    let (status, page) = app.get_text(&format!("/petitions/{OPEN}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("<strong>stop</strong>"), "Markdown rendered");
    assert!(!page.contains("<script>alert"), "and sanitised");
    assert!(page.contains("The management of the Krivoy Rog mines"));
    assert!(page.contains("excerpt of the published declaration"));
    assert!(page.contains("Members represented"));
    assert_eq!(
        page.matches("name=\"form_token\"").count(),
        2,
        "a form for people and one for organisations"
    );
    assert!(page.contains("name=\"organization\""));
    assert!(page.contains("name=\"website\""), "the honeypot");
    assert!(page.contains("<option value=\"UA\""));
    assert!(page.contains("property=\"og:title\""));
    let (_, orgs) = app.get_text(&format!("/petitions/{ORGS_ONLY}")).await;
    assert_eq!(orgs.matches("name=\"form_token\"").count(), 1);
}

#[tokio::test]
async fn the_api_reports_confirmed_counts_only() {
    let app = spawn_app().await;
    app.sign_and_confirm(OPEN, person("a@example.org")).await;
    app.sign_and_confirm(OPEN, with(person("b@example.org"), "country", "DE"))
        .await;
    app.sign_and_get_mail(OPEN, person("pending@example.org"))
        .await;
    app.sign_and_confirm(OPEN, organization("Zakhyst Pratsi", "UA", "zp@example.org"))
        .await;
    let api = app.api(OPEN).await;
    assert_eq!(api["slug"], OPEN);
    assert_eq!(api["state"], "open");
    assert_eq!(api["language"], "en");
    assert_eq!(api["goal"], 1000);
    assert!(api["closes_at"].is_null());
    assert_eq!(api["addressees"].as_array().unwrap().len(), 2);
    assert_eq!(api["counts"]["total"], 3);
    assert_eq!(api["counts"]["individual"], 2);
    assert_eq!(api["counts"]["organization"], 1);
    assert_eq!(api["counts"]["members"], 12000);
    assert_eq!(api["counts"]["by_country"]["UA"], 2);
    assert_eq!(api["counts"]["by_country"]["DE"], 1);
    assert!(chrono::DateTime::parse_from_rfc3339(api["counted_at"].as_str().unwrap()).is_ok());

    let list: serde_json::Value = app.get("/api/petitions").await.json().await.unwrap();
    let slugs: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["slug"].as_str().unwrap())
        .collect();
    assert!(slugs.contains(&OPEN) && slugs.contains(&CLOSED) && !slugs.contains(&DRAFT));
    assert_eq!(
        app.get("/api/petitions/no-such").await.status().as_u16(),
        404
    );
}

#[tokio::test]
async fn the_public_list_is_paginated() {
    let app = spawn_app().await;
    for i in 0..3 {
        app.sign_and_confirm(
            OPEN,
            with(
                person(&format!("p{i}@example.org")),
                "name",
                &format!("Signer Number {i}"),
            ),
        )
        .await;
    }
    let (status, page) = app
        .get_text(&format!("/petitions/{OPEN}/signatures?page=1"))
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("Signer Number 2") && page.contains("Signer Number 0"));
    for odd in [
        "?page=0",
        "?page=-1",
        "?page=abc",
        "?page=99999999999999999999",
        "?page=2",
    ] {
        let (status, _) = app
            .get_text(&format!("/petitions/{OPEN}/signatures{odd}"))
            .await;
        assert_eq!(status, 200, "{odd}");
    }
}

#[tokio::test]
async fn healthz_answers_when_the_database_does() {
    let app = spawn_app().await;
    let (status, body) = app.get_text("/healthz").await;
    assert_eq!((status, body.as_str()), (200, "ok"));
}

#[tokio::test]
async fn unknown_pages_give_a_404_page() {
    let app = spawn_app().await;
    let r = app.get("/no/such/page").await;
    assert_eq!(r.status().as_u16(), 404);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert!(r.text().await.unwrap().contains("Page not found"));
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in [
        "/",
        &format!("/petitions/{OPEN}"),
        "/no-such",
        "/api/petitions",
        templates::STYLESHEET_PATH,
    ] {
        let r = app.get(path).await;
        let h = r.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
            "{path}"
        );
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert!(
            h.get("strict-transport-security").is_none(),
            "no HSTS over plain http"
        );
    }
}

#[tokio::test]
async fn the_thanks_page_says_to_check_the_email() {
    let app = spawn_app().await;
    let (status, page) = app.get_text(&format!("/petitions/{OPEN}/thanks")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Check your email"));
}

/// A signer on a metered connection: the petition page with everything it loads (the
/// stylesheet; no script, image or font) weighs at most 50 KB as sent to a browser, for
/// every shipped declaration in every language.
#[tokio::test]
async fn every_petition_page_with_what_it_loads_weighs_at_most_50_kb() {
    let app = app()
        .settings(|s| {
            s.petitions.import_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/declarations").into();
        })
        .spawn()
        .await;
    let (status, css) = app.get_text(templates::STYLESHEET_PATH).await;
    assert_eq!(status, 200);
    let sent = |path: String| {
        let app = &app;
        async move {
            let r = app
                .client
                .get(app.url(&path))
                .header("accept-encoding", "br, gzip")
                .send()
                .await
                .unwrap();
            assert_eq!(r.status().as_u16(), 200, "{path}");
            assert!(
                r.headers().contains_key("content-encoding"),
                "{path} is compressed"
            );
            r.bytes().await.unwrap().len()
        }
    };
    let css_sent = sent(templates::STYLESHEET_PATH.to_owned()).await;
    let list: Vec<serde_json::Value> = app.get("/api/petitions").await.json().await.unwrap();
    assert!(!list.is_empty());
    let languages = templates::i18n::SUPPORTED;
    for (p, lang) in list
        .iter()
        .flat_map(|p| languages.iter().map(move |l| (p, *l)))
    {
        let slug = p["slug"].as_str().unwrap();
        let (status, html) = app
            .get_text(&format!("/petitions/{slug}?lang={lang}"))
            .await;
        assert_eq!(status, 200);
        for other_origin_or_extra in ["<script", "<img", "<iframe", "@font-face", "//fonts."] {
            assert!(
                !html.contains(other_origin_or_extra) && !css.contains(other_origin_or_extra),
                "{slug} loads {other_origin_or_extra}"
            );
        }
        assert_eq!(
            html.matches("<link rel=\"stylesheet\"").count(),
            1,
            "{slug}"
        );
        let page_sent = sent(format!("/petitions/{slug}?lang={lang}")).await;
        let total = page_sent + css_sent;
        println!(
            "{slug} ({lang}): page {page_sent} B + stylesheet {css_sent} B = {total} B sent \
             ({} B + {} B uncompressed)",
            html.len(),
            css.len()
        );
        assert!(total <= 50 * 1024, "{slug} ({lang}): {total} bytes");
    }
}
