//! The delivery document streamed, and the delivery package with its manifest.
use undersign::domain::paper::Provenance;
use undersign::domain::{CountryCode, PaperSignature, Signer, Visibility};
use undersign::store::paper::SheetEntry;

use testkit::*;

/// Enters `n` paper signatures in `country` on one sheet, named `{prefix} NNNN`, the `i`th
/// at `visibility(i)`.
pub(crate) async fn seed_paper(
    app: &TestApp,
    n: usize,
    prefix: &str,
    country: &str,
    visibility: impl Fn(usize) -> Visibility,
) {
    let store = &app.state.store;
    let p = undersign::store::petitions::by_slug(store.reader(), OPEN)
        .await
        .unwrap()
        .unwrap();
    let now = app.clock.now();
    let numbers = store
        .print_sheets("test", p.id, 1, "en", &p.text_sha256(), now)
        .await
        .unwrap();
    let rows = (1..=n)
        .map(|i| PaperSignature {
            signer: Signer::Individual {
                name: format!("{prefix} {i:04}"),
                occupation: None,
            },
            country: CountryCode::parse(country).unwrap(),
            city: None,
            visibility: Some(visibility(i)),
        })
        .collect();
    let entry = SheetEntry {
        number: numbers[0],
        provenance: Provenance {
            collected_by: "Anna".into(),
            place: None,
            collected_on: now.date_naive(),
        },
        scan: None,
        rows,
    };
    store.enter_sheets("test", &p, &[entry], now).await.unwrap();
}

/// Every tenth signed without a name, the others for the addressees.
fn tenth_unnamed(i: usize) -> Visibility {
    if i % 10 == 0 {
        Visibility::Anonymous
    } else {
        Visibility::Addressees
    }
}

/// The `{prefix} NNNN` names in `html`, in order.
fn names(html: &str, prefix: &str) -> Vec<String> {
    html.split(&format!("<strong>{prefix} "))
        .skip(1)
        .map(|s| format!("{prefix} {}", &s[..4]))
        .collect()
}

/// The numbers of a list's items, in order.
fn item_numbers(html: &str) -> Vec<u64> {
    html.split("<li value=\"")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].parse().unwrap())
        .collect()
}

