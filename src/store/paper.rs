//! Paper: numbered sheets printed and recorded, sheets entered with their provenance, the
//! signatures on them confirmed on entry and counted like any other, likely duplicates
//! found by name and city (flagged, never merged), and organizations verified by hand.
use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::audit::{self, Action};
use super::counts::{Deltas, TallyRow};
use super::signatures::signer_columns;
use super::{Store, StoreError};
use crate::domain::paper::{match_key_of, search_text, PaperSignature, Provenance, ScanType};
use crate::domain::petition::Petition;
use crate::domain::{Kind, Source, Status, Visibility};
use crate::entities::{installation, not_duplicates, sheets, signatures};

pub use crate::entities::sheets::Model as Sheet;

/// Why a sheet was not entered.
#[derive(Debug, thiserror::Error)]
pub enum PaperError {
    /// The number was never printed for this petition: a sheet from elsewhere, or a typo.
    #[error("sheet {0} was not printed for this petition")]
    UnknownSheet(i64),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sea_orm::DbErr> for PaperError {
    fn from(e: sea_orm::DbErr) -> Self {
        PaperError::Store(e.into())
    }
}

/// One sheet's signatures as the organizer typed them, with where they came from.
#[derive(Clone, Debug)]
pub struct SheetEntry {
    pub number: i64,
    pub provenance: Provenance,
    /// The scan, when one was uploaded: its SHA-256 and what it is.
    pub scan: Option<(String, ScanType)>,
    pub rows: Vec<PaperSignature>,
}

/// What entering did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entered {
    pub signatures: u64,
    pub sheets: u64,
    /// Of the signatures entered, those with the name and city of another signature on the
    /// petition: flagged for an organizer.
    pub flagged: u64,
}

/// A paper row's visibility: as ticked, when the petition offers it; else `addressees`
/// (a name on paper goes to the addressees, not the web) when offered; else the petition's
/// default.
pub fn paper_visibility(
    offer: &crate::domain::VisibilityOffer,
    ticked: Option<Visibility>,
) -> Option<Visibility> {
    match ticked {
        Some(v) => offer.offers(v).then_some(v),
        None if offer.offers(Visibility::Addressees) => Some(Visibility::Addressees),
        None => Some(offer.default_choice()),
    }
}

/// Marks, in the installation table, that every signature from before the match key and
/// the search text has them. (An earlier marker, `match_keys_filled`, said so of the match
/// key alone.)
const DERIVED_FILLED: &str = "search_text_filled";
/// A signature without its match key or search text: id, kind, name, organization, city,
/// email.
type Unkeyed = (
    i64,
    Kind,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);
/// Signatures given their key a transaction.
const BACKFILL_CHUNK: u64 = 1000;

