//! The emails undersign sends, each with a subject, a plain-text part and an HTML part, in the
//! signer's language.
use maud::{html, DOCTYPE};

use crate::i18n::Arg;
use crate::Tr;

/// A message ready for the transport.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedEmail {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// What the confirmation and "already signed" emails say.
#[derive(Clone, Debug)]
pub struct SignatureEmail {
    pub petition_title: String,
    pub petition_url: String,
    /// The name as signed: a person's, or "organization (contact)".
    pub signed_as: String,
    pub confirm_url: Option<String>,
    pub withdraw_url: String,
    pub valid_hours: u64,
    /// Who may see the name, as the signer chose.
    pub visibility: crate::view::VisibilityView,
}

/// Asks the signer to confirm, with a link to withdraw instead.
pub fn confirmation(tr: &Tr, e: &SignatureEmail) -> RenderedEmail {
    let title: Arg = e.petition_title.as_str().into();
    let subject = tr.t_args("email-confirm-subject", &[("title", title.clone())]);
    let intro = tr.t_args("email-confirm-intro", &[("title", title.clone())]);
    let signed_as = SignedAs::new(tr, &e.signed_as);
    let seen_by = seen_by(tr, e.visibility);
    let action = tr.t("email-confirm-action");
    let validity = tr.t_args("email-valid-for", &[("hours", Arg::from(e.valid_hours))]);
    let withdraw = tr.t("email-withdraw-line");
    let ignore = tr.t("email-confirm-ignore");
    let confirm_url = e.confirm_url.as_deref().unwrap_or("");
    let text = format!(
        "{intro}\n\n{}\n\n{seen_by}\n\n{action}\n{confirm_url}\n\n{validity}\n\n{withdraw}\n{}\n\n{ignore}\n\n-- \n{}\n{}\n",
        signed_as.text(),
        e.withdraw_url,
        tr.t("site-name"),
        e.petition_url
    );
    let html = html_body(
        tr,
        &subject,
        html! {
            p { (intro) }
            (signed_as.html())
            p { (seen_by) }
            p { a.button href=(confirm_url) { (tr.t("email-confirm-button")) } }
            p.small { (action) br; a href=(confirm_url) { (confirm_url) } }
            p.small { (validity) }
            p.small { (withdraw) br; a href=(e.withdraw_url) { (e.withdraw_url) } }
            p.small { (ignore) }
            p.small { a href=(e.petition_url) { (e.petition_title) } }
        },
    );
    RenderedEmail {
        subject,
        text,
        html,
    }
}

/// Tells a signer who submitted again that their signature already counts.
pub fn already_signed(tr: &Tr, e: &SignatureEmail) -> RenderedEmail {
    let title: Arg = e.petition_title.as_str().into();
    let subject = tr.t_args("email-already-subject", &[("title", title.clone())]);
    let intro = tr.t_args("email-already-intro", &[("title", title)]);
    let signed_as = SignedAs::new(tr, &e.signed_as);
    let seen_by = seen_by(tr, e.visibility);
    let withdraw = tr.t("email-withdraw-line");
    let ignore = tr.t("email-already-ignore");
    let text = format!(
        "{intro}\n\n{}\n\n{seen_by}\n\n{withdraw}\n{}\n\n{ignore}\n\n-- \n{}\n{}\n",
        signed_as.text(),
        e.withdraw_url,
        tr.t("site-name"),
        e.petition_url
    );
    let html = html_body(
        tr,
        &subject,
        html! {
            p { (intro) }
            (signed_as.html())
            p { (seen_by) }
            p.small { (withdraw) br; a href=(e.withdraw_url) { (e.withdraw_url) } }
            p.small { (ignore) }
            p.small { a href=(e.petition_url) { (e.petition_title) } }
        },
    );
    RenderedEmail {
        subject,
        text,
        html,
    }
}

/// What an update says, and the links every update carries.
#[derive(Clone, Debug)]
pub struct UpdateEmail {
    pub petition_title: String,
    pub petition_url: String,
    pub withdraw_url: String,
    pub unsubscribe_url: String,
    /// An organizer's subject; for a "delivered" notice, unused (ours is in the catalog).
    pub subject: String,
    /// The Markdown as written (the plain-text part), or the delivery note.
    pub text: String,
    /// The Markdown rendered and sanitised; empty for a delivery note, which is plain text.
    pub html: String,
    /// The day the petition was delivered, for a "delivered" notice.
    pub delivered_on: Option<String>,
}

