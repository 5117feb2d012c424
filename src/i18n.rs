//! Which language to answer in: a language chosen explicitly (`?lang=`, then the `lang`
//! cookie) wins, then the browser's `Accept-Language`, then the petition's own language,
//! then English. The catalogs themselves live with the templates.
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap};
use templates::Tr;

use crate::store::petitions::{Petition, Text};

/// The languages a request asked for, in order of strength, that have a catalog.
#[derive(Clone, Debug, Default)]
pub struct RequestLang {
    explicit: Option<String>,
    accepted: Option<String>,
    /// What `?lang=` named, even a language without a catalog: a declaration may be written
    /// in one (Belarusian, say), and a link to that version must show it.
    asked: Option<String>,
}

impl RequestLang {
    pub fn from_parts(query: Option<&str>, headers: &HeaderMap) -> RequestLang {
        let asked = lang_in_query(query)
            .filter(|l| crate::domain::petition::is_language_tag(l))
            .map(str::to_owned);
        let explicit = Self::explicit_in_query(query)
            .or_else(|| {
                crate::web::cookies::get(headers, "lang")
                    .filter(|l| Tr::is_supported(l))
                    .map(|l| Tr::new(l).lang())
            })
            .map(str::to_owned);
        let accepted = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(best_accepted);
        RequestLang {
            explicit,
            accepted,
            asked,
        }
    }

    /// A supported language named by `?lang=`, as its catalog code.
    pub fn explicit_in_query(query: Option<&str>) -> Option<&'static str> {
        let asked = lang_in_query(query)?;
        Tr::is_supported(asked).then(|| Tr::new(asked).lang())
    }

    /// The catalog to answer with, given the language of the petition shown, if any.
    pub fn tr(&self, petition_language: Option<&str>) -> Tr {
        let pick = self
            .explicit
            .as_deref()
            .or(self.accepted.as_deref())
            .or(petition_language.filter(|l| Tr::is_supported(l)));
        Tr::new(pick.unwrap_or("en"))
    }

    /// The language version of `petition` to show with the catalog `tr`: the one `?lang=`
    /// names, else the page's language, else the original.
    pub fn text<'p>(&self, tr: &Tr, petition: &'p Petition) -> Text<'p> {
        let pick = self
            .asked
            .as_deref()
            .filter(|l| petition.has_text_in(l))
            .unwrap_or(tr.lang());
        petition.text_in(pick)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for RequestLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(RequestLang::from_parts(parts.uri.query(), &parts.headers))
    }
}

/// What `?lang=` says, as written.
fn lang_in_query(query: Option<&str>) -> Option<&str> {
    query?.split('&').find_map(|kv| kv.strip_prefix("lang="))
}

/// The supported language the browser likes best (`uk-UA,uk;q=0.9,en;q=0.5`).
fn best_accepted(header: &str) -> Option<String> {
    let mut choices: Vec<(f32, usize, String)> = header
        .split(',')
        .take(20)
        .enumerate()
        .filter_map(|(i, part)| {
            let mut it = part.trim().split(';');
            let tag = it.next()?.trim();
            let q = it
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next()?.to_ascii_lowercase();
            (q > 0.0 && Tr::is_supported(&primary)).then_some((q, i, primary))
        })
        .collect();
    choices.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    choices.into_iter().next().map(|c| c.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_supported() {
        assert_eq!(best_accepted("xx-YY, en;q=0.5").as_deref(), Some("en"));
        assert_eq!(best_accepted("en-GB,en;q=0.9"), Some("en".into()));
        assert_eq!(best_accepted("xx"), None);
        assert_eq!(best_accepted("en;q=0"), None);
    }

    #[test]
    fn unknown_languages_fall_back_to_english() {
        let l = RequestLang::from_parts(Some("lang=zz"), &HeaderMap::new());
        assert_eq!(l.tr(Some("qq")).lang(), "en");
    }
}
