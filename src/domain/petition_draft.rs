//! The one way a petition's text and settings enter: a declaration file, the organizers'
//! editor, and any later way in all hand their strings to [`PetitionDraft::parse`], so a
//! petition imported from a file can always be saved unchanged from the editor.
use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

use super::petition::{is_language_tag, Accepts, VisibilityOffer};
use super::text::{clean_text, TextError, TextRules};
use super::Slug;

/// The longest title, in characters.
pub const TITLE_MAX: usize = 200;
/// The longest summary (shown on the index and in link previews).
pub const SUMMARY_MAX: usize = 1000;
/// The longest addressee ("The management of the Krivoy Rog mines") and author.
pub const NAME_MAX: usize = 200;

/// A petition's text and settings as typed: a file's front matter or the editor's fields.
/// Empty strings are absent values.
#[derive(Clone, Debug, Default)]
pub struct PetitionInput<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    /// Empty: the body's first paragraph.
    pub summary: &'a str,
    pub addressees: Vec<&'a str>,
    pub author: &'a str,
    pub language: &'a str,
    /// The kinds of signer taken: `individual`, `organization`.
    pub accepts: Vec<&'a str>,
    /// A whole number above zero, or empty.
    pub goal: &'a str,
    /// The closing day (`2027-06-30`: the end of that day in UTC) or an RFC 3339 time, or
    /// empty.
    pub closes: &'a str,
    /// Markdown.
    pub body: &'a str,
    /// The levels of visibility offered (none: all) and the one preselected (empty: see
    /// [`VisibilityOffer::parse`]).
    pub visibility: Vec<&'a str>,
    pub default_visibility: &'a str,
}

/// A petition's text and settings, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PetitionDraft {
    pub slug: Slug,
    pub title: String,
    pub summary: String,
    pub addressees: Vec<String>,
    pub author: String,
    pub language: String,
    pub accepts: Accepts,
    pub goal: Option<u64>,
    pub closes_at: Option<DateTime<Utc>>,
    pub body: String,
    pub visibility: VisibilityOffer,
}

/// What is wrong with one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftProblem {
    Text(TextError),
    Slug,
    NoAddressee,
    Language,
    Accepts,
    Goal,
    Date,
    /// A level of visibility that is not `public`, `addressees` or `anonymous`, or a
    /// default the petition does not offer.
    Visibility,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DraftError {
    pub field: &'static str,
    pub problem: DraftProblem,
}

impl std::fmt::Display for DraftError {
    /// For a person reading the import's output: the field and what is wrong with it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let field = self.field;
        match self.problem {
            DraftProblem::Text(e) => write!(f, "{field}: {e}"),
            DraftProblem::Slug => write!(
                f,
                "{field}: use 1 to 80 lowercase letters, digits and single hyphens"
            ),
            DraftProblem::NoAddressee => write!(f, "{field}: at least one is needed"),
            DraftProblem::Language => {
                write!(f, "{field}: not a BCP 47 tag like \"en\" or \"uk\"")
            }
            DraftProblem::Accepts => {
                write!(f, "{field}: list \"individual\", \"organization\" or both")
            }
            DraftProblem::Goal => write!(f, "{field}: must be a whole number above zero"),
            DraftProblem::Date => write!(f, "{field}: not a date like \"2027-06-30\""),
            DraftProblem::Visibility => write!(
                f,
                "{field}: list \"public\", \"addressees\" or \"anonymous\" (the default one of those offered)"
            ),
        }
    }
}

