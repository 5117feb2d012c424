//! The organizers' side over HTTP: login with cookies, CSRF, every route behind a session,
//! moderation, the audit log, exports read back with the csv crate, the text-version rule.
use chrono::TimeDelta;

use testkit::*;

#[tokio::test]
async fn an_organizer_signs_in_sees_the_dashboard_and_signs_out() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    app.sign_and_confirm(OPEN, person("a@example.org")).await;
    let csrf = login(&app).await;
    let (_, dash) = app.get_text("/admin").await;
    assert!(dash.contains("Stop the reprisals against the miners of Krivoy Rog"));
    assert!(dash.contains("A draft"), "drafts are on the dashboard");
    assert!(dash.contains(ORGANIZER));
    let r = post_form(&app, "/admin/logout", &[("csrf", &csrf)]).await;
    assert_eq!(r.status().as_u16(), 303);
    let r = app.get("/admin").await;
    assert_eq!(r.status().as_u16(), 303, "the session is gone");
    assert_eq!(r.headers()["location"], "/admin/login");
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_account_get_the_same_answer() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let wrong = login_with(&app, ORGANIZER, "not the password").await;
    let unknown = login_with(&app, "nobody@example.org", PASSWORD).await;
    assert_eq!(wrong.status().as_u16(), 401);
    assert_eq!(unknown.status().as_u16(), 401);
    let (a, b) = (wrong.text().await.unwrap(), unknown.text().await.unwrap());
    assert!(a.contains("The address or the password is wrong."));
    let strip = |s: &str, e: &str| s.replace(e, "").replace(&field(s, "form_token"), "");
    assert_eq!(
        strip(&a, ORGANIZER),
        strip(&b, "nobody@example.org"),
        "the pages differ only in what was typed"
    );
}

#[tokio::test]
async fn login_is_rate_limited_per_account() {
    let app = app()
        .settings(|s| s.limits.login_per_account_burst = 3)
        .spawn()
        .await;
    add_organizer(&app).await;
    for _ in 0..3 {
        assert_eq!(
            login_with(&app, ORGANIZER, "guess").await.status().as_u16(),
            401
        );
    }
    let r = login_with(&app, ORGANIZER, PASSWORD).await;
    assert_eq!(r.status().as_u16(), 429, "even the right password waits");
    assert!(r.headers().contains_key("retry-after"));
    app.clock.advance(TimeDelta::minutes(5));
    assert_eq!(
        login_with(&app, ORGANIZER, PASSWORD)
            .await
            .status()
            .as_u16(),
        303
    );
}

#[tokio::test]
async fn every_admin_route_is_refused_without_a_session() {
    let app = spawn_app().await;
    let gets = [
        "/admin".to_owned(),
        "/admin/petitions/new".to_owned(),
        format!("/admin/petitions/{OPEN}"),
        format!("/admin/petitions/{OPEN}/edit"),
        format!("/admin/petitions/{OPEN}/export.csv?format=full"),
        format!("/admin/petitions/{OPEN}/delivery"),
        format!("/admin/petitions/{OPEN}/package.zip"),
        format!("/admin/petitions/{OPEN}/updates"),
        format!("/admin/petitions/{OPEN}/paper"),
        format!("/admin/petitions/{OPEN}/sheets?count=1"),
        format!("/admin/petitions/{OPEN}/paper/1"),
        "/admin/people?email=olena%40example.org".to_owned(),
    ];
    for path in &gets {
        let r = app.get(path).await;
        assert_eq!(r.status().as_u16(), 303, "{path}");
        assert_eq!(r.headers()["location"], "/admin/login", "{path}");
    }
    let posts = [
        "/admin/logout".to_owned(),
        "/admin/petitions/new".to_owned(),
        format!("/admin/petitions/{OPEN}/edit"),
        format!("/admin/petitions/{OPEN}/state"),
        format!("/admin/petitions/{OPEN}/signatures/1/hide"),
        format!("/admin/petitions/{OPEN}/signatures/1/remove"),
        format!("/admin/petitions/{OPEN}/remove-domain"),
        format!("/admin/petitions/{OPEN}/updates"),
        "/admin/people/export".to_owned(),
        "/admin/people/erase".to_owned(),
        format!("/admin/petitions/{OPEN}/paper/1"),
        format!("/admin/petitions/{OPEN}/paper/not-duplicate"),
    ];
    for path in &posts {
        let r = post_form(
            &app,
            path,
            &[
                ("csrf", "x"),
                ("state", "closed"),
                ("domain", "example.org"),
                ("confirm", "yes"),
                ("subject", "Hearing"),
                ("body", "On Monday"),
                ("email", "olena@example.org"),
            ],
        )
        .await;
        assert_eq!(r.status().as_u16(), 303, "{path}");
        assert_eq!(r.headers()["location"], "/admin/login", "{path}");
    }
    assert_eq!(app.api(OPEN).await["state"], "open", "nothing changed");
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM updates")
            .await,
        0,
        "no update written"
    );
}

