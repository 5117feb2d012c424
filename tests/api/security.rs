//! The findings of the outside probe (issue 12), each with its regression test, and a test
//! for the class each belongs to: limiter keys, spreadsheet cells in every locale, log lines,
//! cache headers on every route, cross-site requests, the label rules, moderation that
//! outlives a withdrawal, confirmation of a petition that stopped taking signatures,
//! sessions, path decoding and slow clients.
use std::io::{Read, Write};
use std::time::{Duration, Instant};

use chrono::TimeDelta;
use undersign::domain::PetitionState;

use testkit::*;

// ---------------------------------------------------------------------------------------
// 1. Every key that limits is made from the parsed value
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn the_login_limit_per_account_holds_for_every_spelling_of_the_address() {
    let app = app()
        .settings(|s| {
            s.limits.login_per_account_burst = 3;
            s.limits.login_per_ip_burst = 100;
        })
        .spawn()
        .await;
    add_organizer(&app).await;
    for _ in 0..3 {
        let r = login_with(&app, ORGANIZER, "a guess").await;
        assert_eq!(r.status().as_u16(), 401);
    }
    // The right password, through every spelling that parses to the same account.
    for spelling in [
        "organ\u{200B}iser@example.org",
        "ORGANISER@EXAMPLE.ORG",
        "organiser@exam\u{AD}ple.org",
        "\u{FEFF}organiser@example.org\u{2060}",
        ORGANIZER,
    ] {
        let r = login_with(&app, spelling, PASSWORD).await;
        assert_eq!(r.status().as_u16(), 429, "{spelling:?} got its own bucket");
    }
    let r = app.get("/admin").await;
    assert_eq!(r.status().as_u16(), 303, "no session was made");
    // The key audit (src/key_audit.rs) covers the other keys: mail caps, dedupe, the
    // blocklists, moderation and the client address.
}

// ---------------------------------------------------------------------------------------
// 2. A spreadsheet in any locale runs nothing
// ---------------------------------------------------------------------------------------

/// The cells a spreadsheet makes of a CSV splitting on `sep`: honouring quotes (as the csv
/// crate does) or not (rows on every line break).
fn cells(bytes: &[u8], sep: u8, honours_quotes: bool) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes)
        .trim_start_matches('\u{FEFF}')
        .to_owned();
    if honours_quotes {
        csv::ReaderBuilder::new()
            .delimiter(sep)
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes())
            .records()
            .flat_map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>())
            .collect()
    } else {
        text.split(['\r', '\n'])
            .flat_map(|l| l.split(sep as char).map(str::to_owned).collect::<Vec<_>>())
            .collect()
    }
}