#[tokio::test]
async fn the_delivery_document_streams_every_named_signatory_once_in_each_copy() {
    let app = spawn_app().await;
    // More than a batch of names in one country, and a second country.
    seed_paper(&app, 2_345, "Polak", "PL", tenth_unnamed).await;
    seed_paper(&app, 120, "Ukr", "UA", tenth_unnamed).await;
    app.sign_and_confirm(
        OPEN,
        organization("Niezależny Związek", "PL", "nz@example.org"),
    )
    .await;
    app.sign_and_confirm(
        OPEN,
        organization("Strike Committee", "UA", "sc@example.org"),
    )
    .await;
    let pid = app.petition_id(OPEN).await;
    let org = app
        .scalar("SELECT id FROM signatures WHERE email = 'sc@example.org'")
        .await;
    assert!(app
        .state
        .store
        .set_verified("test", pid, org, Some("called the office"), app.clock.now())
        .await
        .unwrap());
    add_organizer(&app).await;
    login(&app).await;

    let r = app.get(&format!("/admin/petitions/{OPEN}/delivery")).await;
    assert_eq!(r.status().as_u16(), 200);
    // Streamed: no length known in advance; private.
    assert!(r.headers().get("content-length").is_none(), "{r:?}");
    assert_eq!(r.headers()["cache-control"], "no-store");
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let doc = r.text().await.unwrap();
    assert!(doc.starts_with("<!DOCTYPE html>") && doc.ends_with("</body></html>"));
    assert!(doc.contains("rel=\"stylesheet\"") && !doc.contains("<style"));
    let copies: Vec<&str> = doc.split("<article class=\"doc\"").skip(1).collect();
    assert_eq!(copies.len(), 2, "one copy per addressee");
    let expected = |prefix: &str, n: usize| -> Vec<String> {
        (1..=n)
            .filter(|i| i % 10 != 0)
            .map(|i| format!("{prefix} {i:04}"))
            .collect()
    };
    for copy in copies {
        assert_eq!(copy.matches("</article>").count(), 1);
        // Each named person once, in the order they came; the unnamed counted, not named.
        assert_eq!(names(copy, "Polak"), expected("Polak", 2_345));
        assert_eq!(names(copy, "Ukr"), expected("Ukr", 120));
        assert!(
            copy.contains("Poland (2,345)"),
            "the heading counts the unnamed"
        );
        assert!(copy.contains("and 234 further people signed without their names"));
        assert!(copy.contains("and 12 further people signed without their names"));
        // The verified organization first, under its own heading; then the other.
        let verified = copy
            .find("Organisations verified by the organisers")
            .unwrap();
        let others = copy.find("Other organisations").unwrap();
        let people = copy.find("<h2>People</h2>").unwrap();
        assert!(verified < copy.find("Strike Committee").unwrap());
        assert!(copy.find("Strike Committee").unwrap() < others);
        assert!(others < people);
        assert!(others < copy.find("Niezależny Związek").unwrap());
        assert!(copy.contains("1 organisation has not been verified by the organisers."));
        // Organizations numbered 1, 2 on from the verified one; people from 1, their
        // countries in order of name.
        let numbers = item_numbers(copy);
        assert_eq!(numbers[..2], [1, 2]);
        let people_numbers = &numbers[2..];
        let named = expected("Polak", 2_345).len() + expected("Ukr", 120).len();
        assert_eq!(
            people_numbers,
            (1..=named as u64).collect::<Vec<_>>().as_slice()
        );
        let people = &copy[people..];
        assert!(people.find("Poland (").unwrap() < people.find("Ukraine (120)").unwrap());
    }
    // The counts at the top are the kept ones.
    assert!(
        doc.contains(">2,467<"),
        "total: 2,345 + 120 + 2 organizations"
    );
}

/// Unpacks `zip` into `dir` with Python's zipfile (a reader that shares no code with the
/// writer), then runs `sha256sum --strict -c manifest.txt` there: whether it passed, and
/// what it said.
fn unpack_and_check(zip: &std::path::Path, dir: &std::path::Path) -> (bool, String) {
    let unpacked = std::process::Command::new("python3")
        .args(["-m", "zipfile", "-e"])
        .arg(zip)
        .arg(dir)
        .output()
        .expect("python3");
    assert!(unpacked.status.success(), "{unpacked:?}");
    check(dir)
}

