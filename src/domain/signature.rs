//! A signature as submitted: the form's raw strings go in, a [`NewSignature`] or a list of
//! per-field problems comes out. This is the only place the form's fields are checked.
use sea_orm::entity::prelude::StringLen;
use sea_orm::{DeriveActiveEnum, EnumIter};

use super::email::EmailError;
use super::paper::PaperSignature;
use super::text::{clean_text, TextError, TextRules};
use super::{CountryCode, Email};

/// Stored as its string (`individual`, `organization`): an enum at the entity layer, so
/// code matches it exhaustively and never compares strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
pub enum Kind {
    #[sea_orm(string_value = "individual")]
    Individual,
    #[sea_orm(string_value = "organization")]
    Organization,
}

impl Kind {
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "individual" => Some(Kind::Individual),
            "organization" => Some(Kind::Organization),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Individual => "individual",
            Kind::Organization => "organization",
        }
    }
}

/// Who sees a signer's name: everyone (the public list and the delivery), only the
/// addressees (the delivery, not the public list), or nobody (counted only; the delivery
/// says how many signed without their names). The signer chooses among what the petition
/// offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
pub enum Visibility {
    #[sea_orm(string_value = "public")]
    Public,
    #[sea_orm(string_value = "addressees")]
    Addressees,
    #[sea_orm(string_value = "anonymous")]
    Anonymous,
}

impl Visibility {
    /// From the most public to the most private.
    pub const ALL: [Visibility; 3] = [
        Visibility::Public,
        Visibility::Addressees,
        Visibility::Anonymous,
    ];

    pub fn parse(s: &str) -> Option<Visibility> {
        match s.trim() {
            "public" => Some(Visibility::Public),
            "addressees" => Some(Visibility::Addressees),
            "anonymous" => Some(Visibility::Anonymous),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Addressees => "addressees",
            Visibility::Anonymous => "anonymous",
        }
    }

    /// Whether the addressees receive the name.
    pub fn is_delivered(self) -> bool {
        self != Visibility::Anonymous
    }

    /// Whether fewer people see the name at `self` than at `other`.
    pub fn is_more_private_than(self, other: Visibility) -> bool {
        let rank = |v: Visibility| Visibility::ALL.iter().position(|a| *a == v);
        rank(self) > rank(other)
    }
}

/// Where a signature is in its life. Only `Confirmed` counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
pub enum Status {
    #[sea_orm(string_value = "pending")]
    Pending,
    #[sea_orm(string_value = "confirmed")]
    Confirmed,
    #[sea_orm(string_value = "withdrawn")]
    Withdrawn,
    #[sea_orm(string_value = "removed")]
    Removed,
}

impl Status {
    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "pending" => Some(Status::Pending),
            "confirmed" => Some(Status::Confirmed),
            "withdrawn" => Some(Status::Withdrawn),
            "removed" => Some(Status::Removed),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Confirmed => "confirmed",
            Status::Withdrawn => "withdrawn",
            Status::Removed => "removed",
        }
    }
}

/// Who signs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Signer {
    Individual {
        name: String,
        occupation: Option<String>,
    },
    Organization {
        organization: String,
        /// The contact person.
        name: String,
        role: Option<String>,
        members: Option<u64>,
    },
}

impl Signer {
    pub fn kind(&self) -> Kind {
        match self {
            Signer::Individual { .. } => Kind::Individual,
            Signer::Organization { .. } => Kind::Organization,
        }
    }

    /// The person's name (an organization's contact person).
    pub fn name(&self) -> &str {
        match self {
            Signer::Individual { name, .. } | Signer::Organization { name, .. } => name,
        }
    }

    /// An organization's own name; none for a person.
    pub fn organization(&self) -> Option<&str> {
        match self {
            Signer::Organization { organization, .. } => Some(organization),
            Signer::Individual { .. } => None,
        }
    }

    /// The members an organization represents; none for a person.
    pub fn members(&self) -> Option<u64> {
        match self {
            Signer::Organization { members, .. } => *members,
            Signer::Individual { .. } => None,
        }
    }
}

/// A checked signature, ready to be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewSignature {
    pub signer: Signer,
    pub email: Email,
    pub country: CountryCode,
    pub city: Option<String>,
    pub comment: Option<String>,
    /// Who may see the name: the signer's choice, or `None` for the petition's default.
    pub visibility: Option<Visibility>,
    pub updates: bool,
}

