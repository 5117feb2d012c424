//! Reads that cost the same at any size (issue 18): the public list pages by key, each
//! public signatory exactly once while people go on signing; a page past the end reads
//! nothing; the kept tallies (by status and kind, per day, on the public list) agree with a
//! recount through every kind of change.
use chrono::TimeDelta;
use undersign::domain::{PetitionState, Visibility};

use testkit::*;

/// `n` public signatories entered on one paper sheet: one confirmation moment for all, so
/// the list's order among them is the id's alone. Names `{prefix} 0001`, ….
async fn seed_public(app: &TestApp, n: usize, prefix: &str) {
    crate::delivery::seed_paper(app, n, prefix, "PL", |_| Visibility::Public).await;
}

/// The `{prefix} NNNN` names on a page, in order.
fn names(page: &str, prefix: &str) -> Vec<String> {
    page.split(&format!("<strong>{prefix} "))
        .skip(1)
        .map(|s| format!("{prefix} {}", &s[..4]))
        .collect()
}

/// The href of the link with `rel`, unescaped.
fn link(page: &str, rel: &str) -> Option<String> {
    let at = page.find(&format!("rel=\"{rel}\" href=\""))?;
    let rest = &page[at + rel.len() + 13..];
    Some(rest[..rest.find('"')?].replace("&amp;", "&"))
}

