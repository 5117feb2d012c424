//! The organisers' pages: sign-in, the dashboard, one petition's figures and moderation, the
//! petition editor, the confirmation before removing a domain's signatures, and the printable
//! delivery document.
//!
//! Every POST form on a page behind the sign-in carries the session's CSRF token as the hidden
//! field `csrf`. No page has any script.
use maud::{html, Markup, PreEscaped, DOCTYPE};

use crate::admin_view::{
    AdminContext, AuditEntry, BulkRemovePage, CountryGroup, DashboardPage, DeliveryDocument,
    DeliverySignatory, EditPetitionPage, ExportView, LanguageVersionView, LoginPage, OutboxView,
    PetitionAdminPage, PetitionRow, SignatureRow, StatusCounts, VersionView,
};
use crate::charts;
use crate::i18n::{language_name, Arg};
use crate::{Tr, STYLESHEET_PATH};

/// A message's arguments for a count: `count` to choose the plural form, `n` to show it with its
/// digits grouped, then `extra`.
fn counted<'a>(tr: &Tr, n: u64, extra: &[(&'a str, Arg)]) -> Vec<(&'a str, Arg)> {
    let mut args = vec![("count", Arg::from(n)), ("n", Arg::Str(tr.number(n)))];
    args.extend_from_slice(extra);
    args
}

/// A count that the data model keeps signed; negative never happens, but must not panic.
fn number_i64(tr: &Tr, n: i64) -> String {
    u64::try_from(n).map_or_else(|_| n.to_string(), |n| tr.number(n))
}

fn state_label(tr: &Tr, state: &str) -> String {
    match state {
        "draft" => tr.t("admin-state-draft"),
        "open" => tr.t("admin-state-open"),
        "closed" => tr.t("admin-state-closed"),
        "delivered" => tr.t("admin-state-delivered"),
        other => other.to_owned(),
    }
}

fn kind_label(tr: &Tr, kind: &str) -> String {
    match kind {
        "individual" => tr.t("admin-kind-individual"),
        "organization" => tr.t("admin-kind-organization"),
        other => other.to_owned(),
    }
}

fn status_label(tr: &Tr, status: &str) -> String {
    match status {
        "pending" => tr.t("admin-status-pending"),
        "confirmed" => tr.t("admin-status-confirmed"),
        "withdrawn" => tr.t("admin-status-withdrawn"),
        "removed" => tr.t("admin-status-removed"),
        other => other.to_owned(),
    }
}

fn action_label(tr: &Tr, action: &str) -> String {
    match action {
        "login" => tr.t("admin-action-login"),
        "logout" => tr.t("admin-action-logout"),
        "petition.create" => tr.t("admin-action-petition-create"),
        "petition.edit" => tr.t("admin-action-petition-edit"),
        "petition.state" => tr.t("admin-action-petition-state"),
        "signature.hide" => tr.t("admin-action-signature-hide"),
        "signature.unhide" => tr.t("admin-action-signature-unhide"),
        "signature.remove" => tr.t("admin-action-signature-remove"),
        "signatures.remove_domain" => tr.t("admin-action-signatures-remove-domain"),
        "export" => tr.t("admin-action-export"),
        other => other.to_owned(),
    }
}

fn format_label(tr: &Tr, format: &str) -> String {
    match format {
        "delivery" => tr.t("admin-format-delivery"),
        "full" => tr.t("admin-format-full"),
        other => other.to_owned(),
    }
}

fn yes_no(tr: &Tr, b: bool) -> String {
    tr.t(if b { "admin-yes" } else { "admin-no" })
}

fn csrf_field(ctx: &AdminContext) -> Markup {
    html! { input type="hidden" name="csrf" value=(ctx.csrf); }
}

/// A table that scrolls sideways on a narrow screen. The container can take the focus, so the
/// table can be scrolled with the keyboard, and is named after the table's caption (`label_id`).
fn table_wrap(label_id: &str, table: Markup) -> Markup {
    html! {
        div.table-wrap tabindex="0" role="region" aria-labelledby=(label_id) { (table) }
    }
}

/// The shell of every organisers' page: the site's stylesheet, a header with the menu, who is
/// signed in and the sign-out button (when someone is), the notice of the last action, `body`.
fn admin_page(tr: &Tr, ctx: Option<&AdminContext>, title: &str, body: Markup) -> Markup {
    let site = tr.t("site-name");
    html! {
        (DOCTYPE)
        html lang=(tr.lang()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="robots" content="noindex, nofollow";
                title { (title) " · " (tr.t("admin-title-suffix")) " · " (site) }
                link rel="stylesheet" href=(STYLESHEET_PATH);
            }
            body.admin {
                a.skip href="#main" { (tr.t("skip-to-content")) }
                header.site {
                    a.brand href="/" { (site) }
                    span.tagline { (tr.t("admin-area")) }
                    @if let Some(ctx) = ctx {
                        nav.menu aria-label=(tr.t("admin-nav-label")) {
                            ul {
                                li { a href="/admin" { (tr.t("admin-nav-dashboard")) } }
                                li { a href="/admin/petitions/new" { (tr.t("admin-nav-new")) } }
                            }
                        }
                        div.account {
                            span.who { (tr.t_args("admin-signed-in-as", &[("email", ctx.organizer_email.as_str().into())])) }
                            form.logout method="post" action="/admin/logout" {
                                (csrf_field(ctx))
                                button.link type="submit" { (tr.t("admin-logout")) }
                            }
                        }
                    }
                }
                main #main {
                    @if let Some(notice) = ctx.and_then(|c| c.notice.as_deref()) {
                        div.status-box role="status" { p { (notice) } }
                    }
                    (body)
                }
            }
        }
    }
}