impl NewSignature {
    pub fn kind(&self) -> Kind {
        self.signer.kind()
    }

    /// What makes two signatures of one petition the same: the address for a person; the
    /// organization's name (case and spacing folded) and country for an organization.
    pub fn dedupe_key(&self) -> String {
        match &self.signer {
            Signer::Individual { .. } => format!("i:{}", self.email.folded()),
            Signer::Organization { organization, .. } => {
                let folded = organization
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase();
                format!("o:{}:{folded}", self.country)
            }
        }
    }

    /// The name to address the signer by in an email.
    pub fn display_name(&self) -> String {
        match &self.signer {
            Signer::Individual { name, .. } => name.clone(),
            Signer::Organization {
                organization, name, ..
            } => format!("{organization} ({name})"),
        }
    }
}

/// The largest membership the form accepts.
pub const MAX_MEMBERS: u64 = 100_000_000;

/// A problem with one field: the field's name and a catalog key saying what is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub key: &'static str,
}

/// The signing form's fields as received (absent fields are empty).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SignatureInput {
    pub kind: String,
    pub name: String,
    pub email: String,
    pub country: String,
    pub city: String,
    pub occupation: String,
    pub organization: String,
    pub role: String,
    pub members: String,
    pub comment: String,
    /// `public`, `addressees` or `anonymous`.
    pub visibility: String,
    /// The form of the first round: `public=on` means `visibility=public` when
    /// `visibility` is absent.
    pub public: bool,
    pub updates: bool,
}

impl SignatureInput {
    /// The form's field names, in the order the form shows them.
    pub const FIELDS: [&'static str; 13] = [
        "kind",
        "organization",
        "name",
        "role",
        "email",
        "country",
        "city",
        "occupation",
        "members",
        "comment",
        "visibility",
        "public",
        "updates",
    ];