#[tokio::test]
async fn the_public_list_pages_by_key_and_shows_each_signatory_once_while_people_sign() {
    let app = spawn_app().await;
    seed_public(&app, 530, "Signer").await;
    app.assert_counts_agree().await;

    let (status, mut page) = app.get_text(&format!("/petitions/{OPEN}/signatures")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Page 1 of 11"), "530 at 50 a page");
    let mut seen = names(&page, "Signer");
    assert_eq!(seen.len(), 50);
    assert_eq!(seen[0], "Signer 0530", "newest first: the last entered");
    let mut pages = 1;
    while let Some(next) = link(&page, "next") {
        // People sign while the reader pages on: they are newer than the first page, so
        // they shift nothing the reader has yet to see.
        if pages <= 3 {
            app.clock.advance(TimeDelta::seconds(5));
            app.sign_and_confirm(
                OPEN,
                with(
                    person(&format!("new{pages}@example.org")),
                    "visibility",
                    "public",
                ),
            )
            .await;
        }
        let (status, next_page) = app.get_text(&next).await;
        assert_eq!(status, 200, "{next}");
        page = next_page;
        seen.extend(names(&page, "Signer"));
        pages += 1;
        assert!(pages <= 11, "more pages than the list has");
    }
    assert_eq!(pages, 11);
    let expected: Vec<String> = (1..=530).rev().map(|i| format!("Signer {i:04}")).collect();
    assert_eq!(seen, expected, "every one once, in order");

    // And back: the page before the last holds what it held.
    let back = link(&page, "prev").expect("a page before");
    let (_, before) = app.get_text(&back).await;
    let expected: Vec<String> = (31..=80).rev().map(|i| format!("Signer {i:04}")).collect();
    assert_eq!(names(&before, "Signer"), expected);

    // A page number past the end reads nothing and says so; one deeper than the numbered
    // pages go points to the way there.
    let (status, past) = app
        .get_text(&format!("/petitions/{OPEN}/signatures?page=1000000"))
        .await;
    assert_eq!(status, 200);
    assert!(names(&past, "Signer").is_empty());
    assert!(past.contains("There is no such page"), "{past}");
    let (_, deep) = app
        .get_text(&format!("/petitions/{OPEN}/signatures?page=11"))
        .await;
    assert!(names(&deep, "Signer").is_empty());
    assert!(deep.contains("Pages after page 10 are reached with Next"));
    // The first numbered pages are still there by number.
    let (_, second) = app
        .get_text(&format!("/petitions/{OPEN}/signatures?page=2"))
        .await;
    assert_eq!(names(&second, "Signer").len(), 50);
    // A forged or broken key is the first page, never an error.
    for odd in [
        "after=abc",
        "after=1.-5",
        "before=99999999999999999999.1",
        "after=.1",
    ] {
        let (status, _) = app
            .get_text(&format!("/petitions/{OPEN}/signatures?{odd}"))
            .await;
        assert_eq!(status, 200, "{odd}");
    }
}

#[tokio::test]
async fn the_tallies_agree_with_a_recount_through_every_change() {
    let app = spawn_app().await;
    let store = &app.state.store;
    let pid = app.petition_id(OPEN).await;
    // Pending, confirmed (public, addressees-only, anonymous), an organization.
    app.sign(OPEN, person("pending@example.org")).await;
    for (i, v) in ["public", "addressees", "anonymous", "public"]
        .iter()
        .enumerate()
    {
        app.sign_and_confirm(
            OPEN,
            with(person(&format!("c{i}@spam.example")), "visibility", v),
        )
        .await;
    }
    let union_mail = app
        .sign_and_confirm(
            OPEN,
            organization("Sintracarbón", "CO", "union@example.org"),
        )
        .await;
    app.assert_counts_agree().await;
    let figures = undersign::store::tallies::kept(store.reader(), pid)
        .await
        .unwrap();
    assert_eq!(figures.by_status.pending, [1, 0]);
    assert_eq!(figures.by_status.confirmed, [4, 1]);
    assert_eq!(figures.by_status.members, 12000);
    assert_eq!(figures.listed, 3, "two public people and the organization");
    assert_eq!(figures.per_day.iter().map(|(_, n)| n).sum::<u64>(), 5);

    let id_of = |email: &'static str| {
        let app = &app;
        async move {
            app.scalar(&format!(
                "SELECT id FROM signatures WHERE email = '{email}'"
            ))
            .await
        }
    };
    let now = app.clock.now();
    // Hidden and shown again.
    let public = id_of("c0@spam.example").await;
    assert!(store
        .set_hidden("test", pid, public, true, &app.state.keys, now)
        .await
        .unwrap());
    app.assert_counts_agree().await;
    assert_eq!(
        undersign::store::tallies::listed(store.reader(), pid)
            .await
            .unwrap(),
        2
    );
    store
        .set_hidden("test", pid, public, false, &app.state.keys, now)
        .await
        .unwrap();
    app.assert_counts_agree().await;
    // Removed, one by one and by domain.
    let removed = id_of("c3@spam.example").await;
    assert!(store
        .remove_signature("test", pid, removed, now)
        .await
        .unwrap());
    app.assert_counts_agree().await;
    assert!(
        store
            .remove_domain("test", pid, "spam.example", now)
            .await
            .unwrap()
            > 0
    );
    app.assert_counts_agree().await;
    // Withdrawn by the signer, through the link in the email.
    let r = app.post(&app.withdraw_path(&union_mail)).await;
    assert_eq!(r.status().as_u16(), 200);
    app.assert_counts_agree().await;
    // On paper.
    seed_public(&app, 3, "Paper").await;
    app.assert_counts_agree().await;
    // Pending past its window, purged.
    store
        .purge_expired(now + TimeDelta::days(30))
        .await
        .unwrap();
    app.assert_counts_agree().await;
    assert_eq!(
        undersign::store::tallies::kept(store.reader(), pid)
            .await
            .unwrap()
            .by_status
            .pending,
        [0, 0]
    );
    // Personal data erased after the petition closed: no name is listed any more.
    app.set_petition_state(OPEN, PetitionState::Closed, now)
        .await;
    store
        .purge_closed(180, now + TimeDelta::days(181), false)
        .await
        .unwrap();
    app.assert_counts_agree().await;
    assert_eq!(
        undersign::store::tallies::listed(store.reader(), pid)
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn signatures_from_before_the_tallies_are_tallied_by_the_migration() {
    use migrations::MigratorTrait;
    let app = spawn_app().await;
    app.sign(OPEN, person("pending@example.org")).await;
    app.sign_and_confirm(OPEN, with(person("a@example.org"), "visibility", "public"))
        .await;
    app.sign_and_confirm(
        OPEN,
        organization("Sintracarbón", "CO", "union@example.org"),
    )
    .await;
    seed_public(&app, 2, "Paper").await;
    // As a database from before the tallies: the migrations from there undone (the
    // tallies, the search index, its indexer, the delivery indexes), then done again over
    // the signatures there.
    let db = sea_orm::Database::connect(app.settings.database.url.as_str())
        .await
        .unwrap();
    migrations::Migrator::down(&db, Some(4)).await.unwrap();
    migrations::Migrator::up(&db, None).await.unwrap();
    let pid = app.petition_id(OPEN).await;
    let kept = undersign::store::tallies::kept(app.state.store.reader(), pid)
        .await
        .unwrap();
    assert_eq!(kept.by_status.pending, [1, 0]);
    assert_eq!(kept.by_status.confirmed, [3, 1]);
    assert_eq!(kept.listed, 4);
    app.assert_counts_agree().await;
}

#[tokio::test]
async fn the_search_finds_a_name_by_any_part_of_it_in_any_script_through_the_index() {
    let app = spawn_app().await;
    for (email, name, org) in [
        ("olena@example.org", "Олена Коваленко", None),
        ("marek@example.org", "Marek Łukasiewicz", None),
        ("amit@example.org", "अमित कुमार", None),
        ("zoe@example.org", "Zoë Ångström", None),
        ("union@sintracarbon.example", "Yuri", Some("Sintracarbón")),
    ] {
        let form = match org {
            Some(o) => with(organization(o, "CO", email), "name", name),
            None => with(person(email), "name", name),
        };
        app.sign_and_confirm(OPEN, form).await;
    }
    let pid = app.petition_id(OPEN).await;
    let find = |q: &'static str| {
        let app = &app;
        async move {
            undersign::store::moderation::search(app.state.store.reader(), pid, q, 50)
                .await
                .unwrap()
                .into_iter()
                .map(|s| s.email.unwrap_or_default())
                .collect::<Vec<_>>()
        }
    };
    // Whether the indexer has reached them or not (on SQLite the newest are read directly
    // until it does), then once it has taken every one.
    for indexed in [false, true] {
        if indexed {
            while app.state.store.index_search().await.unwrap() > 0 {}
        }
        for (q, who) in [
            ("оваленк", "olena@example.org"), // inside a Cyrillic surname
            ("ОЛЕНА", "olena@example.org"),   // any case
            ("lukasie", "marek@example.org"), // Ł as L
            ("ŁUKA", "marek@example.org"),
            ("कुमार", "amit@example.org"),  // Devanagari, signs and all
            ("mit कु", "amit@example.org"), // no: Latin and Devanagari do not mix
            ("angstr", "zoe@example.org"), // Å and ö without their marks
            ("tracarbon", "union@sintracarbon.example"), // inside an organization's name
            ("marek@exa", "marek@example.org"), // part of an address
        ] {
            let found = find(q).await;
            if q == "mit कु" {
                assert!(found.is_empty(), "{q}: {found:?}");
            } else {
                assert_eq!(found, [who], "{q} (indexed: {indexed})");
            }
        }
        // Common to all four people, found once each, newest first.
        assert_eq!(
            find("example.org").await,
            [
                "zoe@example.org",
                "amit@example.org",
                "marek@example.org",
                "olena@example.org"
            ],
            "indexed: {indexed}"
        );
        // A page's worth of matches among the newest is the answer (on PostgreSQL without
        // asking the trigram index).
        let two: Vec<_> =
            undersign::store::moderation::search(app.state.store.reader(), pid, "example.org", 2)
                .await
                .unwrap()
                .into_iter()
                .map(|s| s.email.unwrap_or_default())
                .collect();
        assert_eq!(two, ["zoe@example.org", "amit@example.org"]);
    }
    // A Latin spelling of a Cyrillic name is another name.
    assert!(find("olena kov").await.is_empty());
    // Two letters: a country, not a part of a name.
    assert_eq!(find("co").await, ["union@sintracarbon.example"]);
    assert_eq!(find("ua").await.len(), 4, "the four people");
    // Fewer than three letters that are no country find nothing (the index is of
    // trigrams), and so does a query of punctuation.
    assert!(find("ł").await.is_empty());
    assert!(find("%%%").await.is_empty());
    // A signature withdrawn is erased, and found no more.
    let mail = app
        .mailbox()
        .to("olena@example.org")
        .into_iter()
        .next()
        .unwrap();
    assert_eq!(
        app.post(&app.withdraw_path(&mail)).await.status().as_u16(),
        200
    );
    assert!(find("оваленк").await.is_empty());
    // The organizers' page searches the same way.
    add_organizer(&app).await;
    login(&app).await;
    let (status, page) = app
        .get_text(&format!("/admin/petitions/{OPEN}?q=%C5%81UKA"))
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("Marek Łukasiewicz"), "{page}");
}

