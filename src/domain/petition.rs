//! A petition's life and whom it accepts signatures from.
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PetitionState {
    /// Not public.
    Draft,
    /// Signable.
    Open,
    /// Visible, not signable.
    Closed,
    /// Closed and handed over.
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