/// An organizer's update, with why it came and how to stop it.
pub fn update(tr: &Tr, e: &UpdateEmail) -> RenderedEmail {
    let html = maud::PreEscaped(e.html.clone());
    update_email(tr, e, e.subject.clone(), e.text.clone(), html! { (html) })
}

/// The petition was delivered: when, and the organizers' note.
pub fn delivered(tr: &Tr, e: &UpdateEmail) -> RenderedEmail {
    let title: Arg = e.petition_title.as_str().into();
    let subject = tr.t_args("email-delivered-subject", &[("title", title.clone())]);
    let date: Arg = e.delivered_on.as_deref().unwrap_or("").into();
    let intro = tr.t_args("email-delivered-intro", &[("title", title), ("date", date)]);
    let note = e.text.trim();
    let mut text = intro.clone();
    if !note.is_empty() {
        text = format!("{text}\n\n{}\n\n{note}", tr.t("email-delivered-note"));
    }
    let content = html! {
        p { (intro) }
        @if !note.is_empty() {
            p { (tr.t("email-delivered-note")) }
            blockquote style="margin: 0 0 1em 0; padding: 0.5em 1em; border-left: 4px solid #888;" {
                @for para in note.split("\n\n") {
                    p style="white-space: pre-wrap;" { (para) }
                }
            }
        }
    };
    update_email(tr, e, subject, text, content)
}

fn update_email(
    tr: &Tr,
    e: &UpdateEmail,
    subject: String,
    text: String,
    content: maud::Markup,
) -> RenderedEmail {
    let title: Arg = e.petition_title.as_str().into();
    let why = tr.t_args("email-update-why", &[("title", title)]);
    let withdraw = tr.t("email-withdraw-line");
    let unsubscribe = tr.t("email-unsubscribe-line");
    let text = format!(
        "{text}\n\n-- \n{why}\n{}\n\n{withdraw}\n{}\n\n{unsubscribe}\n{}\n\n{}\n",
        e.petition_url,
        e.withdraw_url,
        e.unsubscribe_url,
        tr.t("site-name"),
    );
    let html = html_body(
        tr,
        &subject,
        html! {
            (content)
            hr style="border: 0; border-top: 1px solid #ccc; margin: 1.5em 0;";
            p.small { (why) br; a href=(e.petition_url) { (e.petition_title) } }
            p.small { (withdraw) br; a href=(e.withdraw_url) { (e.withdraw_url) } }
            p.small { (unsubscribe) br; a href=(e.unsubscribe_url) { (e.unsubscribe_url) } }
        },
    );
    RenderedEmail {
        subject,
        text,
        html,
    }
}

/// What the signer typed, shown as a quotation under a label of ours: whoever filled in the
/// form chose these words, not the service, and they must not read as the service speaking
/// (a "name" such as "URGENT: your account is suspended").
struct SignedAs<'a> {
    label: String,
    typed: &'a str,
}

impl<'a> SignedAs<'a> {
    fn new(tr: &Tr, typed: &'a str) -> Self {
        SignedAs {
            label: tr.t("email-signed-as"),
            typed,
        }
    }

    fn text(&self) -> String {
        format!("{}\n    > {}", self.label, self.typed)
    }

    fn html(&self) -> maud::Markup {
        html! {
            p.small style="margin-bottom: 0.25em;" { (self.label) }
            blockquote style="margin: 0 0 1em 0; padding: 0.5em 1em; border-left: 4px solid #888; background: #f2f2f2; font-family: ui-monospace, monospace; white-space: pre-wrap;" {
                (self.typed)
            }
        }
    }
}

/// "Who may see your name? Only the addressees. Handed to the addressees with the letter;
/// not shown on this site."
fn seen_by(tr: &Tr, v: crate::view::VisibilityView) -> String {
    let (name, hint) = v.keys();
    format!(
        "{} {}. {}",
        tr.t("field-visibility"),
        tr.t(name),
        tr.t(hint)
    )
}

