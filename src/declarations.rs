//! Declarations as files: `declarations/*.md`, TOML front matter between `+++` lines and a
//! Markdown body. Importing creates or updates petitions by slug and never touches
//! signatures.
//!
//! A translation is a sibling file, `<slug>.<language>.md` by convention, whose front matter
//! names the petition it translates (`translation_of`) instead of a slug, with its own
//! `language`, `title`, optional `summary` and `addressees`, and the translated body. One
//! file per language lets each translator work on their own file, and an original can change
//! without touching them; a translation whose original changed since is not shown until it
//! is imported again.
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::domain::petition_draft::{first_paragraph, NAME_MAX, SUMMARY_MAX, TITLE_MAX};
use crate::domain::{clean_text, PetitionDraft, PetitionInput, PetitionState, Slug, TextRules};
use crate::store::petitions::{PetitionRecord, UpsertOutcome};
use crate::store::translations::{TranslationError, TranslationRecord};
use crate::store::{Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{path}: {reason}")]
    Invalid { path: String, reason: String },
    #[error("{path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    slug: String,
    title: String,
    summary: Option<String>,
    addressees: Vec<String>,
    author: String,
    language: String,
    #[serde(default = "default_state")]
    state: String,
    accepts: Option<Vec<String>>,
    goal: Option<i64>,
    closes_at: Option<toml::Value>,
    #[serde(default)]
    excerpt: bool,
    /// The levels of visibility offered: `public`, `addressees`, `anonymous`.
    visibility: Option<Vec<String>>,
    default_visibility: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslationFrontMatter {
    translation_of: String,
    language: String,
    title: String,
    summary: Option<String>,
    addressees: Option<Vec<String>>,
}

fn default_state() -> String {
    "open".into()
}

/// What one file holds.
#[derive(Clone, Debug)]
pub enum Declaration {
    Original(PetitionRecord),
    Translation(TranslationRecord),
}

/// The front matter and the body of a file.
fn split<'a>(path: &str, text: &'a str) -> Result<(&'a str, &'a str), ImportError> {
    let bad = |reason: &str| ImportError::Invalid {
        path: path.to_owned(),
        reason: reason.to_owned(),
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))
        .ok_or_else(|| bad("must start with a `+++` line"))?;
    let end = rest
        .find("\n+++")
        .ok_or_else(|| bad("the front matter has no closing `+++` line"))?;
    let body = rest[end + 4..].trim_start_matches(['\r', '\n']).trim_end();
    Ok((&rest[..end], body))
}

/// Parses one file: a declaration, or a translation of one (it has `translation_of`).
pub fn parse_file(path: &str, text: &str) -> Result<Declaration, ImportError> {
    let (front, _) = split(path, text)?;
    let is_translation = front
        .parse::<toml::Table>()
        .is_ok_and(|t| t.contains_key("translation_of"));
    if is_translation {
        parse_translation(path, text).map(Declaration::Translation)
    } else {
        parse(path, text).map(Declaration::Original)
    }
}

/// Parses a translation file.
pub fn parse_translation(path: &str, text: &str) -> Result<TranslationRecord, ImportError> {
    let bad = |reason: String| ImportError::Invalid {
        path: path.to_owned(),
        reason,
    };
    let (front, body) = split(path, text)?;
    let fm: TranslationFrontMatter =
        toml::from_str(front).map_err(|e| bad(format!("front matter: {}", e.message())))?;
    let slug = Slug::parse(&fm.translation_of).map_err(|e| bad(format!("translation_of: {e}")))?;
    let language = fm.language.trim();
    if !templates::Tr::is_supported(language) {
        return Err(bad(format!(
            "language: `{language}` has no catalog; a translation must be in one of {}",
            templates::i18n::SUPPORTED.join(", ")
        )));
    }
    let title = line(path, "title", &fm.title, TITLE_MAX)?;
    let summary = match fm.summary.as_deref() {
        Some(s) => line(path, "summary", s, SUMMARY_MAX)?,
        None => first_paragraph(body),
    };
    let addressees = match &fm.addressees {
        None => None,
        Some(list) if list.is_empty() => {
            return Err(bad(
                "addressees: leave it out to keep the original's, or list them".into(),
            ))
        }
        Some(list) => Some(
            list.iter()
                .map(|a| line(path, "addressees", a, NAME_MAX))
                .collect::<Result<Vec<_>, _>>()?,
        ),
    };
    if body.is_empty() {
        return Err(bad(
            "the translation has no text after the front matter".into()
        ));
    }
    Ok(TranslationRecord {
        slug,
        language: templates::Tr::new(language).lang(),
        title,
        summary,
        addressees,
        body: body.to_owned(),
        body_html: crate::markdown::render(body),
        source_hash: Some(source_hash(text)),
    })
}