#[tokio::test]
async fn the_first_page_of_the_list_is_kept_and_renewed_by_every_change_it_shows() {
    let app = spawn_app().await;
    let page = || async {
        let (status, html) = app.get_text(&format!("/petitions/{OPEN}/signatures")).await;
        assert_eq!(status, 200);
        html
    };
    let visible =
        |name: &str, email: &str| with(with(person(email), "name", name), "visibility", "public");
    app.sign_and_confirm(OPEN, visible("Anna First", "anna@example.org"))
        .await;
    let first = page().await;
    assert!(first.contains("Anna First"));
    assert_eq!(page().await, first, "served again as it was");
    // A confirmation shows at once, not a second later.
    app.sign_and_confirm(OPEN, visible("Bohdan Second", "bohdan@example.org"))
        .await;
    assert!(page().await.contains("Bohdan Second"));
    // So does hiding one.
    let id = app
        .scalar("SELECT id FROM signatures WHERE name = 'Bohdan Second'")
        .await;
    let pid = app.petition_id(OPEN).await;
    app.state
        .store
        .set_hidden("test", pid, id, true, &app.state.keys, app.clock.now())
        .await
        .unwrap();
    let after = page().await;
    assert!(!after.contains("Bohdan Second") && after.contains("Anna First"));
}

