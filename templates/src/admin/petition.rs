//! One petition for organizers: figures by status, per day and by country, the search and
//! its results with the moderation buttons.
use maud::{html, Markup};

use super::records::{exports_table, languages_table, versions_table};
use super::view::{
    AdminContext, PetitionAdminPage, SignatureRow, SignatureStatus, StateView, StatusCounts,
};
use super::{
    admin_page, counted, csrf_field, kind_label, state_label, status_label, table_wrap, yes_no,
};
use crate::charts;
use crate::view::FormKind;
use crate::Tr;

/// `GET /admin/petitions/{slug}`: figures, charts, state, search and moderation, removal by
/// domain, exports and versions.
pub fn petition(tr: &Tr, p: &PetitionAdminPage) -> Markup {
    let ctx = &p.ctx;
    let base = format!("/admin/petitions/{}", p.slug);
    let body = html! {
        h1 { (p.title) }
        p { span.badge { (state_label(tr, p.state)) } }
        @if let Some(on) = &p.delivered_at {
            p { (tr.t_args("admin-delivered-on", &[("date", on.as_str().into())])) }
        }
        nav.links aria-label=(tr.t("admin-petition-actions")) {
            ul {
                li { a href={ (base) "/edit" } { (tr.t("admin-link-edit")) } }
                li { a href={ (base) "/delivery" } { (tr.t("admin-link-delivery")) } }
                li { a href={ (base) "/updates" } { (tr.t("admin-link-updates")) } }
                li { a href={ (base) "/paper" } { (tr.t("admin-link-paper")) } }
                li { a href={ "/petitions/" (p.slug) } { (tr.t("admin-link-public")) } }
                li { a href={ (base) "/export.csv?format=delivery" } { (tr.t("admin-link-export-delivery")) } }
                li { a href={ (base) "/package.zip" } { (tr.t("admin-link-package")) } }
                li { a href={ (base) "/export.csv?format=full" } { (tr.t("admin-link-export-full")) } }
            }
        }

        section aria-labelledby="figures-h" {
            h2 #figures-h { (tr.t("admin-figures-heading")) }
            (status_table(tr, &p.counts))
            dl.counts {
                div { dt { (tr.t("admin-members-confirmed")) } dd { (tr.number(p.counts.members)) } }
            }
        }

        section aria-labelledby="charts-h" {
            h2 #charts-h { (tr.t("admin-charts-heading")) }
            p.hint { (tr.t("admin-charts-note")) }
            div.charts {
                (charts::per_day(tr, &p.per_day))
                (charts::by_country(tr, &p.by_country))
            }
        }

        section aria-labelledby="state-h" {
            h2 #state-h { (tr.t("admin-state-heading")) }
            form method="post" action={ (base) "/state" } {
                (csrf_field(ctx))
                div.field {
                    label for="state" { (tr.t("admin-state-label")) }
                    p.hint #state-hint { (tr.t("admin-state-hint")) }
                    select #state name="state" aria-describedby="state-hint" {
                        @for s in StateView::ALL {
                            option value=(s.as_str()) selected[p.state == s] { (state_label(tr, s)) }
                        }
                    }
                }
                div.field {
                    label for="note" { (tr.t("admin-state-note")) " " span.optional { (tr.t("optional")) } }
                    p.hint #note-hint { (tr.t("admin-state-note-hint")) }
                    textarea #note name="note" rows="3" aria-describedby="note-hint" {
                        (p.delivery_note.as_deref().unwrap_or(""))
                    }
                }
                @if p.state != StateView::Delivered {
                    // Without the marker, a form that never offered the choice (an older
                    // page, a script) gets the default: signers are told.
                    input type="hidden" name="notify_offered" value="1";
                    div.check {
                        input #notify-signers type="checkbox" name="notify_signers" value="on" checked;
                        label for="notify-signers" { (tr.t("admin-state-notify")) }
                    }
                }
                button type="submit" { (tr.t("admin-state-submit")) }
            }
        }

        section aria-labelledby="search-h" {
            h2 #search-h { (tr.t("admin-search-heading")) }
            form.search method="get" action=(base) role="search" aria-labelledby="search-h" {
                div.field {
                    label for="q" { (tr.t("admin-search-label")) }
                    div.inline {
                        input #q type="search" name="q" value=(p.query) autocomplete="off" spellcheck="false";
                        button.secondary type="submit" { (tr.t("admin-search-submit")) }
                    }
                }
            }
            @if p.searched {
                @if p.results.is_empty() {
                    p { (tr.t_args("admin-search-none", &[("query", p.query.as_str().into())])) }
                } @else {
                    p.hint { (tr.t("admin-hidden-hint")) " " (tr.t("admin-remove-hint")) }
                    (signature_table(
                        tr,
                        &p.results,
                        "results-caption",
                        &tr.t_args("admin-search-caption", &counted(tr, p.results.len() as u64, &[("query", p.query.as_str().into())])),
                        Some((ctx, &base)),
                    ))
                }
            }
        }

        section aria-labelledby="domain-h" {
            h2 #domain-h { (tr.t("admin-domain-heading")) }
            p { (tr.t("admin-domain-intro")) }
            form method="post" action={ (base) "/remove-domain" } {
                (csrf_field(ctx))
                div.field {
                    label for="domain" { (tr.t("admin-domain-label")) }
                    p.hint #domain-hint { (tr.t("admin-domain-hint")) }
                    input #domain type="text" name="domain" required autocomplete="off"
                        autocapitalize="none" spellcheck="false" aria-describedby="domain-hint";
                }
                button.secondary type="submit" { (tr.t("admin-domain-submit")) }
            }
        }

        section aria-labelledby="exports-h" {
            h2 #exports-h { (tr.t("admin-exports-heading")) }
            @if p.exports.is_empty() {
                p { (tr.t("admin-exports-none")) }
            } @else {
                (exports_table(tr, &p.exports))
            }
        }

        section aria-labelledby="languages-h" {
            h2 #languages-h { (tr.t("admin-languages-heading")) }
            (languages_table(tr, &base, &p.languages))
        }

        section aria-labelledby="versions-h" {
            h2 #versions-h { (tr.t("admin-versions-heading")) }
            @if p.versions.is_empty() {
                p { (tr.t("admin-versions-none")) }
            } @else {
                (versions_table(tr, &p.versions))
            }
        }
    };
    admin_page(tr, Some(ctx), &p.title, body)
}

