//! The confirmation before removing every signature at a domain.
use maud::{html, Markup};

use super::petition::signature_table;
use super::view::BulkRemovePage;
use super::{admin_page, counted, csrf_field};
use crate::i18n::Arg;
use crate::Tr;

/// After the first `POST /admin/petitions/{slug}/remove-domain`: how many, a sample, and the
/// button that removes them.
pub fn bulk_remove(tr: &Tr, p: &BulkRemovePage) -> Markup {
    let base = format!("/admin/petitions/{}", p.slug);
    let domain: Arg = p.domain.as_str().into();
    let title_arg: Arg = p.title.as_str().into();
    let heading = tr.t_args("admin-bulk-title", &[("domain", domain.clone())]);
    let body = html! {
        h1 { (heading) }
        @if p.count == 0 {
            p { (tr.t_args("admin-bulk-nothing", &[("domain", domain.clone()), ("title", title_arg.clone())])) }
            p { a href=(base) { (tr.t("admin-edit-back")) } }
        } @else {
            p.warning {
                (tr.t_args("admin-bulk-text", &counted(tr, p.count, &[("domain", domain.clone()), ("title", title_arg.clone())])))
            }
            @if !p.sample.is_empty() {
                (signature_table(
                    tr,
                    &p.sample,
                    "sample-caption",
                    &tr.t_args("admin-bulk-sample-caption", &counted(tr, p.count, &[("shown", Arg::Str(tr.number(p.sample.len() as u64)))])),
                    None,
                ))
            }
            form.confirm method="post" action={ (base) "/remove-domain" } {
                (csrf_field(&p.ctx))
                input type="hidden" name="domain" value=(p.domain);
                input type="hidden" name="confirm" value="yes";
                div.buttons {
                    button.danger type="submit" { (tr.t_args("admin-bulk-confirm", &counted(tr, p.count, &[]))) }
                    a.cancel href=(base) { (tr.t("admin-bulk-cancel")) }
                }
            }
        }
    };
    admin_page(tr, Some(&p.ctx), &heading, body)
}