/// SHA-256 of a file's text, as on the petition: an unchanged file is not applied again.
fn source_hash(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// A one-line field, cleaned as every text a person reads is.
fn line(path: &str, field: &str, value: &str, max: usize) -> Result<String, ImportError> {
    clean_text(value, TextRules::line(max, true))
        .map_err(|e| ImportError::Invalid {
            path: path.to_owned(),
            reason: format!("{field}: {e}"),
        })
        .map(Option::unwrap_or_default)
}

/// Parses one declaration file's text into a petition record, through the one parser every
/// petition passes ([`PetitionDraft::parse`]); a file's own settings (its state, the excerpt
/// flag) are read here.
pub fn parse(path: &str, text: &str) -> Result<PetitionRecord, ImportError> {
    let bad = |reason: String| ImportError::Invalid {
        path: path.to_owned(),
        reason,
    };
    let (front, body) = split(path, text)?;
    let fm: FrontMatter =
        toml::from_str(front).map_err(|e| bad(format!("front matter: {}", e.message())))?;
    let state = PetitionState::parse(&fm.state).ok_or_else(|| {
        bad(format!(
            "state: `{}` is not draft, open, closed or delivered",
            fm.state
        ))
    })?;
    let goal = fm.goal.map(|g| g.to_string()).unwrap_or_default();
    let closes = match &fm.closes_at {
        None => String::new(),
        Some(toml::Value::String(s)) => s.clone(),
        Some(toml::Value::Datetime(d)) => d.to_string(),
        Some(_) => return Err(bad("closes_at: a date like \"2027-06-30\"".into())),
    };
    let input = PetitionInput {
        slug: &fm.slug,
        title: &fm.title,
        summary: fm.summary.as_deref().unwrap_or(""),
        addressees: fm.addressees.iter().map(String::as_str).collect(),
        author: &fm.author,
        language: &fm.language,
        accepts: match &fm.accepts {
            None => vec!["individual", "organization"],
            Some(v) => v.iter().map(String::as_str).collect(),
        },
        goal: &goal,
        closes: &closes,
        body,
        visibility: fm.visibility.iter().flatten().map(String::as_str).collect(),
        default_visibility: fm.default_visibility.as_deref().unwrap_or(""),
    };
    let draft = PetitionDraft::parse(&input).map_err(|errors| {
        bad(errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; "))
    })?;
    Ok(PetitionRecord::from_draft(
        draft,
        state,
        fm.excerpt,
        Some(source_hash(text)),
    ))
}

/// The `.md` files of a folder, in name order.
pub fn files_in(dir: &Path) -> Result<Vec<PathBuf>, ImportError> {
    let rd = std::fs::read_dir(dir).map_err(|e| ImportError::Read {
        path: dir.display().to_string(),
        source: e,
    })?;
    let mut files: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "md") && p.is_file())
        .collect();
    files.sort();
    Ok(files)
}

