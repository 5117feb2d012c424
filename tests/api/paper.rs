//! Paper sheets over HTTP (issue 17): numbered sheets printed and recorded, a sheet entered
//! through the organizer's form with its scan (a lying or oversized scan refused with nothing
//! stored), paper signatures counted and exported with their source and sheet, likely
//! duplicates flagged and decided both ways, and organizations verified with an audit trail.
use reqwest::multipart::{Form, Part};

use crate::admin::parse_csv;
use testkit::*;

const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

async fn print(app: &TestApp, count: &str, lang: &str) -> (u16, String) {
    app.get_text(&format!(
        "/admin/petitions/{OPEN}/sheets?count={count}&lang={lang}"
    ))
    .await
}

/// The sheet numbers on a printed page, in order.
fn numbers(page: &str) -> Vec<i64> {
    page.split("id=\"sheet-")
        .skip(1)
        .filter_map(|s| s.split('"').next()?.parse().ok())
        .collect()
}

struct Sheet<'a> {
    collected_by: &'a str,
    collected_at: &'a str,
    country: &'a str,
    /// kind, name, city, occupation or organization, visibility
    rows: Vec<[&'a str; 5]>,
    scan: Option<(&'a str, Vec<u8>)>,
}

fn sheet(rows: Vec<[&str; 5]>) -> Sheet<'_> {
    Sheet {
        collected_by: "Ivan Petrenko",
        collected_at: "2026-11-28",
        country: "UA",
        rows,
        scan: None,
    }
}

