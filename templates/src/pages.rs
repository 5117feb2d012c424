//! Every HTML page of the public site.
use maud::{html, Markup, PreEscaped};

use crate::i18n::{language_name, Arg};
use crate::layout::{page, Meta};
use crate::view::{
    CountsView, FormKind, FormNotice, ListNote, PetitionCard, PetitionPage, SignFormView,
    SignatoriesPage, SignatoryView, StateView, TokenPage,
};
use crate::Tr;

/// `GET /`: open petitions first, then recently closed and delivered ones.
pub fn index(tr: &Tr, cards: &[PetitionCard]) -> Markup {
    let (open, ended): (Vec<_>, Vec<_>) = cards.iter().partition(|c| c.state == StateView::Open);
    let body = html! {
        section.intro {
            h1 { (tr.t("index-heading")) }
            p { (tr.t("index-intro")) }
        }
        // Headings go h1, h2, h3 without a gap, so a screen reader's list of them reads
        // as an outline.
        h2 { (tr.t("index-open")) }
        @if open.is_empty() {
            p { (tr.t("index-none-open")) }
        }
        ol.cards {
            @for card in &open { li { (petition_card(tr, card)) } }
        }
        @if !ended.is_empty() {
            h2 { (tr.t("index-ended")) }
            ol.cards {
                @for card in &ended { li { (petition_card(tr, card)) } }
            }
        }
    };
    page(
        tr,
        "",
        &Meta {
            description: Some(tr.t("site-tagline")),
            url: None,
        },
        body,
    )
}

fn petition_card(tr: &Tr, card: &PetitionCard) -> Markup {
    html! {
        article.card {
            h3 lang=(card.language) { a href={ "/petitions/" (card.slug) } { (card.title) } }
            (addressee_line(tr, &card.addressees, &card.language))
            p.summary lang=(card.language) { (card.summary) }
            (state_badge(tr, card.state))
            (progress(tr, &card.counts, card.goal))
        }
    }
}

/// The addressees as the declaration names them, in its `language`.
fn addressee_line(tr: &Tr, addressees: &[String], language: &str) -> Markup {
    html! {
        p.addressees {
            span.label { (tr.t("addressed-to")) " " }
            span lang=(language) {
                @for (i, a) in addressees.iter().enumerate() {
                    @if i > 0 { "; " }
                    (a)
                }
            }
        }
    }
}

fn state_badge(tr: &Tr, state: StateView) -> Markup {
    let key = match state {
        StateView::Draft => "state-draft",
        StateView::Open => return html! {},
        StateView::Closed => "state-closed",
        StateView::Delivered => "state-delivered",
    };
    html! { p.badge { (tr.t(key)) } }
}

fn progress(tr: &Tr, counts: &CountsView, goal: Option<u64>) -> Markup {
    html! {
        div.progress {
            p.count {
                strong { (tr.number(counts.total)) } " "
                (tr.t_args("signatures-label", &[("count", Arg::from(counts.total))]))
            }
            @if let Some(goal) = goal.filter(|g| *g > 0) {
                progress max=(goal) value=(counts.total.min(goal)) aria-label=(tr.t("progress-label")) {}
                p.goal { (tr.t_args("goal-of", &[("goal", Arg::Str(tr.number(goal)))])) }
            }
        }
    }
}

fn counts_detail(tr: &Tr, counts: &CountsView) -> Markup {
    html! {
        dl.counts {
            div { dt { (tr.t("counts-individuals")) } dd { (tr.number(counts.individual)) } }
            div { dt { (tr.t("counts-organizations")) } dd { (tr.number(counts.organization)) } }
            div { dt { (tr.t("counts-members")) } dd { (tr.number(counts.members)) } }
        }
    }
}