/// `GET /admin/login`.
pub fn login(tr: &Tr, p: &LoginPage) -> Markup {
    let title = tr.t("admin-login-title");
    let body = html! {
        h1 { (title) }
        p { (tr.t("admin-login-intro")) }
        @if p.failed || p.retry_after.is_some() {
            div.notice role="alert" {
                @if p.failed { p { strong { (tr.t("admin-login-failed")) } } }
                @if let Some(secs) = p.retry_after {
                    p { (retry_message(tr, secs)) }
                }
            }
        }
        form.narrow method="post" action="/admin/login" {
            input type="hidden" name="form_token" value=(p.form_token);
            div.field {
                label for="login-email" { (tr.t("admin-login-email")) }
                input #login-email type="email" name="email" value=(p.email) autocomplete="username"
                    required autocapitalize="none" spellcheck="false";
            }
            div.field {
                label for="login-password" { (tr.t("admin-login-password")) }
                input #login-password type="password" name="password" autocomplete="current-password" required;
            }
            button type="submit" { (tr.t("admin-login-submit")) }
        }
    };
    admin_page(tr, None, &title, body)
}

fn retry_message(tr: &Tr, secs: u64) -> String {
    if secs >= 120 {
        tr.t_args(
            "admin-login-wait-minutes",
            &counted(tr, secs.div_ceil(60), &[]),
        )
    } else {
        tr.t_args("admin-login-wait-seconds", &counted(tr, secs.max(1), &[]))
    }
}

/// `GET /admin`: every petition's figures, the outbox and the activity log.
pub fn dashboard(tr: &Tr, p: &DashboardPage) -> Markup {
    let title = tr.t("admin-dashboard-title");
    let body = html! {
        h1 { (title) }
        p { a href="/admin/petitions/new" { (tr.t("admin-nav-new")) } }
        @if p.petitions.is_empty() {
            p { (tr.t("admin-no-petitions")) }
        } @else {
            (petitions_table(tr, &p.petitions))
        }
        (outbox(tr, &p.outbox))
        (audit_log(tr, &p.audit))
    };
    admin_page(tr, Some(&p.ctx), &title, body)
}

fn petitions_table(tr: &Tr, rows: &[PetitionRow]) -> Markup {
    let groups = [
        "admin-col-pending",
        "admin-col-confirmed",
        "admin-col-withdrawn",
        "admin-col-removed",
    ];
    let table = html! {
        table.data {
            caption #petitions-caption { (tr.t("admin-petitions-caption")) }
            colgroup span="2" {}
            @for _ in groups { colgroup span="2" {} }
            colgroup span="2" {}
            thead {
                tr {
                    th scope="col" rowspan="2" { (tr.t("admin-col-title")) }
                    th scope="col" rowspan="2" { (tr.t("admin-col-state")) }
                    @for g in groups { th.group scope="colgroup" colspan="2" { (tr.t(g)) } }
                    th.num scope="col" rowspan="2" { (tr.t("admin-col-members")) }
                    th.num scope="col" rowspan="2" { (tr.t("admin-col-goal")) }
                }
                tr {
                    @for _ in groups {
                        th.num scope="col" { (tr.t("admin-col-people")) }
                        th.num scope="col" { (tr.t("admin-col-orgs-short")) }
                    }
                }
            }
            tbody {
                @for r in rows {
                    @let c = &r.counts;
                    tr {
                        th.title scope="row" { a href={ "/admin/petitions/" (r.slug) } { (r.title) } }
                        td { span.badge { (state_label(tr, &r.state)) } }
                        @for n in [c.pending_individual, c.pending_organization, c.confirmed_individual,
                            c.confirmed_organization, c.withdrawn_individual, c.withdrawn_organization,
                            c.removed_individual, c.removed_organization, c.members] {
                            td.num { (tr.number(n)) }
                        }
                        td.num {
                            @match r.goal {
                                Some(g) => (tr.number(g)),
                                None => span.muted { (tr.t("admin-no-goal")) },
                            }
                        }
                    }
                }
            }
        }
    };
    table_wrap("petitions-caption", table)
}

fn outbox(tr: &Tr, o: &OutboxView) -> Markup {
    html! {
        section aria-labelledby="outbox-h" {
            h2 #outbox-h { (tr.t("admin-outbox-heading")) }
            dl.counts {
                div { dt { (tr.t("admin-outbox-queued")) } dd { (tr.number(o.queued)) } }
                div { dt { (tr.t("admin-outbox-retrying")) } dd { (tr.number(o.retrying)) } }
                div class=[(o.failed > 0).then_some("bad")] { dt { (tr.t("admin-outbox-failed")) } dd { (tr.number(o.failed)) } }
            }
            @if o.failed == 0 && o.failures.is_empty() {
                p { (tr.t("admin-outbox-healthy")) }
            } @else {
                @if o.failed > 0 {
                    p.warning { (tr.t_args("admin-outbox-failed-note", &counted(tr, o.failed, &[]))) }
                }
                @if !o.failures.is_empty() {
                    (table_wrap("failures-caption", html! {
                        table.data {
                            caption #failures-caption { (tr.t("admin-outbox-failures-caption")) }
                            thead { tr {
                                th scope="col" { (tr.t("admin-col-when")) }
                                th.num scope="col" { (tr.t("admin-col-attempts")) }
                                th scope="col" { (tr.t("admin-col-error")) }
                            } }
                            tbody {
                                @for (at, attempts, error) in &o.failures {
                                    tr {
                                        th scope="row" { (at) }
                                        td.num { (attempts) }
                                        td.long { (error) }
                                    }
                                }
                            }
                        }
                    }))
                }
            }
        }
    }
}