async fn enter(app: &TestApp, csrf: &str, number: i64, s: Sheet<'_>) -> reqwest::Response {
    let mut form = Form::new()
        .text("csrf", csrf.to_owned())
        .text("collected_by", s.collected_by.to_owned())
        .text("place", "Gate of shaft 3".to_owned())
        .text("collected_at", s.collected_at.to_owned())
        .text("country", s.country.to_owned());
    for (i, [kind, name, city, occupation, visibility]) in s.rows.iter().enumerate() {
        let n = i + 1;
        form = form
            .text(format!("row-{n}-kind"), kind.to_string())
            .text(format!("row-{n}-name"), name.to_string())
            .text(format!("row-{n}-city"), city.to_string())
            .text(format!("row-{n}-occupation"), occupation.to_string())
            .text(format!("row-{n}-visibility"), visibility.to_string());
    }
    if let Some((name, bytes)) = s.scan {
        form = form.part("scan", Part::bytes(bytes).file_name(name.to_owned()));
    }
    app.client
        .post(app.url(&format!("/admin/petitions/{OPEN}/paper/{number}")))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn signed_in() -> (TestApp, String) {
    let app = spawn_app().await;
    add_organizer(&app).await;
    let csrf = login(&app).await;
    (app, csrf)
}

fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![];
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(files_under(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[tokio::test]
async fn sheets_are_numbered_once_recorded_and_point_at_the_petition() {
    let (app, _) = signed_in().await;
    let (status, page) = print(&app, "3", "uk").await;
    assert_eq!(status, 200);
    assert_eq!(numbers(&page), [1, 2, 3]);
    assert!(page.contains("<svg"), "a QR code, inline");
    assert!(page.contains("lang=\"uk\""), "in the language asked");
    let target = format!("{}/petitions/{OPEN}?lang=uk", app.url(""));
    let target = target.replace("//petitions", "/petitions");
    assert!(
        page.contains(&target),
        "the address the QR code holds is printed"
    );
    let r = app.client.get(&target).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200, "and it opens the petition");

    let (_, again) = print(&app, "2", "en").await;
    assert_eq!(numbers(&again), [4, 5], "numbers are never given twice");
    for bad in ["0", "201", "ten", ""] {
        assert_eq!(print(&app, bad, "en").await.0, 400, "count={bad:?}");
    }
    // Printing records numbers and audits: another site's link may not make it happen.
    let r = app
        .client
        .get(app.url(&format!("/admin/petitions/{OPEN}/sheets?count=5&lang=en")))
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM sheets WHERE printed_by = 'organiser@example.org'")
            .await,
        5
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'sheets.print'")
            .await,
        2
    );
}

#[tokio::test]
async fn a_sheet_is_entered_with_its_scan_counted_and_exported() {
    let (app, csrf) = signed_in().await;
    print(&app, "1", "uk").await;
    let before = app.confirmed_total(OPEN).await;
    let mut s = sheet(vec![
        [
            "individual",
            "Олена Коваленко",
            "Кривий Ріг",
            "гірниця",
            "addressees",
        ],
        [
            "organization",
            "Юрій Самойлов",
            "Кривий Ріг",
            "Незалежна профспілка гірників",
            "public",
        ],
        ["individual", "", "", "", "addressees"],
    ]);
    s.scan = Some(("sheet-1.png", PNG.to_vec()));
    let r = enter(&app, &csrf, 1, s).await;
    assert_eq!(r.status().as_u16(), 303, "{}", r.text().await.unwrap());
    assert_eq!(
        app.confirmed_total(OPEN).await,
        before + 2,
        "the blank row is skipped"
    );
    app.assert_counts_agree().await;

    use sha2::Digest;
    let sha = hex::encode(sha2::Sha256::digest(PNG));
    let pid = app.petition_id(OPEN).await;
    let stored = std::path::Path::new(&app.settings.petitions.scan_dir)
        .join(pid.to_string())
        .join(format!("{sha}.png"));
    assert_eq!(
        std::fs::read(&stored).unwrap(),
        PNG,
        "kept under its SHA-256"
    );
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM sheets WHERE number = 1 AND scan_sha256 = '{sha}' \
             AND collected_by = 'Ivan Petrenko' AND collected_on = '2026-11-28' \
             AND entered_by = 'organiser@example.org'"
        ))
        .await,
        1
    );
    let r = app
        .get(&format!("/admin/petitions/{OPEN}/export.csv?format=full"))
        .await;
    let (header, rows) = parse_csv(&r.bytes().await.unwrap());
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let paper: Vec<_> = rows
        .iter()
        .filter(|r| &r[col("source")] == "paper")
        .collect();
    assert_eq!(paper.len(), 2);
    assert!(paper.iter().all(|r| &r[col("sheet")] == "1"));
    assert_eq!(&paper[0][col("name")], "Олена Коваленко");
    assert_eq!(&paper[0][col("visibility")], "addressees");
    assert_eq!(&paper[1][col("verified")], "false");
    assert_eq!(
        &paper[1][col("organization")],
        "Незалежна профспілка гірників"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'paper.enter' AND count = 2")
            .await,
        1
    );
    let (_, list) = app
        .get_text(&format!("/admin/petitions/{OPEN}/paper"))
        .await;
    assert!(
        list.contains("Ivan Petrenko"),
        "the sheet's provenance is listed"
    );

    // A number never printed for this petition is refused, and nothing is stored.
    let r = enter(
        &app,
        &csrf,
        99,
        sheet(vec![["individual", "A B", "Lviv", "", "addressees"]]),
    )
    .await;
    assert_eq!(r.status().as_u16(), 404);
    assert_eq!(app.confirmed_total(OPEN).await, before + 2);
}

