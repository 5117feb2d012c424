//! A petition as the rest of the program sees it, and its own rules: its life (which state
//! takes signatures), whom it accepts signatures from, and its text in each language.
use std::fmt;

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::StringLen;
use sea_orm::{DeriveActiveEnum, EnumIter};

use super::signature::Visibility;
use sha2::Digest;

#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
pub enum PetitionState {
    /// Not public.
    #[sea_orm(string_value = "draft")]
    Draft,
    /// Signable.
    #[sea_orm(string_value = "open")]
    Open,
    /// Visible, not signable.
    #[sea_orm(string_value = "closed")]
    Closed,
    /// Closed and handed over.
    #[sea_orm(string_value = "delivered")]
    Delivered,
}

impl PetitionState {
    pub fn parse(s: &str) -> Option<PetitionState> {
        match s {
            "draft" => Some(PetitionState::Draft),
            "open" => Some(PetitionState::Open),
            "closed" => Some(PetitionState::Closed),
            "delivered" => Some(PetitionState::Delivered),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            PetitionState::Draft => "draft",
            PetitionState::Open => "open",
            PetitionState::Closed => "closed",
            PetitionState::Delivered => "delivered",
        }
    }

    pub fn is_public(self) -> bool {
        self != PetitionState::Draft
    }
}

impl fmt::Display for PetitionState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether `s` looks like a BCP 47 tag ("en", "uk", "pt-BR", "sr-Latn").
pub fn is_language_tag(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 35
        && s.split('-')
            .all(|p| !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The levels of visibility a petition offers its signers (never none), and the one its form
/// preselects (always one of them). A letter to a regime that jails signers may offer
/// `anonymous` alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisibilityOffer {
    choices: Vec<Visibility>,
    default: Visibility,
}

impl Default for VisibilityOffer {
    /// Every level, `addressees` preselected: a name goes to the addressees, not to the
    /// public list, unless the signer asks.
    fn default() -> Self {
        VisibilityOffer {
            choices: Visibility::ALL.to_vec(),
            default: Visibility::Addressees,
        }
    }
}

impl VisibilityOffer {
    /// From the levels named (none: all of them) and the default (none: `addressees` if it
    /// is offered, else the most private level offered). `Err` names what is wrong.
    pub fn parse(choices: &[&str], default: &str) -> Result<VisibilityOffer, &'static str> {
        let mut offered = vec![];
        for c in choices {
            let v = Visibility::parse(c).ok_or("visibility")?;
            if !offered.contains(&v) {
                offered.push(v);
            }
        }
        if offered.is_empty() {
            offered = Visibility::ALL.to_vec();
        }
        // Always shown from the most public to the most private.
        offered.sort_by_key(|v| Visibility::ALL.iter().position(|a| a == v));
        let default = match default.trim() {
            "" if offered.contains(&Visibility::Addressees) => Visibility::Addressees,
            "" => *offered.last().expect("at least one"),
            d => Visibility::parse(d)
                .filter(|d| offered.contains(d))
                .ok_or("default_visibility")?,
        };
        Ok(VisibilityOffer {
            choices: offered,
            default,
        })
    }

    pub fn choices(&self) -> &[Visibility] {
        &self.choices
    }

    pub fn default_choice(&self) -> Visibility {
        self.default
    }

    pub fn offers(&self, v: Visibility) -> bool {
        self.choices.contains(&v)
    }

    /// The level a new signature gets: the signer's choice, else the default; `None` when
    /// the petition does not offer the choice.
    pub fn resolve(&self, chosen: Option<Visibility>) -> Option<Visibility> {
        let v = chosen.unwrap_or(self.default);
        self.offers(v).then_some(v)
    }

    /// The levels a signature at `current` may move to without a fresh confirmation: the
    /// more private ones offered (a more public one would need the signer to confirm again).
    pub fn more_private_than(&self, current: Visibility) -> impl Iterator<Item = Visibility> + '_ {
        self.choices
            .iter()
            .copied()
            .filter(move |v| v.is_more_private_than(current))
    }

    /// As stored: `public,addressees,anonymous`.
    pub fn as_db(&self) -> String {
        self.choices
            .iter()
            .map(|v| v.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// As stored; what cannot be read is the default offer.
    pub fn from_db(choices: &str, default: Visibility) -> VisibilityOffer {
        let names: Vec<&str> = choices.split(',').filter(|c| !c.is_empty()).collect();
        VisibilityOffer::parse(&names, default.as_str()).unwrap_or_default()
    }
}

/// Which kinds of signature a petition takes; never neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accepts {
    pub individuals: bool,
    pub organizations: bool,
}

impl Accepts {
    pub const BOTH: Accepts = Accepts {
        individuals: true,
        organizations: true,
    };

    pub fn from_kinds<'a>(kinds: impl IntoIterator<Item = &'a str>) -> Option<Accepts> {
        let mut a = Accepts {
            individuals: false,
            organizations: false,
        };
        for k in kinds {
            match k.trim() {
                "individual" => a.individuals = true,
                "organization" | "organisation" => a.organizations = true,
                _ => return None,
            }
        }
        (a.individuals || a.organizations).then_some(a)
    }

    /// As stored: `individual,organization`.
    pub fn as_db(self) -> String {
        let mut v = vec![];
        if self.individuals {
            v.push("individual");
        }
        if self.organizations {
            v.push("organization");
        }
        v.join(",")
    }

    pub fn from_db(s: &str) -> Accepts {
        Accepts::from_kinds(s.split(',')).unwrap_or(Accepts::BOTH)
    }

    pub fn allows(self, kind: super::Kind) -> bool {
        match kind {
            super::Kind::Individual => self.individuals,
            super::Kind::Organization => self.organizations,
        }
    }
}

