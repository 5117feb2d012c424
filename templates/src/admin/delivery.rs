//! The printable delivery document: one section per addressee, the totals, the versions
//! signed, and the signatories grouped by country.
use maud::{html, Markup, PreEscaped, DOCTYPE};

use super::view::{CountryGroup, DeliveryDocument, DeliverySignatory};
use super::{counted, print_head};
use crate::i18n::{language_name, Arg};
use crate::Tr;

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
            (print_head(&tr.t_args("admin-delivery-doc-title", &[("title", d.title.as_str().into())])))
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
                        @if d.total == 0 && d.verified_by_country.is_empty() && d.organizations_by_country.is_empty() && d.individuals_by_country.is_empty() {
                            p { (tr.t("admin-delivery-none")) }
                        }
                        @if !d.verified_by_country.is_empty() {
                            section.signers {
                                h2 { (tr.t("admin-delivery-verified-heading")) }
                                p { (tr.t("admin-delivery-verified-intro")) }
                                @for g in &d.verified_by_country {
                                    (delivery_group(tr, g, true, several_versions))
                                }
                            }
                        }
                        @if !d.organizations_by_country.is_empty() {
                            section.signers {
                                h2 {
                                    (tr.t(if d.verified_by_country.is_empty() { "admin-delivery-org-heading" } else { "admin-delivery-unverified-heading" }))
                                }
                                @if d.unverified > 0 {
                                    p { (tr.t_args("admin-delivery-unverified", &counted(tr, d.unverified, &[]))) }
                                }
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

fn delivery_group(tr: &Tr, g: &CountryGroup, organizations: bool, versions: bool) -> Markup {
    html! {
        h3 {
            (tr.t_args("admin-delivery-group", &[
                ("country", g.country_name.as_str().into()),
                ("n", Arg::Str(tr.number(g.signatories.len() as u64 + g.unnamed))),
            ]))
        }
        @if !g.signatories.is_empty() {
            ol.list {
                @for s in &g.signatories {
                    (delivery_signatory(tr, s, organizations, versions))
                }
            }
        }
        @if g.unnamed > 0 {
            p.unnamed { (tr.t_args("admin-delivery-unnamed", &counted(tr, g.unnamed, &[]))) }
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
