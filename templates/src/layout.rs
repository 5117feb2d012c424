//! The page shell every page shares: head, header, main landmark, footer.
use maud::{html, Markup, DOCTYPE};

use crate::i18n::languages;
use crate::{Tr, STYLESHEET_PATH};

/// Links to this page in every language. `?lang=` keeps the path, and the service
/// remembers the choice in a cookie.
fn language_switcher(tr: &Tr) -> Markup {
    if languages().count() < 2 {
        return html! {};
    }
    html! {
        nav.languages aria-label=(tr.t("language-label")) {
            ul {
                @for (code, name) in languages() {
                    li {
                        a href={ "?lang=" (code) } lang=(code) hreflang=(code)
                            aria-current=[(code == tr.lang()).then_some("true")] { (name) }
                    }
                }
            }
        }
    }
}

/// What a page tells link previews and search engines about itself.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    pub description: Option<String>,
    /// The absolute URL of the page, for Open Graph.
    pub url: Option<String>,
}

/// A whole HTML document around `body`.
pub fn page(tr: &Tr, title: &str, meta: &Meta, body: Markup) -> Markup {
    let site = tr.t("site-name");
    let full_title = if title.is_empty() {
        site.clone()
    } else {
        format!("{title} · {site}")
    };
    html! {
        (DOCTYPE)
        html lang=(tr.lang()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (full_title) }
                link rel="stylesheet" href=(STYLESHEET_PATH);
                @if let Some(d) = &meta.description {
                    meta name="description" content=(d);
                    meta property="og:description" content=(d);
                    meta name="twitter:description" content=(d);
                }
                meta property="og:title" content=(if title.is_empty() { site.as_str() } else { title });
                meta property="og:type" content="website";
                meta property="og:site_name" content=(site);
                meta name="twitter:card" content="summary";
                meta name="twitter:title" content=(if title.is_empty() { site.as_str() } else { title });
                @if let Some(u) = &meta.url {
                    meta property="og:url" content=(u);
                    link rel="canonical" href=(u);
                }
            }
            body {
                a.skip href="#main" { (tr.t("skip-to-content")) }
                header.site {
                    a.brand href="/" { (site) }
                    span.tagline { (tr.t("site-tagline")) }
                    (language_switcher(tr))
                }
                main #main { (body) }
                footer.site {
                    p { (tr.t("footer-privacy")) }
                }
            }
        }
    }
}