#[tokio::test]
async fn a_lying_or_oversized_scan_and_a_bad_row_store_nothing() {
    let (app, csrf) = signed_in().await;
    print(&app, "1", "en").await;
    let row = [
        "individual",
        "Mykola Shevchuk",
        "Kryvyi Rih",
        "miner",
        "addressees",
    ];
    let before = app.signature_count().await;
    let scan_dir = std::path::PathBuf::from(&app.settings.petitions.scan_dir);

    let mut lying = sheet(vec![row]);
    lying.scan = Some(("sheet.pdf", PNG.to_vec()));
    let r = enter(&app, &csrf, 1, lying).await;
    assert_eq!(r.status().as_u16(), 422);
    assert!(r.text().await.unwrap().contains("PDF, JPEG or PNG"));

    let mut html = sheet(vec![row]);
    html.scan = Some(("sheet.png", b"<html><script>alert(1)</script>".to_vec()));
    assert_eq!(enter(&app, &csrf, 1, html).await.status().as_u16(), 422);

    let mut big = sheet(vec![row]);
    let mut bytes = PNG.to_vec();
    bytes.resize(10 * 1024 * 1024 + 1, 0);
    big.scan = Some(("sheet.png", bytes));
    assert_eq!(enter(&app, &csrf, 1, big).await.status().as_u16(), 413);

    let bad = sheet(vec![
        row,
        ["individual", "", "Kryvyi Rih", "miner", "addressees"],
    ]);
    let r = enter(&app, &csrf, 1, bad).await;
    assert_eq!(r.status().as_u16(), 422);
    assert!(r.text().await.unwrap().contains("Row 2"));

    let future = Sheet {
        collected_at: "2999-01-01",
        ..sheet(vec![row])
    };
    assert_eq!(enter(&app, &csrf, 1, future).await.status().as_u16(), 422);
    let no_csrf = enter(&app, "forged", 1, sheet(vec![row])).await;
    assert_eq!(no_csrf.status().as_u16(), 403);

    assert_eq!(app.signature_count().await, before, "nothing stored");
    assert!(files_under(&scan_dir).is_empty(), "no scan kept");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM sheets WHERE entered_at IS NOT NULL")
            .await,
        0
    );
}

#[tokio::test]
async fn likely_duplicates_are_flagged_not_merged_and_decided_both_ways() {
    let (app, csrf) = signed_in().await;
    app.sign_and_confirm(OPEN, person("olena@example.org"))
        .await;
    print(&app, "2", "en").await;
    let before = app.confirmed_total(OPEN).await;
    // Case, spacing and accents set aside: the online Olena Kovalenko of Kryvyi Rih.
    let r = enter(
        &app,
        &csrf,
        1,
        sheet(vec![
            [
                "individual",
                "OLENA  kovalenko",
                "Kryvyi Rih",
                "",
                "addressees",
            ],
            [
                "individual",
                "Олена Коваленко",
                "Кривий Ріг",
                "",
                "addressees",
            ],
            ["individual", "Jürgen Müller", "Bochum", "", "addressees"],
        ]),
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(
        app.confirmed_total(OPEN).await,
        before + 3,
        "entered, not merged"
    );
    let (_, page) = app
        .get_text(&format!("/admin/petitions/{OPEN}/paper"))
        .await;
    assert!(page.contains("Likely duplicates"));
    assert_eq!(
        page.matches("name=\"first\"").count(),
        1,
        "the Cyrillic spelling is not matched"
    );

    // "Two different people": the pair is no longer shown, and the decision is audited.
    let first = field(&page, "first");
    let second = field(&page, "second");
    let r = post_form(
        &app,
        &format!("/admin/petitions/{OPEN}/paper/not-duplicate"),
        &[("csrf", &csrf), ("first", &first), ("second", &second)],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, page) = app
        .get_text(&format!("/admin/petitions/{OPEN}/paper"))
        .await;
    assert!(!page.contains("name=\"first\""));
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'paper.not_duplicate'")
            .await,
        1
    );
    // A pair that is not the petition's (an id of nothing, or one signature twice).
    for (a, b) in [(first.as_str(), "999999"), (first.as_str(), first.as_str())] {
        let r = post_form(
            &app,
            &format!("/admin/petitions/{OPEN}/paper/not-duplicate"),
            &[("csrf", &csrf), ("first", a), ("second", b)],
        )
        .await;
        assert_eq!(r.status().as_u16(), 404, "{a} and {b}");
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM not_duplicates").await,
        1,
        "nothing more stored"
    );

    // The other way: a second sheet repeats Jürgen Müller; one of the two is removed.
    let r = enter(
        &app,
        &csrf,
        2,
        sheet(vec![[
            "individual",
            "Jurgen Muller",
            "BOCHUM",
            "",
            "addressees",
        ]]),
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, page) = app
        .get_text(&format!("/admin/petitions/{OPEN}/paper"))
        .await;
    assert_eq!(page.matches("name=\"first\"").count(), 1);
    let repeated = field(&page, "first");
    let r = post_form(
        &app,
        &format!("/admin/petitions/{OPEN}/signatures/{repeated}/remove"),
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, page) = app
        .get_text(&format!("/admin/petitions/{OPEN}/paper"))
        .await;
    assert!(!page.contains("name=\"first\""));
    assert_eq!(app.confirmed_total(OPEN).await, before + 3);
    app.assert_counts_agree().await;
}