fn audit_log(tr: &Tr, entries: &[AuditEntry]) -> Markup {
    html! {
        section aria-labelledby="audit-h" {
            h2 #audit-h { (tr.t("admin-audit-heading")) }
            @if entries.is_empty() {
                p { (tr.t("admin-audit-empty")) }
            } @else {
                (table_wrap("audit-caption", html! {
                    table.data {
                        caption #audit-caption { (tr.t("admin-audit-caption")) }
                        thead { tr {
                            th scope="col" { (tr.t("admin-col-time")) }
                            th scope="col" { (tr.t("admin-col-who")) }
                            th scope="col" { (tr.t("admin-col-action")) }
                            th scope="col" { (tr.t("admin-col-petition")) }
                            th scope="col" { (tr.t("admin-col-detail")) }
                            th.num scope="col" { (tr.t("admin-col-count")) }
                        } }
                        tbody {
                            @for e in entries {
                                tr {
                                    th scope="row" { (e.at) }
                                    td { (e.actor) }
                                    td { (action_label(tr, &e.action)) }
                                    td {
                                        @if let Some(slug) = &e.petition_slug {
                                            a href={ "/admin/petitions/" (slug) } { (slug) }
                                        }
                                    }
                                    td.long { (e.detail) }
                                    td.num { (number_i64(tr, e.count)) }
                                }
                            }
                        }
                    }
                }))
            }
        }
    }
}

