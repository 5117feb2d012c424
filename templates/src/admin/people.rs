//! A signer's own request: what is held for an address, to give it to them or erase it.
use maud::{html, Markup};

use super::view::PeoplePage;
use super::{admin_page, csrf_field, kind_label, status_label, table_wrap};
use crate::i18n::Arg;
use crate::Tr;

/// `GET /admin/people`.
pub fn people(tr: &Tr, p: &PeoplePage) -> Markup {
    let title = tr.t("admin-people-title");
    let body = html! {
        h1 { (title) }
        p { (tr.t("admin-people-intro")) }
        form.narrow method="get" action="/admin/people" {
            div.field {
                label for="people-email" { (tr.t("admin-people-email")) }
                input #people-email type="email" name="email" value=(p.email) autocomplete="off"
                    required autocapitalize="none" spellcheck="false";
            }
            button type="submit" { (tr.t("admin-people-search")) }
        }
        @if p.searched && p.signatures.is_empty() {
            p { (tr.t("admin-people-none")) }
        }
        @if !p.signatures.is_empty() {
            (table_wrap("people-caption", html! {
                table.data {
                    caption #people-caption {
                        (tr.t_args("admin-people-caption", &[("email", Arg::from(p.email.as_str()))]))
                    }
                    thead {
                        tr {
                            th scope="col" { (tr.t("admin-col-petition")) }
                            th scope="col" { (tr.t("admin-col-name")) }
                            th scope="col" { (tr.t("admin-col-kind")) }
                            th scope="col" { (tr.t("admin-col-status")) }
                            th scope="col" { (tr.t("admin-col-visibility")) }
                            th scope="col" { (tr.t("admin-col-signed")) }
                        }
                    }
                    tbody {
                        @for s in &p.signatures {
                            tr {
                                th scope="row" {
                                    a href={ "/admin/petitions/" (s.petition_slug) } { (s.petition_title) }
                                }
                                td { (s.name) }
                                td { (kind_label(tr, s.kind)) }
                                td { (status_label(tr, s.status)) }
                                td { (tr.t(s.visibility.keys().0)) }
                                td { (s.signed) }
                            }
                        }
                    }
                }
            }))
            form method="post" action="/admin/people/export" {
                (csrf_field(&p.ctx))
                input type="hidden" name="email" value=(p.email);
                button type="submit" { (tr.t("admin-people-export")) }
            }
            form.confirm method="post" action="/admin/people/erase" {
                (csrf_field(&p.ctx))
                input type="hidden" name="email" value=(p.email);
                input type="hidden" name="confirm" value="yes";
                p.warning { (tr.t("admin-people-erase-warning")) }
                div.buttons {
                    button.danger type="submit" { (tr.t("admin-people-erase")) }
                }
            }
        }
    };
    admin_page(tr, Some(&p.ctx), &title, body)
}
