//! Confirmed-signature counts, kept in the small `signature_counts` table: each writing
//! transaction adds its [`Deltas`] once, so a batch of a hundred confirmations is one
//! increment per petition, kind and country, and no signature updates a shared row of its
//! own. Pages read the table through [`CountsCache`].
use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QuerySelect, Set,
};
use serde::Serialize;

use super::StoreError;
use crate::domain::{Kind, Source, Status, Visibility};
use crate::entities::{daily_tallies, signature_counts, signatures, tallies};

/// Confirmed signatures of one petition.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub total: u64,
    pub individual: u64,
    pub organization: u64,
    /// Members represented by the organizations that signed.
    pub members: u64,
    pub by_country: BTreeMap<String, u64>,
}

impl Counts {
    fn add(&mut self, kind: Kind, country: Option<String>, n: u64, members: u64) {
        self.total += n;
        match kind {
            Kind::Organization => {
                self.organization += n;
                self.members += members;
            }
            Kind::Individual => self.individual += n,
        }
        if let Some(c) = country {
            *self.by_country.entry(c).or_default() += n;
        }
    }

    /// Countries by number of signatures, most first, then by code.
    pub fn countries_ranked(&self) -> Vec<(String, u64)> {
        let mut v: Vec<_> = self
            .by_country
            .iter()
            .map(|(c, n)| (c.clone(), *n))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    }
}

type Row = (i64, Kind, Option<String>, i64, i64);

/// Counts of every petition (or of one), keyed by petition id, from the counts table.
pub async fn confirmed(
    db: &impl ConnectionTrait,
    petition: Option<i64>,
) -> Result<HashMap<i64, Counts>, StoreError> {
    let mut q = signature_counts::Entity::find();
    if let Some(id) = petition {
        q = q.filter(signature_counts::Column::PetitionId.eq(id));
    }
    let mut out: HashMap<i64, Counts> = HashMap::new();
    for r in q.all(db).await? {
        if r.signatures <= 0 {
            continue;
        }
        let country = Some(r.country).filter(|c| !c.is_empty());
        out.entry(r.petition_id).or_default().add(
            r.kind,
            country,
            r.signatures as u64,
            r.members.max(0) as u64,
        );
    }
    Ok(out)
}

/// Confirmed signatures grouped by petition, kind and country, as [`Row`]s: how many, and
/// the members they represent.
fn confirmed_groups() -> sea_orm::Select<signatures::Entity> {
    signatures::Entity::find()
        .select_only()
        .column(signatures::Column::PetitionId)
        .column(signatures::Column::Kind)
        .column(signatures::Column::Country)
        .column_as(Expr::cust("CAST(COUNT(*) AS BIGINT)"), "n")
        // SUM of a BIGINT is NUMERIC on PostgreSQL; cast it back so both databases agree.
        .column_as(Expr::cust("CAST(COALESCE(SUM(members), 0) AS BIGINT)"), "m")
        .filter(signatures::Column::Status.eq(Status::Confirmed))
        .group_by(signatures::Column::PetitionId)
        .group_by(signatures::Column::Kind)
        .group_by(signatures::Column::Country)
}

/// The same counts aggregated from the signatures themselves: the truth the table must
/// always agree with (the tests compare them).
pub async fn recount(
    db: &impl ConnectionTrait,
    petition: Option<i64>,
) -> Result<HashMap<i64, Counts>, StoreError> {
    let mut q = confirmed_groups();
    if let Some(id) = petition {
        q = q.filter(signatures::Column::PetitionId.eq(id));
    }
    let rows: Vec<Row> = q.into_tuple().all(db).await?;
    let mut out: HashMap<i64, Counts> = HashMap::new();
    for (pid, kind, country, n, m) in rows {
        out.entry(pid)
            .or_default()
            .add(kind, country, n.max(0) as u64, m.max(0) as u64);
    }
    Ok(out)
}

/// Counts of every petition, recomputed at most once a `ttl` however many pages ask, and at
/// once after a confirmation or withdrawal in this process.
pub struct CountsCache {
    ttl: std::time::Duration,
    current: std::sync::RwLock<Option<Snapshot>>,
    refresh: tokio::sync::Mutex<()>,
}

/// Counts as of a moment.
#[derive(Clone)]
pub struct Snapshot {
    pub taken: std::time::Instant,
    pub counted_at: chrono::DateTime<chrono::Utc>,
    pub counts: std::sync::Arc<HashMap<i64, Counts>>,
}

impl Snapshot {
    pub fn of(&self, petition_id: i64) -> Counts {
        self.counts.get(&petition_id).cloned().unwrap_or_default()
    }
}

impl CountsCache {
    pub fn new(ttl: std::time::Duration) -> Self {
        CountsCache {
            ttl,
            current: Default::default(),
            refresh: Default::default(),
        }
    }

