//! Plain data for the organizers' pages and the delivery document.
pub use crate::view::{FormKind, StateView, VisibilityView};

/// Where a signature is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignatureStatus {
    Pending,
    Confirmed,
    Withdrawn,
    Removed,
}

/// Every admin page knows who is signed in and carries the session's CSRF token, which
/// every form on it must send back as the hidden field `csrf`.
#[derive(Clone, Debug)]
pub struct AdminContext {
    pub organizer_email: String,
    pub csrf: String,
    /// A one-line message after an action ("3 signatures removed"), already translated.
    pub notice: Option<String>,
}

/// `GET /admin/login`.
#[derive(Clone, Debug, Default)]
pub struct LoginPage {
    /// The address typed, kept after a failed attempt.
    pub email: String,
    /// The login form's token (an HMAC of its issue time; sent back as `form_token`).
    pub form_token: String,
    /// Shown after a failed attempt; never says which part was wrong.
    pub failed: bool,
    /// Shown when login is rate limited; seconds to wait.
    pub retry_after: Option<u64>,
}

/// Signatures of one petition by status and kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts {
    pub pending_individual: u64,
    pub pending_organization: u64,
    pub confirmed_individual: u64,
    pub confirmed_organization: u64,
    pub withdrawn_individual: u64,
    pub withdrawn_organization: u64,
    pub removed_individual: u64,
    pub removed_organization: u64,
    /// Members represented by confirmed organizations.
    pub members: u64,
}

/// A petition's line on the dashboard.
#[derive(Clone, Debug)]
pub struct PetitionRow {
    pub slug: String,
    pub title: String,
    pub state: StateView,
    pub counts: StatusCounts,
    pub goal: Option<u64>,
    /// When its signers' personal data goes (`retention.days_after_close`).
    pub erasure: Erasure,
}

/// Where a petition's personal data stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Erasure {
    /// It takes signatures: kept.
    #[default]
    Kept,
    /// To be erased on this day (YYYY-MM-DD); `soon` within 14 days.
    On { date: String, soon: bool },
    /// Erased on this day.
    Done { date: String },
}

/// The outbox as organizers see it.
#[derive(Clone, Debug, Default)]
pub struct OutboxView {
    pub queued: u64,
    pub retrying: u64,
    pub failed: u64,
    /// The latest failed messages: when (YYYY-MM-DD HH:MM UTC), attempts, last error.
    pub failures: Vec<(String, i32, String)>,
}

/// One line of the audit log.
#[derive(Clone, Debug)]
pub struct AuditEntry {
    /// YYYY-MM-DD HH:MM:SS UTC
    pub at: String,
    pub actor: String,
    /// A short code: login, logout, petition.create, petition.edit, petition.state,
    /// signature.hide, signature.unhide, signature.remove, signatures.remove_domain, export.
    pub action: String,
    pub petition_slug: Option<String>,
    pub detail: String,
    pub count: i64,
}

/// `GET /admin`.
#[derive(Clone, Debug)]
pub struct DashboardPage {
    pub ctx: AdminContext,
    pub petitions: Vec<PetitionRow>,
    pub outbox: OutboxView,
    pub audit: Vec<AuditEntry>,
}

/// One signature in the organizers' search results.
#[derive(Clone, Debug)]
pub struct SignatureRow {
    pub id: i64,
    pub kind: FormKind,
    pub status: SignatureStatus,
    pub name: String,
    pub organization: Option<String>,
    pub email: String,
    pub country: String,
    pub city: Option<String>,
    pub public: bool,
    pub hidden: bool,
    /// YYYY-MM-DD HH:MM UTC of signing.
    pub created: String,
    pub comment: Option<String>,
    /// How an organizer verified the organization, when one has.
    pub verified: Option<String>,
}

/// A recorded export.
#[derive(Clone, Debug)]
pub struct ExportView {
    pub at: String,
    pub actor: String,
    pub format: String,
    pub rows: i64,
    pub sha256: String,
    pub destination: String,
}