#[tokio::test]
async fn a_forged_or_missing_csrf_token_is_refused() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    for token in ["", "0000", &csrf[..csrf.len() - 1]] {
        let r = post_form(
            &app,
            &format!("/admin/petitions/{OPEN}/state"),
            &[("csrf", token), ("state", "closed")],
        )
        .await;
        assert_eq!(r.status().as_u16(), 403, "{token:?}");
    }
    assert_eq!(app.api(OPEN).await["state"], "open");
    let r = post_form(
        &app,
        &format!("/admin/petitions/{OPEN}/state"),
        &[("csrf", &csrf), ("state", "closed")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(app.api(OPEN).await["state"], "closed");
}

#[tokio::test]
async fn sessions_end_when_idle() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    login(&app).await;
    app.clock.advance(TimeDelta::minutes(121));
    assert_eq!(app.get("/admin").await.status().as_u16(), 303);
}

#[tokio::test]
async fn moderation_hides_removes_and_is_audited() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    app.sign_and_confirm(
        OPEN,
        with(person("keep@example.org"), "name", "Kept Signer"),
    )
    .await;
    app.sign_and_confirm(
        OPEN,
        with(person("hide@example.org"), "name", "Hidden Signer"),
    )
    .await;
    app.sign_and_confirm(OPEN, with(person("bot1@spam.example"), "name", "Bot One"))
        .await;
    app.sign_and_confirm(OPEN, with(person("bot2@spam.example"), "name", "Bot Two"))
        .await;
    let csrf = login(&app).await;

    let (status, found) = app
        .get_text(&format!("/admin/petitions/{OPEN}?q=hidden"))
        .await;
    assert_eq!(status, 200, "{found}");
    assert!(
        found.contains("hide@<wbr>example.org"),
        "the address, breakable on a phone"
    );
    let id = app
        .scalar("SELECT id FROM signatures WHERE email = 'hide@example.org'")
        .await;
    let r = post_form(
        &app,
        &format!("/admin/petitions/{OPEN}/signatures/{id}/hide"),
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, list) = app.get_text(&format!("/petitions/{OPEN}/signatures")).await;
    assert!(!list.contains("Hidden Signer") && list.contains("Kept Signer"));
    assert_eq!(app.confirmed_total(OPEN).await, 4, "hidden still counts");

    // Removing by domain asks first, then removes.
    let r = post_form(
        &app,
        &format!("/admin/petitions/{OPEN}/remove-domain"),
        &[("csrf", &csrf), ("domain", "spam.example")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains("bot1@<wbr>spam.example") && page.contains("value=\"yes\""));
    assert_eq!(
        app.confirmed_total(OPEN).await,
        4,
        "nothing removed before confirming"
    );
    let r = post_form(
        &app,
        &format!("/admin/petitions/{OPEN}/remove-domain"),
        &[
            ("csrf", &csrf),
            ("domain", "spam.example"),
            ("confirm", "yes"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(app.confirmed_total(OPEN).await, 2);

    for action in ["signature.hide", "signatures.remove_domain", "login"] {
        let sql = format!("SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = '{action}' AND actor = '{ORGANIZER}'");
        assert_eq!(app.scalar(&sql).await, 1, "{action} in the audit log");
    }
    let (_, dash) = app.get_text("/admin").await;
    assert!(dash.contains("spam.example"), "the dashboard shows the log");
    let removed = app
        .scalar("SELECT count FROM audit_log WHERE action = 'signatures.remove_domain'")
        .await;
    assert_eq!(removed, 2);
    app.assert_counts_agree().await;
}

pub(crate) fn parse_csv(bytes: &[u8]) -> (Vec<String>, Vec<csv::StringRecord>) {
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with a byte-order mark"
    );
    assert!(
        bytes.windows(2).filter(|w| w == b"\r\n").count() >= 1,
        "CRLF"
    );
    let mut r = csv::ReaderBuilder::new().from_reader(&bytes[3..]);
    let header = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r.records().map(|x| x.unwrap()).collect();
    (header, rows)
}

#[tokio::test]
async fn exports_hold_exactly_the_confirmed_signers_safely() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    app.sign_and_confirm(
        OPEN,
        with(person("olena@example.org"), "name", "Олена Коваленко"),
    )
    .await;
    app.sign_and_confirm(
        OPEN,
        with(
            with(person("pl@example.org"), "name", "Łukasz Żółć"),
            "country",
            "PL",
        ),
    )
    .await;
    app.sign_and_confirm(
        OPEN,
        with(
            with(person("in@example.org"), "name", "राजेश कुमार"),
            "comment",
            "=HYPERLINK(\"http://evil\")",
        ),
    )
    .await;
    app.sign_and_confirm(OPEN, organization("Zakhyst Pratsi", "UA", "zp@example.org"))
        .await;
    app.sign_and_get_mail(OPEN, person("pending@example.org"))
        .await;
    app.sign_and_confirm(
        OPEN,
        with(person("removed@example.org"), "name", "Removed Person"),
    )
    .await;
    let id = app
        .scalar("SELECT id FROM signatures WHERE email = 'removed@example.org'")
        .await;
    let csrf = login(&app).await;
    post_form(
        &app,
        &format!("/admin/petitions/{OPEN}/signatures/{id}/remove"),
        &[("csrf", &csrf)],
    )
    .await;

    let r = app
        .get(&format!(
            "/admin/petitions/{OPEN}/export.csv?format=delivery"
        ))
        .await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains(".csv"));
    let bytes = r.bytes().await.unwrap();
    let (header, rows) = parse_csv(&bytes);
    assert_eq!(header.join(","), "number,type,name,organization,role,members,occupation,city,country,country_name,comment,confirmed_at");
    assert_eq!(rows.len() as u64, app.confirmed_total(OPEN).await);
    assert_eq!(rows.len(), 4);
    let names: Vec<&str> = rows.iter().map(|r| &r[2]).collect();
    assert_eq!(
        names,
        [
            "Олена Коваленко",
            "Łukasz Żółć",
            "राजेश कुमार",
            "Yuri Samoilov"
        ],
        "in confirmation order, intact"
    );
    assert_eq!(
        &rows[2][10], "'=HYPERLINK(\"http://evil\")",
        "formula guarded"
    );
    assert_eq!(&rows[3][1], "organization");
    assert_eq!(&rows[3][5], "12000");
    assert_eq!(&rows[1][8], "PL");
    assert_eq!(&rows[1][9], "Poland");
    assert!(chrono::DateTime::parse_from_rfc3339(&rows[0][11]).is_ok());
    assert!(
        !String::from_utf8_lossy(&bytes).contains("example.org"),
        "no address in the delivery format"
    );

    let r = app
        .get(&format!("/admin/petitions/{OPEN}/export.csv?format=full"))
        .await;
    let (header, rows) = parse_csv(&r.bytes().await.unwrap());
    assert_eq!(
        &header[12..17],
        ["email", "public", "updates", "language", "created_at"]
    );
    assert_eq!(
        &header[17..],
        [
            "text_version",
            "text_sha256",
            "text_language",
            "visibility",
            "source",
            "sheet",
            "verified"
        ]
    );
    assert_eq!(&rows[0][12], "olena@example.org");
    assert_eq!(&rows[0][17], "1");
    assert_eq!(rows[0][18].len(), 64);
    assert_eq!(&rows[0][19], "en", "the version read: the original");
    assert_eq!(&rows[0][20], "public", "the box was ticked");
    assert_eq!(&rows[0][21], "online");
    assert_eq!(&rows[0][22], "", "no sheet");
    assert_eq!(&rows[0][23], "", "a person is not verified");

    // Each export is recorded with its SHA-256.
    let recorded = app
        .scalar(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM exports WHERE rows = 4 AND length(sha256) = 64",
        )
        .await;
    assert_eq!(recorded, 2);
}