#[tokio::test]
async fn organizations_are_verified_with_a_note_and_audited() {
    let (app, csrf) = signed_in().await;
    app.sign_and_confirm(
        OPEN,
        organization("Independent Miners' Union", "UA", "union@example.org"),
    )
    .await;
    let id = app
        .scalar("SELECT id FROM signatures WHERE kind = 'organization'")
        .await;
    let verify = |path: &'static str, note: &'static str| {
        let (app, csrf) = (&app, &csrf);
        async move {
            post_form(
                app,
                &format!("/admin/petitions/{OPEN}/signatures/{id}/{path}"),
                &[("csrf", csrf), ("note", note)],
            )
            .await
            .status()
            .as_u16()
        }
    };
    assert_eq!(
        verify("verify", "").await,
        400,
        "how it was verified is required"
    );
    assert_eq!(verify("verify", "called the union office").await, 303);
    let export = || async {
        let r = app
            .get(&format!("/admin/petitions/{OPEN}/export.csv?format=full"))
            .await;
        let (header, rows) = parse_csv(&r.bytes().await.unwrap());
        let col = header.iter().position(|h| h == "verified").unwrap();
        rows[0][col].to_owned()
    };
    assert_eq!(export().await, "true");
    assert_eq!(
        app.scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'signature.verify' \
             AND detail LIKE '%called the union office%'"
        )
        .await,
        1
    );
    assert_eq!(verify("unverify", "").await, 303);
    assert_eq!(export().await, "false");
    // A person is not an organization to verify.
    app.sign_and_confirm(OPEN, person("olena@example.org"))
        .await;
    let person_id = app
        .scalar("SELECT id FROM signatures WHERE kind = 'individual'")
        .await;
    let r = post_form(
        &app,
        &format!("/admin/petitions/{OPEN}/signatures/{person_id}/verify"),
        &[("csrf", &csrf), ("note", "letterhead")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 404);
}

#[tokio::test]
async fn signatures_from_before_the_match_key_get_one_at_migration_and_are_found() {
    use sea_orm::ConnectionTrait;
    let (app, csrf) = signed_in().await;
    app.sign_and_confirm(OPEN, person("olena@example.org"))
        .await;
    // As a database migrated from before paper sheets: the column there, every key empty.
    let db = app.state.store.reader();
    db.execute_unprepared("UPDATE signatures SET match_key = NULL")
        .await
        .unwrap();
    db.execute_unprepared("DELETE FROM installation WHERE name = 'match_keys_filled'")
        .await
        .unwrap();
    let store = &app.state.store;
    assert_eq!(store.backfill_match_keys(app.clock.now()).await.unwrap(), 1);
    assert_eq!(
        store.backfill_match_keys(app.clock.now()).await.unwrap(),
        0,
        "once per database"
    );
    store.migrate().await.unwrap();
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM signatures WHERE match_key IS NULL")
            .await,
        0
    );

    print(&app, "1", "en").await;
    let r = enter(
        &app,
        &csrf,
        1,
        sheet(vec![[
            "individual",
            "Olena Kovalenko",
            "Kryvyi Rih",
            "",
            "addressees",
        ]]),
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, page) = app
        .get_text(&format!("/admin/petitions/{OPEN}/paper"))
        .await;
    assert_eq!(
        page.matches("name=\"first\"").count(),
        1,
        "the earlier signature is found"
    );
}