/// `GET /petitions/{slug}`: the declaration, who it is addressed to, the counts, the forms.
pub fn petition(tr: &Tr, p: &PetitionPage) -> Markup {
    let card = &p.card;
    let meta = Meta {
        description: Some(format!(
            "{} — {} {}",
            card.summary,
            tr.t("addressed-to"),
            card.addressees.join("; ")
        )),
        url: Some(p.url.clone()),
    };
    let body = html! {
        (text_versions(tr, p))
        article.declaration lang=(p.language) {
            h1 { (card.title) }
            (addressee_line(tr, &card.addressees, &card.language))
            p.author { (tr.t_args("declaration-by", &[("author", card.author.as_str().into())])) }
            div.body { (PreEscaped(&p.body_html)) }
            @if p.excerpt {
                p.note { (tr.t("declaration-excerpt")) }
            }
        }
        section.tally aria-labelledby="tally-h" {
            h2 #tally-h { (tr.t("tally-heading")) }
            (state_badge(tr, card.state))
            @if let (Some(on), StateView::Delivered) = (&p.delivered_on, card.state) {
                p { (tr.t_args("delivered-on", &[("date", on.as_str().into())])) }
                @if let Some(note) = &p.delivery_note { p { (note) } }
            }
            (progress(tr, &card.counts, card.goal))
            (counts_detail(tr, &card.counts))
            @if card.counts.total > 0 {
                (crate::charts::by_country(tr, &country_rows(&card.counts, &p.countries)))
            }
            @if let Some(on) = &card.closes_on {
                @if card.state == StateView::Open {
                    p { (tr.t_args("closes-on", &[("date", on.as_str().into())])) }
                }
            }
        }
        @if p.forms.is_empty() {
            @if card.state != StateView::Open {
                p.closed { (tr.t("petition-not-open")) }
            }
        } @else {
            section.sign #sign aria-labelledby="sign-h" {
                h2 #sign-h { (tr.t("sign-heading")) }
                p { (tr.t("sign-intro")) }
                @for form in &p.forms {
                    (sign_form(tr, form, &p.countries, p.forms.len() > 1))
                }
            }
        }
        @if !p.recent.is_empty() {
            section.recent aria-labelledby="recent-h" {
                h2 #recent-h { (tr.t("recent-heading")) }
                (signatory_list(tr, &p.recent))
                p { a href={ "/petitions/" (card.slug) "/signatures" } { (tr.t("recent-all")) } }
            }
        }
        section.share aria-labelledby="share-h" {
            h2 #share-h { (tr.t("share-heading")) }
            p { (tr.t("share-intro")) }
            input.share-url type="text" readonly value=(p.url) aria-labelledby="share-h";
            // Plain links that open the person's own app with the link filled in: no
            // scripts, no buttons from another site, nothing that follows them.
            ul.share-links {
                li { a href=(share_link("mailto:?subject=", &card.title, "&body=", &p.url)) { (tr.t("share-email")) } }
                li { a href=(share_link("https://wa.me/?text=", &card.title, "%20", &p.url)) rel="noopener" { "WhatsApp" } }
                li { a href=(share_link("https://t.me/share/url?url=", &p.url, "&text=", &card.title)) rel="noopener" { "Telegram" } }
            }
        }
    };
    page(tr, &card.title, &meta, body)
}

/// Which language version is shown, and links to the others. In the page's language, so
/// outside the declaration's `lang`.
fn text_versions(tr: &Tr, p: &PetitionPage) -> Markup {
    let note = match (&p.translated_from, &p.untranslated) {
        (Some(original), _) => Some(("declaration-translated", original)),
        (None, Some(original)) => Some(("declaration-untranslated", original)),
        (None, None) => None,
    };
    html! {
        @if let Some((key, original)) = note {
            p.note.text-note { (tr.t_args(key, &[("language", language_name(original).into())])) }
        }
        @if !p.versions.is_empty() {
            nav.versions aria-labelledby="versions-label" {
                span #versions-label { (tr.t("declaration-versions")) }
                ul {
                    @for v in &p.versions {
                        li {
                            a href=(v.href) lang=(v.language) hreflang=(v.language)
                                aria-current=[v.current.then_some("true")] { (language_name(&v.language)) }
                        }
                    }
                }
            }
        }
    }
}

fn signatory_list(tr: &Tr, list: &[SignatoryView]) -> Markup {
    html! {
        ol.signatories {
            @for s in list {
                li {
                    @if s.is_organization {
                        strong { (s.organization.as_deref().unwrap_or("")) }
                        @if s.verified {
                            " " span.verified { (tr.t("signatory-verified")) }
                        }
                        @if let Some(m) = s.members.filter(|m| *m > 0) {
                            " " span.members { (tr.t_args("members-count", &[("count", Arg::from(m))])) }
                        }
                        br;
                        span.who {
                            (s.name)
                            @if let Some(r) = &s.role { ", " (r) }
                        }
                    } @else {
                        strong { (s.name) }
                        @if let Some(o) = &s.occupation { ", " span.who { (o) } }
                    }
                    " · " span.place {
                        @if let Some(c) = &s.city { (c) ", " }
                        (s.country_name)
                    }
                    " · " time { (s.signed_on) }
                    @if let Some(c) = &s.comment {
                        blockquote.comment { (c) }
                    }
                }
            }
        }
    }
}