    /// Builds the input from decoded form pairs; the first value of a repeated field wins,
    /// unknown fields are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> SignatureInput {
        let mut input = SignatureInput::default();
        let mut seen = std::collections::HashSet::new();
        for (k, v) in pairs {
            if !seen.insert(k) {
                continue;
            }
            let v = v.to_owned();
            match k {
                "kind" => input.kind = v,
                "name" => input.name = v,
                "email" => input.email = v,
                "country" => input.country = v,
                "city" => input.city = v,
                "occupation" => input.occupation = v,
                "organization" => input.organization = v,
                "role" => input.role = v,
                "members" => input.members = v,
                "comment" => input.comment = v,
                "visibility" => input.visibility = v,
                "public" => input.public = v == "on",
                "updates" => input.updates = v == "on",
                _ => {}
            }
        }
        input
    }

    /// The values to show again in a form sent back, as field name and text.
    pub fn values(&self) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = [
            ("name", &self.name),
            ("email", &self.email),
            ("country", &self.country),
            ("city", &self.city),
            ("occupation", &self.occupation),
            ("organization", &self.organization),
            ("role", &self.role),
            ("members", &self.members),
            ("comment", &self.comment),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.clone()))
        .collect();
        if !self.visibility.is_empty() {
            v.push(("visibility".into(), self.visibility.clone()));
        }
        if self.public {
            v.push(("public".into(), "on".into()));
        }
        if self.updates {
            v.push(("updates".into(), "on".into()));
        }
        v
    }

    pub fn kind(&self) -> Option<Kind> {
        Kind::parse(self.kind.trim())
    }

    /// Checks every field and reports every problem at once.
    pub fn parse(&self) -> Result<NewSignature, Vec<FieldError>> {
        match (self.parse_email(), self.parse_signer()) {
            (Ok(email), Ok(p)) => Ok(NewSignature {
                signer: p.signer,
                email,
                country: p.country,
                city: p.city,
                comment: p.comment,
                visibility: p.visibility,
                updates: self.updates,
            }),
            (email, signer) => {
                let mut errors = signer.err().unwrap_or_default();
                errors.extend(email.err());
                Err(errors)
            }
        }
    }

    /// A row of a paper sheet: the same fields and rules, without an email address (a
    /// sheet has none) or a comment.
    pub fn parse_paper(&self) -> Result<PaperSignature, Vec<FieldError>> {
        let p = self.parse_signer()?;
        Ok(PaperSignature {
            signer: p.signer,
            country: p.country,
            city: p.city,
            visibility: p.visibility,
        })
    }

    fn parse_email(&self) -> Result<Email, FieldError> {
        Email::parse(&self.email).map_err(|e| FieldError {
            field: "email",
            key: match e {
                EmailError::Required => "err-required",
                EmailError::TooLong => "err-too-long-254",
                EmailError::Invalid => "err-invalid-email",
            },
        })
    }

    /// Every field but the address.
    fn parse_signer(&self) -> Result<SignerParts, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut field = |field: &'static str, value: &str, rules: TextRules| -> Option<String> {
            match clean_text(value, rules) {
                Ok(v) => v,
                Err(e) => {
                    errors.push(FieldError {
                        field,
                        key: text_error_key(e),
                    });
                    None
                }
            }
        };
        let kind = self.kind();
        let name = field("name", &self.name, TextRules::label(120, true));
        let city = field("city", &self.city, TextRules::label(120, false));
        let comment = field("comment", &self.comment, TextRules::multiline(1000));
        let (organization, role, occupation) = match kind {
            Some(Kind::Organization) => (
                field(
                    "organization",
                    &self.organization,
                    TextRules::label(200, true),
                ),
                field("role", &self.role, TextRules::label(120, false)),
                None,
            ),
            _ => (
                None,
                None,
                field("occupation", &self.occupation, TextRules::label(120, false)),
            ),
        };
        let members = match kind {
            Some(Kind::Organization) => match parse_members(&self.members) {
                Ok(m) => m,
                Err(key) => {
                    errors.push(FieldError {
                        field: "members",
                        key,
                    });
                    None
                }
            },
            _ => None,
        };
        let country = if self.country.trim().is_empty() {
            errors.push(FieldError {
                field: "country",
                key: "err-required",
            });
            None
        } else {
            match CountryCode::parse(&self.country) {
                Ok(c) => Some(c),
                Err(_) => {
                    errors.push(FieldError {
                        field: "country",
                        key: "err-invalid-country",
                    });
                    None
                }
            }
        };
        let visibility = match self.visibility.trim() {
            "" => self.public.then_some(Visibility::Public),
            v => {
                let parsed = Visibility::parse(v);
                if parsed.is_none() {
                    errors.push(FieldError {
                        field: "visibility",
                        key: "err-invalid-visibility",
                    });
                }
                parsed
            }
        };
        if kind.is_none() {
            errors.push(FieldError {
                field: "kind",
                key: "err-invalid-kind",
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        // Every value below is Some when no error was recorded.
        let (Some(kind), Some(name), Some(country)) = (kind, name, country) else {
            return Err(vec![FieldError {
                field: "kind",
                key: "err-invalid-kind",
            }]);
        };
        let signer = match kind {
            Kind::Individual => Signer::Individual { name, occupation },
            Kind::Organization => Signer::Organization {
                organization: organization.unwrap_or_default(),
                name,
                role,
                members,
            },
        };
        Ok(SignerParts {
            signer,
            country,
            city,
            comment,
            visibility,
        })
    }
}

struct SignerParts {
    signer: Signer,
    country: CountryCode,
    city: Option<String>,
    comment: Option<String>,
    visibility: Option<Visibility>,
}

/// The catalog's message for a problem with a piece of text.
pub fn text_error_key(e: TextError) -> &'static str {
    match e {
        TextError::Required => "err-required",
        TextError::TooLong(120) => "err-too-long-120",
        TextError::TooLong(200) => "err-too-long-200",
        TextError::TooLong(254) => "err-too-long-254",
        TextError::TooLong(_) => "err-too-long-1000",
        TextError::ControlChars => "err-control-chars",
        TextError::InvisibleChars => "err-invisible-chars",
        TextError::NoLetters => "err-no-letters",
        TextError::Address => "err-address",
    }
}

