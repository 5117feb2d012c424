//! Paper: the printable numbered sheets (in the language they are collected in), the
//! petition's paper page (print, enter, the sheets so far, likely duplicates to decide),
//! and the form a sheet is typed in with.
use maud::{html, Markup, PreEscaped, DOCTYPE};

use super::view::AdminContext;
use super::{admin_page, counted, csrf_field, kind_label, print_head, table_wrap};
use crate::view::FormKind;
use crate::Tr;

/// Ruled rows on a printed sheet: what fits an A4 page under the header.
pub const SHEET_ROWS: usize = 12;
/// Rows on the entry form (as many as a sheet has).
pub const ENTRY_ROWS: usize = SHEET_ROWS;

/// The entry form's messages that the handler checks for: no row typed, a scan that is not
/// what it says.
pub const NO_ROWS: &str = "admin-entry-no-rows";
pub const SCAN_TYPE: &str = "admin-err-scan-type";

/// `GET /admin/petitions/{slug}/sheets`: everything a sheet prints.
#[derive(Clone, Debug)]
pub struct SheetsPrint {
    pub numbers: Vec<i64>,
    pub language: String,
    /// The language of the title, addressees and summary: the sheet's when the text has it,
    /// else the original's.
    pub text_language: String,
    pub title: String,
    pub summary: String,
    pub addressees: Vec<String>,
    pub author: String,
    /// The petition's page, which the QR code opens.
    pub url: String,
    /// The QR code of `url`, as an `<svg>` element.
    pub qr_svg: String,
    /// The first 12 hex digits of the text's SHA-256.
    pub text_sha256_short: String,
    /// Whether a signer may have the name published (a tick column), and whether names go
    /// to the addressees at all.
    pub may_publish: bool,
    pub names_delivered: bool,
    pub printed_at: String,
}

/// The sheets, one A4 page each. Labels in the sheet's language (`tr`).
pub fn sheets(tr: &Tr, s: &SheetsPrint) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(s.language) {
            (print_head(&tr.t_args("sheet-doc-title", &[("title", s.title.as_str().into())]), false))
            body.sheets {
                p.print-hint { (tr.t("sheet-print-hint")) }
                @for n in &s.numbers {
                    article.sheet aria-labelledby={ "sheet-" (n) } {
                        header {
                            div.sheet-id {
                                p.number id={ "sheet-" (n) } { (tr.t_args("sheet-number", &[("number", n.to_string().into())])) }
                                p.version { (tr.t_args("sheet-text-version", &[("sha", s.text_sha256_short.as_str().into())])) }
                            }
                            div.qr {
                                (PreEscaped(&s.qr_svg))
                                p.url { (s.url) }
                            }
                            h1 lang=(s.text_language) { (s.title) }
                            @if !s.addressees.is_empty() {
                                p.to { (tr.t_args("sheet-to", &[("addressees", s.addressees.join("; ").into())])) }
                            }
                            p.summary lang=(s.text_language) { (s.summary) }
                            p.from { (tr.t_args("sheet-from", &[("author", s.author.as_str().into())])) }
                        }
                        p.visibility {
                            @if !s.names_delivered {
                                (tr.t("sheet-names-not-delivered"))
                            } @else if s.may_publish {
                                (tr.t("sheet-names-delivered-publish-tick"))
                            } @else {
                                (tr.t("sheet-names-delivered-not-published"))
                            }
                        }
                        p.collector { (tr.t("sheet-collected-by")) " " span.blank {} " " (tr.t("sheet-place-date")) " " span.blank {} }
                        table.rows {
                            thead { tr {
                                th.n scope="col" { "#" }
                                th scope="col" { (tr.t("sheet-col-name")) }
                                th scope="col" { (tr.t("sheet-col-city")) }
                                th scope="col" { (tr.t("sheet-col-occupation")) }
                                @if s.may_publish {
                                    th.tick scope="col" { (tr.t("sheet-col-publish")) }
                                }
                                th scope="col" { (tr.t("sheet-col-signature")) }
                            } }
                            tbody {
                                @for i in 1..=SHEET_ROWS {
                                    tr {
                                        td.n { (i) }
                                        td {} td {} td {}
                                        @if s.may_publish { td.tick { "☐" } }
                                        td {}
                                    }
                                }
                            }
                        }
                        footer {
                            p { (tr.t_args("sheet-footer", &[("number", n.to_string().into()), ("at", s.printed_at.as_str().into())])) }
                        }
                    }
                }
            }
        }
    }
}

