//! The records on a petition's page: its exports, its language versions and their readers,
//! and the versions of its text.
use maud::{html, Markup};

use super::view::{ExportView, LanguageVersionView, VersionView};
use super::{format_label, number_i64, table_wrap};
use crate::i18n::language_name;
use crate::Tr;

pub(super) fn exports_table(tr: &Tr, exports: &[ExportView]) -> Markup {
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

pub(super) fn languages_table(tr: &Tr, base: &str, languages: &[LanguageVersionView]) -> Markup {
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

pub(super) fn versions_table(tr: &Tr, versions: &[VersionView]) -> Markup {
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