fn status_table(tr: &Tr, c: &StatusCounts) -> Markup {
    let rows = [
        (
            "admin-col-confirmed",
            c.confirmed_individual,
            c.confirmed_organization,
        ),
        (
            "admin-col-pending",
            c.pending_individual,
            c.pending_organization,
        ),
        (
            "admin-col-withdrawn",
            c.withdrawn_individual,
            c.withdrawn_organization,
        ),
        (
            "admin-col-removed",
            c.removed_individual,
            c.removed_organization,
        ),
    ];
    table_wrap(
        "figures-caption",
        html! {
            table.data.compact {
                caption #figures-caption { (tr.t("admin-figures-caption")) }
                thead { tr {
                    th scope="col" { (tr.t("admin-col-status")) }
                    th.num scope="col" { (tr.t("admin-col-people")) }
                    th.num scope="col" { (tr.t("admin-col-organizations")) }
                    th.num scope="col" { (tr.t("admin-col-total")) }
                } }
                tbody {
                    @for (key, people, orgs) in rows {
                        tr {
                            th scope="row" { (tr.t(key)) }
                            td.num { (tr.number(people)) }
                            td.num { (tr.number(orgs)) }
                            td.num { (tr.number(people.saturating_add(orgs))) }
                        }
                    }
                }
            }
        },
    )
}