/// One printed sheet on the paper page.
#[derive(Clone, Debug)]
pub struct SheetView {
    pub number: i64,
    pub language: String,
    pub printed: String,
    pub printed_by: String,
    pub collected_by: Option<String>,
    pub place: Option<String>,
    pub collected_on: Option<String>,
    pub entered: Option<String>,
    pub entered_by: Option<String>,
    pub scan_sha256: Option<String>,
    pub signatures: u64,
}

/// One side of a likely duplicate.
#[derive(Clone, Debug)]
pub struct DuplicateSide {
    pub id: i64,
    pub name: String,
    pub city: String,
    pub paper: bool,
    pub sheet: Option<i64>,
    pub created: String,
}

/// `GET /admin/petitions/{slug}/paper`.
#[derive(Clone, Debug)]
pub struct PaperPage {
    pub ctx: AdminContext,
    pub slug: String,
    pub title: String,
    /// Languages a sheet can be printed in: code and name, the petition's first.
    pub languages: Vec<(String, String)>,
    pub sheets: Vec<SheetView>,
    pub paper_signatures: u64,
    pub duplicates: Vec<(DuplicateSide, DuplicateSide)>,
}

pub fn paper(tr: &Tr, p: &PaperPage) -> Markup {
    let ctx = &p.ctx;
    let base = format!("/admin/petitions/{}", p.slug);
    let body = html! {
        h1 { (tr.t_args("admin-paper-title", &[("title", p.title.as_str().into())])) }
        p { a href=(base) { (tr.t("admin-back-to-petition")) } }
        p { (tr.t_args("admin-paper-count", &counted(tr, p.paper_signatures, &[("sheets", tr.number(p.sheets.iter().filter(|s| s.entered.is_some()).count() as u64).into())]))) }

        section aria-labelledby="print-h" {
            h2 #print-h { (tr.t("admin-paper-print-heading")) }
            p.hint { (tr.t("admin-paper-print-hint")) }
            form method="get" action={ (base) "/sheets" } {
                div.field {
                    label for="count" { (tr.t("admin-paper-print-count")) }
                    input #count type="number" name="count" min="1" max="200" value="10" required;
                }
                div.field {
                    label for="lang" { (tr.t("admin-paper-print-language")) }
                    select #lang name="lang" {
                        @for (code, name) in &p.languages {
                            option value=(code) { (name) }
                        }
                    }
                }
                button type="submit" { (tr.t("admin-paper-print-button")) }
            }
        }

        section aria-labelledby="enter-h" {
            h2 #enter-h { (tr.t("admin-paper-enter-heading")) }
            form method="get" action={ (base) "/paper/sheet" } {
                div.field {
                    label for="number" { (tr.t("admin-paper-enter-number")) }
                    input #number type="number" name="number" min="1" required inputmode="numeric";
                }
                button type="submit" { (tr.t("admin-paper-enter-button")) }
            }
        }

        @if !p.duplicates.is_empty() {
            section aria-labelledby="dup-h" {
                h2 #dup-h { (tr.t("admin-paper-duplicates-heading")) }
                p.hint { (tr.t("admin-paper-duplicates-hint")) }
                (table_wrap("dup-caption", html! {
                    table.data {
                        caption #dup-caption { (tr.t("admin-paper-duplicates-caption")) }
                        thead { tr {
                            th scope="col" { (tr.t("admin-paper-col-paper")) }
                            th scope="col" { (tr.t("admin-paper-col-other")) }
                            th scope="col" { (tr.t("admin-col-actions")) }
                        } }
                        tbody {
                            @for (a, b) in &p.duplicates {
                                tr {
                                    td { (side(tr, a)) }
                                    td { (side(tr, b)) }
                                    td.actions {
                                        form method="post" action={ (base) "/paper/not-duplicate" } {
                                            (csrf_field(ctx))
                                            input type="hidden" name="first" value=(a.id);
                                            input type="hidden" name="second" value=(b.id);
                                            button type="submit" { (tr.t("admin-paper-not-duplicate")) }
                                        }
                                        @for s in [a, b] {
                                            form method="post" action={ (base) "/signatures/" (s.id) "/remove" } {
                                                (csrf_field(ctx))
                                                button.danger type="submit" { (tr.t_args("admin-paper-remove-one", &[("id", s.id.to_string().into())])) }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }))
            }
        }

        section aria-labelledby="sheets-h" {
            h2 #sheets-h { (tr.t("admin-paper-sheets-heading")) }
            @if p.sheets.is_empty() {
                p { (tr.t("admin-paper-no-sheets")) }
            } @else {
                (table_wrap("sheets-caption", html! {
                    table.data {
                        caption #sheets-caption { (tr.t("admin-paper-sheets-caption")) }
                        thead { tr {
                            th scope="col" { (tr.t("admin-paper-col-number")) }
                            th scope="col" { (tr.t("admin-paper-col-printed")) }
                            th scope="col" { (tr.t("admin-paper-col-collected")) }
                            th scope="col" { (tr.t("admin-paper-col-entered")) }
                            th.num scope="col" { (tr.t("admin-col-signatures")) }
                        } }
                        tbody {
                            @for s in &p.sheets {
                                tr {
                                    th scope="row" { a href={ (base) "/paper/" (s.number) } { (s.number) } }
                                    td { (s.printed) " · " (s.printed_by) " · " (s.language) }
                                    td {
                                        @if let Some(by) = &s.collected_by {
                                            (by)
                                            @if let Some(place) = &s.place { " · " (place) }
                                            @if let Some(on) = &s.collected_on { " · " (on) }
                                        }
                                    }
                                    td {
                                        @if let (Some(at), Some(by)) = (&s.entered, &s.entered_by) {
                                            (at) " · " (by)
                                            @if let Some(sha) = &s.scan_sha256 {
                                                br; (tr.t("admin-paper-scan")) " " code.hash { (sha[..12.min(sha.len())]) "…" }
                                            }
                                        }
                                    }
                                    td.num { (tr.number(s.signatures)) }
                                }
                            }
                        }
                    }
                }))
            }
        }
    };
    admin_page(
        tr,
        Some(ctx),
        &tr.t_args("admin-paper-title", &[("title", p.title.as_str().into())]),
        body,
    )
}

fn side(tr: &Tr, s: &DuplicateSide) -> Markup {
    html! {
        strong { (s.name) } ", " (s.city)
        br;
        span.hint {
            @if s.paper {
                (tr.t_args("admin-paper-on-sheet", &[("sheet", s.sheet.unwrap_or(0).to_string().into())]))
            } @else {
                (tr.t("admin-paper-online"))
            }
            " · " (s.created) " · #" (s.id)
        }
    }
}

/// A row of the entry form as typed, to show again with its problems.
#[derive(Clone, Debug, Default)]
pub struct EntryRow {
    pub kind: String,
    pub name: String,
    pub city: String,
    /// The occupation of a person, or the organization's name.
    pub occupation: String,
    pub visibility: String,
    /// (field, message) of each problem.
    pub errors: Vec<(String, String)>,
}

/// `GET /admin/petitions/{slug}/paper/{number}` and the form sent back with problems.
#[derive(Clone, Debug)]
pub struct SheetEntryPage {
    pub ctx: AdminContext,
    pub slug: String,
    pub title: String,
    pub number: i64,
    pub printed: String,
    pub already: u64,
    pub collected_by: String,
    pub place: String,
    pub collected_at: String,
    pub country: String,
    /// Countries to choose from: code and name.
    pub countries: Vec<(String, String)>,
    /// Visibility choices the petition offers, code and label, the paper default first.
    pub visibility: Vec<(String, String)>,
    pub rows: Vec<EntryRow>,
    /// Problems with the sheet's own fields: (field, message).
    pub errors: Vec<(String, String)>,
}

pub fn sheet_entry(tr: &Tr, e: &SheetEntryPage) -> Markup {
    let ctx = &e.ctx;
    let action = format!("/admin/petitions/{}/paper/{}", e.slug, e.number);
    let error_of = |field: &str| {
        e.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    };
    let body = html! {
        h1 { (tr.t_args("admin-entry-title", &[("number", e.number.to_string().into())])) }
        p { a href={ "/admin/petitions/" (e.slug) "/paper" } { (tr.t("admin-entry-back")) } }
        p { (e.title) " · " (tr.t_args("admin-entry-printed", &[("printed", e.printed.as_str().into())])) }
        @if e.already > 0 {
            p.status-box { (tr.t_args("admin-entry-already", &counted(tr, e.already, &[]))) }
        }
        @if !e.errors.is_empty() || e.rows.iter().any(|r| !r.errors.is_empty()) {
            div.error-summary role="alert" tabindex="-1" {
                h2 { (tr.t("admin-entry-problems")) }
                ul {
                    @for (field, message) in &e.errors {
                        li { a href={ "#" (field) } { (message) } }
                    }
                    @for (i, r) in e.rows.iter().enumerate() {
                        @for (field, message) in &r.errors {
                            li { a href={ "#row-" (i + 1) "-" (field) } { (tr.t_args("admin-entry-row-problem", &[("row", (i + 1).to_string().into()), ("problem", message.as_str().into())])) } }
                        }
                    }
                }
            }
        }
        form method="post" action=(action) enctype="multipart/form-data" {
            (csrf_field(ctx))
            fieldset {
                legend { (tr.t("admin-entry-sheet-legend")) }
                (text_field("collected_by", &tr.t("admin-entry-collected-by"), &e.collected_by, true, error_of("collected_by")))
                (text_field("place", &tr.t("admin-entry-place"), &e.place, false, error_of("place")))
                div.field {
                    label for="collected_at" { (tr.t("admin-entry-collected-at")) }
                    @if let Some(m) = error_of("collected_at") { p.error { (m) } }
                    input #collected_at type="date" name="collected_at" value=(e.collected_at) required;
                }
                div.field {
                    label for="country" { (tr.t("admin-entry-country")) }
                    p.hint #country-hint { (tr.t("admin-entry-country-hint")) }
                    @if let Some(m) = error_of("country") { p.error { (m) } }
                    select #country name="country" aria-describedby="country-hint" required {
                        option value="" { "—" }
                        @for (code, name) in &e.countries {
                            option value=(code) selected[*code == e.country] { (name) }
                        }
                    }
                }
                div.field {
                    label for="scan" { (tr.t("admin-entry-scan")) " " span.optional { (tr.t("optional")) } }
                    p.hint #scan-hint { (tr.t("admin-entry-scan-hint")) }
                    @if let Some(m) = error_of("scan") { p.error { (m) } }
                    input #scan type="file" name="scan" accept="application/pdf,image/jpeg,image/png" aria-describedby="scan-hint";
                }
            }
            (table_wrap("rows-caption", html! {
                table.data.entry {
                    caption #rows-caption { (tr.t("admin-entry-rows-caption")) }
                    thead { tr {
                        th scope="col" { "#" }
                        th scope="col" { (tr.t("admin-entry-col-kind")) }
                        th scope="col" { (tr.t("admin-entry-col-name")) }
                        th scope="col" { (tr.t("admin-entry-col-city")) }
                        th scope="col" { (tr.t("admin-entry-col-occupation")) }
                        th scope="col" { (tr.t("admin-entry-col-visibility")) }
                    } }
                    tbody {
                        @for (i, r) in e.rows.iter().enumerate() {
                            @let n = i + 1;
                            @let id = |f: &str| format!("row-{n}-{f}");
                            tr {
                                th scope="row" { (n) }
                                td {
                                    select id=(id("kind")) name=(id("kind")) aria-label=(tr.t_args("admin-entry-cell", &[("row", n.to_string().into()), ("column", tr.t("admin-entry-col-kind").into())])) {
                                        @for k in [FormKind::Individual, FormKind::Organization] {
                                            option value=(k.as_str()) selected[r.kind == k.as_str()] { (kind_label(tr, k)) }
                                        }
                                    }
                                }
                                @for (field, column, value) in [("name", "admin-entry-col-name", &r.name), ("city", "admin-entry-col-city", &r.city), ("occupation", "admin-entry-col-occupation", &r.occupation)] {
                                    @let invalid = r.errors.iter().any(|(f, _)| f == field || (field == "occupation" && f == "organization"));
                                    td {
                                        input type="text" id=(id(field)) name=(id(field)) value=(value) autocomplete="off"
                                            aria-invalid=[invalid.then_some("true")]
                                            aria-label=(tr.t_args("admin-entry-cell", &[("row", n.to_string().into()), ("column", tr.t(column).into())]));
                                    }
                                }
                                td {
                                    select id=(id("visibility")) name=(id("visibility")) aria-label=(tr.t_args("admin-entry-cell", &[("row", n.to_string().into()), ("column", tr.t("admin-entry-col-visibility").into())])) {
                                        @for (code, label) in &e.visibility {
                                            option value=(code) selected[r.visibility == *code] { (label) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }))
            p.hint { (tr.t("admin-entry-rows-hint")) }
            button type="submit" { (tr.t("admin-entry-submit")) }
        }
    };
    admin_page(
        tr,
        Some(ctx),
        &tr.t_args(
            "admin-entry-title",
            &[("number", e.number.to_string().into())],
        ),
        body,
    )
}

fn text_field(
    name: &str,
    label: &str,
    value: &str,
    required: bool,
    error: Option<String>,
) -> Markup {
    html! {
        div.field {
            label for=(name) { (label) }
            @if let Some(m) = &error { p.error { (m) } }
            input id=(name) type="text" name=(name) value=(value) required[required] aria-invalid=[error.is_some().then_some("true")];
        }
    }
}