/// Members: a whole number from 0 to 100,000,000, with the digit grouping people type
/// ("250 000", "1,200", "1.200", "12'000") allowed where the groups are of three digits.
fn parse_members(input: &str) -> Result<Option<u64>, &'static str> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if s.starts_with('-') {
        return Err("err-out-of-range");
    }
    let groups: Vec<&str> = s
        .split([' ', ',', '.', '\'', '\u{a0}', '\u{202f}', '’'])
        .collect();
    let well_grouped = groups
        .iter()
        .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && (groups.len() == 1 || groups[0].len() <= 3)
        && groups[1..].iter().all(|g| g.len() == 3);
    if !well_grouped {
        return Err("err-invalid-number");
    }
    let digits: String = groups.concat();
    // Anything longer than this is out of range, whatever its value.
    if digits.trim_start_matches('0').len() > 9 {
        return Err("err-out-of-range");
    }
    let n: u64 = digits.parse().map_err(|_| "err-invalid-number")?;
    if n > MAX_MEMBERS {
        return Err("err-out-of-range");
    }
    Ok(Some(n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn person() -> SignatureInput {
        SignatureInput {
            kind: "individual".into(),
            name: "Olena Kovalenko".into(),
            email: "olena@example.org".into(),
            country: "UA".into(),
            ..Default::default()
        }
    }

    fn org() -> SignatureInput {
        SignatureInput {
            kind: "organization".into(),
            organization: "Independent Miners' Union  of Kryvbas".into(),
            name: "Yuri Samoilov".into(),
            role: "Chair".into(),
            email: "union@example.org".into(),
            country: "ua".into(),
            members: "12 000".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_person_parses() {
        let s = person().parse().unwrap();
        assert_eq!(s.kind(), Kind::Individual);
        assert_eq!(s.dedupe_key(), "i:olena@example.org");
    }

    #[test]
    fn an_organization_parses_and_its_key_folds_case_and_spaces() {
        let s = org().parse().unwrap();
        let mut other = org();
        other.organization = "INDEPENDENT miners' union of   kryvbas".into();
        other.email = "someone-else@example.org".into();
        assert_eq!(s.dedupe_key(), other.parse().unwrap().dedupe_key());
        assert_eq!(s.dedupe_key(), "o:UA:independent miners' union of kryvbas");
        assert!(matches!(
            s.signer,
            Signer::Organization {
                members: Some(12000),
                ..
            }
        ));
    }

    #[test]
    fn every_problem_is_reported_with_its_field() {
        let input = SignatureInput {
            kind: "organization".into(),
            members: "-5".into(),
            country: "XX".into(),
            email: "nope".into(),
            ..Default::default()
        };
        let errs = input.parse().unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| e.field).collect();
        for f in ["name", "organization", "members", "email", "country"] {
            assert!(fields.contains(&f), "{f} missing from {fields:?}");
        }
        let input = SignatureInput {
            kind: "robot".into(),
            ..person()
        };
        assert_eq!(
            input.parse().unwrap_err(),
            vec![FieldError {
                field: "kind",
                key: "err-invalid-kind"
            }]
        );
    }

    #[test]
    fn members_accepts_grouped_numbers_in_range() {
        assert_eq!(parse_members(""), Ok(None));
        assert_eq!(parse_members("0"), Ok(Some(0)));
        assert_eq!(parse_members("250 000"), Ok(Some(250_000)));
        assert_eq!(parse_members("1,200"), Ok(Some(1200)));
        assert_eq!(parse_members("100000000"), Ok(Some(100_000_000)));
        assert_eq!(parse_members("100000001"), Err("err-out-of-range"));
        assert_eq!(
            parse_members("99999999999999999999999"),
            Err("err-out-of-range")
        );
        assert_eq!(parse_members("-1"), Err("err-out-of-range"));
        assert_eq!(parse_members("1.5"), Err("err-invalid-number"));
        assert_eq!(parse_members("12a"), Err("err-invalid-number"));
        assert_eq!(parse_members("1e6"), Err("err-invalid-number"));
    }

    #[test]
    fn repeated_fields_take_the_first_value() {
        let input = SignatureInput::from_pairs([
            ("name", "First"),
            ("name", "Second"),
            ("kind", "individual"),
        ]);
        assert_eq!(input.name, "First");
    }

    proptest! {
        #[test]
        fn names_round_trip_when_accepted(name in "\\PC{1,130}") {
            let input = SignatureInput { name: name.clone(), ..person() };
            match input.parse() {
                Ok(s) => {
                    let Signer::Individual { name: got, .. } = s.signer else { unreachable!() };
                    prop_assert!(got.chars().count() <= 120);
                    prop_assert!(!got.is_empty());
                }
                Err(errs) => prop_assert!(errs.iter().all(|e| e.field == "name")),
            }
        }
    }
}