#[tokio::test]
async fn the_cli_export_writes_the_same_list_and_records_it() {
    let app = spawn_app().await;
    app.sign_and_confirm(
        OPEN,
        with(person("cli@example.org"), "name", "Олена Коваленко"),
    )
    .await;
    let config = crate::declarations::write_config(&app);
    let out = app.dir.path().join("list.csv");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_undersign"))
        .args([
            "--config",
            config.to_str().unwrap(),
            "export",
            OPEN,
            "--format",
            "delivery",
            "--out",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        stdout.contains("1 rows") && stdout.contains(out.to_str().unwrap()),
        "{stdout}"
    );
    let bytes = std::fs::read(&out).unwrap();
    let (_, rows) = parse_csv(&bytes);
    assert_eq!(&rows[0][2], "Олена Коваленко");
    let sha = format!("{:x}", <sha2::Sha256 as sha2::Digest>::digest(&bytes));
    assert!(stdout.contains(&sha), "the printed SHA-256 is the file's");
    let recorded = app
        .scalar(&format!(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM exports WHERE sha256 = '{sha}' AND actor = 'cli'"
        ))
        .await;
    assert_eq!(recorded, 1);
}

#[tokio::test]
async fn a_signed_text_is_frozen_and_an_edit_makes_a_new_version() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    let edit = |title: &'static str| {
        let csrf = csrf.clone();
        let app = &app;
        async move {
            let (_, page) = app.get_text(&format!("/admin/petitions/{OPEN}/edit")).await;
            let body = field_textarea(&page, "body");
            post_form(
                app,
                &format!("/admin/petitions/{OPEN}/edit"),
                &[
                    ("csrf", &csrf),
                    ("slug", OPEN),
                    ("title", title),
                    ("summary", "s"),
                    (
                        "addressees",
                        "The Ukrainian Government\nThe management of the Krivoy Rog mines",
                    ),
                    ("author", "IMCG"),
                    ("language", "en"),
                    ("accepts_individuals", "on"),
                    ("accepts_organizations", "on"),
                    ("visibility_public", "on"),
                    ("visibility_addressees", "on"),
                    ("visibility_anonymous", "on"),
                    ("default_visibility", "addressees"),
                    ("goal", "1000"),
                    ("closes_on", ""),
                    ("body", &body),
                    ("action", "save"),
                ],
            )
            .await
        }
    };
    // Nobody has signed: an edit replaces version 1.
    assert_eq!(edit("First title").await.status().as_u16(), 303);
    assert_eq!(
        app.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM petition_versions")
            .await,
        5,
        "one per petition"
    );
    app.sign_and_confirm(OPEN, person("v1@example.org")).await;
    // Now the text is frozen: an edit makes version 2; the first signature keeps version 1.
    assert_eq!(edit("Second title").await.status().as_u16(), 303);
    app.sign_and_confirm(OPEN, person("v2@example.org")).await;
    let v = |email: &str| {
        format!("SELECT CAST(v.number AS BIGINT) FROM signatures s JOIN petition_versions v ON v.id = s.version_id WHERE s.email = '{email}'")
    };
    assert_eq!(app.scalar(&v("v1@example.org")).await, 1);
    assert_eq!(app.scalar(&v("v2@example.org")).await, 2);
    let (_, doc) = app
        .get_text(&format!("/admin/petitions/{OPEN}/delivery"))
        .await;
    assert!(doc.contains("Second title"));
    assert!(
        doc.contains("The Ukrainian Government")
            && doc.contains("The management of the Krivoy Rog mines")
    );
    assert_eq!(
        doc.matches("<article class=\"doc\"").count(),
        2,
        "one document per addressee"
    );
}