    fn fresh(&self) -> Option<Snapshot> {
        let guard = self.current.read().unwrap_or_else(|e| e.into_inner());
        guard
            .as_ref()
            .filter(|s| s.taken.elapsed() < self.ttl)
            .cloned()
    }

    pub async fn get(
        &self,
        db: &impl ConnectionTrait,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Snapshot, StoreError> {
        if let Some(s) = self.fresh() {
            return Ok(s);
        }
        // One reader recomputes; the others wait for its answer instead of piling on.
        let _one = self.refresh.lock().await;
        if let Some(s) = self.fresh() {
            return Ok(s);
        }
        let snapshot = Snapshot {
            taken: std::time::Instant::now(),
            counted_at: now,
            counts: std::sync::Arc::new(confirmed(db, None).await?),
        };
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Some(snapshot.clone());
        Ok(snapshot)
    }

    pub fn invalidate(&self) {
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = None;
    }
}

/// What the kept figures need of a signature: its petition, status and kind, where it
/// counts (country, members, day of confirmation), and whether it is on the public list.
#[derive(Clone, Debug, FromQueryResult)]
pub(crate) struct TallyRow {
    pub petition_id: i64,
    pub status: Status,
    pub kind: Kind,
    pub country: Option<String>,
    pub members: Option<i64>,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub visibility: Visibility,
    pub hidden: bool,
    /// Whether the name is kept (a purge erases it; the list shows no nameless row).
    pub named: bool,
    /// The language of the text it endorsed, and that text's version.
    pub text_language: Option<String>,
    pub version_id: Option<i64>,
    pub source: Source,
}

impl TallyRow {
    /// Whether the public list shows it.
    pub fn listed(&self) -> bool {
        self.status == Status::Confirmed
            && self.visibility == Visibility::Public
            && !self.hidden
            && self.named
    }
}

/// The measures of the tallies besides the statuses, all of confirmed signatures: on the
/// public list; on paper; endorsing the text in a language (`text:uk`); endorsing a version
/// of the text (`version:12`).
pub const LISTED: &str = "listed";
pub const PAPER: &str = "paper";
pub const TEXT_PREFIX: &str = "text:";
pub const VERSION_PREFIX: &str = "version:";

/// Changes to the kept figures made by one transaction, written once before it commits:
/// confirmed counts by country (`signature_counts`), signatures by status and kind and on
/// the public list (`tallies`), confirmed signatures per day (`daily_tallies`).
///
/// A writer either says what it does to rows it holds ([`Deltas::add_row`] with the row
/// before, negated, and after), or names the rows it is about to change
/// ([`Deltas::touch`]): they are read before and, at [`Deltas::write`], after.
#[derive(Debug, Default)]
pub(crate) struct Deltas {
    counts: HashMap<(i64, Kind, String), (i64, i64)>,
    tallies: HashMap<(i64, String, Kind), (i64, i64)>,
    daily: HashMap<(i64, String), i64>,
    touched: Vec<i64>,
}

impl Deltas {
    /// Adds a signature's share of every figure, `sign` times (-1 to take it away).
    pub fn add_row(&mut self, row: &TallyRow, sign: i64) {
        let members = row.members.unwrap_or(0);
        let status = self
            .tallies
            .entry((row.petition_id, row.status.as_str().to_owned(), row.kind))
            .or_default();
        status.0 += sign;
        status.1 += sign * members;
        if row.status != Status::Confirmed {
            return;
        }
        let mut measures = vec![];
        if row.listed() {
            measures.push(LISTED.to_owned());
        }
        if row.source == Source::Paper {
            measures.push(PAPER.to_owned());
        }
        if let Some(l) = &row.text_language {
            measures.push(format!("{TEXT_PREFIX}{l}"));
        }
        if let Some(v) = row.version_id {
            measures.push(format!("{VERSION_PREFIX}{v}"));
        }
        for m in measures {
            self.tallies
                .entry((row.petition_id, m, row.kind))
                .or_default()
                .0 += sign;
        }
        let key = (
            row.petition_id,
            row.kind,
            row.country.clone().unwrap_or_default(),
        );
        let count = self.counts.entry(key).or_default();
        count.0 += sign;
        count.1 += sign * members;
        if let Some(at) = row.confirmed_at {
            *self.daily.entry((row.petition_id, day(at))).or_default() += sign;
        }
    }

    /// The signatures `ids` are about to change (status, visibility, hidden, erased, gone):
    /// their share now is taken away, and their share after is added at [`Deltas::write`].
    pub async fn touch(
        &mut self,
        db: &impl ConnectionTrait,
        ids: &[i64],
    ) -> Result<(), StoreError> {
        for row in tally_rows(db, ids).await? {
            self.add_row(&row, -1);
        }
        self.touched.extend_from_slice(ids);
        Ok(())
    }

