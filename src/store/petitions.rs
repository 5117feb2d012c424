//! Petitions: reading them for pages, and creating or updating them from declarations.
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Func, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use super::translations;
use super::{Store, StoreError};
use crate::domain::{Accepts, PetitionDraft, PetitionState, VisibilityOffer};
use crate::entities::{petition_versions, petitions, signatures};

pub use crate::domain::petition::{Petition, Text};

impl TryFrom<petitions::Model> for Petition {
    type Error = StoreError;

    fn try_from(m: petitions::Model) -> Result<Self, StoreError> {
        let addressees: Vec<String> = serde_json::from_str(&m.addressees)
            .map_err(|e| StoreError::Corrupt(format!("petition {} addressees: {e}", m.slug)))?;
        let state = m.state;
        Ok(Petition {
            id: m.id,
            slug: m.slug,
            title: m.title,
            summary: m.summary,
            body: m.body,
            body_html: m.body_html,
            addressees,
            author: m.author,
            language: m.language,
            accepts: Accepts::from_db(&m.accepts),
            visibility: VisibilityOffer::from_db(&m.visibility, m.default_visibility),
            goal: m.goal.and_then(|g| u64::try_from(g).ok()),
            closes_at: m.closes_at,
            excerpt: m.excerpt,
            state,
            delivered_at: m.delivered_at,
            closed_at: m.closed_at,
            purged_at: m.purged_at,
            delivery_note: m.delivery_note,
            created_at: m.created_at,
            updated_at: m.updated_at,
            version_id: m.version_id,
            translations: vec![],
        })
    }
}

/// A petition to create or update from a declaration file.
#[derive(Clone, Debug)]
pub struct PetitionRecord {
    /// The text and settings, checked by the one parser every petition passes.
    pub draft: PetitionDraft,
    pub body_html: String,
    pub excerpt: bool,
    pub state: PetitionState,
    /// SHA-256 of the source file: an unchanged file is not applied again, so a restart does
    /// not undo what organizers changed since. `None` for an edit made on the dashboard.
    pub source_hash: Option<String>,
}

