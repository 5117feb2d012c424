//! Updates to signers: what was sent and how far it got, and the form to write one, with its
//! translations and a preview.
use maud::{html, Markup, PreEscaped};

use super::view::UpdatesPage;
use super::{admin_page, counted, csrf_field, number_i64, table_wrap};
use crate::i18n::{language_name, Arg};
use crate::Tr;

/// The error key of `field`, if it has one.
fn error<'a>(p: &'a UpdatesPage, field: &str) -> Option<&'a str> {
    p.errors
        .iter()
        .find(|(f, _)| f == field)
        .map(|(_, e)| e.as_str())
}

/// A labelled text field (or, for a message, an area with the Markdown hint), with its
/// error; the hint and the error are read out with the control.
fn field(p: &UpdatesPage, tr: &Tr, name: &str, label: &str, value: &str, area: bool) -> Markup {
    let id = format!("u-{name}");
    let err = error(p, name);
    let err_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described: Vec<&str> = [
        err.map(|_| err_id.as_str()),
        area.then_some(hint_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    html! {
        div.field.invalid[err.is_some()] {
            label for=(id) { (label) }
            @if area { p.hint id=(hint_id) { (tr.t("admin-updates-body-hint")) } }
            @if let Some(e) = err { p.error id=(err_id) { (tr.t(e)) } }
            @if area {
                textarea id=(id) name=(name) rows="10" class="tall"
                    aria-invalid=[err.map(|_| "true")] aria-describedby=[described.as_deref()] { (value) }
            } @else {
                input id=(id) type="text" name=(name) value=(value) maxlength="200"
                    aria-invalid=[err.map(|_| "true")] aria-describedby=[described.as_deref()];
            }
        }
    }
}

/// `GET /admin/petitions/{slug}/updates`.
pub fn updates(tr: &Tr, p: &UpdatesPage) -> Markup {
    let title = tr.t_args("admin-updates-title", &[("title", p.title.as_str().into())]);
    let action = format!("/admin/petitions/{}/updates", p.slug);
    let body = html! {
        h1 { (title) }
        p { a href={ "/admin/petitions/" (p.slug) } { (tr.t("admin-edit-back")) } }
        p { (tr.t("admin-updates-intro")) }
        p {
            (tr.t_args("admin-updates-audience", &counted(tr, p.audience_total, &[])))
            @if !p.audience_by_language.is_empty() {
                " ("
                @for (i, (lang, n)) in p.audience_by_language.iter().enumerate() {
                    @if i > 0 { ", " }
                    (language_name(lang)) ": " (tr.number(*n))
                }
                ")"
            }
        }
        @if p.refused > 0 {
            p.notice { (tr.t_args("admin-updates-refused", &counted(tr, p.refused, &[]))) }
        }

        section aria-labelledby="sent-h" {
            h2 #sent-h { (tr.t("admin-updates-sent-heading")) }
            @if p.updates.is_empty() {
                p { (tr.t("admin-updates-none")) }
            } @else {
                (table_wrap("updates-caption", html! {
                    table.data {
                        caption #updates-caption { (tr.t("admin-updates-sent-heading")) }
                        thead {
                            tr {
                                th scope="col" { (tr.t("admin-updates-col-subject")) }
                                th scope="col" { (tr.t("admin-updates-col-when")) }
                                th scope="col" { (tr.t("admin-updates-col-recipients")) }
                                th scope="col" { (tr.t("admin-updates-col-queued")) }
                                th scope="col" { (tr.t("admin-updates-col-sent")) }
                                th scope="col" { (tr.t("admin-updates-col-failed")) }
                                th scope="col" { (tr.t("admin-updates-col-refused")) }
                                th scope="col" { (tr.t("admin-updates-col-cancelled")) }
                            }
                        }
                        tbody {
                            @for u in &p.updates {
                                tr {
                                    th scope="row" {
                                        @if u.delivered {
                                            (tr.t_args("admin-updates-delivered-subject", &[("title", Arg::from(p.title.as_str()))]))
                                        } @else {
                                            (u.subject)
                                        }
                                    }
                                    td { (u.created_at) br; span.hint { (u.created_by) } }
                                    td.num { (number_i64(tr, u.recipients)) }
                                    td.num { (number_i64(tr, u.queued)) }
                                    td.num { (number_i64(tr, u.sent)) }
                                    td.num { (number_i64(tr, u.failed)) }
                                    td.num { (number_i64(tr, u.refused)) }
                                    td.num { (number_i64(tr, u.cancelled)) }
                                }
                            }
                        }
                    }
                }))
            }
        }

        section aria-labelledby="compose-h" {
            h2 #compose-h { (tr.t("admin-updates-compose-heading")) }
            @if !p.errors.is_empty() {
                div.notice role="alert" {
                    p { strong { (tr.t("admin-edit-fix")) } }
                    ul {
                        @for (f, e) in &p.errors {
                            li { a href={ "#u-" (f) } { (tr.t(e)) } }
                        }
                    }
                }
            }
            @if let Some(preview) = &p.preview {
                section #preview .preview aria-labelledby="preview-h" {
                    h3 #preview-h { (tr.t("admin-updates-preview-heading")) }
                    p { strong { (tr.t("admin-updates-subject")) ": " } (preview.subject) }
                    div.declaration { (PreEscaped(&preview.html)) }
                    p.hint { (tr.t("admin-updates-preview-footer")) }
                }
            }
            form.editor method="post" action=(action) novalidate {
                (csrf_field(&p.ctx))
                input type="hidden" name="nonce" value=(p.form.nonce);
                p.hint { (tr.t_args("admin-updates-written-in", &[("language", Arg::from(language_name(&p.language)))])) }
                (field(p, tr, "subject", &tr.t("admin-updates-subject"), &p.form.subject, false))
                (field(p, tr, "body", &tr.t("admin-updates-body"), &p.form.body, true))
                h3 { (tr.t("admin-updates-translations")) }
                p.hint { (tr.t("admin-updates-translations-hint")) }
                @for t in &p.form.translations {
                    @let open = !t.subject.is_empty() || !t.body.is_empty()
                        || error(p, &format!("subject_{}", t.language)).is_some()
                        || error(p, &format!("body_{}", t.language)).is_some();
                    details open[open] {
                        summary { (language_name(&t.language)) }
                        (field(p, tr, &format!("subject_{}", t.language), &tr.t("admin-updates-subject"), &t.subject, false))
                        (field(p, tr, &format!("body_{}", t.language), &tr.t("admin-updates-body"), &t.body, true))
                    }
                }
                div.actions {
                    button type="submit" name="preview" value="1" class="secondary" { (tr.t("admin-updates-preview")) }
                    " "
                    button type="submit" { (tr.t_args("admin-updates-send", &counted(tr, p.audience_total, &[]))) }
                }
            }
        }
    };
    admin_page(tr, Some(&p.ctx), &title, body)
}
