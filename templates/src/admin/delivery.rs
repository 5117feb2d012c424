//! The printable delivery document, made to be streamed: a million names are never one
//! string in memory. The document is written in parts, in this order: [`delivery_start`];
//! for each addressee an [`delivery_article_start`], then for each [`DeliverySection`] with
//! signatories a [`delivery_section_start`], its countries (a [`delivery_group_start`], the
//! signatories' [`delivery_signatory`] items, a [`delivery_group_end`]) and
//! [`DELIVERY_SECTION_END`]; then [`DELIVERY_ARTICLE_END`]; last [`DELIVERY_END`]. Every
//! part that opens an element says which part closes it.
use maud::{html, Markup, PreEscaped, DOCTYPE};

use super::view::{DeliveryDocument, DeliverySection, DeliverySignatory};
use super::{counted, print_head};
use crate::i18n::{language_name, Arg};
use crate::Tr;

/// Closes a [`delivery_section_start`].
pub const DELIVERY_SECTION_END: &str = "</section>";
/// Closes a [`delivery_article_start`].
pub const DELIVERY_ARTICLE_END: &str = "</article>";
/// Closes [`delivery_start`].
pub const DELIVERY_END: &str = "</body></html>";

/// `GET /admin/petitions/{slug}/delivery`: a standalone document to print, one copy for each
/// addressee, each starting on a new page. All its styling is in the stylesheet (under
/// `body.delivery` and `@media print`), since the site allows no inline style; a
/// `standalone` copy (the delivery package's) carries the stylesheet in itself. Opens the
/// document and its body: [`DELIVERY_END`] closes them.
pub fn delivery_start(tr: &Tr, d: &DeliveryDocument, standalone: bool) -> String {
    let head = html! {
        (DOCTYPE)
    };
    let rest = html! {
        (print_head(&tr.t_args("admin-delivery-doc-title", &[("title", d.title.as_str().into())]), standalone))
    };
    let hint = html! {
        p.print-hint { (tr.t("admin-delivery-print-hint")) }
    };
    format!(
        "{}<html lang=\"{}\">{}<body class=\"delivery\">{}",
        head.into_string(),
        tr.lang(),
        rest.into_string(),
        hint.into_string()
    )
}

/// The addressees a document is printed for: one copy each, and one copy without a name
/// when there is none (a data error, but the signatures must still be printable).
pub fn delivery_copies(d: &DeliveryDocument) -> Vec<Option<&str>> {
    if d.addressees.is_empty() {
        vec![None]
    } else {
        d.addressees.iter().map(|a| Some(a.as_str())).collect()
    }
}

/// The copy for one addressee (the `index`th), up to its signatories: the text, the totals,
/// the versions. Opens the copy: [`DELIVERY_ARTICLE_END`] closes it.
pub fn delivery_article_start(
    tr: &Tr,
    d: &DeliveryDocument,
    index: usize,
    addressee: Option<&str>,
) -> String {
    let inside = html! {
        header {
            @if let Some(a) = addressee {
                p.to { (tr.t_args("admin-delivery-to", &[("addressee", a.into())])) }
            }
            h1 id={ "doc-" (index) "-title" } lang=(d.language) { (d.title) }
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
        @if d.total == 0 {
            p { (tr.t("admin-delivery-none")) }
        }
    };
    format!(
        "<article class=\"doc\" aria-labelledby=\"doc-{index}-title\">{}",
        inside.into_string()
    )
}

/// A section's heading and introduction. Opens the section: [`DELIVERY_SECTION_END`]
/// closes it.
pub fn delivery_section_start(tr: &Tr, d: &DeliveryDocument, section: DeliverySection) -> String {
    let inside = html! {
        @match section {
            DeliverySection::Verified => {
                h2 { (tr.t("admin-delivery-verified-heading")) }
                p { (tr.t("admin-delivery-verified-intro")) }
            }
            DeliverySection::Organizations => {
                h2 {
                    (tr.t(if d.verified == 0 { "admin-delivery-org-heading" } else { "admin-delivery-unverified-heading" }))
                }
                @if d.unverified() > 0 {
                    p { (tr.t_args("admin-delivery-unverified", &counted(tr, d.unverified(), &[]))) }
                }
            }
            DeliverySection::Individuals => {
                h2 { (tr.t("admin-delivery-ind-heading")) }
            }
        }
    };
    format!("<section class=\"signers\">{}", inside.into_string())
}

/// A country's heading, with how many signed there (named or not), and the start of its
/// list, in columns. [`delivery_group_end`] closes the list.
pub fn delivery_group_start(
    tr: &Tr,
    section: DeliverySection,
    country_name: &str,
    n: u64,
) -> String {
    let heading = html! {
        h3 {
            (tr.t_args("admin-delivery-group", &[
                ("country", country_name.into()),
                ("n", Arg::Str(tr.number(n))),
            ]))
        }
    };
    let class = match section {
        DeliverySection::Individuals => "names people",
        _ => "names orgs",
    };
    format!("{}<ol class=\"{class}\">", heading.into_string())
}

/// Closes a country's list, saying how many of its signatories signed without their names.
pub fn delivery_group_end(tr: &Tr, unnamed: u64) -> String {
    let after = html! {
        @if unnamed > 0 {
            p.unnamed { (tr.t_args("admin-delivery-unnamed", &counted(tr, unnamed, &[]))) }
        }
    };
    format!("</ol>{}", after.into_string())
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
                @if d.paper > 0 {
                    div {
                        dt { (tr.t("admin-delivery-paper")) }
                        dd { (tr.t_args("admin-delivery-paper-value", &counted(tr, d.paper, &[
                            ("sheetcount", Arg::from(d.sheets)),
                            ("sheets", Arg::Str(tr.number(d.sheets))),
                        ]))) }
                    }
                }
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

/// One signatory: an item of a country's list.
pub fn delivery_signatory(
    tr: &Tr,
    s: &DeliverySignatory,
    section: DeliverySection,
    versions: bool,
) -> Markup {
    let organization = section != DeliverySection::Individuals;
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