fn check(dir: &std::path::Path) -> (bool, String) {
    let out = std::process::Command::new("sha256sum")
        .args(["--strict", "-c", "manifest.txt"])
        .current_dir(dir)
        .output()
        .expect("sha256sum");
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

#[tokio::test]
async fn the_delivery_package_verifies_against_its_manifest() {
    use sha2::Digest;
    let app = spawn_app().await;
    seed_paper(&app, 1_500, "Шахтар", "UA", tenth_unnamed).await;
    app.sign_and_confirm(
        OPEN,
        with(
            person("olena@example.org"),
            "name",
            "Олена \"=1+1\" Коваленко",
        ),
    )
    .await;
    add_organizer(&app).await;
    login(&app).await;

    // Another site's link may not make an organizer's browser record a package.
    let r = app
        .client
        .get(app.url(&format!("/admin/petitions/{OPEN}/package.zip")))
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);

    let r = app
        .get(&format!("/admin/petitions/{OPEN}/package.zip"))
        .await;
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["content-type"], "application/zip");
    assert_eq!(r.headers()["cache-control"], "no-store");
    assert!(r.headers().get("content-length").is_none(), "streamed");
    let disposition = r.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(disposition.contains("-package.zip"), "{disposition}");
    let bytes = r.bytes().await.unwrap();
    let dir = app.dir.path().join("package");
    std::fs::create_dir_all(&dir).unwrap();
    let zip = dir.join("package.zip");
    std::fs::write(&zip, &bytes).unwrap();
    let unpacked = dir.join("unpacked");
    let (ok, said) = unpack_and_check(&zip, &unpacked);
    assert!(ok, "{said}");
    assert_eq!(said.matches(": OK").count(), 2, "{said}");

    let manifest = std::fs::read_to_string(unpacked.join("manifest.txt")).unwrap();
    let pid = app.petition_id(OPEN).await;
    let p = undersign::store::petitions::by_slug(app.state.store.reader(), OPEN)
        .await
        .unwrap()
        .unwrap();
    for line in [
        format!("# petition: {} ({OPEN})", p.title),
        format!("# text: version 1, sha256 {}", p.text_sha256()),
        "# confirmed signatures: 1501; names the addressees receive (rows of the CSV): 1351".into(),
        "by organiser@example.org".into(),
    ] {
        assert!(manifest.contains(&line), "{line} not in:\n{manifest}");
    }
    // The CSV is the delivery export, byte for byte; the document is the delivery page.
    let csv_name = manifest
        .lines()
        .find(|l| l.ends_with("-delivery.csv"))
        .unwrap()
        .split_once("  ")
        .unwrap()
        .1;
    let csv = std::fs::read(unpacked.join(csv_name)).unwrap();
    let export = app
        .get(&format!(
            "/admin/petitions/{OPEN}/export.csv?format=delivery"
        ))
        .await
        .bytes()
        .await
        .unwrap();
    assert_eq!(csv, export.to_vec());
    assert!(String::from_utf8_lossy(&csv).contains(r#""Олена ""=1+1"" Коваленко""#));
    let doc_name = manifest
        .lines()
        .find(|l| l.ends_with("-delivery.html"))
        .unwrap()
        .split_once("  ")
        .unwrap()
        .1;
    let doc = std::fs::read_to_string(unpacked.join(doc_name)).unwrap();
    assert!(doc.contains("Шахтар 1499") && doc.ends_with("</body></html>"));
    // Opened from the unpacked folder, it carries its stylesheet; the page the site serves
    // links it.
    assert!(doc.contains("<style>") && doc.contains("ol.names"));
    assert!(!doc.contains("rel=\"stylesheet\""));

    // Recorded like an export, with the SHA-256 of the file as sent, and audited.
    let sha = hex::encode(sha2::Sha256::digest(&bytes));
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM exports WHERE petition_id = {pid} AND format = 'package' \
             AND sha256 = '{sha}' AND rows = 1351 AND actor = 'organiser@example.org'"
        ))
        .await,
        1
    );

    // A file changed after the package was made fails the check.
    std::fs::write(unpacked.join(csv_name), [csv.as_slice(), b"x"].concat()).unwrap();
    let (ok, said) = check(&unpacked);
    assert!(!ok && said.contains("FAILED"), "{said}");

    // The same from the command line.
    let out_file = dir.join("cli.zip");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_undersign"))
        .args([
            "--config",
            crate::declarations::write_config(&app).to_str().unwrap(),
            "package",
            OPEN,
            "--out",
        ])
        .arg(&out_file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    let sha = hex::encode(sha2::Sha256::digest(std::fs::read(&out_file).unwrap()));
    assert!(said.contains(&format!("1351 rows, sha256 {sha}")), "{said}");
    let (ok, checked) = unpack_and_check(&out_file, &dir.join("cli"));
    assert!(ok, "{checked}");
    assert!(
        std::fs::read_to_string(dir.join("cli").join("manifest.txt"))
            .unwrap()
            .contains(" by cli\n")
    );
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM exports WHERE format = 'package' AND actor = 'cli' \
             AND sha256 = '{sha}'"
        ))
        .await,
        1
    );
}
