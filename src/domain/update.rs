//! An update to signers as an organizer writes it: a subject of one line and a Markdown
//! message, in the petition's language and optionally in others. Parsed once from the
//! compose form; what comes out is fit to store and send.
use super::text::{clean_text, TextError, TextRules};

pub const SUBJECT_MAX: usize = 200;
pub const BODY_MAX: usize = 20_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpdateText {
    pub subject: String,
    pub body: String,
    /// (language, subject, body) for each language given both.
    pub translations: Vec<(String, String, String)>,
}

/// What the compose form holds, before it is checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UpdateFields {
    pub subject: String,
    pub body: String,
    /// (language, subject, body), as typed, for every language offered.
    pub translations: Vec<(String, String, String)>,
}

/// A field's error: the field's name and the catalog key of the message.
pub type UpdateError = (String, &'static str);

impl UpdateFields {
    /// Reads `subject`, `body`, and `subject_xx` / `body_xx` for each of `languages`.
    pub fn from_form<'a>(get: impl Fn(&str) -> &'a str, languages: &[&str]) -> UpdateFields {
        UpdateFields {
            subject: get("subject").to_owned(),
            body: get("body").to_owned(),
            translations: languages
                .iter()
                .map(|l| {
                    (
                        (*l).to_owned(),
                        get(&format!("subject_{l}")).to_owned(),
                        get(&format!("body_{l}")).to_owned(),
                    )
                })
                .collect(),
        }
    }

    /// Checks every field; all errors at once, so the organizer fixes them in one go.
    pub fn parse(&self) -> Result<UpdateText, Vec<UpdateError>> {
        let mut errors = vec![];
        let subject = check_subject(&self.subject, "subject", &mut errors);
        let body = check_body(&self.body, "body", &mut errors);
        let mut translations = vec![];
        for (lang, s, b) in &self.translations {
            if s.trim().is_empty() && b.trim().is_empty() {
                continue;
            }
            let (sf, bf) = (format!("subject_{lang}"), format!("body_{lang}"));
            if s.trim().is_empty() || b.trim().is_empty() {
                let empty = if s.trim().is_empty() { sf } else { bf };
                errors.push((empty, "admin-error-update-half"));
                continue;
            }
            if let (Some(s), Some(b)) = (
                check_subject(s, &sf, &mut errors),
                check_body(b, &bf, &mut errors),
            ) {
                translations.push((lang.clone(), s, b));
            }
        }
        match (subject, body) {
            (Some(subject), Some(body)) if errors.is_empty() => Ok(UpdateText {
                subject,
                body,
                translations,
            }),
            _ => Err(errors),
        }
    }
}

fn check_subject(input: &str, field: &str, errors: &mut Vec<UpdateError>) -> Option<String> {
    checked(
        clean_text(input, TextRules::line(SUBJECT_MAX, true)),
        field,
        "admin-error-update-subject",
        errors,
    )
}

fn check_body(input: &str, field: &str, errors: &mut Vec<UpdateError>) -> Option<String> {
    let rules = TextRules {
        required: true,
        ..TextRules::multiline(BODY_MAX)
    };
    checked(
        clean_text(input, rules),
        field,
        "admin-error-update-body",
        errors,
    )
}

fn checked(
    r: Result<Option<String>, TextError>,
    field: &str,
    key: &'static str,
    errors: &mut Vec<UpdateError>,
) -> Option<String> {
    match r {
        Ok(Some(s)) => Some(s),
        Ok(None) | Err(_) => {
            errors.push((field.to_owned(), key));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(subject: &str, body: &str, uk: (&str, &str)) -> UpdateFields {
        UpdateFields {
            subject: subject.into(),
            body: body.into(),
            translations: vec![
                ("uk".into(), uk.0.into(), uk.1.into()),
                ("de".into(), String::new(), String::new()),
            ],
        }
    }

    #[test]
    fn a_complete_update_with_one_translation() {
        let t = fields(" Hearing ", "On *Monday*.", ("Слухання", "У понеділок."))
            .parse()
            .unwrap();
        assert_eq!(t.subject, "Hearing");
        assert_eq!(t.translations.len(), 1);
        assert_eq!(t.translations[0].0, "uk");
    }

    #[test]
    fn every_error_at_once() {
        let errors = fields("", &"x".repeat(BODY_MAX + 1), ("Слухання", ""))
            .parse()
            .unwrap_err();
        let names: Vec<&str> = errors.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(names, ["subject", "body", "body_uk"]);
    }

    #[test]
    fn a_subject_is_one_line_without_controls() {
        for bad in ["two\nlines", "bell\u{7}", "flip\u{202E}"] {
            assert!(fields(bad, "ok", ("", "")).parse().is_err(), "{bad:?}");
        }
    }
}