/// The chart's rows: each country's name in place of its code.
fn country_rows(counts: &CountsView, countries: &[(String, String)]) -> Vec<(String, String, u64)> {
    counts
        .by_country
        .iter()
        .map(|(code, n)| {
            let name = countries
                .iter()
                .find(|(c, _)| c == code)
                .map_or_else(|| code.clone(), |(_, name)| name.clone());
            (code.clone(), name, *n)
        })
        .collect()
}

/// `prefix` + `a` + `middle` + `b`, `a` and `b` percent-encoded as a query value.
fn share_link(prefix: &str, a: &str, middle: &str, b: &str) -> String {
    format!("{prefix}{}{middle}{}", query_value(a), query_value(b))
}

fn query_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for byte in s.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

fn sign_form(tr: &Tr, form: &SignFormView, countries: &[(String, String)], both: bool) -> Markup {
    let org = form.kind == FormKind::Organization;
    let prefix = if org { "o" } else { "i" };
    let heading = if org {
        "sign-as-organization"
    } else {
        "sign-as-individual"
    };
    let has_errors = !form.errors.is_empty();
    // Without JavaScript both forms are on the page; the organization form is folded unless it
    // is the only one or the one being corrected, so a person sees the short form first.
    let open = !org || !both || form.notice.is_some();
    let inner = html! {
        // After a refusal the page opens at the form's notice, not at the top of the page.
        form.signing method="post" action={ (form.action) "#" (prefix) "-notice" } novalidate {
            @if let Some(notice) = form.notice {
                (form_notice(tr, notice, form, prefix))
            }
            input type="hidden" name="kind" value=(form.kind.as_str());
            input type="hidden" name="form_token" value=(form.form_token);
            input type="hidden" name="text_language" value=(form.text_language);
            @if org {
                (text_field(tr, form, prefix, "organization", "field-organization", "text", true, 200, "organization"))
                (text_field(tr, form, prefix, "name", "field-contact-name", "text", true, 120, "name"))
                (text_field(tr, form, prefix, "role", "field-role", "text", false, 120, "organization-title"))
            } @else {
                (text_field(tr, form, prefix, "name", "field-name", "text", true, 120, "name"))
            }
            (text_field(tr, form, prefix, "email", "field-email", "email", true, 254, "email"))
            (country_field(tr, form, prefix, countries))
            (text_field(tr, form, prefix, "city", "field-city", "text", false, 120, "address-level2"))
            @if org {
                (text_field(tr, form, prefix, "members", "field-members", "number", false, 9, "off"))
            } @else {
                (text_field(tr, form, prefix, "occupation", "field-occupation", "text", false, 120, "organization-title"))
            }
            (comment_field(tr, form, prefix))
            (visibility_field(tr, form, prefix))
            (checkbox(tr, form, prefix, "updates", "field-updates"))
            // The honeypot: hidden from people (and from screen readers), filled by bots.
            div.hp aria-hidden="true" {
                label for={ (prefix) "-website" } { (tr.t("field-website")) }
                input #{ (prefix) "-website" } type="text" name="website" tabindex="-1" autocomplete="off" value="";
            }
            p.privacy { (tr.t("form-privacy")) }
            button type="submit" { (tr.t(if org { "submit-organization" } else { "submit-individual" })) }
        }
    };
    html! {
        @if both {
            details.kind open[open || has_errors] {
                summary { h3 { (tr.t(heading)) } }
                (inner)
            }
        } @else {
            h3 { (tr.t(heading)) }
            (inner)
        }
    }
}