#[tokio::test]
async fn no_exported_cell_starts_a_formula_in_any_locale() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let hostile = [
        ("city", "Kyiv;=2+3;"),
        ("occupation", "miner\u{A0}; @SUM(1+1)"),
        ("comment", "ok\n=1+1;\"-2\", +3"),
        ("name", "Olena; =HYPERLINK(1)"),
    ];
    let mut form = person("formula@example.org");
    for (k, v) in hostile {
        form = with(form, k, v);
    }
    app.sign_and_confirm(OPEN, form).await;
    let org = with(
        organization("Union;=1+1", "UA", "org-formula@example.org"),
        "role",
        "Chair,-1",
    );
    app.sign_and_confirm(OPEN, org).await;
    login(&app).await;
    for format in ["delivery", "full"] {
        let r = app
            .get(&format!(
                "/admin/petitions/{OPEN}/export.csv?format={format}"
            ))
            .await;
        assert_eq!(r.status().as_u16(), 200);
        let bytes = r.bytes().await.unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("Kyiv;'=2+3;"), "{text}");
        for sep in [b',', b';', b'\t'] {
            for quotes in [true, false] {
                for cell in cells(&bytes, sep, quotes) {
                    let start = cell.trim_start_matches([' ', '\u{A0}', '"']);
                    assert!(
                        !start.starts_with(['=', '+', '-', '@', '\t', '\r']),
                        "{format}, split on {:?}, quotes honoured {quotes}: {cell:?}",
                        sep as char
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// 3. A visitor's text cannot forge a log line
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn a_hostile_login_address_cannot_forge_a_log_line_of_the_real_binary() {
    let app = spawn_app().await;
    let port = free_port();
    let dir = app.dir.path();
    let config = dir.join("logged.toml");
    std::fs::write(
        &config,
        format!(
            "[server]\nbind = \"127.0.0.1:{port}\"\nbase_url = \"http://127.0.0.1:{port}\"\n\
             [database]\nurl = \"sqlite://{}/logged.db?mode=rwc\"\n[petitions]\nimport_dir = \"\"\n\
             [mail]\ntransport = \"log\"\n[security]\nsecret_key_file = \"{}\"\n",
            dir.display(),
            dir.join("logged.key").display()
        ),
    )
    .unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_undersign"))
        .args(["--config", config.to_str().unwrap(), "serve"])
        .env("RUST_LOG", "debug")
        .env_remove("NO_COLOR")
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(r) = client.get(format!("{base}/healthz")).send().await {
            if r.status().is_success() {
                break;
            }
        }
        assert!(Instant::now() < deadline, "the binary did not start");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let forged = "x@evil.example\n2026-12-02T10:00:00.000000Z  INFO login succeeded account=admin\u{1b}[2K\u{1b}[31m";
    let page = client
        .get(format!("{base}/admin/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = field(&page, "form_token");
    for email in [
        forged,
        "o@evil.example\r\nINFO forged",
        "\u{1b}]0;title\u{7}@x.org",
    ] {
        let r = client
            .post(format!("{base}/admin/login"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(
                serde_urlencoded::to_string([
                    ("email", email),
                    ("password", "x"),
                    ("form_token", &token),
                ])
                .unwrap(),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 401);
    }
    // A path and a query are visitor text too.
    let _ = client
        .get(format!(
            "{base}/petitions/%0A2026-12-02T10:00:00Z%20INFO%20forged"
        ))
        .send()
        .await
        .unwrap();
    // SIGTERM: the service stops as it does under systemd, and its log ends.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let mut log = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    child.wait().unwrap();
    assert!(log.contains("login failed"), "{log}");
    assert!(
        !log.contains('\u{1b}'),
        "an escape reached the log: {log:?}"
    );
    assert!(!log.contains('\u{7}'));
    for line in log.lines() {
        assert!(
            line.starts_with("20") && line.as_bytes().get(4) == Some(&b'-'),
            "a line that is not the service's own: {line:?}"
        );
        assert!(!line.contains("INFO login succeeded") && !line.starts_with("INFO forged"));
    }
}

// ---------------------------------------------------------------------------------------
// 4. Nothing that carries a token, a session or what a person typed is stored by a cache
// ---------------------------------------------------------------------------------------

/// Every route the router declares, read from the source (every `.route(` under
/// `src/web/`), so a new route fails the walk below until it says what may be cached.
fn declared_routes() -> Vec<String> {
    fn sources(dir: &std::path::Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut src = String::new();
    sources(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/web")),
        &mut src,
    );
    let mut routes: Vec<String> = src
        .split(".route(")
        .skip(1)
        .filter_map(|rest| {
            let rest = rest.trim_start();
            let path = rest.strip_prefix('"')?;
            Some(path[..path.find('"')?].to_owned())
        })
        .collect();
    assert!(src.contains(".route(templates::STYLESHEET_PATH"));
    routes.push(templates::STYLESHEET_PATH.to_owned());
    routes.sort();
    routes.dedup();
    assert!(
        routes.iter().any(|r| r.starts_with("/admin/")),
        "{routes:?}"
    );
    routes
}

/// Which responses may be kept: a public page without anything private in it, answered
/// 200 to a GET without setting a cookie.
const PUBLIC: [&str; 5] = [
    "/",
    "/petitions/{slug}",
    "/petitions/{slug}/signatures",
    "/api/petitions",
    "/api/petitions/{slug}",
];

#[tokio::test]
async fn every_route_that_carries_a_token_a_session_or_typed_text_is_no_store() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let mail = app
        .sign_and_get_mail(OPEN, person("walk@example.org"))
        .await;
    let confirm = app.confirm_path(&mail);
    let withdraw = app.withdraw_path(&mail);
    let token_of = |p: &str| p.rsplit('/').next().unwrap().to_owned();
    let id = app
        .scalar("SELECT id FROM signatures WHERE email = 'walk@example.org'")
        .await;
    let csrf = login(&app).await;

    let mut walked = vec![];
    let fill = |route: &str, token: &str| {
        route
            .replace("{slug}", OPEN)
            .replace("{id}", &id.to_string())
            .replace("{token}", token)
    };
    let check = |route: &str, method: &str, r: &reqwest::Response| {
        let cc = r
            .headers()
            .get("cache-control")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let public = method == "GET"
            && r.status().as_u16() == 200
            && !r.headers().contains_key("set-cookie")
            && (PUBLIC.contains(&route) || route == templates::STYLESHEET_PATH);
        if public {
            assert_ne!(
                cc, "",
                "{method} {route}: a public page says how to cache it"
            );
        } else {
            assert_eq!(cc, "no-store", "{method} {route} ({})", r.status().as_u16());
        }
    };
    for route in declared_routes() {
        walked.push(route.clone());
        // The token routes with a live token of each purpose, an unknown one and a
        // malformed one; every other route as it is.
        let tokens: Vec<String> = if route.starts_with("/confirm/") {
            vec![token_of(&confirm), "A".repeat(43), "x".into()]
        } else if route.starts_with("/withdraw/") {
            vec![token_of(&withdraw), "A".repeat(43)]
        } else {
            vec![String::new()]
        };
        for token in &tokens {
            let path = fill(&route, token);
            let r = app.get(&path).await;
            check(&route, "GET", &r);
            if route == "/admin/logout" {
                // Last, below: the walk needs the session.
                continue;
            }
            // A form sent with the session's CSRF token, so admin POSTs act (or refuse for
            // a reason of their own); public POSTs get what a bad form gets.
            let r = app
                .client
                .post(app.url(&path))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(
                    serde_urlencoded::to_string([("csrf", csrf.as_str()), ("name", "x")]).unwrap(),
                )
                .send()
                .await
                .unwrap();
            check(&route, "POST", &r);
        }
    }
    // Error answers: an unknown page, an unknown petition, a form sent back with what was
    // typed, a page that sets the language cookie, an expired link.
    for path in [
        "/nowhere",
        "/petitions/no-such-petition",
        &format!("/petitions/{OPEN}?lang=uk"),
    ] {
        let r = app.get(path).await;
        check("(other)", "GET", &r);
    }
    let r = app
        .post_sign(OPEN, &with(person("typed@example.org"), "country", "XX"))
        .await;
    assert_eq!(r.status().as_u16(), 422);
    check("/petitions/{slug}/sign", "POST", &r);
    app.clock.advance(TimeDelta::days(30));
    let r = app.get(&confirm).await;
    assert_eq!(r.status().as_u16(), 410);
    check("/confirm/{token}", "GET", &r);
    let r = post_form(&app, "/admin/logout", &[("csrf", &csrf)]).await;
    assert_eq!(r.status().as_u16(), 303);
    check("/admin/logout", "POST", &r);
    assert!(walked.len() >= 20, "{walked:?}");
}

// ---------------------------------------------------------------------------------------
// 5. Login CSRF, and cross-site requests refused as a second line
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn a_login_token_from_another_browser_does_not_log_this_one_in() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    // The attacker's own browser fetches a bare login form…
    let (_, page) = app.get_text("/admin/login").await;
    let attackers_token = field(&page, "form_token");
    // …and the victim's browser posts it (from the attacker's page).
    for victim_visited_login in [false, true] {
        let victim = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        if victim_visited_login {
            victim.get(app.url("/admin/login")).send().await.unwrap();
        }
        let r = victim
            .post(app.url("/admin/login"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(
                serde_urlencoded::to_string([
                    ("email", ORGANIZER),
                    ("password", PASSWORD),
                    ("form_token", &attackers_token),
                ])
                .unwrap(),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(
            r.status().as_u16(),
            422,
            "visited login: {victim_visited_login}"
        );
        let r = victim.get(app.url("/admin")).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 303, "no session");
    }
    // The browser's own token works.
    assert_eq!(
        login_with(&app, ORGANIZER, PASSWORD)
            .await
            .status()
            .as_u16(),
        303
    );
}

#[tokio::test]
async fn requests_from_another_site_change_nothing() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    let cross: [(&str, &str); 3] = [
        ("sec-fetch-site", "cross-site"),
        ("sec-fetch-site", "same-site"),
        ("origin", "https://evil.example"),
    ];
    // An organizer action with a valid CSRF token, from another site.
    for (h, v) in cross {
        let r = app
            .client
            .post(app.url(&format!("/admin/petitions/{OPEN}/state")))
            .header("content-type", "application/x-www-form-urlencoded")
            .header(h, v)
            .body(format!("csrf={csrf}&state=closed"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403, "{h}: {v}");
    }
    assert_eq!(app.api(OPEN).await["state"], "open");
    // A signature and a confirmation posted from another site.
    let token = app.fresh_form_token(OPEN).await;
    app.clock.advance(TimeDelta::seconds(5));
    let body =
        serde_urlencoded::to_string(with(person("x-site@example.org"), "form_token", &token))
            .unwrap();
    let r = app
        .client
        .post(app.url(&format!("/petitions/{OPEN}/sign")))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "cross-site")
        .body(body.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    assert_eq!(app.signature_count().await, 0);
    let mail = app
        .sign_and_get_mail(OPEN, person("x-site@example.org"))
        .await;
    let r = app
        .client
        .post(app.url(&app.confirm_path(&mail)))
        .header("origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    assert_eq!(app.confirmed_total(OPEN).await, 0);
    // The same from this site, or from the address bar, or from a client that says
    // nothing (a mail client's one-click POST), goes through.
    let r = app
        .client
        .post(app.url(&app.confirm_path(&mail)))
        .header("sec-fetch-site", "same-origin")
        .header("origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200, "Sec-Fetch-Site is what counts");
    assert_eq!(app.confirmed_total(OPEN).await, 1);
    let r = app
        .client
        .post(app.url(&format!("/admin/petitions/{OPEN}/state")))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", app.address.as_str())
        .body(format!("csrf={csrf}&state=closed"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(app.api(OPEN).await["state"], "closed");
}

#[tokio::test]
async fn an_export_linked_from_another_site_is_refused_and_not_audited() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    login(&app).await;
    let audited = || app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM exports");
    let path = format!("/admin/petitions/{OPEN}/export.csv?format=full");
    for site in ["cross-site", "same-site"] {
        let r = app
            .client
            .get(app.url(&path))
            .header("sec-fetch-site", site)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403, "{site}");
    }
    assert_eq!(audited().await, 0);
    for site in ["same-origin", "none"] {
        let r = app
            .client
            .get(app.url(&path))
            .header("sec-fetch-site", site)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200, "{site}");
        r.bytes().await.unwrap();
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while audited().await < 2 {
        assert!(Instant::now() < deadline, "the exports were not recorded");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

// ---------------------------------------------------------------------------------------
// 6 and 7. Names hold no address and something to read; the email quotes them as data
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn a_name_with_a_web_address_is_refused_and_nothing_is_sent() {
    let app = spawn_app().await;
    let phishing = "URGENT: account suspended, log in at https://evil.example/login";
    for (field, value) in [
        ("name", phishing),
        ("name", "evil.com/login"),
        ("occupation", "write to boss@mine.example.org"),
    ] {
        let r = app
            .sign(OPEN, with(person("victim@example.org"), field, value))
            .await;
        assert_eq!(r.status().as_u16(), 422, "{field}: {value}");
        let page = r.text().await.unwrap();
        assert!(
            page.contains("A web address or an email address cannot be used here."),
            "{page}"
        );
    }
    for blank in ["\u{200D}", "\u{2800}", "\u{200E}\u{E0041}"] {
        let r = app
            .sign(OPEN, with(person("victim@example.org"), "name", blank))
            .await;
        assert_eq!(r.status().as_u16(), 422);
        assert!(r
            .text()
            .await
            .unwrap()
            .contains("This needs at least one letter or digit."));
    }
    assert_eq!(app.signature_count().await, 0);
    assert_eq!(app.outbox_count().await, 0);
}

#[tokio::test]
async fn the_email_quotes_the_name_apart_from_the_services_words() {
    let app = spawn_app().await;
    let name = "URGENT account suspended";
    let mail = app
        .sign_and_get_mail(OPEN, with(person("quoted@example.org"), "name", name))
        .await;
    let text = mail.text().replace("\r\n", "\n");
    assert!(
        text.contains(&format!(
            "The signature, exactly as it was typed into the form:\n    > {name}"
        )),
        "{text}"
    );
    assert!(!text.contains(&format!("as {name}")), "{text}");
    let html = mail.html();
    let quote = html.split("<blockquote").nth(1).expect("a quotation");
    assert!(quote.split("</blockquote>").next().unwrap().contains(name));
    assert_eq!(html.matches(name).count(), 1, "{html}");
    // Signing again after confirming: the "already signed" email quotes it the same way.
    app.post(&app.confirm_path(&mail)).await;
    let again = app
        .sign_and_get_mail(OPEN, with(person("quoted@example.org"), "name", name))
        .await;
    assert!(again
        .text()
        .replace("\r\n", "\n")
        .contains(&format!("\n    > {name}\n")));
}

// ---------------------------------------------------------------------------------------
// 8. Hiding a signer outlives their withdrawal and return
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn a_hidden_signer_who_withdraws_and_signs_again_stays_hidden() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    let form = with(
        with(person("hidden@example.org"), "name", "Hidden Signer"),
        "public",
        "on",
    );
    let mail = app.sign_and_confirm(OPEN, form.clone()).await;
    let listed = || async {
        app.get_text(&format!("/petitions/{OPEN}/signatures"))
            .await
            .1
            .contains("Hidden Signer")
    };
    assert!(listed().await);
    let id = app
        .scalar("SELECT id FROM signatures WHERE email = 'hidden@example.org'")
        .await;
    let r = post_form(
        &app,
        &format!("/admin/petitions/{OPEN}/signatures/{id}/hide"),
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    assert!(!listed().await);
    // Withdraw: the personal data goes; what is kept names nobody.
    assert_eq!(
        app.post(&app.withdraw_path(&mail)).await.status().as_u16(),
        200
    );
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM hidden_signers")
            .await,
        1
    );
    // A keyed hash, 64 hex digits; the row's address is gone.
    assert_eq!(
        app.scalar(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM hidden_signers WHERE LENGTH(signer_hash) = 64"
        )
        .await,
        1
    );
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE email IS NOT NULL")
            .await,
        0
    );
    // Sign again, public, with the address spelt differently; confirm.
    let again = with(form, "email", "Hidden@Example.ORG");
    app.sign_and_confirm(OPEN, again).await;
    assert_eq!(app.confirmed_total(OPEN).await, 1, "counted");
    assert!(!listed().await, "but not listed");
    let new_id = app
        .scalar("SELECT id FROM signatures WHERE status = 'confirmed'")
        .await;
    assert_ne!(new_id, id);
    // Showing the new signature again is remembered too.
    let r = post_form(
        &app,
        &format!("/admin/petitions/{OPEN}/signatures/{new_id}/unhide"),
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    assert!(listed().await);
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM hidden_signers")
            .await,
        0
    );
}

// ---------------------------------------------------------------------------------------
// 9. Confirmation after the petition stopped taking signatures; sessions; paths; slow clients
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn a_signature_confirmed_after_the_petition_stopped_taking_them_does_not_count() {
    let app = spawn_app().await;
    let mail = app
        .sign_and_get_mail(OPEN, person("late@example.org"))
        .await;
    let confirm = app.confirm_path(&mail);
    let petition = undersign::store::petitions::by_slug(app.state.store.reader(), OPEN)
        .await
        .unwrap()
        .unwrap();
    for state in [
        PetitionState::Closed,
        PetitionState::Delivered,
        PetitionState::Draft,
    ] {
        app.state
            .store
            .set_petition_state("test", petition.id, state, None, None, app.clock.now())
            .await
            .unwrap();
        let (status, page) = app.get_text(&confirm).await;
        assert_eq!(status, 409, "{state:?}");
        assert!(
            !page.contains("method=\"post\""),
            "no button to press: {page}"
        );
        let r = app.post(&confirm).await;
        assert_eq!(r.status().as_u16(), 409, "{state:?}");
        assert_eq!(
            app.scalar(
                "SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE status = 'confirmed'"
            )
            .await,
            0,
            "{state:?}"
        );
    }
    app.assert_counts_agree().await;
    // Open again, within the link's window: the same link confirms.
    app.state
        .store
        .set_petition_state(
            "test",
            petition.id,
            PetitionState::Open,
            None,
            None,
            app.clock.now(),
        )
        .await
        .unwrap();
    assert_eq!(app.post(&confirm).await.status().as_u16(), 200);
    assert_eq!(app.confirmed_total(OPEN).await, 1);
    // Withdrawing is the signer's right in any state.
    app.state
        .store
        .set_petition_state(
            "test",
            petition.id,
            PetitionState::Closed,
            None,
            None,
            app.clock.now(),
        )
        .await
        .unwrap();
    assert_eq!(
        app.post(&app.withdraw_path(&mail)).await.status().as_u16(),
        200
    );
    app.assert_counts_agree().await;
}

fn session_cookie(r: &reqwest::Response) -> String {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .find(|c| c.starts_with("undersign_session="))
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_owned()
}

#[tokio::test]
async fn logging_in_again_ends_the_browsers_first_session() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let first = session_cookie(&login_with(&app, ORGANIZER, PASSWORD).await);
    let second = session_cookie(&login_with(&app, ORGANIZER, PASSWORD).await);
    assert_ne!(first, second);
    let bare = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let with_cookie = |c: String| bare.get(app.url("/admin")).header("cookie", c).send();
    assert_eq!(
        with_cookie(first).await.unwrap().status().as_u16(),
        303,
        "ended"
    );
    assert_eq!(with_cookie(second).await.unwrap().status().as_u16(), 200);
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM sessions")
            .await,
        1
    );
}

#[tokio::test]
async fn a_badly_encoded_path_segment_is_the_404_page_on_every_route() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    for route in declared_routes().iter().filter(|r| r.contains('{')) {
        for bad in ["%FF", "%C3%28", "%E2%82"] {
            // Each parameter in turn, the others valid.
            let params: Vec<&str> = route.split('/').filter(|s| s.starts_with('{')).collect();
            for target in &params {
                let path: String = route
                    .split('/')
                    .map(|seg| match seg {
                        s if s == *target => bad.to_owned(),
                        "{slug}" => OPEN.to_owned(),
                        "{id}" => "1".to_owned(),
                        "{token}" => "A".repeat(43),
                        s => s.to_owned(),
                    })
                    .collect::<Vec<_>>()
                    .join("/");
                let get = app.get(&path).await;
                let post = app
                    .client
                    .post(app.url(&path))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(format!("csrf={csrf}"))
                    .send()
                    .await
                    .unwrap();
                for (method, r) in [("GET", get), ("POST", post)] {
                    let status = r.status().as_u16();
                    // 405: the route takes no such method, whatever its path holds.
                    assert!(status == 404 || status == 405, "{method} {path}: {status}");
                    if status == 404 {
                        let kind = r.headers()["content-type"].to_str().unwrap().to_owned();
                        assert!(kind.starts_with("text/html"), "{method} {path}: {kind}");
                        assert!(r.text().await.unwrap().contains("<h1"), "{method} {path}");
                    }
                }
            }
        }
    }
}

/// Whether the server closes `stream` within `limit`, while `trickle` keeps sending a
/// byte every `every` (never, when `None`).
fn closed_within(
    mut stream: std::net::TcpStream,
    trickle: Option<(&[u8], Duration)>,
    limit: Duration,
) -> bool {
    let started = Instant::now();
    let tick = trickle
        .map(|(_, every)| every)
        .unwrap_or(Duration::from_millis(100));
    stream.set_read_timeout(Some(tick)).unwrap();
    let mut sent = 0;
    let mut buf = [0u8; 4096];
    while started.elapsed() < limit {
        match stream.read(&mut buf) {
            Ok(0) => return true,
            // An answer (408) is fine; the close that follows is what is waited for.
            Ok(_) => continue,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return true,
        }
        if let Some((bytes, _)) = trickle {
            if stream.write_all(&bytes[sent % bytes.len()..][..1]).is_err() {
                return true;
            }
            sent += 1;
        }
    }
    false
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_are_cut_off() {
    let app = app()
        .settings(|s| {
            s.server.header_timeout_seconds = 1;
            s.server.body_timeout_seconds = 1;
        })
        .spawn()
        .await;
    let addr = app.address.trim_start_matches("http://").to_owned();
    let checks = tokio::task::spawn_blocking(move || {
        let connect = || std::net::TcpStream::connect(&addr).unwrap();
        // Slowloris: a header line a byte at a time, forever.
        let mut s = connect();
        s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").unwrap();
        let headers = closed_within(
            s,
            Some((b"X-Padding: aaaaaaaaaaaaaaaa\r\n", Duration::from_millis(200))),
            Duration::from_secs(10),
        );
        // A connection that never says anything.
        let idle = closed_within(connect(), None, Duration::from_secs(10));
        // A body trickled in.
        let mut s = connect();
        s.write_all(
            b"POST /petitions/test-open/sign HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 4000\r\n\r\nname=",
        )
        .unwrap();
        let body = closed_within(
            s,
            Some((b"aaaaaaaa", Duration::from_millis(200))),
            Duration::from_secs(10),
        );
        (headers, idle, body)
    })
    .await
    .unwrap();
    assert_eq!(checks, (true, true, true), "(headers, idle, body) cut off");
    // The service itself is fine.
    assert_eq!(app.get("/healthz").await.status().as_u16(), 200);
}