/// A version of the petition's text.
#[derive(Clone, Debug)]
pub struct VersionView {
    pub number: i32,
    pub at: String,
    pub sha256: String,
    pub signatures: u64,
    pub current: bool,
}

/// `GET /admin/petitions/{slug}`: one petition's figures, charts, moderation and exports.
#[derive(Clone, Debug)]
pub struct PetitionAdminPage {
    pub ctx: AdminContext,
    pub slug: String,
    pub title: String,
    pub state: StateView,
    pub delivered_at: Option<String>,
    pub delivery_note: Option<String>,
    pub counts: StatusCounts,
    /// Confirmed signatures per day (YYYY-MM-DD, count), oldest first, no gaps.
    pub per_day: Vec<(String, u64)>,
    /// Confirmed signatures by country (code, name, count), most first.
    pub by_country: Vec<(String, String, u64)>,
    /// The search form's query (`q`) and results; `searched` is false before a search.
    pub query: String,
    pub searched: bool,
    pub results: Vec<SignatureRow>,
    pub exports: Vec<ExportView>,
    pub versions: Vec<VersionView>,
    pub languages: Vec<LanguageVersionView>,
}

/// One language version of the declaration, for the organizers.
#[derive(Clone, Debug)]
pub struct LanguageVersionView {
    /// BCP 47.
    pub language: String,
    pub original: bool,
    /// A translation of an earlier text, not shown until it is imported again.
    pub outdated: bool,
    /// Confirmed signatures whose signer read this version.
    pub readers: u64,
}

/// `GET /admin/petitions/new` and `/admin/petitions/{slug}/edit`.
#[derive(Clone, Debug, Default)]
pub struct EditPetitionPage {
    pub ctx: Option<AdminContext>,
    /// False for a new petition (the slug can then be typed).
    pub existing: bool,
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// One addressee per line.
    pub addressees: String,
    pub author: String,
    pub language: String,
    /// The levels of visibility offered, and the one preselected.
    pub visibility: Vec<VisibilityView>,
    pub default_visibility: VisibilityView,
    pub accepts_individuals: bool,
    pub accepts_organizations: bool,
    pub goal: String,
    /// YYYY-MM-DD or empty.
    pub closes_on: String,
    pub body: String,
    /// Sanitised HTML of the body, when the Preview button was pressed.
    pub preview_html: Option<String>,
    /// Field name and the catalog key of what is wrong with it.
    pub errors: Vec<(String, String)>,
    /// Whether saving will create a new version of a text people have already signed.
    pub creates_new_version: bool,
}

/// `POST /admin/petitions/{slug}/remove-domain` before it is confirmed.
#[derive(Clone, Debug)]
pub struct BulkRemovePage {
    pub ctx: AdminContext,
    pub slug: String,
    pub title: String,
    pub domain: String,
    /// How many signatures (not yet removed) have an address at that domain.
    pub count: u64,
    /// Up to 20 of them.
    pub sample: Vec<SignatureRow>,
}

/// One signatory on the delivery document.
#[derive(Clone, Debug)]
pub struct DeliverySignatory {
    pub number: u64,
    pub name: String,
    pub organization: Option<String>,
    pub role: Option<String>,
    pub occupation: Option<String>,
    pub city: Option<String>,
    pub members: Option<u64>,
    pub comment: Option<String>,
    /// The version of the text this signature endorsed.
    pub version: i32,
}

/// The lists of the delivery document, in the order they are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeliverySection {
    /// Organizations an organizer verified.
    Verified,
    /// The other organizations (all of them when none was verified).
    Organizations,
    Individuals,
}

impl DeliverySection {
    pub const ALL: [DeliverySection; 3] = [
        DeliverySection::Verified,
        DeliverySection::Organizations,
        DeliverySection::Individuals,
    ];
}