fn form_notice(tr: &Tr, notice: FormNotice, form: &SignFormView, prefix: &str) -> Markup {
    let key = match notice {
        FormNotice::FixFields => "notice-fix-fields",
        FormNotice::TryAgain => "notice-try-again",
        FormNotice::Expired => "notice-expired",
        FormNotice::RateLimited => "notice-rate-limited",
    };
    html! {
        div.notice role="alert" tabindex="-1" id={ (prefix) "-notice" } {
            p { strong { (tr.t(key)) } }
            @if !form.errors.is_empty() {
                ul {
                    @for (field, err) in &form.errors {
                        li {
                            a href={ "#" (prefix) "-" (field) } {
                                (tr.t_args("notice-field-error", &[
                                    ("label", Arg::from(tr.t(&format!("label-{field}")))),
                                    ("error", Arg::from(tr.t(err))),
                                ]))
                            }
                        }
                    }
                }
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn text_field(
    tr: &Tr,
    form: &SignFormView,
    prefix: &str,
    name: &str,
    label_key: &str,
    input_type: &str,
    required: bool,
    maxlength: usize,
    autocomplete: &str,
) -> Markup {
    let id = format!("{prefix}-{name}");
    let err_id = format!("{id}-error");
    let error = form.error(name);
    html! {
        div.field.invalid[error.is_some()] {
            label for=(id) {
                (tr.t(label_key))
                @if !required { " " span.optional { (tr.t("optional")) } }
            }
            @if let Some(e) = error {
                p.error id=(err_id) { (tr.t(e)) }
            }
            @if input_type == "number" {
                input id=(id) type="text" inputmode="numeric" pattern="[0-9]*" name=(name) value=(form.value(name))
                    autocomplete=(autocomplete) maxlength=(maxlength)
                    aria-invalid=[error.map(|_| "true")] aria-describedby=[error.map(|_| err_id.as_str())];
            } @else {
                input id=(id) type=(input_type) name=(name) value=(form.value(name))
                    autocomplete=(autocomplete) maxlength=(maxlength) required[required]
                    aria-invalid=[error.map(|_| "true")] aria-describedby=[error.map(|_| err_id.as_str())];
            }
        }
    }
}

fn country_field(
    tr: &Tr,
    form: &SignFormView,
    prefix: &str,
    countries: &[(String, String)],
) -> Markup {
    let id = format!("{prefix}-country");
    let err_id = format!("{id}-error");
    let error = form.error("country");
    let selected = form.value("country");
    html! {
        div.field.invalid[error.is_some()] {
            label for=(id) { (tr.t("field-country")) }
            @if let Some(e) = error { p.error id=(err_id) { (tr.t(e)) } }
            select id=(id) name="country" required autocomplete="country"
                aria-invalid=[error.map(|_| "true")] aria-describedby=[error.map(|_| err_id.as_str())] {
                option value="" selected[selected.is_empty()] { (tr.t("field-country-choose")) }
                @for (code, name) in countries {
                    option value=(code) selected[code.eq_ignore_ascii_case(selected)] { (name) }
                }
            }
        }
    }
}

fn comment_field(tr: &Tr, form: &SignFormView, prefix: &str) -> Markup {
    let id = format!("{prefix}-comment");
    let err_id = format!("{id}-error");
    let error = form.error("comment");
    html! {
        div.field.invalid[error.is_some()] {
            label for=(id) { (tr.t("field-comment")) " " span.optional { (tr.t("optional")) } }
            @if let Some(e) = error { p.error id=(err_id) { (tr.t(e)) } }
            textarea id=(id) name="comment" rows="3" maxlength="1000"
                aria-invalid=[error.map(|_| "true")] aria-describedby=[error.map(|_| err_id.as_str())] { (form.value("comment")) }
        }
    }
}

/// Who may see the name: a radio group of the levels the petition offers, each with what it
/// means; a petition offering one level says which, and sends it.
fn visibility_field(tr: &Tr, form: &SignFormView, prefix: &str) -> Markup {
    let chosen = form.chosen_visibility();
    let error = form.error("visibility");
    let id = format!("{prefix}-visibility");
    html! {
        @if let [only] = form.visibility.as_slice() {
            div.field.visibility #(id) {
                input type="hidden" name="visibility" value=(only.as_str());
                p { (tr.t("visibility-only")) " " strong { (tr.t(only.keys().0)) } }
                p.hint { (tr.t(only.keys().1)) }
            }
        } @else {
            fieldset.field.visibility.invalid[error.is_some()] #(id)
                aria-describedby=[error.map(|_| format!("{id}-error"))] {
                legend { (tr.t("field-visibility")) }
                @if let Some(e) = error {
                    p.error id={ (id) "-error" } { (tr.t(e)) }
                }
                (visibility_radios(tr, &id, &form.visibility, chosen))
            }
        }
    }
}

fn checkbox(tr: &Tr, form: &SignFormView, prefix: &str, name: &str, label_key: &str) -> Markup {
    let id = format!("{prefix}-{name}");
    html! {
        div.check {
            input id=(id) type="checkbox" name=(name) value="on" checked[form.checked(name)];
            label for=(id) { (tr.t(label_key)) }
        }
    }
}

/// `GET /petitions/{slug}/thanks`: check your email.
pub fn thanks(tr: &Tr, title: &str, slug: &str) -> Markup {
    let body = html! {
        section.message {
            h1 { (tr.t("thanks-heading")) }
            p { (tr.t_args("thanks-text", &[("title", title.into())])) }
            p { (tr.t("thanks-spam")) }
            p { a href={ "/petitions/" (slug) } { (tr.t("back-to-petition")) } }
        }
    };
    page(tr, &tr.t("thanks-heading"), &Meta::default(), body)
}

/// `GET /petitions/{slug}/signatures`: the public list, one page of it.
pub fn signatories(tr: &Tr, p: &SignatoriesPage) -> Markup {
    let body = html! {
        h1 { (tr.t("signatories-heading")) }
        p { a href={ "/petitions/" (p.slug) } { (p.title) } }
        p { (tr.t_args("signatories-public-count", &[("count", Arg::from(p.total_public))])) }
        @match p.note {
            Some(ListNote::PastEnd) => {
                p { (tr.t_args("signatories-past-end", &[("pages", Arg::from(p.pages))])) " " a href={ "/petitions/" (p.slug) "/signatures" } { (tr.t("signatories-first-page")) } }
            }
            Some(ListNote::Deep(max)) => {
                p { (tr.t_args("signatories-deep", &[("max", Arg::from(max))])) " " a href={ "/petitions/" (p.slug) "/signatures" } { (tr.t("signatories-first-page")) } }
            }
            None if p.signatories.is_empty() => {
                p { (tr.t("signatories-none")) }
            }
            None => {
                (signatory_list(tr, &p.signatories))
            }
        }
        @if p.newer.is_some() || p.older.is_some() {
            nav.pager aria-label=(tr.t("pager-label")) {
                @if let Some(href) = &p.newer {
                    a rel="prev" href=(href) { (tr.t("pager-previous")) }
                }
                " " span { (tr.t_args("pager-position", &[("page", Arg::from(p.page)), ("pages", Arg::from(p.pages))])) } " "
                @if let Some(href) = &p.older {
                    a rel="next" href=(href) { (tr.t("pager-next")) }
                }
            }
        }
    };
    page(tr, &tr.t("signatories-heading"), &Meta::default(), body)
}

/// `GET /confirm/{token}`: one button, because mail scanners follow links but do not press
/// buttons.
pub fn confirm(tr: &Tr, p: &TokenPage) -> Markup {
    token_action(tr, p, "confirm-heading", "confirm-text", "confirm-button")
}

/// One radio button per level, each with what it means; `chosen` checked.
fn visibility_radios(
    tr: &Tr,
    id: &str,
    levels: &[crate::view::VisibilityView],
    chosen: crate::view::VisibilityView,
) -> Markup {
    html! {
        @for v in levels {
            @let (name, hint) = v.keys();
            @let choice = format!("{id}-{}", v.as_str());
            div.radio {
                input id=(choice) type="radio" name="visibility" value=(v.as_str())
                    checked[*v == chosen] aria-describedby={ (choice) "-hint" };
                label for=(choice) {
                    (tr.t(name))
                    span.hint id={ (choice) "-hint" } { (tr.t(hint)) }
                }
            }
        }
    }
}

/// On the confirm page: who may see the name, as chosen, and a way to a more private level
/// (never to a more public one: that would need a fresh confirmation).
fn visibility_choice(tr: &Tr, choices: &[crate::view::VisibilityView]) -> Markup {
    html! {
        @if let [only] = choices {
            p { (tr.t("field-visibility")) " " strong { (tr.t(only.keys().0)) } }
            p.hint { (tr.t(only.keys().1)) }
        } @else if let Some(current) = choices.first() {
            fieldset.visibility #c-visibility {
                legend { (tr.t("field-visibility")) }
                (visibility_radios(tr, "c-visibility", choices, *current))
            }
        }
    }
}

/// `GET /withdraw/{token}`.
pub fn withdraw(tr: &Tr, p: &TokenPage) -> Markup {
    token_action(
        tr,
        p,
        "withdraw-heading",
        "withdraw-text",
        "withdraw-button",
    )
}

/// `GET /unsubscribe/{token}`.
pub fn unsubscribe(tr: &Tr, p: &TokenPage) -> Markup {
    token_action(
        tr,
        p,
        "unsubscribe-title",
        "unsubscribe-lead",
        "unsubscribe-button",
    )
}

/// After `POST /unsubscribe/{token}`.
pub fn unsubscribed(tr: &Tr, title: &str, slug: &str) -> Markup {
    outcome(
        tr,
        "unsubscribe-done-title",
        &tr.t_args("unsubscribe-done", &[("title", title.into())]),
        slug,
    )
}

fn token_action(tr: &Tr, p: &TokenPage, heading: &str, text: &str, button: &str) -> Markup {
    let body = html! {
        section.message {
            h1 { (tr.t(heading)) }
            p { (tr.t_args(text, &[("title", p.petition_title.as_str().into())])) }
            form method="post" action=(p.action) {
                (visibility_choice(tr, &p.visibility))
                button type="submit" { (tr.t(button)) }
            }
        }
    };
    page(tr, &tr.t(heading), &Meta::default(), body)
}

/// After `POST /confirm/{token}`.
pub fn confirmed(tr: &Tr, title: &str, slug: &str) -> Markup {
    outcome(
        tr,
        "confirmed-heading",
        &tr.t_args("confirmed-text", &[("title", title.into())]),
        slug,
    )
}

/// After `POST /withdraw/{token}`.
pub fn withdrawn(tr: &Tr, title: &str, slug: &str) -> Markup {
    outcome(
        tr,
        "withdrawn-heading",
        &tr.t_args("withdrawn-text", &[("title", title.into())]),
        slug,
    )
}

/// A confirm link for a signature that was withdrawn or removed.
pub fn inactive(tr: &Tr, title: &str, slug: &str) -> Markup {
    outcome(
        tr,
        "inactive-heading",
        &tr.t_args("inactive-text", &[("title", title.into())]),
        slug,
    )
}

/// An expired link: 410, with the way back to the form.
pub fn expired(tr: &Tr, title: &str, slug: &str) -> Markup {
    outcome(
        tr,
        "expired-heading",
        &tr.t_args("expired-text", &[("title", title.into())]),
        slug,
    )
}

/// `409`: the petition no longer takes signatures.
pub fn closed(tr: &Tr, title: &str, slug: &str) -> Markup {
    outcome(
        tr,
        "closed-heading",
        &tr.t_args("closed-text", &[("title", title.into())]),
        slug,
    )
}

fn outcome(tr: &Tr, heading: &str, text: &str, slug: &str) -> Markup {
    let body = html! {
        section.message {
            h1 { (tr.t(heading)) }
            p { (text) }
            p { a href={ "/petitions/" (slug) } { (tr.t("back-to-petition")) } }
        }
    };
    page(tr, &tr.t(heading), &Meta::default(), body)
}

/// The kinds of error page; each has a heading and a text in the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    NotFound,
    BadRequest,
    Forbidden,
    TooLarge,
    UnsupportedType,
    RateLimited,
    Unavailable,
    Internal,
}

/// A page for a request that could not be served.
pub fn error(tr: &Tr, kind: ErrorKind) -> Markup {
    let key = match kind {
        ErrorKind::NotFound => "error-not-found",
        ErrorKind::BadRequest => "error-bad-request",
        ErrorKind::Forbidden => "error-forbidden",
        ErrorKind::TooLarge => "error-too-large",
        ErrorKind::UnsupportedType => "error-unsupported-type",
        ErrorKind::RateLimited => "error-rate-limited",
        ErrorKind::Unavailable => "error-unavailable",
        ErrorKind::Internal => "error-internal",
    };
    let heading = tr.t(&format!("{key}-heading"));
    let body = html! {
        section.message {
            h1 { (heading) }
            p { (tr.t(&format!("{key}-text"))) }
            p { a href="/" { (tr.t("back-to-index")) } }
        }
    };
    page(tr, &heading, &Meta::default(), body)
}
