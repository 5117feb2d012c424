//! The petition editor, with its errors and preview.
use maud::{html, Markup, PreEscaped};

use super::view::{EditPetitionPage, VisibilityView};
use super::{admin_page, csrf_field};
use crate::Tr;

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
        "visibility" | "default_visibility" => ("f-visibility-public", "admin-field-visibility"),
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
    let visibility_error = edit_error(p, &["visibility", "default_visibility"]);
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
            fieldset.field.invalid[visibility_error.is_some()]
                aria-describedby=[visibility_error.map(|_| "f-visibility-error")] {
                legend { (tr.t("admin-field-visibility")) }
                p.hint { (tr.t("admin-field-visibility-hint")) }
                @if let Some(e) = visibility_error { p.error #f-visibility-error { (tr.t(e)) } }
                @for v in VisibilityView::ALL {
                    @let id = format!("f-visibility-{}", v.as_str());
                    div.check {
                        input id=(id) type="checkbox" name={ "visibility_" (v.as_str()) } value="on"
                            checked[p.visibility.contains(&v)];
                        label for=(id) { (tr.t(v.keys().0)) " — " (tr.t(v.keys().1)) }
                    }
                }
                div.field {
                    label for="f-default_visibility" { (tr.t("admin-field-default-visibility")) }
                    select #f-default_visibility name="default_visibility" {
                        @for v in VisibilityView::ALL {
                            option value=(v.as_str()) selected[p.default_visibility == v] { (tr.t(v.keys().0)) }
                        }
                    }
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
