//! Abuse resistance: rate limits, the mail caps, blocklists, header injection, https
//! headers and cookies — and that none of it costs a real signer more than one click.
use chrono::TimeDelta;

use testkit::*;

/// Posts a signing form as if from `client_ip`, through a proxy at 127.0.0.1.
async fn sign_via_proxy(
    app: &TestApp,
    client_ip: &str,
    form: Vec<(&'static str, String)>,
) -> reqwest::Response {
    let token = app.fresh_form_token(OPEN).await;
    app.clock.advance(TimeDelta::seconds(5));
    let body = serde_urlencoded::to_string(with(form, "form_token", &token)).unwrap();
    app.client
        .post(app.url(&format!("/petitions/{OPEN}/sign")))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("x-forwarded-for", client_ip)
        .body(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn over_the_signing_rate_a_network_gets_429_with_retry_after_and_its_form_back() {
    let app = app()
        .settings(|s| {
            s.limits.sign_per_ip_burst = 2;
            s.limits.sign_per_ip_per_minute = 1;
        })
        .spawn()
        .await;
    for i in 0..2 {
        assert_eq!(
            app.sign(OPEN, person(&format!("first{i}@example.org")))
                .await
                .status()
                .as_u16(),
            303
        );
    }
    let r = app.sign(OPEN, person("third@example.org")).await;
    assert_eq!(r.status().as_u16(), 429);
    let wait: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    let page = r.text().await.unwrap();
    assert!(page.contains("Please wait a moment and press the button again"));
    assert!(
        page.contains("value=\"third@example.org\""),
        "what they typed is kept"
    );
    assert!(page.contains("We stand with you!"));
    app.settle_outbox().await;
    assert_eq!(
        app.signature_count().await,
        2,
        "nothing stored for the refused one"
    );
    // A minute later the same person gets through with the form they were given back.
    app.clock.advance(TimeDelta::seconds(61));
    let again = with(
        person("third@example.org"),
        "form_token",
        &form_token(&page),
    );
    assert_eq!(app.post_sign(OPEN, &again).await.status().as_u16(), 303);
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_limit() {
    let app = app()
        .settings(|s| {
            s.limits.sign_per_ip_burst = 1;
            s.limits.sign_per_ip_per_minute = 1;
            s.server.trusted_proxies = vec!["127.0.0.1".into()];
        })
        .spawn()
        .await;
    assert_eq!(
        sign_via_proxy(&app, "203.0.113.1", person("a@example.org"))
            .await
            .status()
            .as_u16(),
        303
    );
    assert_eq!(
        sign_via_proxy(&app, "203.0.113.2", person("b@example.org"))
            .await
            .status()
            .as_u16(),
        303
    );
    assert_eq!(
        sign_via_proxy(&app, "203.0.113.1", person("c@example.org"))
            .await
            .status()
            .as_u16(),
        429
    );
}

#[tokio::test]
async fn an_untrusted_peer_cannot_escape_the_limit_with_forwarded_for() {
    let app = app()
        .settings(|s| {
            s.limits.sign_per_ip_burst = 1;
            s.limits.sign_per_ip_per_minute = 1;
        })
        .spawn()
        .await;
    assert_eq!(
        sign_via_proxy(&app, "203.0.113.1", person("a@example.org"))
            .await
            .status()
            .as_u16(),
        303
    );
    assert_eq!(
        sign_via_proxy(&app, "203.0.113.2", person("b@example.org"))
            .await
            .status()
            .as_u16(),
        429
    );
}

#[tokio::test]
async fn token_pages_are_rate_limited() {
    let app = app()
        .settings(|s| s.limits.token_per_ip_burst = 2)
        .spawn()
        .await;
    let mail = app.sign_and_get_mail(OPEN, person("tok@example.org")).await;
    let confirm = app.confirm_path(&mail);
    assert_eq!(app.get(&confirm).await.status().as_u16(), 200);
    assert_eq!(
        app.get("/confirm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
            .await
            .status()
            .as_u16(),
        404
    );
    let r = app.post(&confirm).await;
    assert_eq!(r.status().as_u16(), 429);
    assert!(r.headers().contains_key("retry-after"));
    assert_eq!(r.headers()["referrer-policy"], "no-referrer");
    assert!(r.text().await.unwrap().contains("Please wait a moment"));
    assert_eq!(app.confirmed_total(OPEN).await, 0);
    app.clock.advance(TimeDelta::minutes(1));
    assert_eq!(app.post(&confirm).await.status().as_u16(), 200);
}

#[tokio::test]
async fn one_address_gets_at_most_the_cap_whatever_is_submitted() {
    let app = spawn_app().await;
    let victim = "victim@example.org";
    // Five invented organizations, all giving the victim's address.
    for i in 0..5 {
        let r = app
            .sign(
                OPEN,
                organization(&format!("Invented Union {i}"), "UA", victim),
            )
            .await;
        assert_eq!(r.status().as_u16(), 303, "the same answer every time");
    }
    // And the address as a person, twice.
    for _ in 0..2 {
        assert_eq!(app.sign(OPEN, person(victim)).await.status().as_u16(), 303);
    }
    app.settle_outbox().await;
    assert_eq!(
        app.mailbox().to(victim).len(),
        3,
        "resend_per_signature_per_day"
    );
    assert_eq!(
        app.signature_count().await,
        3,
        "capped submissions store nothing"
    );
}

#[tokio::test]
async fn one_address_gets_at_most_the_overall_cap_across_petitions() {
    let app = app()
        .settings(|s| s.limits.mail_per_address_per_day = 2)
        .spawn()
        .await;
    let victim = "everywhere@example.org";
    for slug in [OPEN, CLOSING, ORGS_ONLY] {
        let form = if slug == ORGS_ONLY {
            organization("Union", "UA", victim)
        } else {
            person(victim)
        };
        assert_eq!(app.sign(slug, form).await.status().as_u16(), 303);
    }
    app.settle_outbox().await;
    assert_eq!(app.mailbox().to(victim).len(), 2);
    // A day later the address may be written to again.
    app.clock.advance(TimeDelta::hours(25));
    app.sign_and_get_mail(ORGS_ONLY, organization("Union", "UA", victim))
        .await;
}

#[tokio::test]
async fn names_cannot_inject_headers_and_are_escaped_in_the_html_part() {
    let app = spawn_app().await;
    let r = app
        .sign(
            OPEN,
            with(
                person("inject@example.org"),
                "name",
                "Olena\r\nBcc: evil@example.org",
            ),
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let mail = app
        .sign_and_get_mail(
            OPEN,
            with(
                person("escape@example.org"),
                "name",
                "<b>Olena</b> & \"Co\" <script>x</script>",
            ),
        )
        .await;
    let html = mail.html();
    assert!(
        html.contains("&lt;b&gt;Olena&lt;/b&gt; &amp; &quot;Co&quot; &lt;script&gt;"),
        "{html}"
    );
    assert!(!html.contains("<script>x"));
    let headers = String::from_utf8_lossy(
        &mail.raw[..mail.raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap()],
    )
    .to_string();
    assert!(
        !headers.contains("Olena"),
        "no signer text in any header: {headers}"
    );
    assert!(app
        .mailbox()
        .all()
        .iter()
        .all(|m| m.to.iter().all(|t| !t.contains("evil"))));
}

#[tokio::test]
async fn blocked_domains_get_the_usual_answer_and_nothing_happens() {
    let app = app()
        .settings(|s| {
            s.blocklist.email_domains = vec!["*.spam.example".into(), "mailinator.com".into()]
        })
        .spawn()
        .await;
    for addr in ["bot@x.spam.example", "bot@MAILINATOR.com"] {
        let r = app.sign(OPEN, person(addr)).await;
        assert_eq!(r.status().as_u16(), 303);
        assert_eq!(r.headers()["location"], format!("/petitions/{OPEN}/thanks"));
    }
    app.settle_outbox().await;
    assert_eq!(app.signature_count().await, 0);
    assert_eq!(app.outbox_count().await, 0);
    assert_eq!(app.mailbox().count(), 0);
    // Everyone else signs as usual.
    app.sign_and_get_mail(OPEN, person("ok@spam.example.org"))
        .await;
}

#[tokio::test]
async fn blocked_ranges_get_the_usual_answer_and_nothing_happens() {
    let app = app()
        .settings(|s| {
            s.server.trusted_proxies = vec!["127.0.0.1".into()];
            s.blocklist.ip_ranges = vec!["203.0.113.0/24".into()];
        })
        .spawn()
        .await;
    let r = sign_via_proxy(&app, "203.0.113.77", person("range@example.org")).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(
        sign_via_proxy(&app, "198.51.100.1", person("fine@example.org"))
            .await
            .status()
            .as_u16(),
        303
    );
    app.settle_outbox().await;
    assert_eq!(app.signature_count().await, 1);
    assert_eq!(app.mailbox().to("range@example.org").len(), 0);
}

#[tokio::test]
async fn over_https_there_is_hsts_and_cookies_are_secure() {
    let app = app()
        .settings(|s| s.server.base_url = "https://petitions.example.org".into())
        .spawn()
        .await;
    let r = app.get("/?lang=en").await;
    assert!(r.headers()["strict-transport-security"]
        .to_str()
        .unwrap()
        .contains("max-age="));
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("lang=en;"), "{cookie}");
    for attr in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(attr), "{attr} missing: {cookie}");
    }
}

#[tokio::test]
async fn over_plain_http_cookies_are_not_marked_secure() {
    let app = spawn_app().await;
    let r = app.get("/?lang=en").await;
    let cookie = r.headers()["set-cookie"].to_str().unwrap();
    assert!(
        !cookie.contains("Secure") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    assert!(r.headers().get("strict-transport-security").is_none());
}

#[tokio::test]
async fn malformed_paths_give_the_404_page_not_a_plain_error() {
    let app = spawn_app().await;
    for path in [
        "/petitions/%FF",
        "/petitions/%C3%28/signatures",
        "/confirm/%FF%FE",
        "/api/petitions/%80",
        "/withdraw/%",
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status().as_u16(), 404, "{path}");
        assert!(
            r.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html"),
            "{path}"
        );
    }
    let r = app
        .post_sign_raw("%FF", "application/x-www-form-urlencoded", "a=b")
        .await;
    assert_eq!(r.status().as_u16(), 404);
}