    /// Adds the changes to the three tables: one upsert a row of each.
    pub async fn write(mut self, db: &impl ConnectionTrait) -> Result<(), StoreError> {
        let touched = std::mem::take(&mut self.touched);
        for row in tally_rows(db, &touched).await? {
            self.add_row(&row, 1);
        }
        write_counts(db, self.counts).await?;
        write_tallies(db, self.tallies).await?;
        write_daily(db, self.daily).await
    }
}

/// `YYYY-MM-DD` of a moment, in UTC: the day a confirmation counts on.
pub fn day(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d").to_string()
}

async fn tally_rows(db: &impl ConnectionTrait, ids: &[i64]) -> Result<Vec<TallyRow>, StoreError> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        out.extend(
            signatures::Entity::find()
                .select_only()
                .column(signatures::Column::PetitionId)
                .column(signatures::Column::Status)
                .column(signatures::Column::Kind)
                .column(signatures::Column::Country)
                .column(signatures::Column::Members)
                .column(signatures::Column::ConfirmedAt)
                .column(signatures::Column::Visibility)
                .column(signatures::Column::Hidden)
                .column_as(Expr::col(signatures::Column::Name).is_not_null(), "named")
                .column(signatures::Column::TextLanguage)
                .column(signatures::Column::VersionId)
                .column(signatures::Column::Source)
                .filter(signatures::Column::Id.is_in(chunk.iter().copied()))
                .into_model::<TallyRow>()
                .all(db)
                .await?,
        );
    }
    Ok(out)
}

async fn write_counts(
    db: &impl ConnectionTrait,
    changes: HashMap<(i64, Kind, String), (i64, i64)>,
) -> Result<(), StoreError> {
    use signature_counts::Column as C;
    let rows = changes
        .into_iter()
        .filter(|(_, (n, m))| *n != 0 || *m != 0)
        .map(
            |((petition, kind, country), (n, m))| signature_counts::ActiveModel {
                petition_id: Set(petition),
                kind: Set(kind),
                country: Set(country),
                signatures: Set(n),
                members: Set(m),
            },
        );
    upsert_adding::<signature_counts::Entity, 3, 2>(
        db,
        rows,
        [C::PetitionId, C::Kind, C::Country],
        [C::Signatures, C::Members],
    )
    .await
}

async fn write_tallies(
    db: &impl ConnectionTrait,
    changes: HashMap<(i64, String, Kind), (i64, i64)>,
) -> Result<(), StoreError> {
    use tallies::Column as C;
    let rows = changes
        .into_iter()
        .filter(|(_, (n, m))| *n != 0 || *m != 0)
        .map(|((petition, measure, kind), (n, m))| tallies::ActiveModel {
            petition_id: Set(petition),
            measure: Set(measure),
            kind: Set(kind),
            signatures: Set(n),
            members: Set(m),
        });
    upsert_adding::<tallies::Entity, 3, 2>(
        db,
        rows,
        [C::PetitionId, C::Measure, C::Kind],
        [C::Signatures, C::Members],
    )
    .await
}

async fn write_daily(
    db: &impl ConnectionTrait,
    changes: HashMap<(i64, String), i64>,
) -> Result<(), StoreError> {
    use daily_tallies::Column as C;
    let rows = changes
        .into_iter()
        .filter(|(_, n)| *n != 0)
        .map(|((petition, day), n)| daily_tallies::ActiveModel {
            petition_id: Set(petition),
            day: Set(day),
            signatures: Set(n),
        });
    upsert_adding::<daily_tallies::Entity, 2, 1>(db, rows, [C::PetitionId, C::Day], [C::Signatures])
        .await
}

/// Inserts `rows`, or, where one with the same `key` is there, adds their `sums` to it:
/// one statement for all, and no read of the rows it changes.
async fn upsert_adding<E, const K: usize, const S: usize>(
    db: &impl ConnectionTrait,
    rows: impl Iterator<Item = E::ActiveModel>,
    key: [E::Column; K],
    sums: [E::Column; S],
) -> Result<(), StoreError>
where
    E: EntityTrait,
    E::Model: sea_orm::IntoActiveModel<E::ActiveModel>,
{
    let rows: Vec<E::ActiveModel> = rows.collect();
    if rows.is_empty() {
        return Ok(());
    }
    let mut conflict = OnConflict::columns(key);
    for c in sums {
        conflict.value(
            c,
            Expr::col((E::default(), c)).add(Expr::cust(format!(
                "excluded.{}",
                sea_orm::IdenStatic::as_str(&c)
            ))),
        );
    }
    E::insert_many(rows)
        .on_conflict(conflict.to_owned())
        .exec_without_returning(db)
        .await?;
    Ok(())
}