fn field_textarea(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\"");
    let start = html.find(&marker).unwrap();
    let open = start + html[start..].find('>').unwrap() + 1;
    let close = open + html[open..].find("</textarea>").unwrap();
    unescape(&html[open..close])
}

#[tokio::test]
async fn organizer_accounts_from_the_command_line() {
    let app = spawn_app().await;
    let config = crate::declarations::write_config(&app);
    let run = |args: &[&str], stdin: &str| {
        use std::io::Write;
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_undersign"))
            .args(["--config", config.to_str().unwrap()])
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let add = run(
        &["organizer", "add", "Chair@Example.org", "--password-stdin"],
        &format!("{PASSWORD}\n"),
    );
    assert!(
        add.status.success(),
        "{}",
        String::from_utf8_lossy(&add.stderr)
    );
    assert!(
        !run(
            &["organizer", "add", "chair@example.org", "--password-stdin"],
            &format!("{PASSWORD}\n")
        )
        .status
        .success(),
        "once"
    );
    assert!(
        !run(
            &["organizer", "add", "short@example.org", "--password-stdin"],
            "short\n"
        )
        .status
        .success(),
        "too short"
    );
    let list = run(&["organizer", "list"], "");
    assert!(String::from_utf8_lossy(&list.stdout).contains("chair@example.org"));
    // The account works over HTTP.
    let r = login_with(&app, "chair@example.org", PASSWORD).await;
    assert_eq!(r.status().as_u16(), 303);
    assert!(run(
        &[
            "organizer",
            "passwd",
            "chair@example.org",
            "--password-stdin"
        ],
        "another long password\n"
    )
    .status
    .success());
    assert_eq!(
        app.get("/admin").await.status().as_u16(),
        303,
        "a new password ends the sessions"
    );
    assert!(run(&["organizer", "remove", "chair@example.org"], "")
        .status
        .success());
    assert_eq!(
        login_with(&app, "chair@example.org", "another long password")
            .await
            .status()
            .as_u16(),
        401
    );
}

#[tokio::test]
async fn a_german_organizer_gets_a_german_dashboard() {
    let app = spawn_app().await;
    add_organizer(&app).await;
    login(&app).await;
    let de = templates::Tr::new("de");
    assert_eq!(de.lang(), "de");
    let r = app
        .client
        .get(app.url("/admin"))
        .header("accept-language", "de-DE,de;q=0.9,en;q=0.4")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains("<html lang=\"de\""), "{page}");
    for key in ["admin-outbox-heading", "admin-audit-heading"] {
        assert!(page.contains(&de.t(key)), "{key} is not in German");
        assert_ne!(de.t(key), templates::Tr::new("en").t(key));
    }
}