/// `GET /admin/petitions/{slug}/delivery`: one document per addressee, each made to be printed
/// (a page break between them).
#[derive(Clone, Debug)]
pub struct DeliveryDocument {
    pub title: String,
    pub author: String,
    pub addressees: Vec<String>,
    /// Sanitised HTML of the current text, in the document's language when it has been
    /// translated into it.
    pub body_html: String,
    /// The language of the text.
    pub language: String,
    /// Set when the text is a translation: the original's language.
    pub translated_from: Option<String>,
    /// YYYY-MM-DD of the document.
    pub date: String,
    pub total: u64,
    pub individuals: u64,
    pub organizations: u64,
    pub members: u64,
    pub countries: u64,
    /// The versions signatures endorsed: number, SHA-256, date, how many signed it.
    pub versions: Vec<(i32, String, String, u64)>,
    /// Signatures that came on paper, and from how many sheets.
    pub paper: u64,
    pub sheets: u64,
    /// The organizations an organizer verified (listed first).
    pub verified: u64,
}

impl DeliveryDocument {
    /// Whether signatures endorsed more than one version: then each signatory says which.
    pub fn several_versions(&self) -> bool {
        self.versions.len() > 1
    }

    /// The organizations no organizer verified.
    pub fn unverified(&self) -> u64 {
        self.organizations.saturating_sub(self.verified)
    }
}

/// `GET /admin/people`: a signer's request: what is held for an address.
#[derive(Clone, Debug)]
pub struct PeoplePage {
    pub ctx: AdminContext,
    /// What was typed in the search box.
    pub email: String,
    /// Whether an address was looked up.
    pub searched: bool,
    pub signatures: Vec<PersonSignature>,
}

/// One signature of the address looked up.
#[derive(Clone, Debug)]
pub struct PersonSignature {
    pub petition_slug: String,
    pub petition_title: String,
    pub kind: FormKind,
    pub status: SignatureStatus,
    pub visibility: VisibilityView,
    pub name: String,
    pub signed: String,
}

/// `GET /admin/petitions/{slug}/updates`: the updates sent, and the form to write one (sent
/// back with a preview or with errors).
#[derive(Clone, Debug)]
pub struct UpdatesPage {
    pub ctx: AdminContext,
    pub slug: String,
    pub title: String,
    /// The petition's language: what an update is written in first.
    pub language: String,
    /// Signers an update would reach now, and per language they signed in.
    pub audience_total: u64,
    pub audience_by_language: Vec<(String, u64)>,
    /// Signers' addresses whose mail server refused mail for good.
    pub refused: u64,
    pub updates: Vec<UpdateRow>,
    pub form: UpdateForm,
    /// The update as the signers in the petition's language will read it.
    pub preview: Option<UpdatePreview>,
    /// (field, message key): `subject`, `body`, `subject_xx`, `body_xx`.
    pub errors: Vec<(String, String)>,
}

#[derive(Clone, Debug)]
pub struct UpdateRow {
    pub subject: String,
    /// A "delivered" notice rather than a written update.
    pub delivered: bool,
    pub created_at: String,
    pub created_by: String,
    pub recipients: i64,
    pub queued: i64,
    pub sent: i64,
    pub failed: i64,
    pub refused: i64,
    pub cancelled: i64,
}

#[derive(Clone, Debug, Default)]
pub struct UpdateForm {
    pub subject: String,
    pub body: String,
    /// One value per compose form, so Send pressed twice makes one update.
    pub nonce: String,
    /// Every other supported language, filled in or not.
    pub translations: Vec<UpdateTranslationFields>,
}

#[derive(Clone, Debug, Default)]
pub struct UpdateTranslationFields {
    pub language: String,
    pub subject: String,
    pub body: String,
}

#[derive(Clone, Debug)]
pub struct UpdatePreview {
    pub subject: String,
    /// Sanitised HTML, as the email carries it.
    pub html: String,
}