/// A petition as the rest of the program sees it: parsed, never a raw row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Petition {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub body_html: String,
    pub addressees: Vec<String>,
    pub author: String,
    pub language: String,
    pub accepts: Accepts,
    /// Who may see a signer's name: the levels offered.
    pub visibility: VisibilityOffer,
    pub goal: Option<u64>,
    pub closes_at: Option<DateTime<Utc>>,
    pub excerpt: bool,
    pub state: PetitionState,
    pub delivered_at: Option<DateTime<Utc>>,
    /// When it was closed or delivered, if it was.
    pub closed_at: Option<DateTime<Utc>>,
    /// When its signers' personal data was erased.
    pub purged_at: Option<DateTime<Utc>>,
    pub delivery_note: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The current version of the text, which new signatures endorse.
    pub version_id: Option<i64>,
    /// Translations of the current text, in language order. Empty unless the petition was
    /// read by one of this module's functions (a petition read for a confirmation, say).
    pub translations: Vec<Translation>,
}

/// The declaration as one language version shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text<'a> {
    /// The original's language, or a translation's.
    pub language: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
    pub addressees: &'a [String],
    pub body_html: &'a str,
    pub is_original: bool,
}

impl Petition {
    /// The version in `language`: its translation, else the original.
    pub fn text_in(&self, language: &str) -> Text<'_> {
        match self
            .translations
            .iter()
            .find(|t| t.language.eq_ignore_ascii_case(language))
        {
            Some(t) => Text {
                language: &t.language,
                title: &t.title,
                summary: &t.summary,
                addressees: &t.addressees,
                body_html: &t.body_html,
                is_original: false,
            },
            None => Text {
                language: &self.language,
                title: &self.title,
                summary: &self.summary,
                addressees: &self.addressees,
                body_html: &self.body_html,
                is_original: true,
            },
        }
    }

    /// Whether the declaration can be read in `language`, as written or translated.
    pub fn has_text_in(&self, language: &str) -> bool {
        self.text_languages()
            .any(|l| l.eq_ignore_ascii_case(language))
    }

    /// The language of the text a reader of `language` is shown: `language` when the
    /// declaration has it, else the original's.
    pub fn text_language_for<'a>(&'a self, language: &'a str) -> &'a str {
        if self.has_text_in(language) {
            language
        } else {
            &self.language
        }
    }

    /// The languages it can be read in, the original's first.
    pub fn text_languages(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.language.as_str())
            .chain(self.translations.iter().map(|t| t.language.as_str()))
    }

    /// The SHA-256 of the text as signed: see [`text_sha256`].
    pub fn text_sha256(&self) -> String {
        let addressees = serde_json::to_string(&self.addressees).unwrap_or_default();
        text_sha256(&self.title, &addressees, &self.body)
    }

    /// Whether it takes signatures at `now`: open, and not past its closing time.
    pub fn is_signable(&self, now: DateTime<Utc>) -> bool {
        self.state == PetitionState::Open && self.closes_at.is_none_or(|c| now < c)
    }

    /// Since when it has taken no signatures: the moment it was closed or delivered, or its
    /// closing time once passed. `None` while it takes signatures (or is a draft).
    pub fn closed_since(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self.state {
            PetitionState::Closed | PetitionState::Delivered => {
                Some(self.closed_at.unwrap_or(self.updated_at))
            }
            PetitionState::Open => self.closes_at.filter(|c| *c <= now),
            PetitionState::Draft => None,
        }
    }

    /// When its signers' personal data is to be erased, `days` after it closed.
    pub fn erase_after(&self, days: u64, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.closed_since(now)
            .map(|c| c + chrono::TimeDelta::days(days.min(100_000) as i64))
    }

    /// The state a visitor sees: an open petition past its closing time shows as closed.
    pub fn visible_state(&self, now: DateTime<Utc>) -> PetitionState {
        if self.state == PetitionState::Open && !self.is_signable(now) {
            PetitionState::Closed
        } else {
            self.state
        }
    }
}

/// A petition's text in another language, as pages show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Translation {
    pub language: String,
    pub title: String,
    pub summary: String,
    pub addressees: Vec<String>,
    pub body_html: String,
}

/// The SHA-256 of what people sign: the title, the addressees and the body.
pub fn text_sha256(title: &str, addressees_json: &str, body: &str) -> String {
    let addressees: serde_json::Value = serde_json::from_str(addressees_json).unwrap_or_default();
    let canonical = serde_json::json!({ "title": title, "addressees": addressees, "body": body });
    hex::encode(sha2::Sha256::digest(canonical.to_string().as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_round_trips() {
        let a = Accepts::from_kinds(["organization"]).unwrap();
        assert_eq!(Accepts::from_db(&a.as_db()), a);
        assert!(Accepts::from_kinds(Vec::<&str>::new()).is_none());
        assert!(Accepts::from_kinds(["robots"]).is_none());
    }
}