/// Signatures as organizers see them; with `actions`, each row has its hide/unhide and remove
/// buttons.
pub(super) fn signature_table(
    tr: &Tr,
    rows: &[SignatureRow],
    caption_id: &str,
    caption: &str,
    actions: Option<(&AdminContext, &str)>,
) -> Markup {
    let table = html! {
        table.data {
            caption id=(caption_id) { (caption) }
            thead { tr {
                th scope="col" { (tr.t("admin-col-name")) }
                // Next to the name, so no one has to scroll sideways to act on a row.
                @if actions.is_some() { th scope="col" { (tr.t("admin-col-actions")) } }
                th scope="col" { (tr.t("admin-col-kind")) }
                th scope="col" { (tr.t("admin-col-status")) }
                th scope="col" { (tr.t("admin-col-organization")) }
                th scope="col" { (tr.t("admin-col-email")) }
                th scope="col" { (tr.t("admin-col-country")) }
                th scope="col" { (tr.t("admin-col-city")) }
                th scope="col" { (tr.t("admin-col-public")) }
                th scope="col" { (tr.t("admin-col-hidden")) }
                th scope="col" { (tr.t("admin-col-signed")) }
                th scope="col" { (tr.t("admin-col-comment")) }
            } }
            tbody {
                @for s in rows {
                    tr class=[matches!(s.status, SignatureStatus::Removed | SignatureStatus::Withdrawn).then_some("inactive")] {
                        th scope="row" { (s.name) }
                        @if let Some((ctx, base)) = actions {
                            td { (row_actions(tr, ctx, base, s)) }
                        }
                        td { (kind_label(tr, s.kind)) }
                        td { (status_label(tr, s.status)) }
                        td { (s.organization.as_deref().unwrap_or("")) }
                        td.email { (email(&s.email)) }
                        td { (s.country) }
                        td { (s.city.as_deref().unwrap_or("")) }
                        td { (yes_no(tr, s.public)) }
                        td { (yes_no(tr, s.hidden)) }
                        td.date { (s.created) }
                        td.long { (s.comment.as_deref().unwrap_or("")) }
                    }
                }
            }
        }
    };
    table_wrap(caption_id, table)
}

/// An address that may break after its `@` on a narrow column, rather than anywhere.
fn email(address: &str) -> Markup {
    match address.rsplit_once('@') {
        Some((local, domain)) => html! { (local) "@" wbr; (domain) },
        None => html! { (address) },
    }
}

fn row_actions(tr: &Tr, ctx: &AdminContext, base: &str, s: &SignatureRow) -> Markup {
    // "Hide" alone is ambiguous when a screen reader lists the buttons of a page; the name
    // completes it.
    let whose = tr.t_args("admin-row-of", &[("name", s.name.as_str().into())]);
    let (toggle, toggle_label) = if s.hidden {
        ("unhide", "admin-unhide")
    } else {
        ("hide", "admin-hide")
    };
    let removable = !matches!(
        s.status,
        SignatureStatus::Removed | SignatureStatus::Withdrawn
    );
    html! {
        div.row-actions {
            form method="post" action={ (base) "/signatures/" (s.id) "/" (toggle) } {
                (csrf_field(ctx))
                button.secondary.small type="submit" {
                    (tr.t(toggle_label)) span.visually-hidden { " — " (whose) }
                }
            }
            @if removable {
                form method="post" action={ (base) "/signatures/" (s.id) "/remove" } {
                    (csrf_field(ctx))
                    button.danger.small type="submit" {
                        (tr.t("admin-remove")) span.visually-hidden { " — " (whose) }
                    }
                }
            }
            @if s.kind == FormKind::Organization && s.status == SignatureStatus::Confirmed {
                (verification(tr, ctx, base, s, &whose))
            }
        }
    }
}

/// An organization's verification: how it was verified and the button that takes it back,
/// or the note and the button that give it.
fn verification(tr: &Tr, ctx: &AdminContext, base: &str, s: &SignatureRow, whose: &str) -> Markup {
    let note_id = format!("verify-note-{}", s.id);
    html! {
        @if let Some(note) = &s.verified {
            p.verified { (tr.t_args("admin-verified", &[("note", note.as_str().into())])) }
            form method="post" action={ (base) "/signatures/" (s.id) "/unverify" } {
                (csrf_field(ctx))
                button.secondary.small type="submit" {
                    (tr.t("admin-unverify-button")) span.visually-hidden { " — " (whose) }
                }
            }
        } @else {
            form.verify method="post" action={ (base) "/signatures/" (s.id) "/verify" } {
                (csrf_field(ctx))
                label for=(note_id) { (tr.t("admin-verify-note")) }
                input id=(note_id) type="text" name="note" required maxlength="300" autocomplete="off";
                button.secondary.small type="submit" {
                    (tr.t("admin-verify-button")) span.visually-hidden { " — " (whose) }
                }
            }
        }
    }
}