impl PetitionRecord {
    /// A checked draft, with what only a file sets (the state, the excerpt flag) and the
    /// file's hash.
    pub fn from_draft(
        draft: PetitionDraft,
        state: PetitionState,
        excerpt: bool,
        source_hash: Option<String>,
    ) -> PetitionRecord {
        PetitionRecord {
            body_html: crate::markdown::render(&draft.body),
            draft,
            excerpt,
            state,
            source_hash,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpsertOutcome {
    Created,
    Updated,
    Unchanged,
    /// A translation whose file is unchanged while its original has changed: not shown
    /// until it is translated again.
    Outdated,
}

pub async fn by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<Petition>, StoreError> {
    let found = petitions::Entity::find()
        .filter(petitions::Column::Slug.eq(slug))
        .one(db)
        .await?;
    with_translations(db, found.into_iter())
        .await
        .map(|mut v| v.pop())
}

pub async fn by_id(db: &impl ConnectionTrait, id: i64) -> Result<Option<Petition>, StoreError> {
    let found = petitions::Entity::find_by_id(id).one(db).await?;
    with_translations(db, found.into_iter())
        .await
        .map(|mut v| v.pop())
}

/// Every petition, drafts too, newest first.
pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<Petition>, StoreError> {
    let rows = petitions::Entity::find()
        .order_by_desc(petitions::Column::CreatedAt)
        .order_by_asc(petitions::Column::Id)
        .all(db)
        .await?;
    with_translations(db, rows.into_iter()).await
}

/// Every petition that is not a draft, newest first.
pub async fn public(db: &impl ConnectionTrait) -> Result<Vec<Petition>, StoreError> {
    let rows = petitions::Entity::find()
        .filter(petitions::Column::State.ne(PetitionState::Draft))
        .order_by_desc(petitions::Column::CreatedAt)
        .order_by_asc(petitions::Column::Id)
        .all(db)
        .await?;
    with_translations(db, rows.into_iter()).await
}

/// Rows made petitions, with their current translations.
pub(crate) async fn with_translations(
    db: &impl ConnectionTrait,
    rows: impl Iterator<Item = petitions::Model>,
) -> Result<Vec<Petition>, StoreError> {
    let mut list = rows
        .map(Petition::try_from)
        .collect::<Result<Vec<_>, _>>()?;
    translations::attach(db, &mut list).await?;
    Ok(list)
}

impl Store {
    /// Creates or updates a petition by slug. Signatures are never touched.
    pub async fn upsert_petition(
        &self,
        r: &PetitionRecord,
        now: DateTime<Utc>,
    ) -> Result<UpsertOutcome, StoreError> {
        let txn = super::begin_write(self.writer()).await?;
        let addressees = serde_json::to_string(&r.draft.addressees)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let existing = petitions::Entity::find()
            .filter(petitions::Column::Slug.eq(r.draft.slug.as_ref()))
            .one(&txn)
            .await?;
        let goal = r.draft.goal.map(|g| i64::try_from(g).unwrap_or(i64::MAX));
        let (id, outcome) = match existing {
            Some(m) if r.source_hash.is_some() && m.source_hash == r.source_hash => {
                txn.commit().await?;
                return Ok(UpsertOutcome::Unchanged);
            }
            Some(m) => {
                let id = m.id;
                let was_closed_at = m.closed_at;
                let mut a: petitions::ActiveModel = m.into();
                a.title = Set(r.draft.title.clone());
                a.summary = Set(r.draft.summary.clone());
                a.body = Set(r.draft.body.clone());
                a.body_html = Set(r.body_html.clone());
                a.addressees = Set(addressees);
                a.author = Set(r.draft.author.clone());
                a.language = Set(r.draft.language.clone());
                a.accepts = Set(r.draft.accepts.as_db());
                a.visibility = Set(r.draft.visibility.as_db());
                a.default_visibility = Set(r.draft.visibility.default_choice());
                a.goal = Set(goal);
                a.closes_at = Set(r.draft.closes_at);
                a.excerpt = Set(r.excerpt);
                let closed = matches!(r.state, PetitionState::Closed | PetitionState::Delivered);
                a.closed_at = Set(match closed {
                    true => was_closed_at.or(Some(now)),
                    false => None,
                });
                a.state = Set(r.state);
                if r.source_hash.is_some() {
                    a.source_hash = Set(r.source_hash.clone());
                }
                a.updated_at = Set(now);
                a.update(&txn).await?;
                (id, UpsertOutcome::Updated)
            }
            None => {
                let m = petitions::ActiveModel {
                    slug: Set(r.draft.slug.to_string()),
                    title: Set(r.draft.title.clone()),
                    summary: Set(r.draft.summary.clone()),
                    body: Set(r.draft.body.clone()),
                    body_html: Set(r.body_html.clone()),
                    addressees: Set(addressees),
                    author: Set(r.draft.author.clone()),
                    language: Set(r.draft.language.clone()),
                    accepts: Set(r.draft.accepts.as_db()),
                    visibility: Set(r.draft.visibility.as_db()),
                    default_visibility: Set(r.draft.visibility.default_choice()),
                    goal: Set(goal),
                    closes_at: Set(r.draft.closes_at),
                    excerpt: Set(r.excerpt),
                    state: Set(r.state),
                    delivered_at: Set(None),
                    delivery_note: Set(None),
                    closed_at: Set(matches!(
                        r.state,
                        PetitionState::Closed | PetitionState::Delivered
                    )
                    .then_some(now)),
                    source_hash: Set(r.source_hash.clone()),
                    created_at: Set(now),
                    updated_at: Set(now),
                    version_id: Set(None),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
                (m.id, UpsertOutcome::Created)
            }
        };
        ensure_version(&txn, id, now).await?;
        txn.commit().await?;
        self.public_petitions.changed();
        self.counts_changed();
        Ok(outcome)
    }

    /// Gives every petition a current version and every signature the version it was signed
    /// against (rows from before versions existed). Cheap when there is nothing to do.
    pub async fn backfill_versions(&self, now: DateTime<Utc>) -> Result<(), StoreError> {
        let txn = super::begin_write(self.writer()).await?;
        let missing: Vec<i64> = petitions::Entity::find()
            .select_only()
            .column(petitions::Column::Id)
            .filter(petitions::Column::VersionId.is_null())
            .into_tuple()
            .all(&txn)
            .await?;
        for id in missing {
            ensure_version(&txn, id, now).await?;
        }
        txn.execute_unprepared(
            "UPDATE signatures SET version_id = (SELECT version_id FROM petitions WHERE petitions.id = signatures.petition_id) \
             WHERE version_id IS NULL",
        )
        .await?;
        txn.commit().await?;
        self.public_petitions.changed();
        self.counts_changed();
        Ok(())
    }

    /// Moves a petition to `state`; delivering records when and a public note. Audited.
    /// With `notify`, a petition that becomes delivered queues a "delivered" update with
    /// the note for its signers who asked for news, in the same transaction.
    pub async fn set_petition_state(
        &self,
        actor: &str,
        id: i64,
        state: PetitionState,
        note: Option<String>,
        notify: Option<&crate::security::Keys>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let txn = super::begin_write(self.writer()).await?;
        let before = by_id(&txn, id).await?;
        let mut q = petitions::Entity::update_many()
            .col_expr(petitions::Column::State, Expr::value(state.as_str()))
            .col_expr(petitions::Column::UpdatedAt, Expr::value(now))
            .filter(petitions::Column::Id.eq(id));
        if state == PetitionState::Delivered {
            q = q
                .col_expr(petitions::Column::DeliveredAt, Expr::value(Some(now)))
                .col_expr(petitions::Column::DeliveryNote, Expr::value(note.clone()));
        }
        // The retention clock starts when it stops taking signatures, and stops if it
        // takes them again.
        q = match state {
            PetitionState::Closed | PetitionState::Delivered => q.col_expr(
                petitions::Column::ClosedAt,
                SimpleExpr::from(Func::coalesce([
                    Expr::col(petitions::Column::ClosedAt).into(),
                    Expr::value(now),
                ])),
            ),
            PetitionState::Open | PetitionState::Draft => q.col_expr(
                petitions::Column::ClosedAt,
                Expr::value(Option::<DateTime<Utc>>::None),
            ),
        };
        q.exec(&txn).await?;
        let detail = match &note {
            Some(n) if state == PetitionState::Delivered => format!("{state}: {n}"),
            _ => state.to_string(),
        };
        super::audit::record(
            &txn,
            super::audit::Action {
                actor,
                action: "petition.state",
                petition_id: Some(id),
                detail,
                count: 0,
            },
            now,
        )
        .await?;
        let mut queued = false;
        if let (Some(keys), Some(p)) = (notify, before) {
            if state == PetitionState::Delivered && p.state != PetitionState::Delivered {
                let note = note.unwrap_or_default();
                let draft = super::updates::UpdateDraft {
                    kind: super::updates::UpdateKind::Delivered,
                    subject: p.title.clone(),
                    // The note is plain text; the email sets it in paragraphs.
                    body_html: String::new(),
                    body: note,
                    nonce: None,
                    translations: vec![],
                };
                queued = super::updates::queue(&txn, actor, &p, draft, keys, now)
                    .await?
                    .recipients
                    > 0;
            }
        }
        txn.commit().await?;
        self.public_petitions.changed();
        self.counts_changed();
        if queued {
            self.outbox_wake.notify_one();
        }
        Ok(())
    }
}

/// A version of a petition's text.
pub use crate::entities::petition_versions::Model as Version;

pub use crate::domain::petition::text_sha256;

/// Makes the petition's current text a version: the same text keeps its version; a changed
/// text replaces a version nobody has signed yet, and otherwise becomes a new version, so
/// every signature keeps the text it endorsed. Returns the current version's id.
pub(crate) async fn ensure_version(
    db: &impl ConnectionTrait,
    petition_id: i64,
    now: DateTime<Utc>,
) -> Result<i64, StoreError> {
    let p = petitions::Entity::find_by_id(petition_id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::Corrupt(format!("petition {petition_id} vanished")))?;
    let sha = text_sha256(&p.title, &p.addressees, &p.body);
    let current = match p.version_id {
        Some(v) => petition_versions::Entity::find_by_id(v).one(db).await?,
        None => None,
    };
    if let Some(v) = &current {
        if v.sha256 == sha {
            return Ok(v.id);
        }
        let signed = signatures::Entity::find()
            .filter(signatures::Column::VersionId.eq(v.id))
            .count(db)
            .await?;
        if signed == 0 {
            let mut a: petition_versions::ActiveModel = v.clone().into();
            a.title = Set(p.title.clone());
            a.summary = Set(p.summary.clone());
            a.body = Set(p.body.clone());
            a.body_html = Set(p.body_html.clone());
            a.addressees = Set(p.addressees.clone());
            a.sha256 = Set(sha);
            a.created_at = Set(now);
            a.update(db).await?;
            return Ok(v.id);
        }
    }
    let last: Option<i32> = petition_versions::Entity::find()
        .select_only()
        .column_as(petition_versions::Column::Number.max(), "n")
        .filter(petition_versions::Column::PetitionId.eq(petition_id))
        .into_tuple()
        .one(db)
        .await?
        .flatten();
    let v = petition_versions::ActiveModel {
        petition_id: Set(petition_id),
        number: Set(last.unwrap_or(0) + 1),
        title: Set(p.title.clone()),
        summary: Set(p.summary.clone()),
        body: Set(p.body.clone()),
        body_html: Set(p.body_html.clone()),
        addressees: Set(p.addressees.clone()),
        sha256: Set(sha),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    petitions::Entity::update_many()
        .col_expr(petitions::Column::VersionId, Expr::value(Some(v.id)))
        .filter(petitions::Column::Id.eq(petition_id))
        .exec(db)
        .await?;
    Ok(v.id)
}

impl Store {
    /// Whether any signature, of any status, endorsed a version: the first one found
    /// answers, however many there are.
    pub async fn version_has_signatures(&self, version_id: i64) -> Result<bool, StoreError> {
        let first: Option<i64> = signatures::Entity::find()
            .select_only()
            .column(signatures::Column::Id)
            .filter(signatures::Column::VersionId.eq(version_id))
            .limit(1)
            .into_tuple()
            .one(self.reader())
            .await?;
        Ok(first.is_some())
    }
}

/// Every version of a petition with how many signatures (of any status) endorsed it.
pub async fn versions(
    db: &impl ConnectionTrait,
    petition_id: i64,
) -> Result<Vec<(Version, u64)>, StoreError> {
    let list = petition_versions::Entity::find()
        .filter(petition_versions::Column::PetitionId.eq(petition_id))
        .order_by_asc(petition_versions::Column::Number)
        .all(db)
        .await?;
    let counts = super::tallies::by_version(db, petition_id).await?;
    Ok(list
        .into_iter()
        .map(|v| {
            let n = counts.get(&v.id).copied().unwrap_or(0);
            (v, n)
        })
        .collect())
}

/// Public petitions as the pages read them: from memory, read again after this process
/// changes a petition and at least every [`PUBLIC_TTL`] (another process, the CLI, may
/// change one too). Whether a petition still takes signatures is checked again inside the
/// signing transaction, so a stale copy can never let a closed petition take one.
#[derive(Default)]
pub(crate) struct PublicPetitions {
    generation: std::sync::atomic::AtomicU64,
    current: std::sync::RwLock<Option<PublicList>>,
    refresh: tokio::sync::Mutex<()>,
}

/// How stale a petition read from memory may be.
pub const PUBLIC_TTL: std::time::Duration = std::time::Duration::from_secs(1);

#[derive(Clone)]
struct PublicList {
    taken: std::time::Instant,
    generation: u64,
    list: std::sync::Arc<Vec<std::sync::Arc<Petition>>>,
}

impl PublicPetitions {
    fn fresh(&self) -> Option<PublicList> {
        let generation = self.generation();
        let guard = self.current.read().unwrap_or_else(|e| e.into_inner());
        guard
            .as_ref()
            .filter(|l| l.generation == generation && l.taken.elapsed() < PUBLIC_TTL)
            .cloned()
    }

    /// Bumped by every petition write in this process.
    pub fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::Acquire)
    }

    pub fn changed(&self) {
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    }
}

impl Store {
    /// Every petition that is not a draft, newest first, at most a second old.
    pub async fn public_petitions(
        &self,
    ) -> Result<std::sync::Arc<Vec<std::sync::Arc<Petition>>>, StoreError> {
        let cache = &self.public_petitions;
        if let Some(l) = cache.fresh() {
            return Ok(l.list);
        }
        // One request reads; the others wait for its answer instead of piling on.
        let _one = cache.refresh.lock().await;
        if let Some(l) = cache.fresh() {
            return Ok(l.list);
        }
        let generation = cache.generation();
        let list: Vec<_> = public(self.reader())
            .await?
            .into_iter()
            .map(std::sync::Arc::new)
            .collect();
        let list = PublicList {
            taken: std::time::Instant::now(),
            generation,
            list: std::sync::Arc::new(list),
        };
        *cache.current.write().unwrap_or_else(|e| e.into_inner()) = Some(list.clone());
        Ok(list.list)
    }

    /// A public petition by slug, from [`Store::public_petitions`].
    pub async fn public_petition(
        &self,
        slug: &str,
    ) -> Result<Option<std::sync::Arc<Petition>>, StoreError> {
        Ok(self
            .public_petitions()
            .await?
            .iter()
            .find(|p| p.slug == slug)
            .cloned())
    }

    /// Changes whenever this process changes a petition: part of a cached page's key.
    pub fn petitions_generation(&self) -> u64 {
        self.public_petitions.generation()
    }
}
