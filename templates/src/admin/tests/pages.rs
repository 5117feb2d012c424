//! Each organizers' page on its own.
use super::super::*;
use super::fixtures::*;

#[test]
fn login_form() {
    let html = all_pages().remove(0).1;
    assert!(html.contains(r#"action="/admin/login""#));
    assert!(html.contains(r#"name="form_token" value="FT-1""#));
    assert!(html.contains(r#"name="email""#) && html.contains(r#"autocomplete="username""#));
    assert!(html.contains(r#"type="password" name="password" autocomplete="current-password""#));
    assert!(html.contains("The address or the password is wrong."));
    assert!(html.contains("Please wait 30 seconds"));
    assert!(html.contains(r#"for="login-email""#) && html.contains(r#"for="login-password""#));
    assert!(!html.contains("/admin/logout"), "nobody is signed in yet");
    assert!(html.contains("&lt;script&gt;"));
    let html = all_pages().remove(1).1;
    assert!(html.contains("Please wait 10 minutes"));
    assert!(!html.contains("wrong"));
}

#[test]
fn shell_has_menu_account_and_notice() {
    let html = dashboard(&en(), &dashboard_page()).into_string();
    assert!(html.contains(r#"href="/admin""#));
    assert!(html.contains(r#"href="/admin/petitions/new""#));
    assert!(html.contains("Signed in as org@example.org"));
    assert!(html.contains(r#"action="/admin/logout""#));
    assert!(html.contains(r#"role="status""#) && html.contains("3 signatures removed"));
}

#[test]
fn dashboard_lists_petitions_outbox_and_log() {
    let html = dashboard(&en(), &dashboard_page()).into_string();
    assert!(html.contains(r#"href="/admin/petitions/krivoy-rog""#));
    assert!(html.contains("Krivoy Rog &lt;script&gt;"));
    assert!(html.contains(">1,234<") && html.contains(">250,000<") && html.contains(">3,000<"));
    assert!(html.contains(r#"scope="colgroup""#) && html.contains(r#"scope="row""#));
    assert!(html.contains("<caption"));
    assert!(html.contains(r#"class="table-wrap" tabindex="0" role="region" aria-labelledby="#));
    assert!(html.contains("550 mailbox unavailable &lt;script&gt;"));
    assert!(html.contains("Removed the signatures of a domain"));
    assert!(html.contains("2 messages could not be delivered"));
    // Where each petition's personal data stands, and a warning before it goes.
    assert!(html.contains("kept while open"));
    assert!(html.contains("erased on 2027-06-30"));
    assert!(html.contains("erased 2026-01-31"));
    assert!(html.contains(
        "The personal data of the signers of “Closed &lt;script&gt;alert(1)&lt;/script&gt;” will be erased on 2027-06-30."
    ));
}

#[test]
fn petition_page_has_every_form_and_link() {
    let html = petition(&en(), &petition_page()).into_string();
    for needle in [
        r#"href="/admin/petitions/krivoy-rog/edit""#,
        r#"href="/admin/petitions/krivoy-rog/delivery""#,
        r#"href="/petitions/krivoy-rog""#,
        r#"href="/admin/petitions/krivoy-rog/export.csv?format=delivery""#,
        r#"href="/admin/petitions/krivoy-rog/export.csv?format=full""#,
        r#"method="post" action="/admin/petitions/krivoy-rog/state""#,
        r#"<select id="state" name="state""#,
        r#"<option value="delivered" selected>"#,
        r#"<textarea id="note" name="note""#,
        "Handed to the mayor &lt;script&gt;",
        r#"method="get" action="/admin/petitions/krivoy-rog""#,
        r#"name="q" value="&lt;script&gt;alert(1)&lt;/script&gt;""#,
        r#"action="/admin/petitions/krivoy-rog/signatures/41/hide""#,
        r#"action="/admin/petitions/krivoy-rog/signatures/41/remove""#,
        r#"action="/admin/petitions/krivoy-rog/signatures/42/unhide""#,
        r#"action="/admin/petitions/krivoy-rog/signatures/42/remove""#,
        r#"action="/admin/petitions/krivoy-rog/signatures/43/hide""#,
        r#"method="post" action="/admin/petitions/krivoy-rog/remove-domain""#,
        r#"name="domain""#,
        "4 signatures match",
        "Olena &lt;script&gt;",
        &format!("<code class=\"hash\">{}</code>", "ab".repeat(32)),
        "1,239",
        "current",
        r#"role="img""#,
        "Ukraine",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
    assert!(!html.contains("/signatures/41/unhide"));
    assert!(!html.contains("/signatures/42/hide\""));
    assert!(!html.contains("/signatures/43/remove"));
    assert!(!html.contains("/signatures/44/remove"));
}

#[test]
fn petition_page_before_a_search() {
    let mut p = petition_page();
    p.searched = false;
    p.query.clear();
    let html = petition(&en(), &p).into_string();
    assert!(!html.contains("results-caption"));
    let mut p = petition_page();
    p.results.clear();
    let html = petition(&en(), &p).into_string();
    assert!(html.contains("No signature matches"));
}

#[test]
fn new_petition_form() {
    let mut p = edit_page(false);
    p.errors.clear();
    p.creates_new_version = false;
    p.preview_html = None;
    let html = edit_petition(&en(), &p).into_string();
    assert!(html.contains(r#"method="post" action="/admin/petitions/new""#));
    assert!(html.contains(r#"<input id="f-slug" type="text" name="slug" value="krivoy-rog""#));
    for name in [
        "title",
        "author",
        "language",
        "goal",
        "accepts_individuals",
        "accepts_organizations",
    ] {
        assert!(html.contains(&format!(r#"name="{name}""#)), "{name}");
    }
    assert!(html.contains(r#"type="date" name="closes_on" value="2026-12-31""#));
    assert!(html.contains(r#"<textarea id="f-body" class="tall" name="body""#));
    assert!(html.contains(r#"<textarea id="f-addressees" name="addressees""#));
    assert!(html.contains(r#"<textarea id="f-summary" name="summary""#));
    assert!(html.contains(r#"name="accepts_individuals" value="on" checked"#));
    assert!(!html.contains(r#"name="accepts_organizations" value="on" checked"#));
    assert!(html.contains(r#"name="action" value="preview""#));
    assert!(html.contains(r#"name="action" value="save""#));
    assert!(!html.contains("aria-invalid"));
    assert!(!html.contains("People have signed this text"));
    assert!(html.contains("Body &lt;/textarea&gt;&lt;script&gt;"));
}

#[test]
fn editing_shows_errors_preview_and_the_version_warning() {
    let html = edit_petition(&en(), &edit_page(true)).into_string();
    assert!(html.contains(r#"method="post" action="/admin/petitions/krivoy-rog/edit""#));
    assert!(html.contains(r#"<input type="hidden" name="slug" value="krivoy-rog">"#));
    assert!(!html.contains(r#"id="f-slug" type="text""#));
    assert!(html.contains(r#"aria-invalid="true" aria-describedby="f-title-error""#));
    assert!(html.contains(r#"aria-describedby="f-language-error f-language-hint""#));
    assert!(html.contains(r#"<p class="error" id="f-title-error">Please fill this in.</p>"#));
    assert!(html.contains("Please enter a language code"));
    assert!(html.contains("Please let people, organisations or both sign."));
    assert!(html.contains("Another petition already has this address."));
    assert!(html.contains(r##"href="#f-title""##));
    assert!(html.contains("<p>Sanitised <em>preview</em></p>"));
    assert!(html.contains(r#"<article class="preview" lang="en">"#));
    assert!(html.contains("People have signed this text."));
    assert!(html.contains("Title &lt;script&gt;"));
}

#[test]
fn bulk_removal_asks_for_confirmation() {
    let html = bulk_remove(&en(), &bulk_page(3)).into_string();
    assert!(html.contains("3 signatures on"));
    assert!(html.contains("no longer counted, listed or exported"));
    assert!(html.contains(r#"method="post" action="/admin/petitions/krivoy-rog/remove-domain""#));
    assert!(html.contains(r#"<input type="hidden" name="domain" value="spam.example">"#));
    assert!(html.contains(r#"<input type="hidden" name="confirm" value="yes">"#));
    assert!(html.contains(r#"class="danger""#));
    assert!(html.contains("Remove these 3 signatures"));
    assert!(html.contains(r#"href="/admin/petitions/krivoy-rog""#));
    assert!(html.contains("Bot 3"));
    // The sample has no buttons of its own.
    assert!(!html.contains("/signatures/"));

    let html = bulk_remove(&en(), &bulk_page(1)).into_string();
    assert!(html.contains("One signature on") && html.contains("Remove this signature"));
    let html = bulk_remove(&en(), &bulk_page(0)).into_string();
    assert!(!html.contains("confirm"));
    assert!(html.contains("There is nothing to remove."));
}

#[test]
fn delivery_document_has_one_section_per_addressee_grouped_by_country() {
    let html = delivery(&en(), &delivery_doc(), &delivery_groups());
    assert_eq!(html.matches("<article class=\"doc\"").count(), 3);
    assert_eq!(html.matches("To: ").count(), 3);
    assert!(html.contains("To: The mayor of Kryvyi Rih"));
    assert!(html.contains("To: The minister &lt;script&gt;"));
    assert!(html.contains(r#"<body class="delivery">"#));
    assert!(html.contains(
        r#"<div class="text" lang="uk"><p>We, the undersigned, <strong>protest</strong>.</p></div>"#
    ));
    assert!(html.contains(r#"lang="uk">Stop the reprisals &lt;script&gt;"#));
    // Organizations first, by country, then people by country; numbered.
    let doc = &html[html.find("<article").unwrap()..html.find("</article>").unwrap()];
    let order = [
        "Germany (1)",
        "Org of Anna",
        "Ukraine (1)",
        "Org of Bohdan",
        "Poland (1)",
        "Celina",
        "Ukraine (5)",
        "Dmytro",
        "Evil &lt;script&gt;",
        "and 3 further people signed without their names",
        "Belarus (2)",
        "and 2 further people signed without their names",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|s| doc.find(s).unwrap_or_else(|| panic!("{s}")))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    assert!(doc.contains(r#"<li value="5">"#));
    assert!(doc.contains("1,200 members"));
    assert!(doc.contains("Anna, Chair"));
    assert!(doc.contains("signed version 2"));
    assert!(doc.contains(&"bb".repeat(32)));
    assert!(doc.contains(">2,400<"));
    // Nothing to press on paper.
    assert!(!html.contains("<form") && !html.contains("<button") && !html.contains("<nav"));
    assert!(!html.contains("<script"));
}

#[test]
fn delivery_without_addressees_still_prints_once() {
    let mut d = delivery_doc();
    d.addressees.clear();
    let html = delivery(&en(), &d, &delivery_groups());
    assert_eq!(html.matches("<article class=\"doc\"").count(), 1);
    assert!(!html.contains("To: "));
}

#[test]
fn every_notice_after_an_action_has_its_text() {
    for done in [
        "saved",
        "state",
        "hidden",
        "unhidden",
        "removed",
        "removed-domain",
        "erased",
    ] {
        for lang in crate::i18n::SUPPORTED {
            let text = notice(&Tr::new(lang), done).expect("a notice");
            assert!(!text.starts_with("admin-"), "{lang} {done}: {text}");
        }
    }
    assert_eq!(notice(&en(), "anything else"), None);
}

#[test]
fn updates_page_lists_counts_errors_preview_and_translations() {
    let html = updates(&en(), &updates_page()).into_string();
    assert!(html.contains(r#"action="/admin/petitions/krivoy-rog/updates""#));
    assert!(html.contains(r#"name="csrf" value="CSRF-TOKEN-123""#));
    assert!(html.contains(r#"name="nonce" value="NONCE-1""#));
    assert!(html.contains("would go to 1,234 signers"), "{html}");
    assert!(html.contains("English: 1,000") && html.contains("Українська: 234"));
    assert!(html.contains("3 signers' mail servers refused"), "{html}");
    assert!(html.contains("1,090") && html.contains("Delivered: Stop the reprisals"));
    // The errors, each linked to its field; the half translation's section is open.
    assert!(html.contains(r##"href="#u-body_uk""##));
    assert!(html.contains(r#"id="u-body_uk" name="body_uk""#));
    assert!(html.contains("<details open><summary>Українська"), "{html}");
    assert!(html.contains("<details><summary>Deutsch"));
    assert!(html.contains(r#"aria-invalid="true""#));
    // The Markdown hint is read out with each message box, after its error.
    assert!(
        html.contains(r#"aria-describedby="u-body-error u-body-hint""#),
        "{html}"
    );
    assert!(html.contains(r#"id="u-body_de-hint""#));
    // The preview as signers will read it; the organizer's subject escaped everywhere.
    assert!(html.contains("<em>Monday</em>"));
    assert!(!html.contains(EVIL));
    assert!(html.contains(r#"name="preview" value="1""#));
    assert!(html.contains("Send to 1,234 signers"));
}
