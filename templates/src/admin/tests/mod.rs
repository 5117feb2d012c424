//! Tests of every organizers' page: fixtures in `fixtures`, the rules every page keeps
//! here (messages in the catalog, text escaped, CSRF on every form), each page in `pages`.
mod fixtures;
mod pages;

use super::*;
use crate::i18n::Arg;
use fixtures::*;

/// The organizers' pages and their tests (whose samples use keys the service sets, such as
/// an editor's error), and the charts: where the admin catalog's keys are used.
const SOURCES: [&str; 14] = [
    include_str!("../mod.rs"),
    include_str!("../paper.rs"),
    include_str!("../dashboard.rs"),
    include_str!("../delivery.rs"),
    include_str!("../editor.rs"),
    include_str!("../login.rs"),
    include_str!("../moderation.rs"),
    include_str!("../people.rs"),
    include_str!("../petition.rs"),
    include_str!("../records.rs"),
    include_str!("../updates.rs"),
    include_str!("../../charts.rs"),
    include_str!("fixtures.rs"),
    include_str!("pages.rs"),
];

#[test]
fn every_message_exists_in_the_catalog() {
    for (name, html) in all_pages() {
        // A missing message shows as its key; no class, id or address here contains these.
        for prefix in ["admin-", "chart-", "err-", "field-", "label-"] {
            assert!(
                !html.contains(prefix),
                "{name}: a message is missing ({prefix}…): {html}"
            );
        }
    }
}

#[test]
fn every_key_in_this_file_is_in_the_catalog() {
    // Also the keys of branches the sample pages do not reach.
    let tr = en();
    let source = SOURCES.concat();
    let mut checked = 0;
    for piece in source.split('"').skip(1).step_by(2) {
        let is_key = (piece.starts_with("admin-") || piece.starts_with("chart-"))
            && piece.len() > "admin-".len()
            && piece
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if is_key {
            // A message with placeholders is only found with its arguments.
            let args: Vec<(&str, Arg)> = [
                "addressee",
                "author",
                "count",
                "country",
                "date",
                "days",
                "domain",
                "email",
                "language",
                "max",
                "n",
                "name",
                "query",
                "shown",
                "title",
                "top",
                "version",
                "sheets",
                "printed",
                "row",
                "problem",
                "column",
                "id",
                "sheet",
                "number",
                "sheetcount",
                "note",
            ]
            .into_iter()
            .map(|name| (name, Arg::from(2u64)))
            .collect();
            assert_ne!(
                tr.t_args(piece, &args),
                piece,
                "{piece} is not in the catalog"
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} keys found");
}

#[test]
fn every_message_of_the_admin_catalog_is_used() {
    // A translator should not have to translate dead text.
    let source = SOURCES.concat();
    let catalog = include_str!("../../../locales/en/admin.ftl");
    for line in catalog.lines() {
        let Some((key, _)) = line.split_once(" = ") else {
            continue;
        };
        if key.starts_with(|c: char| c.is_ascii_lowercase()) {
            assert!(
                source.contains(&format!("\"{key}\"")),
                "{key} is never used"
            );
        }
    }
}

#[test]
fn user_text_is_escaped_everywhere() {
    for (name, html) in all_pages() {
        assert!(!html.contains("<script"), "{name}: {html}");
        assert!(!html.contains("style="), "{name}");
        assert!(!html.contains("<style"), "{name}");
    }
}

#[test]
fn pages_have_the_language_and_the_stylesheet() {
    for (name, html) in all_pages() {
        assert!(html.starts_with("<!DOCTYPE html>"), "{name}");
        assert!(html.contains(r#"<html lang="en">"#), "{name}");
        assert!(html.contains(STYLESHEET_PATH), "{name}");
    }
}

#[test]
fn every_post_form_carries_the_csrf_token() {
    for (name, html) in all_pages() {
        if name.starts_with("login") || name.starts_with("delivery") {
            continue;
        }
        let posts = html.matches(r#"method="post""#).count();
        let tokens = html
            .matches(r#"<input type="hidden" name="csrf" value="CSRF-TOKEN-123">"#)
            .count();
        assert!(posts > 0, "{name}");
        assert_eq!(posts, tokens, "{name}: {html}");
    }
}