/// `GET /admin/petitions/{slug}`: figures, charts, state, search and moderation, removal by
/// domain, exports and versions.
pub fn petition(tr: &Tr, p: &PetitionAdminPage) -> Markup {
    let ctx = &p.ctx;
    let base = format!("/admin/petitions/{}", p.slug);
    let body = html! {
        h1 { (p.title) }
        p { span.badge { (state_label(tr, &p.state)) } }
        @if let Some(on) = &p.delivered_at {
            p { (tr.t_args("admin-delivered-on", &[("date", on.as_str().into())])) }
        }
        nav.links aria-label=(tr.t("admin-petition-actions")) {
            ul {
                li { a href={ (base) "/edit" } { (tr.t("admin-link-edit")) } }
                li { a href={ (base) "/delivery" } { (tr.t("admin-link-delivery")) } }
                li { a href={ "/petitions/" (p.slug) } { (tr.t("admin-link-public")) } }
                li { a href={ (base) "/export.csv?format=delivery" } { (tr.t("admin-link-export-delivery")) } }
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
                        @for s in ["draft", "open", "closed", "delivered"] {
                            option value=(s) selected[p.state == s] { (state_label(tr, s)) }
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

/// Signatures as organisers see them; with `actions`, each row has its hide/unhide and remove
/// buttons.
fn signature_table(
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
                    tr class=[(s.status == "removed" || s.status == "withdrawn").then_some("inactive")] {
                        th scope="row" { (s.name) }
                        @if let Some((ctx, base)) = actions {
                            td { (row_actions(tr, ctx, base, s)) }
                        }
                        td { (kind_label(tr, &s.kind)) }
                        td { (status_label(tr, &s.status)) }
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
    let removable = s.status != "removed" && s.status != "withdrawn";
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
        }
    }
}

fn exports_table(tr: &Tr, exports: &[ExportView]) -> Markup {
    table_wrap(
        "exports-caption",
        html! {
            table.data {
                caption #exports-caption { (tr.t("admin-exports-caption")) }
                thead { tr {
                    th scope="col" { (tr.t("admin-col-time")) }
                    th scope="col" { (tr.t("admin-col-who")) }
                    th scope="col" { (tr.t("admin-col-format")) }
                    th.num scope="col" { (tr.t("admin-col-rows")) }
                    th scope="col" { (tr.t("admin-col-sha")) }
                    th scope="col" { (tr.t("admin-col-destination")) }
                } }
                tbody {
                    @for e in exports {
                        tr {
                            th scope="row" { (e.at) }
                            td { (e.actor) }
                            td { (format_label(tr, &e.format)) }
                            td.num { (number_i64(tr, e.rows)) }
                            td { code.hash { (e.sha256) } }
                            td.long { (e.destination) }
                        }
                    }
                }
            }
        },
    )
}

fn languages_table(tr: &Tr, base: &str, languages: &[LanguageVersionView]) -> Markup {
    table_wrap(
        "languages-caption",
        html! {
            table.data {
                caption #languages-caption { (tr.t("admin-languages-caption")) }
                thead { tr {
                    th scope="col" { (tr.t("admin-col-language")) }
                    th.num scope="col" { (tr.t("admin-col-readers")) }
                    th scope="col" { (tr.t("admin-link-delivery")) }
                } }
                tbody {
                    @for l in languages {
                        tr {
                            th scope="row" {
                                span lang=(l.language) { (language_name(&l.language)) }
                                @if l.original { " " span.badge { (tr.t("admin-language-original")) } }
                                @if l.outdated { " " span.badge { (tr.t("admin-language-outdated")) } }
                            }
                            td.num { (tr.number(l.readers)) }
                            td {
                                @if !l.outdated && crate::Tr::is_supported(&l.language) {
                                    a href={ (base) "/delivery?lang=" (l.language) } lang=(l.language) {
                                        (language_name(&l.language))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

fn versions_table(tr: &Tr, versions: &[VersionView]) -> Markup {
    table_wrap(
        "versions-caption",
        html! {
            table.data {
                caption #versions-caption { (tr.t("admin-versions-caption")) }
                thead { tr {
                    th scope="col" { (tr.t("admin-col-version")) }
                    th scope="col" { (tr.t("admin-col-date")) }
                    th scope="col" { (tr.t("admin-col-sha")) }
                    th.num scope="col" { (tr.t("admin-col-signatures")) }
                } }
                tbody {
                    @for v in versions {
                        tr class=[v.current.then_some("current")] {
                            th scope="row" {
                                (v.number)
                                @if v.current { " " span.badge { (tr.t("admin-version-current")) } }
                            }
                            td { (v.at) }
                            td { code.hash { (v.sha256) } }
                            td.num { (tr.number(v.signatures)) }
                        }
                    }
                }
            }
        },
    )
}

/// The editor's fields, for the list of errors at the top of the form: the id of the control
/// and the label it has.
fn edit_field_label(field: &str) -> Option<(&'static str, &'static str)> {
    Some(match field {
        "slug" => ("f-slug", "admin-field-slug"),
        "title" => ("f-title", "admin-field-title"),
        "summary" => ("f-summary", "admin-field-summary"),
        "addressees" => ("f-addressees", "admin-field-addressees"),
        "author" => ("f-author", "admin-field-author"),
        "language" => ("f-language", "admin-field-language"),
        "accepts" | "accepts_individuals" | "accepts_organizations" => {
            ("f-accepts_individuals", "admin-field-accepts")
        }
        "goal" => ("f-goal", "admin-field-goal"),
        "closes_on" => ("f-closes_on", "admin-field-closes-on"),
        "body" => ("f-body", "admin-field-body"),
        _ => return None,
    })
}

/// How a field of the editor is typed in.
#[derive(Clone, Copy)]
enum Control {
    Line {
        autocomplete: &'static str,
        /// Codes and addresses: no capitals, no spelling check.
        code: bool,
        numeric: bool,
        maxlength: Option<u32>,
    },
    Date,
    Area {
        rows: u32,
        tall: bool,
    },
}

const LINE: Control = Control::Line {
    autocomplete: "off",
    code: false,
    numeric: false,
    maxlength: None,
};

/// One field of the editor with its label, hint and error, like the public signing form.
#[allow(clippy::too_many_arguments)]
fn edit_field(
    tr: &Tr,
    p: &EditPetitionPage,
    name: &str,
    label_key: &str,
    hint_key: Option<&str>,
    required: bool,
    control: Control,
    value: &str,
) -> Markup {
    let id = format!("f-{name}");
    let err_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let error = edit_error(p, &[name]);
    let described: Vec<&str> = [
        error.map(|_| err_id.as_str()),
        hint_key.map(|_| hint_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = error.map(|_| "true");
    html! {
        div.field.invalid[error.is_some()] {
            label for=(id) {
                (tr.t(label_key))
                @if !required { " " span.optional { (tr.t("optional")) } }
            }
            @if let Some(h) = hint_key { p.hint id=(hint_id) { (tr.t(h)) } }
            @if let Some(e) = error { p.error id=(err_id) { (tr.t(e)) } }
            @match control {
                Control::Line { autocomplete, code, numeric, maxlength } => {
                    input id=(id) type="text" name=(name) value=(value) autocomplete=(autocomplete)
                        maxlength=[maxlength] required[required]
                        inputmode=[numeric.then_some("numeric")]
                        autocapitalize=[code.then_some("none")] spellcheck=[code.then_some("false")]
                        aria-invalid=[invalid] aria-describedby=[described.as_deref()];
                }
                Control::Date => {
                    input id=(id) type="date" name=(name) value=(value) required[required]
                        aria-invalid=[invalid] aria-describedby=[described.as_deref()];
                }
                Control::Area { rows, tall } => {
                    textarea id=(id) class=[tall.then_some("tall")] name=(name) rows=(rows) required[required]
                        aria-invalid=[invalid] aria-describedby=[described.as_deref()] { (value) }
                }
            }
        }
    }
}

/// The error key of the first of `fields` that has one.
fn edit_error<'a>(p: &'a EditPetitionPage, fields: &[&str]) -> Option<&'a str> {
    p.errors
        .iter()
        .find(|(f, _)| fields.contains(&f.as_str()))
        .map(|(_, e)| e.as_str())
}

/// `GET /admin/petitions/new` and `GET /admin/petitions/{slug}/edit`, and either sent back with
/// a preview or with errors.
pub fn edit_petition(tr: &Tr, p: &EditPetitionPage) -> Markup {
    let title = if p.existing {
        tr.t_args("admin-edit-title", &[("title", p.title.as_str().into())])
    } else {
        tr.t("admin-new-title")
    };
    let action = if p.existing {
        format!("/admin/petitions/{}/edit", p.slug)
    } else {
        "/admin/petitions/new".to_owned()
    };
    let accepts_fields = ["accepts", "accepts_individuals", "accepts_organizations"];
    let accepts_error = edit_error(p, &accepts_fields);
    let body = html! {
        h1 { (title) }
        @if p.existing {
            p { a href={ "/admin/petitions/" (p.slug) } { (tr.t("admin-edit-back")) } }
        }
        @if !p.errors.is_empty() {
            div.notice role="alert" {
                p { strong { (tr.t("admin-edit-fix")) } }
                ul {
                    @for (field, err) in &p.errors {
                        li {
                            @if let Some((id, label)) = edit_field_label(field) {
                                a href={ "#" (id) } { (tr.t(label)) ": " (tr.t(err)) }
                            } @else {
                                (tr.t(err))
                            }
                        }
                    }
                }
            }
        }
        @if p.preview_html.is_some() {
            p { a href="#preview" { (tr.t("admin-edit-see-preview")) } }
        }
        form.editor method="post" action=(action) novalidate {
            @if let Some(ctx) = &p.ctx { (csrf_field(ctx)) } @else { input type="hidden" name="csrf" value=""; }
            @if p.existing {
                div.field.invalid[edit_error(p, &["slug"]).is_some()] {
                    p.label { (tr.t("admin-field-slug")) }
                    p { code { "/petitions/" (p.slug) } }
                    p.hint { (tr.t("admin-field-slug-fixed")) }
                    @if let Some(e) = edit_error(p, &["slug"]) { p.error #f-slug { (tr.t(e)) } }
                    input type="hidden" name="slug" value=(p.slug);
                }
            } @else {
                (edit_field(tr, p, "slug", "admin-field-slug", Some("admin-field-slug-hint"), true,
                    Control::Line { autocomplete: "off", code: true, numeric: false, maxlength: Some(80) }, &p.slug))
            }
            (edit_field(tr, p, "title", "admin-field-title", None, true, LINE, &p.title))
            (edit_field(tr, p, "summary", "admin-field-summary", Some("admin-field-summary-hint"), true,
                Control::Area { rows: 3, tall: false }, &p.summary))
            (edit_field(tr, p, "addressees", "admin-field-addressees", Some("admin-field-addressees-hint"), true,
                Control::Area { rows: 4, tall: false }, &p.addressees))
            (edit_field(tr, p, "author", "admin-field-author", Some("admin-field-author-hint"), true,
                Control::Line { autocomplete: "organization", code: false, numeric: false, maxlength: None }, &p.author))
            (edit_field(tr, p, "language", "admin-field-language", Some("admin-field-language-hint"), true,
                Control::Line { autocomplete: "off", code: true, numeric: false, maxlength: Some(35) }, &p.language))
            fieldset.field.invalid[accepts_error.is_some()]
                aria-describedby=[accepts_error.map(|_| "f-accepts-error")] {
                legend { (tr.t("admin-field-accepts")) }
                @if let Some(e) = accepts_error { p.error #f-accepts-error { (tr.t(e)) } }
                div.check {
                    input #f-accepts_individuals type="checkbox" name="accepts_individuals" value="on"
                        checked[p.accepts_individuals];
                    label for="f-accepts_individuals" { (tr.t("admin-field-accepts-individuals")) }
                }
                div.check {
                    input #f-accepts_organizations type="checkbox" name="accepts_organizations" value="on"
                        checked[p.accepts_organizations];
                    label for="f-accepts_organizations" { (tr.t("admin-field-accepts-organizations")) }
                }
            }
            (edit_field(tr, p, "goal", "admin-field-goal", Some("admin-field-goal-hint"), false,
                Control::Line { autocomplete: "off", code: false, numeric: true, maxlength: Some(12) }, &p.goal))
            (edit_field(tr, p, "closes_on", "admin-field-closes-on", Some("admin-field-closes-on-hint"), false,
                Control::Date, &p.closes_on))
            (edit_field(tr, p, "body", "admin-field-body", Some("admin-field-body-hint"), true,
                Control::Area { rows: 24, tall: true }, &p.body))
            @if p.creates_new_version {
                p.warning #new-version { (tr.t("admin-new-version-warning")) }
            }
            div.buttons {
                // The first button is what Enter in a text field presses: the harmless one.
                button.secondary type="submit" name="action" value="preview" { (tr.t("admin-preview")) }
                button type="submit" name="action" value="save"
                    aria-describedby=[p.creates_new_version.then_some("new-version")] { (tr.t("admin-save")) }
            }
        }
        @if let Some(preview) = &p.preview_html {
            section.preview-section #preview aria-labelledby="preview-h" {
                h2 #preview-h { (tr.t("admin-preview-heading")) }
                article.preview lang=(p.language) {
                    h3.title { (p.title) }
                    div.body { (PreEscaped(preview)) }
                }
            }
        }
    };
    admin_page(tr, p.ctx.as_ref(), &title, body)
}

/// After the first `POST /admin/petitions/{slug}/remove-domain`: how many, a sample, and the
/// button that removes them.
pub fn bulk_remove(tr: &Tr, p: &BulkRemovePage) -> Markup {
    let base = format!("/admin/petitions/{}", p.slug);
    let domain: Arg = p.domain.as_str().into();
    let title_arg: Arg = p.title.as_str().into();
    let heading = tr.t_args("admin-bulk-title", &[("domain", domain.clone())]);
    let body = html! {
        h1 { (heading) }
        @if p.count == 0 {
            p { (tr.t_args("admin-bulk-nothing", &[("domain", domain.clone()), ("title", title_arg.clone())])) }
            p { a href=(base) { (tr.t("admin-edit-back")) } }
        } @else {
            p.warning {
                (tr.t_args("admin-bulk-text", &counted(tr, p.count, &[("domain", domain.clone()), ("title", title_arg.clone())])))
            }
            @if !p.sample.is_empty() {
                (signature_table(
                    tr,
                    &p.sample,
                    "sample-caption",
                    &tr.t_args("admin-bulk-sample-caption", &counted(tr, p.count, &[("shown", Arg::Str(tr.number(p.sample.len() as u64)))])),
                    None,
                ))
            }
            form.confirm method="post" action={ (base) "/remove-domain" } {
                (csrf_field(&p.ctx))
                input type="hidden" name="domain" value=(p.domain);
                input type="hidden" name="confirm" value="yes";
                div.buttons {
                    button.danger type="submit" { (tr.t_args("admin-bulk-confirm", &counted(tr, p.count, &[]))) }
                    a.cancel href=(base) { (tr.t("admin-bulk-cancel")) }
                }
            }
        }
    };
    admin_page(tr, Some(&p.ctx), &heading, body)
}

/// `GET /admin/petitions/{slug}/delivery`: a standalone document to print, one copy for each
/// addressee, each starting on a new page. All its styling is in the stylesheet (under
/// `body.delivery` and `@media print`), since the site allows no inline style.
pub fn delivery(tr: &Tr, d: &DeliveryDocument) -> Markup {
    // No addressee is a data error, but the signatures must still be printable.
    let addressees: Vec<Option<&str>> = if d.addressees.is_empty() {
        vec![None]
    } else {
        d.addressees.iter().map(|a| Some(a.as_str())).collect()
    };
    let several_versions = d.versions.len() > 1;
    html! {
        (DOCTYPE)
        html lang=(tr.lang()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="robots" content="noindex, nofollow";
                title { (tr.t_args("admin-delivery-doc-title", &[("title", d.title.as_str().into())])) }
                link rel="stylesheet" href=(STYLESHEET_PATH);
            }
            body.delivery {
                p.print-hint { (tr.t("admin-delivery-print-hint")) }
                @for (i, addressee) in addressees.iter().enumerate() {
                    article.doc aria-labelledby={ "doc-" (i) "-title" } {
                        header {
                            @if let Some(a) = addressee {
                                p.to { (tr.t_args("admin-delivery-to", &[("addressee", (*a).into())])) }
                            }
                            h1 id={ "doc-" (i) "-title" } lang=(d.language) { (d.title) }
                            p.byline {
                                span { (tr.t_args("admin-delivery-from", &[("author", d.author.as_str().into())])) }
                                br;
                                span { (tr.t_args("admin-delivery-date", &[("date", d.date.as_str().into())])) }
                            }
                        }
                        @if let Some(original) = &d.translated_from {
                            p.note { (tr.t_args("declaration-translated", &[("language", language_name(original).into())])) }
                        }
                        div.text lang=(d.language) { (PreEscaped(&d.body_html)) }
                        (delivery_totals(tr, d))
                        @if !d.versions.is_empty() {
                            (delivery_versions(tr, d))
                        }
                        @if d.total == 0 && d.organizations_by_country.is_empty() && d.individuals_by_country.is_empty() {
                            p { (tr.t("admin-delivery-none")) }
                        }
                        @if !d.organizations_by_country.is_empty() {
                            section.signers {
                                h2 { (tr.t("admin-delivery-org-heading")) }
                                @for g in &d.organizations_by_country {
                                    (delivery_group(tr, g, true, several_versions))
                                }
                            }
                        }
                        @if !d.individuals_by_country.is_empty() {
                            section.signers {
                                h2 { (tr.t("admin-delivery-ind-heading")) }
                                @for g in &d.individuals_by_country {
                                    (delivery_group(tr, g, false, several_versions))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn delivery_totals(tr: &Tr, d: &DeliveryDocument) -> Markup {
    html! {
        section.totals {
            h2 { (tr.t("admin-delivery-totals")) }
            dl {
                div.all { dt { (tr.t("admin-delivery-total")) } dd { (tr.number(d.total)) } }
                div { dt { (tr.t("admin-delivery-individuals")) } dd { (tr.number(d.individuals)) } }
                div { dt { (tr.t("admin-delivery-organizations")) } dd { (tr.number(d.organizations)) } }
                div { dt { (tr.t("admin-delivery-members")) } dd { (tr.number(d.members)) } }
                div { dt { (tr.t("admin-delivery-countries")) } dd { (tr.number(d.countries)) } }
            }
        }
    }
}

fn delivery_versions(tr: &Tr, d: &DeliveryDocument) -> Markup {
    html! {
        section.versions {
            h2 { (tr.t("admin-delivery-versions")) }
            p { (tr.t("admin-delivery-versions-intro")) }
            table.data {
                caption { (tr.t("admin-delivery-versions-caption")) }
                thead { tr {
                    th scope="col" { (tr.t("admin-col-version")) }
                    th scope="col" { (tr.t("admin-col-sha")) }
                    th scope="col" { (tr.t("admin-col-date")) }
                    th.num scope="col" { (tr.t("admin-col-signatures")) }
                } }
                tbody {
                    @for (number, sha, date, count) in &d.versions {
                        tr {
                            th scope="row" { (number) }
                            td { code.hash { (sha) } }
                            td { (date) }
                            td.num { (tr.number(*count)) }
                        }
                    }
                }
            }
        }
    }
}

fn delivery_group(tr: &Tr, g: &CountryGroup, organizations: bool, versions: bool) -> Markup {
    html! {
        h3 {
            (tr.t_args("admin-delivery-group", &[
                ("country", g.country_name.as_str().into()),
                ("n", Arg::Str(tr.number(g.signatories.len() as u64))),
            ]))
        }
        ol.list {
            @for s in &g.signatories {
                (delivery_signatory(tr, s, organizations, versions))
            }
        }
    }
}

fn delivery_signatory(
    tr: &Tr,
    s: &DeliverySignatory,
    organization: bool,
    versions: bool,
) -> Markup {
    html! {
        li value=(s.number) {
            @if organization {
                strong { (s.organization.as_deref().unwrap_or(&s.name)) }
                @if let Some(m) = s.members.filter(|m| *m > 0) {
                    ", " span.members { (tr.t_args("admin-delivery-members-count", &counted(tr, m, &[]))) }
                }
                br;
                span.who {
                    @if s.organization.is_some() {
                        (s.name)
                        @if let Some(r) = &s.role { ", " (r) }
                    }
                    @if let Some(c) = &s.city {
                        @if s.organization.is_some() { " · " }
                        (c)
                    }
                }
            } @else {
                strong { (s.name) }
                @if let Some(o) = &s.occupation { ", " span.who { (o) } }
                @if let Some(c) = &s.city { " · " span.who { (c) } }
            }
            @if versions {
                " " span.version { "(" (tr.t_args("admin-delivery-signed-version", &[("version", Arg::Str(s.version.to_string()))])) ")" }
            }
            @if let Some(c) = &s.comment {
                blockquote { (c) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::admin_view::*;

    const EVIL: &str = "<script>alert(1)</script>";

    fn en() -> Tr {
        Tr::new("en")
    }

    fn ctx() -> AdminContext {
        AdminContext {
            organizer_email: "org@example.org".into(),
            csrf: "CSRF-TOKEN-123".into(),
            notice: Some("3 signatures removed".into()),
        }
    }

    fn counts() -> StatusCounts {
        StatusCounts {
            pending_individual: 1,
            pending_organization: 2,
            confirmed_individual: 1234,
            confirmed_organization: 5,
            withdrawn_individual: 3,
            withdrawn_organization: 0,
            removed_individual: 7,
            removed_organization: 1,
            members: 250_000,
        }
    }

    fn sig(id: i64, status: &str, hidden: bool, name: &str) -> SignatureRow {
        SignatureRow {
            id,
            kind: "organization".into(),
            status: status.into(),
            name: name.into(),
            organization: Some(format!("Union {EVIL}")),
            email: "a@spam.example".into(),
            country: "Ukraine".into(),
            city: Some("Kryvyi Rih".into()),
            public: true,
            hidden,
            created: "2026-11-20 10:00 UTC".into(),
            comment: Some(EVIL.into()),
        }
    }

    fn dashboard_page() -> DashboardPage {
        DashboardPage {
            ctx: ctx(),
            petitions: vec![
                PetitionRow {
                    slug: "krivoy-rog".into(),
                    title: format!("Krivoy Rog {EVIL}"),
                    state: "open".into(),
                    counts: counts(),
                    goal: Some(3000),
                },
                PetitionRow {
                    slug: "draft-one".into(),
                    title: "A draft".into(),
                    state: "draft".into(),
                    counts: StatusCounts::default(),
                    goal: None,
                },
            ],
            outbox: OutboxView {
                queued: 4,
                retrying: 1,
                failed: 2,
                failures: vec![(
                    "2026-11-20 10:00 UTC".into(),
                    10,
                    format!("550 mailbox unavailable {EVIL}"),
                )],
            },
            audit: [
                "login",
                "logout",
                "petition.create",
                "petition.edit",
                "petition.state",
                "signature.hide",
                "signature.unhide",
                "signature.remove",
                "signatures.remove_domain",
                "export",
            ]
            .iter()
            .map(|a| AuditEntry {
                at: "2026-11-20 10:00:00 UTC".into(),
                actor: "org@example.org".into(),
                action: (*a).into(),
                petition_slug: Some("krivoy-rog".into()),
                detail: format!("detail {EVIL}"),
                count: 12,
            })
            .collect(),
        }
    }

    fn petition_page() -> PetitionAdminPage {
        PetitionAdminPage {
            ctx: ctx(),
            languages: vec![
                LanguageVersionView {
                    language: "en".into(),
                    original: true,
                    outdated: false,
                    readers: 1200,
                },
                LanguageVersionView {
                    language: "uk".into(),
                    original: false,
                    outdated: true,
                    readers: 34,
                },
            ],
            slug: "krivoy-rog".into(),
            title: format!("Krivoy Rog {EVIL}"),
            state: "delivered".into(),
            delivered_at: Some("2026-11-28".into()),
            delivery_note: Some(format!("Handed to the mayor {EVIL}")),
            counts: counts(),
            per_day: (1..=12)
                .map(|d| (format!("2026-11-{d:02}"), d * 10))
                .collect(),
            by_country: vec![
                ("UA".into(), "Ukraine".into(), 900),
                ("PL".into(), "Poland".into(), 300),
            ],
            query: EVIL.into(),
            searched: true,
            results: vec![
                sig(41, "confirmed", false, &format!("Olena {EVIL}")),
                sig(42, "confirmed", true, "Petro"),
                sig(43, "removed", false, "Removed Person"),
                sig(44, "withdrawn", false, "Withdrawn Person"),
            ],
            exports: vec![ExportView {
                at: "2026-11-21 09:00:00 UTC".into(),
                actor: "org@example.org".into(),
                format: "delivery".into(),
                rows: 1239,
                sha256: "ab".repeat(32),
                destination: format!("download {EVIL}"),
            }],
            versions: vec![
                VersionView {
                    number: 1,
                    at: "2026-11-01".into(),
                    sha256: "cd".repeat(32),
                    signatures: 1000,
                    current: false,
                },
                VersionView {
                    number: 2,
                    at: "2026-11-10".into(),
                    sha256: "ef".repeat(32),
                    signatures: 239,
                    current: true,
                },
            ],
        }
    }

    fn edit_page(existing: bool) -> EditPetitionPage {
        EditPetitionPage {
            ctx: Some(ctx()),
            existing,
            slug: "krivoy-rog".into(),
            title: format!("Title {EVIL}"),
            summary: format!("Summary {EVIL}"),
            addressees: "The mayor\nThe company".into(),
            author: "IMCG".into(),
            language: "en".into(),
            accepts_individuals: true,
            accepts_organizations: false,
            goal: "3000".into(),
            closes_on: "2026-12-31".into(),
            body: format!("Body </textarea>{EVIL}"),
            preview_html: Some("<p>Sanitised <em>preview</em></p>".into()),
            errors: vec![
                ("slug".into(), "admin-err-slug".into()),
                ("title".into(), "err-required".into()),
                ("summary".into(), "err-too-long-1000".into()),
                ("addressees".into(), "admin-err-addressees".into()),
                ("author".into(), "err-too-long-200".into()),
                ("language".into(), "admin-err-language".into()),
                ("accepts".into(), "admin-err-accepts".into()),
                ("goal".into(), "admin-err-goal".into()),
                ("closes_on".into(), "admin-err-date".into()),
                ("body".into(), "err-too-long-120".into()),
                ("somewhere".into(), "admin-err-slug-taken".into()),
            ],
            creates_new_version: true,
        }
    }

    fn bulk_page(count: u64) -> BulkRemovePage {
        BulkRemovePage {
            ctx: ctx(),
            slug: "krivoy-rog".into(),
            title: format!("Krivoy Rog {EVIL}"),
            domain: "spam.example".into(),
            count,
            sample: (1..=count.min(20) as i64)
                .map(|i| sig(i, "pending", false, &format!("Bot {i}")))
                .collect(),
        }
    }

    fn signatory(number: u64, name: &str, org: bool) -> DeliverySignatory {
        DeliverySignatory {
            number,
            name: name.into(),
            organization: org.then(|| format!("Org of {name}")),
            role: org.then(|| "Chair".into()),
            occupation: (!org).then(|| "Miner".into()),
            city: Some("Kryvyi Rih".into()),
            members: org.then_some(1200),
            comment: Some(format!("Solidarity {EVIL}")),
            version: if number.is_multiple_of(2) { 2 } else { 1 },
        }
    }

    fn delivery_doc() -> DeliveryDocument {
        DeliveryDocument {
            title: format!("Stop the reprisals {EVIL}"),
            author: "IMCG".into(),
            addressees: vec![
                "The mayor of Kryvyi Rih".into(),
                "ArcelorMittal".into(),
                format!("The minister {EVIL}"),
            ],
            body_html: "<p>We, the undersigned, <strong>protest</strong>.</p>".into(),
            language: "uk".into(),
            translated_from: Some("en".into()),
            date: "2026-11-29".into(),
            total: 5,
            individuals: 3,
            organizations: 2,
            members: 2400,
            countries: 2,
            versions: vec![
                (1, "aa".repeat(32), "2026-11-01".into(), 3),
                (2, "bb".repeat(32), "2026-11-10".into(), 2),
            ],
            organizations_by_country: vec![
                CountryGroup {
                    country_name: "Germany".into(),
                    signatories: vec![signatory(1, "Anna", true)],
                },
                CountryGroup {
                    country_name: "Ukraine".into(),
                    signatories: vec![signatory(2, "Bohdan", true)],
                },
            ],
            individuals_by_country: vec![
                CountryGroup {
                    country_name: "Poland".into(),
                    signatories: vec![signatory(3, "Celina", false)],
                },
                CountryGroup {
                    country_name: "Ukraine".into(),
                    signatories: vec![
                        signatory(4, "Dmytro", false),
                        signatory(5, &format!("Evil {EVIL}"), false),
                    ],
                },
            ],
        }
    }

    /// Every page, with sample data in every branch that shows text.
    fn all_pages() -> Vec<(&'static str, String)> {
        let tr = en();
        let mut empty_petition = petition_page();
        empty_petition.per_day.clear();
        empty_petition.by_country.clear();
        empty_petition.results.clear();
        empty_petition.exports.clear();
        empty_petition.versions.clear();
        let mut quiet = dashboard_page();
        quiet.petitions.clear();
        quiet.audit.clear();
        quiet.outbox = OutboxView::default();
        let mut new_page = edit_page(false);
        new_page.errors.clear();
        let mut empty_doc = delivery_doc();
        empty_doc.addressees.clear();
        empty_doc.total = 0;
        empty_doc.versions.truncate(1);
        empty_doc.organizations_by_country.clear();
        empty_doc.individuals_by_country.clear();
        vec![
            (
                "login",
                login(
                    &tr,
                    &LoginPage {
                        email: EVIL.into(),
                        form_token: "FT-1".into(),
                        failed: true,
                        retry_after: Some(30),
                    },
                )
                .into_string(),
            ),
            (
                "login-minutes",
                login(
                    &tr,
                    &LoginPage {
                        retry_after: Some(600),
                        ..Default::default()
                    },
                )
                .into_string(),
            ),
            ("dashboard", dashboard(&tr, &dashboard_page()).into_string()),
            ("dashboard-empty", dashboard(&tr, &quiet).into_string()),
            ("petition", petition(&tr, &petition_page()).into_string()),
            (
                "petition-empty",
                petition(&tr, &empty_petition).into_string(),
            ),
            ("edit", edit_petition(&tr, &edit_page(true)).into_string()),
            ("new", edit_petition(&tr, &new_page).into_string()),
            ("bulk", bulk_remove(&tr, &bulk_page(3)).into_string()),
            ("bulk-one", bulk_remove(&tr, &bulk_page(1)).into_string()),
            ("bulk-none", bulk_remove(&tr, &bulk_page(0)).into_string()),
            ("delivery", delivery(&tr, &delivery_doc()).into_string()),
            ("delivery-empty", delivery(&tr, &empty_doc).into_string()),
        ]
    }

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
        let source = [include_str!("admin.rs"), include_str!("charts.rs")].concat();
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
                    "max",
                    "n",
                    "name",
                    "query",
                    "shown",
                    "title",
                    "top",
                    "version",
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
        let source = [include_str!("admin.rs"), include_str!("charts.rs")].concat();
        let catalog = include_str!("../locales/en/admin.ftl");
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
        assert!(
            html.contains(r#"method="post" action="/admin/petitions/krivoy-rog/remove-domain""#)
        );
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
        let html = delivery(&en(), &delivery_doc()).into_string();
        assert_eq!(html.matches("<article class=\"doc\"").count(), 3);
        assert_eq!(html.matches("To: ").count(), 3);
        assert!(html.contains("To: The mayor of Kryvyi Rih"));
        assert!(html.contains("To: The minister &lt;script&gt;"));
        assert!(html.contains(r#"<body class="delivery">"#));
        assert!(html.contains(r#"<div class="text" lang="uk"><p>We, the undersigned, <strong>protest</strong>.</p></div>"#));
        assert!(html.contains(r#"lang="uk">Stop the reprisals &lt;script&gt;"#));
        // Organisations first, by country, then people by country; numbered.
        let doc = &html[html.find("<article").unwrap()..html.find("</article>").unwrap()];
        let order = [
            "Germany (1)",
            "Org of Anna",
            "Ukraine (1)",
            "Org of Bohdan",
            "Poland (1)",
            "Celina",
            "Ukraine (2)",
            "Dmytro",
            "Evil &lt;script&gt;",
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
        let html = delivery(&en(), &d).into_string();
        assert_eq!(html.matches("<article class=\"doc\"").count(), 1);
        assert!(!html.contains("To: "));
    }
}