#[tokio::test]
async fn recount_rebuilds_the_kept_figures_after_a_change_made_outside_the_service() {
    use sea_orm::ConnectionTrait;
    let app = spawn_app().await;
    for email in ["a@example.org", "b@example.org", "c@example.org"] {
        app.sign_and_confirm(OPEN, with(person(email), "visibility", "public"))
            .await;
    }
    // A repair by hand: one signature taken back with SQL, which keeps no figure.
    let db = sea_orm::Database::connect(app.settings.database.url.as_str())
        .await
        .unwrap();
    db.execute_unprepared(
        "UPDATE signatures SET status = 'withdrawn', name = NULL WHERE email = 'b@example.org'",
    )
    .await
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_undersign"))
        .args([
            "--config",
            crate::declarations::write_config(&app).to_str().unwrap(),
            "recount",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains(&format!("{OPEN}: 2 confirmed (kept before: 3)")),
        "{said}"
    );
    app.assert_counts_agree().await;
    let pid = app.petition_id(OPEN).await;
    assert_eq!(
        undersign::store::tallies::listed(app.state.store.reader(), pid)
            .await
            .unwrap(),
        2
    );
}

#[tokio::test]
async fn list_reads_wait_their_turn_and_a_flood_of_them_leaves_the_petition_page_alone() {
    let app = spawn_app().await;
    seed_public(&app, 60, "Turn").await;
    let (_, first) = app.get_text(&format!("/petitions/{OPEN}/signatures")).await;
    let next = first
        .split("href=\"")
        .map(|s| &s[..s.find('"').unwrap_or(0)])
        .find(|h| h.contains("after="))
        .expect("a Next link")
        .replace("&amp;", "&");
    // Every turn taken, as by a flood of readers in flight.
    let permits = app.state.list_reads.available_permits() as u32;
    let held = app.state.list_reads.acquire_many(permits).await.unwrap();
    // The petition page and the cached first page are served; a read of the database waits,
    // then asks to come back.
    assert_eq!(app.get(&format!("/petitions/{OPEN}")).await.status(), 200);
    assert_eq!(
        app.get(&format!("/petitions/{OPEN}/signatures"))
            .await
            .status(),
        200
    );
    let r = app.get(&next).await;
    assert_eq!(r.status().as_u16(), 429);
    assert_eq!(r.headers()["retry-after"], "1");
    drop(held);
    let (status, page) = app.get_text(&next).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Turn 0010"),
        "the next page once a turn is free"
    );
}
