//! The delivery document streamed, and the delivery package with its manifest.
use undersign::domain::paper::Provenance;
use undersign::domain::{CountryCode, PaperSignature, Signer, Visibility};
use undersign::store::paper::SheetEntry;

use testkit::*;

/// Enters `n` paper signatures in `country`, named `{prefix} NNNN`; every tenth signed
/// without a name.
async fn seed_paper(app: &TestApp, n: usize, prefix: &str, country: &str) {
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
            visibility: Some(if i % 10 == 0 {
                Visibility::Anonymous
            } else {
                Visibility::Addressees
            }),
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
    seed_paper(&app, 2_345, "Polak", "PL").await;
    seed_paper(&app, 120, "Ukr", "UA").await;
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
