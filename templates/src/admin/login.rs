//! The sign-in page.
use maud::{html, Markup};

use super::view::LoginPage;
use super::{admin_page, counted};
use crate::Tr;

/// `GET /admin/login`.
pub fn login(tr: &Tr, p: &LoginPage) -> Markup {
    let title = tr.t("admin-login-title");
    let body = html! {
        h1 { (title) }
        p { (tr.t("admin-login-intro")) }
        @if p.failed || p.retry_after.is_some() {
            div.notice role="alert" {
                @if p.failed { p { strong { (tr.t("admin-login-failed")) } } }
                @if let Some(secs) = p.retry_after {
                    p { (retry_message(tr, secs)) }
                }
            }
        }
        form.narrow method="post" action="/admin/login" {
            input type="hidden" name="form_token" value=(p.form_token);
            div.field {
                label for="login-email" { (tr.t("admin-login-email")) }
                input #login-email type="email" name="email" value=(p.email) autocomplete="username"
                    required autocapitalize="none" spellcheck="false";
            }
            div.field {
                label for="login-password" { (tr.t("admin-login-password")) }
                input #login-password type="password" name="password" autocomplete="current-password" required;
            }
            button type="submit" { (tr.t("admin-login-submit")) }
        }
    };
    admin_page(tr, None, &title, body)
}

fn retry_message(tr: &Tr, secs: u64) -> String {
    if secs >= 120 {
        tr.t_args(
            "admin-login-wait-minutes",
            &counted(tr, secs.div_ceil(60), &[]),
        )
    } else {
        tr.t_args("admin-login-wait-seconds", &counted(tr, secs.max(1), &[]))
    }
}
