//! The organizers' pages, a file each: sign-in, the dashboard, one petition's figures and
//! moderation (with its records), the petition editor, the confirmation before removing a
//! domain's signatures, and the printable delivery document; `view` holds the plain data
//! they are rendered from. This module holds what the pages share.
//!
//! Every POST form on a page behind the sign-in carries the session's CSRF token as the hidden
//! field `csrf`. No page has any script.
mod dashboard;
mod delivery;
mod editor;
mod login;
mod moderation;
mod paper;
mod people;
mod petition;
mod records;
mod updates;
pub mod view;

pub use dashboard::dashboard;
pub use delivery::{
    delivery_article_start, delivery_copies, delivery_group_end, delivery_group_start,
    delivery_section_start, delivery_signatory, delivery_start, DELIVERY_ARTICLE_END, DELIVERY_END,
    DELIVERY_SECTION_END,
};
pub use editor::edit_petition;
pub use login::login;
pub use moderation::bulk_remove;
pub use paper::{
    paper, sheet_entry, sheets, DuplicateSide, EntryRow, PaperPage, SheetEntryPage, SheetView,
    SheetsPrint, ENTRY_ROWS, NO_ROWS, SCAN_TYPE, SHEET_ROWS,
};
pub use people::people;
pub use petition::petition;
pub use updates::updates;
pub use view::*;

use maud::{html, Markup, DOCTYPE};

use crate::i18n::Arg;
use crate::{Tr, STYLESHEET_PATH};

/// A message's arguments for a count: `count` to choose the plural form, `n` to show it with its
/// digits grouped, then `extra`.
pub(super) fn counted<'a>(tr: &Tr, n: u64, extra: &[(&'a str, Arg)]) -> Vec<(&'a str, Arg)> {
    let mut args = vec![("count", Arg::from(n)), ("n", Arg::Str(tr.number(n)))];
    args.extend_from_slice(extra);
    args
}

/// A count that the data model keeps signed; negative never happens, but must not panic.
pub(super) fn number_i64(tr: &Tr, n: i64) -> String {
    u64::try_from(n).map_or_else(|_| n.to_string(), |n| tr.number(n))
}

pub(super) fn state_label(tr: &Tr, state: StateView) -> String {
    tr.t(match state {
        StateView::Draft => "admin-state-draft",
        StateView::Open => "admin-state-open",
        StateView::Closed => "admin-state-closed",
        StateView::Delivered => "admin-state-delivered",
    })
}

pub(super) fn kind_label(tr: &Tr, kind: FormKind) -> String {
    tr.t(match kind {
        FormKind::Individual => "admin-kind-individual",
        FormKind::Organization => "admin-kind-organization",
    })
}

pub(super) fn status_label(tr: &Tr, status: SignatureStatus) -> String {
    tr.t(match status {
        SignatureStatus::Pending => "admin-status-pending",
        SignatureStatus::Confirmed => "admin-status-confirmed",
        SignatureStatus::Withdrawn => "admin-status-withdrawn",
        SignatureStatus::Removed => "admin-status-removed",
    })
}

pub(super) fn action_label(tr: &Tr, action: &str) -> String {
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
        "petition.purge" => tr.t("admin-action-petition-purge"),
        "person.export" => tr.t("admin-action-person-export"),
        "person.erase" => tr.t("admin-action-person-erase"),
        "update.send" => tr.t("admin-action-update-send"),
        "update.delivered" => tr.t("admin-action-update-delivered"),
        "sheets.print" => tr.t("admin-action-sheets-print"),
        "paper.enter" => tr.t("admin-action-paper-enter"),
        "paper.not_duplicate" => tr.t("admin-action-paper-not-duplicate"),
        "signature.verify" => tr.t("admin-action-signature-verify"),
        "signature.unverify" => tr.t("admin-action-signature-unverify"),
        other => other.to_owned(),
    }
}

/// The message after an organizer's action, by the name `?done=` gives it.
pub fn notice(tr: &Tr, done: &str) -> Option<String> {
    let key = match done {
        "saved" => "admin-notice-saved",
        "state" => "admin-notice-state-changed",
        "hidden" => "admin-notice-hidden",
        "unhidden" => "admin-notice-unhidden",
        "removed" => "admin-notice-removed",
        "removed-domain" => "admin-notice-removed-domain",
        "erased" => "admin-notice-erased",
        "update-queued" => "admin-notice-update-queued",
        "entered" => "admin-notice-paper-entered",
        "not-duplicate" => "admin-notice-not-duplicate",
        "verified" => "admin-notice-verified",
        "unverified" => "admin-notice-unverified",
        _ => return None,
    };
    Some(tr.t(key))
}

pub(super) fn format_label(tr: &Tr, format: &str) -> String {
    match format {
        "delivery" => tr.t("admin-format-delivery"),
        "full" => tr.t("admin-format-full"),
        other => other.to_owned(),
    }
}

pub(super) fn yes_no(tr: &Tr, b: bool) -> String {
    tr.t(if b { "admin-yes" } else { "admin-no" })
}

pub(super) fn csrf_field(ctx: &AdminContext) -> Markup {
    html! { input type="hidden" name="csrf" value=(ctx.csrf); }
}

/// A table that scrolls sideways on a narrow screen. The container can take the focus, so the
/// table can be scrolled with the keyboard, and is named after the table's caption (`label_id`).
pub(super) fn table_wrap(label_id: &str, table: Markup) -> Markup {
    html! {
        div.table-wrap tabindex="0" role="region" aria-labelledby=(label_id) { (table) }
    }
}

/// The head of a standalone document made to be printed (the delivery document, the
/// signature sheets): the stylesheet, and never indexed. A `standalone` document carries
/// the stylesheet in itself, to be opened from a file where there is no site to link to
/// (the delivery package); a page the site serves links it, as its policy allows no inline
/// style.
pub(super) fn print_head(title: &str, standalone: bool) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            meta name="robots" content="noindex, nofollow";
            title { (title) }
            @if standalone {
                style { (maud::PreEscaped(crate::STYLESHEET)) }
            } @else {
                link rel="stylesheet" href=(STYLESHEET_PATH);
            }
        }
    }
}

/// The shell of every organizers' page: the site's stylesheet, a header with the menu, who is
/// signed in and the sign-out button (when someone is), the notice of the last action, `body`.
pub(super) fn admin_page(tr: &Tr, ctx: Option<&AdminContext>, title: &str, body: Markup) -> Markup {
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
                                li { a href="/admin/people" { (tr.t("admin-nav-people")) } }
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

#[cfg(test)]
mod tests;
