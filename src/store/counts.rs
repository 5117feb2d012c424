//! Confirmed-signature counts, kept in the small `signature_counts` table: each writing
//! transaction adds its [`Deltas`] once, so a batch of a hundred confirmations is one
//! increment per petition, kind and country, and no signature updates a shared row of its
//! own. Pages read the table through [`CountsCache`].
use std::collections::{BTreeMap, HashMap};

use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use serde::Serialize;

use super::StoreError;
use crate::domain::{Kind, Status};
use crate::entities::{signature_counts, signatures};

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

/// Changes to confirmed counts made by one transaction, written once before it commits.
#[derive(Debug, Default)]
pub(crate) struct Deltas(HashMap<(i64, Kind, String), (i64, i64)>);

impl Deltas {
    /// `n` signatures (negative when they stop counting) of one petition, kind and country,
    /// representing `members`.
    pub fn add(&mut self, petition: i64, kind: Kind, country: Option<&str>, n: i64, members: i64) {
        let key = (petition, kind, country.unwrap_or("").to_owned());
        let entry = self.0.entry(key).or_default();
        entry.0 += n;
        entry.1 += members;
    }

    /// Subtracts the signatures among `ids` that are confirmed now and are about to stop
    /// counting (withdrawn, removed). Call before changing their status.
    pub async fn leaving(
        &mut self,
        db: &impl ConnectionTrait,
        ids: &[i64],
    ) -> Result<(), StoreError> {
        for chunk in ids.chunks(500) {
            let rows: Vec<Row> = confirmed_groups()
                .filter(signatures::Column::Id.is_in(chunk.iter().copied()))
                .into_tuple()
                .all(db)
                .await?;
            for (petition, kind, country, n, m) in rows {
                self.add(petition, kind, country.as_deref(), -n, -m);
            }
        }
        Ok(())
    }

    /// Adds the changes to the counts table: one upsert per petition, kind and country.
    pub async fn write(self, db: &impl ConnectionTrait) -> Result<(), StoreError> {
        let rows: Vec<_> = self
            .0
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
            )
            .collect();
        if rows.is_empty() {
            return Ok(());
        }
        use signature_counts::Column as C;
        let add = |c: C, name: &str| {
            Expr::col((signature_counts::Entity, c)).add(Expr::cust(format!("excluded.{name}")))
        };
        signature_counts::Entity::insert_many(rows)
            .on_conflict(
                OnConflict::columns([C::PetitionId, C::Kind, C::Country])
                    .value(C::Signatures, add(C::Signatures, "signatures"))
                    .value(C::Members, add(C::Members, "members"))
                    .to_owned(),
            )
            .exec_without_returning(db)
            .await?;
        Ok(())
    }
}
