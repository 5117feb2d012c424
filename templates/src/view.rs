//! Plain data the web layer hands to pages and emails: strings and numbers, already checked
//! and formatted where formatting is not the language's business.

/// Confirmed-signature counts of one petition.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CountsView {
    pub total: u64,
    pub individual: u64,
    pub organization: u64,
    pub members: u64,
    /// Country code and count, most signatures first.
    pub by_country: Vec<(String, u64)>,
}

/// Where a petition is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateView {
    Draft,
    Open,
    Closed,
    Delivered,
}

impl StateView {
    pub const ALL: [StateView; 4] = [
        StateView::Draft,
        StateView::Open,
        StateView::Closed,
        StateView::Delivered,
    ];

    /// The value the organizers' state form sends.
    pub fn as_str(self) -> &'static str {
        match self {
            StateView::Draft => "draft",
            StateView::Open => "open",
            StateView::Closed => "closed",
            StateView::Delivered => "delivered",
        }
    }
}

/// A petition as the index lists it.
#[derive(Clone, Debug)]
pub struct PetitionCard {
    pub slug: String,
    /// The language of its title, summary and addressees.
    pub language: String,
    pub title: String,
    pub summary: String,
    pub addressees: Vec<String>,
    pub author: String,
    pub state: StateView,
    pub goal: Option<u64>,
    /// `YYYY-MM-DD`.
    pub closes_on: Option<String>,
    pub counts: CountsView,
}

/// One public signatory.
#[derive(Clone, Debug)]
pub struct SignatoryView {
    pub is_organization: bool,
    pub name: String,
    pub organization: Option<String>,
    pub role: Option<String>,
    pub occupation: Option<String>,
    pub city: Option<String>,
    pub country_name: String,
    pub members: Option<u64>,
    pub comment: Option<String>,
    /// `YYYY-MM-DD`.
    pub signed_on: String,
    /// An organization the organizers have verified.
    pub verified: bool,
}

/// Which of the two signing forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormKind {
    Individual,
    Organization,
}

impl FormKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FormKind::Individual => "individual",
            FormKind::Organization => "organization",
        }
    }
}

/// A message shown above a form that was sent back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormNotice {
    /// Some fields need fixing; they are listed and marked.
    FixFields,
    /// The honeypot or the fill-time check tripped: say nothing about why.
    TryAgain,
    /// The form was too old or its token did not check out; a fresh one is in the page.
    Expired,
    /// Too many submissions from this network; try again in a moment.
    RateLimited,
}

/// A signing form: what was typed, what is wrong with it, and its token.
#[derive(Clone, Debug)]
pub struct SignFormView {
    pub kind: FormKind,
    /// The levels of visibility the petition offers, most public first, and the one
    /// preselected.
    pub visibility: Vec<VisibilityView>,
    pub default_visibility: VisibilityView,
    pub action: String,
    pub form_token: String,
    /// The language version of the declaration shown beside the form, recorded with the
    /// signature.
    pub text_language: String,
    /// Field name and the value to put back into it.
    pub values: Vec<(String, String)>,
    /// Field name and the catalog key of what is wrong with it.
    pub errors: Vec<(String, String)>,
    pub notice: Option<FormNotice>,
}

impl SignFormView {
    pub fn value(&self, field: &str) -> &str {
        self.values
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, e)| e.as_str())
    }

    pub fn checked(&self, field: &str) -> bool {
        self.value(field) == "on"
    }

    /// The level to show as chosen: what was sent (the first round's "public" box too),
    /// else the petition's default.
    pub fn chosen_visibility(&self) -> VisibilityView {
        VisibilityView::ALL
            .into_iter()
            .find(|v| v.as_str() == self.value("visibility"))
            .or(self.checked("public").then_some(VisibilityView::Public))
            .filter(|v| self.visibility.contains(v))
            .unwrap_or(self.default_visibility)
    }
}

/// Who may see a signer's name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum VisibilityView {
    Public,
    #[default]
    Addressees,
    Anonymous,
}

impl VisibilityView {
    pub const ALL: [VisibilityView; 3] = [
        VisibilityView::Public,
        VisibilityView::Addressees,
        VisibilityView::Anonymous,
    ];

    /// The form's value.
    pub fn as_str(self) -> &'static str {
        match self {
            VisibilityView::Public => "public",
            VisibilityView::Addressees => "addressees",
            VisibilityView::Anonymous => "anonymous",
        }
    }

    /// The catalog's name of the level and its explanation.
    pub fn keys(self) -> (&'static str, &'static str) {
        match self {
            VisibilityView::Public => ("visibility-public", "visibility-public-hint"),
            VisibilityView::Addressees => ("visibility-addressees", "visibility-addressees-hint"),
            VisibilityView::Anonymous => ("visibility-anonymous", "visibility-anonymous-hint"),
        }
    }
}

/// Everything the petition page shows.
#[derive(Clone, Debug)]
pub struct PetitionPage {
    pub card: PetitionCard,
    /// Sanitised HTML of the declaration, in the version shown (the card holds its title,
    /// summary and addressees).
    pub body_html: String,
    /// The language of the version shown.
    pub language: String,
    /// Set when the version shown is a translation: the original's language.
    pub translated_from: Option<String>,
    /// Set when the page's language has no version and the original is shown: the original's
    /// language.
    pub untranslated: Option<String>,
    /// Every language version, linked, when there is more than one.
    pub versions: Vec<TextVersion>,
    pub excerpt: bool,
    pub delivered_on: Option<String>,
    pub delivery_note: Option<String>,
    pub recent: Vec<SignatoryView>,
    /// The forms to show, one per kind the petition accepts; empty when it is not open.
    pub forms: Vec<SignFormView>,
    /// Country codes and names for the country selects, in display order.
    pub countries: Vec<(String, String)>,
    pub url: String,
}

/// One language version of a declaration, as the page links it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextVersion {
    /// BCP 47.
    pub language: String,
    pub href: String,
    pub current: bool,
    pub original: bool,
}

/// A page of the public signatory list.
#[derive(Clone, Debug)]
pub struct SignatoriesPage {
    pub slug: String,
    pub title: String,
    pub signatories: Vec<SignatoryView>,
    /// The page's number (a label: pages are read by key), and how many there are.
    pub page: u64,
    pub pages: u64,
    pub total_public: u64,
    /// Links to the page before (newer signatories) and the next (older), when there are.
    pub newer: Option<String>,
    pub older: Option<String>,
    /// Why the page lists no one though the list has signatories.
    pub note: Option<ListNote>,
}

/// A page of the public list that was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListNote {
    /// Its number is past the last page.
    PastEnd,
    /// Its number is deeper than the numbered pages go without a key (the number given).
    Deep(u64),
}

/// What a confirm or withdraw link leads to.
#[derive(Clone, Debug)]
pub struct TokenPage {
    pub petition_title: String,
    pub petition_slug: String,
    pub action: String,
    /// On the confirm page: the level the signer chose, first, and the more private ones
    /// the petition offers, which the button's form may move it to.
    pub visibility: Vec<VisibilityView>,
}