impl PetitionDraft {
    /// Checks every field and reports every problem at once.
    pub fn parse(input: &PetitionInput<'_>) -> Result<PetitionDraft, Vec<DraftError>> {
        let mut errors: Vec<DraftError> = vec![];
        let err = |errors: &mut Vec<DraftError>, field: &'static str, problem: DraftProblem| {
            errors.push(DraftError { field, problem })
        };
        let text = |errors: &mut Vec<DraftError>, field: &'static str, value: &str, rules| {
            clean_text(value, rules)
                .map_err(|e| err(errors, field, DraftProblem::Text(e)))
                .ok()
                .flatten()
        };
        let slug = Slug::parse(input.slug.trim())
            .map_err(|_| err(&mut errors, "slug", DraftProblem::Slug))
            .ok();
        let title = text(
            &mut errors,
            "title",
            input.title,
            TextRules::line(TITLE_MAX, true),
        );
        let author = text(
            &mut errors,
            "author",
            input.author,
            TextRules::line(NAME_MAX, true),
        );
        let summary = text(
            &mut errors,
            "summary",
            input.summary,
            TextRules::line(SUMMARY_MAX, false),
        );
        let mut addressees = vec![];
        for a in &input.addressees {
            // An empty line between addressees in the editor is no addressee.
            if a.trim().is_empty() {
                continue;
            }
            if let Some(a) = text(
                &mut errors,
                "addressees",
                a,
                TextRules::line(NAME_MAX, true),
            ) {
                addressees.push(a);
            }
        }
        if addressees.is_empty() && !errors.iter().any(|e| e.field == "addressees") {
            err(&mut errors, "addressees", DraftProblem::NoAddressee);
        }
        let body = input.body.replace("\r\n", "\n").trim().to_owned();
        if body.is_empty() {
            err(&mut errors, "body", DraftProblem::Text(TextError::Required));
        }
        let language = input.language.trim().to_owned();
        if !is_language_tag(&language) {
            err(&mut errors, "language", DraftProblem::Language);
        }
        let accepts = Accepts::from_kinds(input.accepts.iter().copied());
        if accepts.is_none() {
            err(&mut errors, "accepts", DraftProblem::Accepts);
        }
        let goal = match input.goal.trim() {
            "" => None,
            g => match g.parse::<u64>() {
                Ok(n) if n > 0 => Some(n),
                _ => {
                    err(&mut errors, "goal", DraftProblem::Goal);
                    None
                }
            },
        };
        let closes_at = match input.closes.trim() {
            "" => None,
            c => closing_time(c)
                .map_err(|_| err(&mut errors, "closes_at", DraftProblem::Date))
                .ok(),
        };
        let visibility = VisibilityOffer::parse(&input.visibility, input.default_visibility)
            .map_err(|field| err(&mut errors, field, DraftProblem::Visibility))
            .ok();
        match (slug, title, author, accepts, visibility) {
            (Some(slug), Some(title), Some(author), Some(accepts), Some(visibility))
                if errors.is_empty() =>
            {
                Ok(PetitionDraft {
                    visibility,
                    summary: summary.unwrap_or_else(|| first_paragraph(&body)),
                    slug,
                    title,
                    addressees,
                    author,
                    language,
                    accepts,
                    goal,
                    closes_at,
                    body,
                })
            }
            _ => Err(errors),
        }
    }
}

/// When a petition closes: a date means the end of that day in UTC; a full date-time is
/// taken as it is.
pub fn closing_time(s: &str) -> Result<DateTime<Utc>, DraftProblem> {
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        let next = d.and_hms_opt(0, 0, 0).expect("midnight exists") + TimeDelta::days(1);
        return Ok(next.and_utc());
    }
    DateTime::parse_from_rfc3339(s)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|_| DraftProblem::Date)
}

/// The day a petition closing at `t` closes on, as [`closing_time`] reads it back: the last
/// day signatures are taken.
pub fn closing_day(t: DateTime<Utc>) -> String {
    (t - TimeDelta::seconds(1)).format("%Y-%m-%d").to_string()
}

/// The summary of a body that has none: its first paragraph as plain text, at most 280
/// characters.
pub fn first_paragraph(body: &str) -> String {
    let para = body.split("\n\n").next().unwrap_or("").replace('\n', " ");
    let plain: String = para
        .chars()
        .filter(|c| !matches!(c, '*' | '_' | '#' | '>' | '`'))
        .collect();
    let plain = plain.trim();
    if plain.chars().count() > 280 {
        let cut: String = plain.chars().take(277).collect();
        format!("{}…", cut.trim_end())
    } else {
        plain.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> PetitionInput<'static> {
        PetitionInput {
            slug: "krivoy-rog-protest",
            title: "Stop the reprisals",
            addressees: vec!["The Ukrainian Government", "", "The mine's management"],
            author: "IMCG",
            language: "en",
            accepts: vec!["individual", "organization"],
            goal: "10000",
            closes: "2027-06-30",
            body: "The reprisals must **stop**.\r\n\r\nSecond paragraph.",
            ..Default::default()
        }
    }

    #[test]
    fn a_petition_parses_with_its_defaults() {
        let d = PetitionDraft::parse(&input()).unwrap();
        assert_eq!(d.addressees.len(), 2, "the empty line is no addressee");
        assert_eq!(d.summary, "The reprisals must stop.");
        assert_eq!(d.body, "The reprisals must **stop**.\n\nSecond paragraph.");
        assert_eq!(d.goal, Some(10000));
        let closes = d.closes_at.unwrap();
        assert_eq!(closes.to_rfc3339(), "2027-07-01T00:00:00+00:00");
        assert_eq!(closing_day(closes), "2027-06-30", "and back");
    }

    #[test]
    fn every_problem_is_reported_with_its_field() {
        let bad = PetitionInput {
            slug: "Not A Slug",
            title: &"t".repeat(TITLE_MAX + 1),
            addressees: vec!["", " "],
            author: "",
            language: "english language",
            accepts: vec![],
            goal: "0",
            closes: "30.06.2027",
            body: "  ",
            ..input()
        };
        let fields: Vec<_> = PetitionDraft::parse(&bad)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        for f in [
            "slug",
            "title",
            "addressees",
            "author",
            "language",
            "accepts",
            "goal",
            "closes_at",
            "body",
        ] {
            assert!(fields.contains(&f), "{f} missing from {fields:?}");
        }
    }

    #[test]
    fn a_full_time_is_taken_as_it_is() {
        let d = PetitionDraft::parse(&PetitionInput {
            closes: "2027-06-30T12:00:00+02:00",
            ..input()
        })
        .unwrap();
        assert_eq!(
            d.closes_at.unwrap().to_rfc3339(),
            "2027-06-30T10:00:00+00:00"
        );
    }
}