#[tokio::test]
async fn organizers_pages_are_never_compressed() {
    // They hold a CSRF token next to reflected input: compressed, their size could leak it.
    let app = spawn_app().await;
    add_organizer(&app).await;
    login(&app).await;
    for path in ["/admin", "/admin/login"] {
        let r = app
            .client
            .get(app.url(path))
            .header("accept-encoding", "br, gzip")
            .send()
            .await
            .unwrap();
        assert!(!r.headers().contains_key("content-encoding"), "{path}");
    }
}

#[tokio::test]
async fn every_shipped_declaration_saves_unchanged_from_the_editor() {
    // The file import and the editor read a petition through one parser: what a file says,
    // the editor shows, and saving it as shown changes nothing.
    let app = app()
        .settings(|s| {
            s.petitions.import_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/declarations").into();
        })
        .spawn()
        .await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    let db = app.state.store.reader();
    let shipped: Vec<_> = undersign::store::petitions::all(db)
        .await
        .unwrap()
        .into_iter()
        .filter(|p| !p.slug.starts_with("test-"))
        .collect();
    assert!(shipped.len() >= 9, "{} shipped declarations", shipped.len());
    for before in shipped {
        let slug = before.slug.clone();
        let (status, page) = app.get_text(&format!("/admin/petitions/{slug}/edit")).await;
        assert_eq!(status, 200, "{slug}");
        let input = |name: &str| unescape(&field(&page, name));
        let checked = |name: &str| {
            let at = page.find(&format!("name=\"{name}\"")).unwrap();
            let tag = &page[page[..at].rfind('<').unwrap()..at + page[at..].find('>').unwrap()];
            if tag.contains("checked") {
                "on"
            } else {
                ""
            }
        };
        let (title, summary, author) = (
            input("title"),
            field_textarea(&page, "summary"),
            input("author"),
        );
        let (language, goal, closes_on) = (input("language"), input("goal"), input("closes_on"));
        let addressees = field_textarea(&page, "addressees");
        let body = field_textarea(&page, "body");
        // The option the select shows as chosen.
        let default_visibility = {
            let select = &page[page.find("name=\"default_visibility\"").unwrap()..];
            let selected = &select[..select.find(" selected").unwrap()];
            selected[selected.rfind("value=\"").unwrap() + 7..]
                .split('"')
                .next()
                .unwrap()
                .to_owned()
        };
        let r = post_form(
            &app,
            &format!("/admin/petitions/{slug}/edit"),
            &[
                ("csrf", &csrf),
                ("title", &title),
                ("summary", &summary),
                ("addressees", &addressees),
                ("author", &author),
                ("language", &language),
                ("accepts_individuals", checked("accepts_individuals")),
                ("accepts_organizations", checked("accepts_organizations")),
                ("visibility_public", checked("visibility_public")),
                ("visibility_addressees", checked("visibility_addressees")),
                ("visibility_anonymous", checked("visibility_anonymous")),
                ("default_visibility", &default_visibility),
                ("goal", &goal),
                ("closes_on", &closes_on),
                ("body", &body),
                ("action", "save"),
            ],
        )
        .await;
        assert_eq!(
            r.status().as_u16(),
            303,
            "{slug}: {}",
            r.text().await.unwrap()
        );
        let after = undersign::store::petitions::by_slug(db, &slug)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (
                &after.title,
                &after.summary,
                &after.addressees,
                &after.author
            ),
            (
                &before.title,
                &before.summary,
                &before.addressees,
                &before.author
            ),
            "{slug}"
        );
        assert_eq!(
            (
                &after.language,
                after.accepts,
                after.goal,
                after.closes_at,
                &after.body
            ),
            (
                &before.language,
                before.accepts,
                before.goal,
                before.closes_at,
                &before.body
            ),
            "{slug}"
        );
        assert_eq!(after.visibility, before.visibility, "{slug}");
        assert_eq!(after.text_sha256(), before.text_sha256(), "{slug}");
        assert_eq!(
            after.version_id, before.version_id,
            "{slug}: no new version"
        );
    }
}