impl Store {
    /// Gives the signatures made before the match key and the search text existed
    /// (migrations 13 and 15 add the columns empty; their folding is Rust, not SQL) both,
    /// so a paper row and an organizer's search find them too. Once
    /// per database: a marker in the installation table says it is done, so later starts
    /// read one row. Runs with the migrations, under the start-up lock.
    pub async fn backfill_signer_keys(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
        if installation::Entity::find_by_id(DERIVED_FILLED)
            .one(self.writer())
            .await?
            .is_some()
        {
            return Ok(0);
        }
        let (mut after, mut filled) = (0i64, 0u64);
        loop {
            let rows: Vec<Unkeyed> = signatures::Entity::find()
                .select_only()
                .column(signatures::Column::Id)
                .column(signatures::Column::Kind)
                .column(signatures::Column::Name)
                .column(signatures::Column::Organization)
                .column(signatures::Column::City)
                .column(signatures::Column::Email)
                .filter(signatures::Column::Id.gt(after))
                .filter(
                    Condition::any()
                        .add(signatures::Column::MatchKey.is_null())
                        .add(signatures::Column::SearchText.is_null()),
                )
                .filter(signatures::Column::Name.is_not_null())
                .order_by_asc(signatures::Column::Id)
                .limit(BACKFILL_CHUNK)
                .into_tuple()
                .all(self.writer())
                .await?;
            let Some(last) = rows.last() else { break };
            after = last.0;
            let txn = super::begin_write(self.writer()).await?;
            for (id, kind, name, organization, city, email) in &rows {
                let listed = match kind {
                    Kind::Organization => organization.as_ref().or(name.as_ref()),
                    Kind::Individual => name.as_ref(),
                };
                let key = match_key_of(*kind, listed.map_or("", |n| n), city.as_deref());
                let search = search_text(
                    name.as_deref().unwrap_or(""),
                    organization.as_deref(),
                    email.as_deref(),
                );
                signatures::Entity::update_many()
                    .col_expr(signatures::Column::MatchKey, Expr::value(key))
                    .col_expr(signatures::Column::SearchText, Expr::value(search))
                    .filter(signatures::Column::Id.eq(*id))
                    .exec(&txn)
                    .await?;
            }
            txn.commit().await?;
            filled += rows.len() as u64;
        }
        installation::Entity::insert(installation::ActiveModel {
            name: Set(DERIVED_FILLED.to_owned()),
            value: Set(filled.to_string()),
            updated_at: Set(now),
        })
        .on_conflict(
            sea_orm::sea_query::OnConflict::column(installation::Column::Name)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(self.writer())
        .await?;
        if filled > 0 {
            tracing::info!(
                signatures = filled,
                "likely-duplicate keys and search text given to earlier signatures"
            );
        }
        Ok(filled)
    }

    /// Records `count` new sheets, numbered on from the petition's last, and returns their
    /// numbers.
    pub async fn print_sheets(
        &self,
        actor: &str,
        petition_id: i64,
        count: u32,
        language: &str,
        text_sha256: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<i64>, StoreError> {
        // Two organizers printing at once on PostgreSQL may read the same last number; the
        // unique index refuses the second, which then numbers again.
        let mut tries = 0;
        loop {
            tries += 1;
            match self
                .try_print(actor, petition_id, count, language, text_sha256, now)
                .await
            {
                Err(StoreError::Db(e)) if tries < 5 && is_unique_violation(&e) => continue,
                other => return other,
            }
        }
    }

    async fn try_print(
        &self,
        actor: &str,
        petition_id: i64,
        count: u32,
        language: &str,
        text_sha256: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<i64>, StoreError> {
        let txn = super::begin_write(self.writer()).await?;
        let last: Option<Option<i64>> = sheets::Entity::find()
            .select_only()
            .column_as(sheets::Column::Number.max(), "last")
            .filter(sheets::Column::PetitionId.eq(petition_id))
            .into_tuple()
            .one(&txn)
            .await?;
        let first = last.flatten().unwrap_or(0) + 1;
        let numbers: Vec<i64> = (first..first + i64::from(count)).collect();
        if !numbers.is_empty() {
            sheets::Entity::insert_many(numbers.iter().map(|n| sheets::ActiveModel {
                petition_id: Set(petition_id),
                number: Set(*n),
                language: Set(language.to_owned()),
                text_sha256: Set(Some(text_sha256.to_owned())),
                printed_by: Set(actor.to_owned()),
                printed_at: Set(now),
                ..Default::default()
            }))
            .exec_without_returning(&txn)
            .await?;
        }
        audit::record(
            &txn,
            Action {
                actor,
                action: "sheets.print",
                petition_id: Some(petition_id),
                detail: format!(
                    "sheets {}–{} in {language}",
                    first,
                    first + i64::from(count) - 1
                ),
                count: i64::from(count),
            },
            now,
        )
        .await?;
        txn.commit().await?;
        Ok(numbers)
    }

    /// Enters sheets, all or none: each must have been printed for the petition. The
    /// signatures are confirmed now, by `actor`, and counted at once.
    pub async fn enter_sheets(
        &self,
        actor: &str,
        petition: &Petition,
        entries: &[SheetEntry],
        now: DateTime<Utc>,
    ) -> Result<Entered, PaperError> {
        let txn = super::begin_write(self.writer()).await?;
        let mut deltas = Deltas::default();
        let mut done = Entered::default();
        for entry in entries {
            let sheet = sheets::Entity::find()
                .filter(sheets::Column::PetitionId.eq(petition.id))
                .filter(sheets::Column::Number.eq(entry.number))
                .one(&txn)
                .await?
                .ok_or(PaperError::UnknownSheet(entry.number))?;
            done.flagged +=
                enter_sheet(&txn, actor, petition, &sheet, entry, &mut deltas, now).await?;
            done.signatures += entry.rows.len() as u64;
            done.sheets += 1;
        }
        deltas.write(&txn).await?;
        audit::record(
            &txn,
            Action {
                actor,
                action: "paper.enter",
                petition_id: Some(petition.id),
                detail: format!(
                    "sheets {}; {} flagged as likely duplicates",
                    entries
                        .iter()
                        .map(|e| e.number.to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                    done.flagged
                ),
                count: done.signatures as i64,
            },
            now,
        )
        .await?;
        txn.commit().await?;
        self.counts_changed();
        Ok(done)
    }

    /// Marks two signatures with the same name and city as two different signers.
    pub async fn not_duplicates(
        &self,
        actor: &str,
        petition_id: i64,
        pair: (i64, i64),
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let (first, second) = (pair.0.min(pair.1), pair.0.max(pair.1));
        let txn = super::begin_write(self.writer()).await?;
        let both = signatures::Entity::find()
            .filter(signatures::Column::PetitionId.eq(petition_id))
            .filter(signatures::Column::Id.is_in([first, second]))
            .count(&txn)
            .await?;
        if both != 2 || first == second {
            return Ok(false);
        }
        let exists = not_duplicates::Entity::find_by_id((first, second))
            .one(&txn)
            .await?
            .is_some();
        if !exists {
            not_duplicates::ActiveModel {
                petition_id: Set(petition_id),
                first: Set(first),
                second: Set(second),
                decided_by: Set(actor.to_owned()),
                decided_at: Set(now),
            }
            .insert(&txn)
            .await?;
            audit::record(
                &txn,
                Action {
                    actor,
                    action: "paper.not_duplicate",
                    petition_id: Some(petition_id),
                    detail: format!("signatures {first} and {second}"),
                    count: 2,
                },
                now,
            )
            .await?;
        }
        txn.commit().await?;
        Ok(true)
    }

    /// Marks an organization's signature verified, with how (`Some(note)`), or not
    /// (`None`). Only organizations are verified; false when there is no such signature.
    pub async fn set_verified(
        &self,
        actor: &str,
        petition_id: i64,
        id: i64,
        note: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let txn = super::begin_write(self.writer()).await?;
        let n = signatures::Entity::update_many()
            .col_expr(
                signatures::Column::VerifiedAt,
                Expr::value(note.map(|_| now)),
            )
            .col_expr(
                signatures::Column::VerifiedBy,
                Expr::value(note.map(|_| actor.to_owned())),
            )
            .col_expr(
                signatures::Column::VerifiedNote,
                Expr::value(note.map(str::to_owned)),
            )
            .filter(signatures::Column::Id.eq(id))
            .filter(signatures::Column::PetitionId.eq(petition_id))
            .filter(signatures::Column::Kind.eq(Kind::Organization))
            .exec(&txn)
            .await?
            .rows_affected;
        if n > 0 {
            audit::record(
                &txn,
                Action {
                    actor,
                    action: if note.is_some() {
                        "signature.verify"
                    } else {
                        "signature.unverify"
                    },
                    petition_id: Some(petition_id),
                    detail: match note {
                        Some(how) => format!("signature {id}: {how}"),
                        None => format!("signature {id}"),
                    },
                    count: 1,
                },
                now,
            )
            .await?;
        }
        txn.commit().await?;
        Ok(n > 0)
    }
}

/// Records the sheet's provenance and inserts its rows; returns how many of them look like
/// a signature already on the petition.
async fn enter_sheet(
    txn: &DatabaseTransaction,
    actor: &str,
    petition: &Petition,
    sheet: &Sheet,
    entry: &SheetEntry,
    deltas: &mut Deltas,
    now: DateTime<Utc>,
) -> Result<u64, PaperError> {
    let p = &entry.provenance;
    let mut update = sheets::ActiveModel {
        id: Set(sheet.id),
        collected_by: Set(Some(p.collected_by.clone())),
        place: Set(p.place.clone()),
        collected_on: Set(Some(p.collected_on.format("%Y-%m-%d").to_string())),
        entered_by: Set(Some(actor.to_owned())),
        entered_at: Set(Some(now)),
        ..Default::default()
    };
    if let Some((sha256, kind)) = &entry.scan {
        update.scan_sha256 = Set(Some(sha256.clone()));
        update.scan_type = Set(Some(kind.media_type().to_owned()));
    }
    update.update(txn).await?;

    let keys: Vec<String> = entry.rows.iter().map(PaperSignature::match_key).collect();
    let mut seen: HashSet<String> = live_with_keys(txn, petition.id, &keys).await?;
    let mut flagged = 0;
    let text_language = petition.text_language_for(&sheet.language);
    let rows: Vec<signatures::ActiveModel> = entry
        .rows
        .iter()
        .zip(keys)
        .map(|(row, key)| {
            if !seen.insert(key) {
                flagged += 1;
            }
            let visibility = paper_visibility(&petition.visibility, row.visibility)
                .unwrap_or(Visibility::Anonymous);
            deltas.add_row(
                &TallyRow {
                    petition_id: petition.id,
                    status: Status::Confirmed,
                    kind: row.kind(),
                    country: Some(row.country.as_str().to_owned()),
                    members: row.signer.members().map(|m| m as i64),
                    confirmed_at: Some(now),
                    visibility,
                    hidden: false,
                    named: true,
                    text_language: Some(text_language.to_owned()),
                    version_id: petition.version_id,
                    source: Source::Paper,
                },
                1,
            );
            paper_row(row, petition, sheet, actor, visibility, text_language, now)
        })
        .collect();
    for chunk in rows.chunks(200) {
        signatures::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(txn)
            .await?;
    }
    Ok(flagged)
}

fn paper_row(
    row: &PaperSignature,
    petition: &Petition,
    sheet: &Sheet,
    actor: &str,
    visibility: Visibility,
    text_language: &str,
    now: DateTime<Utc>,
) -> signatures::ActiveModel {
    signatures::ActiveModel {
        petition_id: Set(petition.id),
        kind: Set(row.kind()),
        status: Set(Status::Confirmed),
        public: Set(visibility == Visibility::Public),
        visibility: Set(visibility),
        updates: Set(false),
        language: Set(sheet.language.clone()),
        hidden: Set(false),
        created_at: Set(now),
        confirmed_at: Set(Some(now)),
        version_id: Set(petition.version_id),
        text_language: Set(Some(text_language.to_owned())),
        source: Set(Source::Paper),
        sheet: Set(Some(sheet.number)),
        entered_by: Set(Some(actor.to_owned())),
        ..signer_columns(&row.signer, &row.country, row.city.as_deref())
    }
}

/// The keys among `keys` that a live (pending or confirmed) signature of the petition has.
async fn live_with_keys(
    db: &impl ConnectionTrait,
    petition_id: i64,
    keys: &[String],
) -> Result<HashSet<String>, StoreError> {
    let mut found = HashSet::new();
    let unique: Vec<&String> = keys.iter().collect::<HashSet<_>>().into_iter().collect();
    for chunk in unique.chunks(300) {
        let rows: Vec<Option<String>> = signatures::Entity::find()
            .select_only()
            .column(signatures::Column::MatchKey)
            .filter(live(petition_id))
            .filter(signatures::Column::MatchKey.is_in(chunk.iter().map(|k| k.as_str())))
            .into_tuple()
            .all(db)
            .await?;
        found.extend(rows.into_iter().flatten());
    }
    Ok(found)
}

fn live(petition_id: i64) -> Condition {
    Condition::all()
        .add(signatures::Column::PetitionId.eq(petition_id))
        .add(signatures::Column::Status.is_in([Status::Pending, Status::Confirmed]))
}

fn is_unique_violation(e: &sea_orm::DbErr) -> bool {
    matches!(
        e.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

/// The petition's sheets, newest first, with how many signatures each holds now.
pub async fn sheets_of(
    db: &impl ConnectionTrait,
    petition_id: i64,
) -> Result<Vec<(Sheet, u64)>, StoreError> {
    let sheets = sheets::Entity::find()
        .filter(sheets::Column::PetitionId.eq(petition_id))
        .order_by_desc(sheets::Column::Number)
        .limit(1000)
        .all(db)
        .await?;
    let counts: BTreeMap<i64, i64> = signatures::Entity::find()
        .select_only()
        .column(signatures::Column::Sheet)
        .column_as(Expr::cust("CAST(COUNT(*) AS BIGINT)"), "n")
        .filter(counted_on_paper(petition_id))
        .group_by(signatures::Column::Sheet)
        .into_tuple::<(Option<i64>, i64)>()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(s, n)| Some((s?, n)))
        .collect();
    Ok(sheets
        .into_iter()
        .map(|s| {
            let n = counts.get(&s.number).copied().unwrap_or(0).max(0) as u64;
            (s, n)
        })
        .collect())
}

/// Confirmed signatures of the petition that came on paper.
fn counted_on_paper(petition_id: i64) -> Condition {
    Condition::all()
        .add(signatures::Column::PetitionId.eq(petition_id))
        .add(signatures::Column::Source.eq(Source::Paper))
        .add(signatures::Column::Status.eq(Status::Confirmed))
}

/// How many signatures from sheet `number` count now.
pub async fn signatures_on_sheet(
    db: &impl ConnectionTrait,
    petition_id: i64,
    number: i64,
) -> Result<u64, StoreError> {
    Ok(signatures::Entity::find()
        .filter(counted_on_paper(petition_id))
        .filter(signatures::Column::Sheet.eq(number))
        .count(db)
        .await?)
}

pub async fn sheet(
    db: &impl ConnectionTrait,
    petition_id: i64,
    number: i64,
) -> Result<Option<Sheet>, StoreError> {
    Ok(sheets::Entity::find()
        .filter(sheets::Column::PetitionId.eq(petition_id))
        .filter(sheets::Column::Number.eq(number))
        .one(db)
        .await?)
}

/// Confirmed signatures that came on paper (the kept tally), and how many sheets have been
/// entered.
pub async fn paper_counts(
    db: &impl ConnectionTrait,
    petition_id: i64,
) -> Result<(u64, u64), StoreError> {
    let sheets = sheets::Entity::find()
        .filter(sheets::Column::PetitionId.eq(petition_id))
        .filter(sheets::Column::EnteredAt.is_not_null())
        .count(db)
        .await?;
    Ok((super::tallies::on_paper(db, petition_id).await?, sheets))
}

/// Pairs of live signatures with one name and city, at least one of them on paper, that no
/// organizer has judged to be two people: (paper one, other), oldest key first.
pub async fn duplicate_pairs(
    db: &impl ConnectionTrait,
    petition_id: i64,
    limit: usize,
) -> Result<Vec<(signatures::Model, signatures::Model)>, StoreError> {
    let keys: Vec<Option<String>> = signatures::Entity::find()
        .select_only()
        .column(signatures::Column::MatchKey)
        .distinct()
        .filter(live(petition_id))
        .filter(signatures::Column::Source.eq(Source::Paper))
        .filter(signatures::Column::MatchKey.is_not_null())
        .into_tuple()
        .all(db)
        .await?;
    let keys: Vec<String> = keys.into_iter().flatten().collect();
    let judged: HashSet<(i64, i64)> = not_duplicates::Entity::find()
        .filter(not_duplicates::Column::PetitionId.eq(petition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.first, p.second))
        .collect();
    let mut pairs = vec![];
    for chunk in keys.chunks(300) {
        let rows = signatures::Entity::find()
            .filter(live(petition_id))
            .filter(signatures::Column::MatchKey.is_in(chunk.iter().map(String::as_str)))
            .order_by_asc(signatures::Column::Id)
            .all(db)
            .await?;
        let mut by_key: BTreeMap<String, Vec<signatures::Model>> = BTreeMap::new();
        for r in rows {
            if let Some(k) = r.match_key.clone() {
                by_key.entry(k).or_default().push(r);
            }
        }
        for group in by_key.values() {
            for (i, a) in group.iter().enumerate() {
                for b in &group[i + 1..] {
                    let paper_first = if b.source == Source::Paper {
                        (b, a)
                    } else {
                        (a, b)
                    };
                    if paper_first.0.source != Source::Paper
                        || judged.contains(&(a.id.min(b.id), a.id.max(b.id)))
                    {
                        continue;
                    }
                    pairs.push((paper_first.0.clone(), paper_first.1.clone()));
                    if pairs.len() >= limit {
                        return Ok(pairs);
                    }
                }
            }
        }
    }
    Ok(pairs)
}