fn html_body(tr: &Tr, subject: &str, content: maud::Markup) -> String {
    // Mail clients drop <style> blocks and external sheets unpredictably; attributes are the
    // portable way to give the one button some weight.
    html! {
        (DOCTYPE)
        html lang=(tr.lang()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (subject) }
            }
            body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 36em; margin: 0 auto; padding: 1em;" {
                (content)
                p style="color:#555; font-size: 0.9em;" { (tr.t("site-name")) }
            }
        }
    }
    .into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str) -> SignatureEmail {
        SignatureEmail {
            petition_title: "Stop the reprisals".into(),
            petition_url: "http://x/petitions/a".into(),
            signed_as: name.into(),
            confirm_url: Some("http://x/confirm/AAA".into()),
            withdraw_url: "http://x/withdraw/BBB".into(),
            valid_hours: 168,
            visibility: crate::view::VisibilityView::Anonymous,
        }
    }

    #[test]
    fn confirmation_has_both_links_in_both_parts() {
        let m = confirmation(&Tr::new("en"), &sample("Olena"));
        assert!(m.subject.contains("Stop the reprisals"));
        for part in [&m.text, &m.html] {
            assert!(part.contains("http://x/confirm/AAA"));
            assert!(part.contains("http://x/withdraw/BBB"));
        }
    }

    #[test]
    fn the_name_is_quoted_apart_from_our_words() {
        let name = "URGENT: account suspended";
        for m in [
            confirmation(&Tr::new("en"), &sample(name)),
            already_signed(&Tr::new("en"), &sample(name)),
        ] {
            assert!(m.text.contains(&format!(
                "exactly as it was typed into the form:\n    > {name}\n"
            )));
            assert!(!m.text.contains(&format!("as {name}")));
            let quoted = m.html.split("<blockquote").nth(1).expect("a quotation");
            assert!(quoted.contains(name), "{}", m.html);
            assert_eq!(m.html.matches(name).count(), 1, "only in the quotation");
        }
    }

    #[test]
    fn both_emails_say_who_may_see_the_name() {
        let tr = Tr::new("en");
        for m in [
            confirmation(&tr, &sample("Olena")),
            already_signed(&tr, &sample("Olena")),
        ] {
            for part in [&m.text, &m.html] {
                assert!(part.contains("Who may see your name? Nobody."), "{part}");
            }
        }
    }

    fn sample_update() -> UpdateEmail {
        UpdateEmail {
            petition_title: "Stop the reprisals".into(),
            petition_url: "http://x/petitions/a".into(),
            withdraw_url: "http://x/withdraw/BBB".into(),
            unsubscribe_url: "http://x/unsubscribe/CCC".into(),
            subject: "Hearing on Monday".into(),
            text: "The court meets on *Monday*.\n\n<b>Come</b>".into(),
            html: "<p>The court meets on <em>Monday</em>.</p>".into(),
            delivered_on: Some("2026-12-02".into()),
        }
    }

    #[test]
    fn an_update_carries_the_petition_withdraw_and_unsubscribe_links() {
        let tr = Tr::new("en");
        for m in [
            update(&tr, &sample_update()),
            delivered(&tr, &sample_update()),
        ] {
            for part in [&m.text, &m.html] {
                assert!(part.contains("http://x/petitions/a"), "{part}");
                assert!(part.contains("http://x/withdraw/BBB"), "{part}");
                assert!(part.contains("http://x/unsubscribe/CCC"), "{part}");
            }
        }
        let m = update(&tr, &sample_update());
        assert_eq!(m.subject, "Hearing on Monday");
        assert!(m.html.contains("<em>Monday</em>"));
    }

    #[test]
    fn a_delivery_note_is_text_not_markup() {
        let m = delivered(&Tr::new("en"), &sample_update());
        assert!(m.subject.contains("Stop the reprisals"), "{}", m.subject);
        assert!(m.text.contains("2026-12-02"));
        assert!(m.html.contains("&lt;b&gt;Come&lt;/b&gt;"), "{}", m.html);
    }

    #[test]
    fn names_are_escaped_in_the_html_part() {
        let m = confirmation(&Tr::new("en"), &sample("<script>alert(1)</script>"));
        assert!(!m.html.contains("<script>alert"));
        assert!(m.html.contains("&lt;script&gt;"));
    }
}