/// Imports files and folders of declarations. Returns what happened to each file; a file
/// that fails does not stop the others.
pub async fn import(
    store: &Store,
    paths: &[PathBuf],
    now: DateTime<Utc>,
) -> Vec<(PathBuf, Result<UpsertOutcome, ImportError>)> {
    let mut files = vec![];
    let mut results = vec![];
    for p in paths {
        if p.is_dir() {
            match files_in(p) {
                Ok(f) => files.extend(f),
                Err(e) => results.push((p.clone(), Err(e))),
            }
        } else {
            files.push(p.clone());
        }
    }
    // Originals first, so a translation finds its petition whatever the files are called.
    let mut translations = vec![];
    for f in files {
        let shown = f.display().to_string();
        let parsed = std::fs::read_to_string(&f)
            .map_err(|e| ImportError::Read {
                path: shown.clone(),
                source: e,
            })
            .and_then(|text| parse_file(&shown, &text));
        match parsed {
            Ok(Declaration::Original(record)) => {
                let outcome = store.upsert_petition(&record, now).await;
                results.push((f, outcome.map_err(ImportError::from)));
            }
            Ok(Declaration::Translation(record)) => translations.push((f, record)),
            Err(e) => results.push((f, Err(e))),
        }
    }
    for (f, record) in translations {
        let outcome = store
            .upsert_translation(&record, now)
            .await
            .map_err(|e| match e {
                TranslationError::Store(e) => ImportError::Store(e),
                other => ImportError::Invalid {
                    path: f.display().to_string(),
                    reason: other.to_string(),
                },
            });
        results.push((f, outcome));
    }
    results
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "+++\nslug = \"krivoy-rog-protest\"\ntitle = \"Stop the reprisals\"\naddressees = [\"The Ukrainian Government\", \"The management\"]\nauthor = \"IMCG\"\nlanguage = \"en\"\naccepts = [\"individual\", \"organization\"]\ngoal = 10000\ncloses_at = \"2027-06-30\"\n+++\nIt is *undemocratic*.\n\nSecond paragraph.\n";

    #[test]
    fn a_declaration_parses() {
        let r = parse("x.md", GOOD).unwrap();
        assert_eq!(r.draft.slug.as_ref(), "krivoy-rog-protest");
        assert_eq!(r.draft.addressees.len(), 2);
        assert_eq!(r.draft.summary, "It is undemocratic.");
        assert!(r.body_html.contains("<em>undemocratic</em>"));
        assert_eq!(
            r.draft.closes_at.unwrap().to_rfc3339(),
            "2027-07-01T00:00:00+00:00"
        );
        assert_eq!(r.state, PetitionState::Open);
    }

    #[test]
    fn mistakes_name_the_file_and_the_field() {
        for (text, needle) in [
            ("no front matter", "must start"),
            ("+++\nslug = \"a\"\n", "closing"),
            (&GOOD.replace("krivoy-rog-protest", "Bad Slug"), "slug"),
            (&GOOD.replace("goal = 10000", "goal = -1"), "goal"),
            (
                &GOOD.replace(
                    "goal = 10000",
                    "goal = 10000\nvisibility = [\"public\", \"everyone\"]",
                ),
                "visibility: list",
            ),
            (
                &GOOD.replace(
                    "goal = 10000",
                    "goal = 10000\nvisibility = [\"anonymous\"]\ndefault_visibility = \"public\"",
                ),
                "default_visibility: list",
            ),
            // The editor's limits, since both read through one parser: a title the editor
            // would refuse is refused here too.
            (
                &GOOD.replace("Stop the reprisals", &"t".repeat(201)),
                "title: longer than 200",
            ),
            (
                &GOOD.replace("language = \"en\"", "language = \"e n\""),
                "language",
            ),
            (
                &GOOD.replace("author = \"IMCG\"", "author = \"IMCG\"\ntypo = 1"),
                "typo",
            ),
            (
                &GOOD.replace("[\"The Ukrainian Government\", \"The management\"]", "[]"),
                "addressees",
            ),
        ] {
            let err = parse("decl.md", text).unwrap_err().to_string();
            assert!(err.starts_with("decl.md"), "{err}");
            assert!(err.contains(needle), "{err} should mention {needle}");
        }
    }

    const UK: &str = "+++\ntranslation_of = \"krivoy-rog-protest\"\nlanguage = \"uk\"\ntitle = \"Зупиніть репресії\"\n+++\nЦе *недемократично*.\n\nДругий абзац.\n";

    #[test]
    fn a_translation_is_told_apart_by_what_it_translates() {
        let Declaration::Translation(t) = parse_file("x.uk.md", UK).unwrap() else {
            panic!("a translation")
        };
        assert_eq!(t.slug.as_ref(), "krivoy-rog-protest");
        assert_eq!(t.language, "uk");
        assert_eq!(t.summary, "Це недемократично.", "from its first paragraph");
        assert_eq!(t.addressees, None, "the original's, when not given");
        assert!(t.body_html.contains("<em>недемократично</em>"));
        assert!(matches!(
            parse_file("x.md", GOOD).unwrap(),
            Declaration::Original(_)
        ));
    }

    #[test]
    fn translation_mistakes_name_the_file_and_the_field() {
        for (text, needle) in [
            (UK.replace("\"uk\"", "\"be\""), "has no catalog"),
            (UK.replace("\"uk\"", "\"xx-\""), "has no catalog"),
            (
                UK.replace("krivoy-rog-protest", "Not A Slug"),
                "translation_of",
            ),
            (
                UK.replace("title = ", "addressees = []\ntitle = "),
                "addressees",
            ),
            (UK.replace("title = ", "goal = 5\ntitle = "), "goal"),
            (UK.replace("Зупиніть репресії", "\\u0007"), "title"),
            (
                UK.split("+++\nЦе").next().unwrap().to_owned() + "+++\n",
                "no text",
            ),
        ] {
            let err = parse_file("decl.uk.md", &text).unwrap_err().to_string();
            assert!(err.starts_with("decl.uk.md"), "{err}");
            assert!(err.contains(needle), "{err} should mention {needle}");
        }
    }

    #[test]
    fn the_shipped_declarations_all_parse() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("declarations");
        let files = files_in(&dir).unwrap();
        assert!(
            files.len() >= 9,
            "every declaration of the source is shipped"
        );
        let mut slugs = vec![];
        let mut translated = vec![];
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            match parse_file(&f.display().to_string(), &text).unwrap() {
                Declaration::Original(r) => {
                    assert!(!r.draft.addressees.is_empty());
                    assert!(r.excerpt, "the shipped texts are excerpts and say so");
                    slugs.push(r.draft.slug.to_string());
                }
                Declaration::Translation(t) => {
                    let name = f.file_name().unwrap().to_string_lossy().into_owned();
                    assert_eq!(
                        name,
                        format!("{}.{}.md", t.slug.as_ref(), t.language),
                        "a translation is named after what it translates"
                    );
                    translated.push(t.slug.to_string());
                }
            }
        }
        assert!(
            translated.iter().all(|s| slugs.contains(s)),
            "every shipped translation has its original"
        );
    }
}
