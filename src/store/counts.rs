//! Confirmed-signature counts: aggregated from the signatures themselves, never kept as a
//! counter row that every signature would have to update.
use std::collections::{BTreeMap, HashMap};

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use serde::Serialize;

use super::StoreError;
use crate::domain::Status;
use crate::entities::signatures;

/// Confirmed signatures of one petition.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub total: u64,
    pub individual: u64,
    pub organization: u64,
    /// Members represented by the organisations that signed.
    pub members: u64,
    pub by_country: BTreeMap<String, u64>,
}

impl Counts {
    fn add(&mut self, kind: &str, country: Option<String>, n: u64, members: u64) {
        self.total += n;
        match kind {
            "organization" => {
                self.organization += n;
                self.members += members;
            }
            _ => self.individual += n,
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

type Row = (i64, String, Option<String>, i64, i64);

/// Counts of every petition (or of one), keyed by petition id.
pub async fn confirmed(
    db: &impl ConnectionTrait,
    petition: Option<i64>,
) -> Result<HashMap<i64, Counts>, StoreError> {
    let mut q = signatures::Entity::find()
        .select_only()
        .column(signatures::Column::PetitionId)
        .column(signatures::Column::Kind)
        .column(signatures::Column::Country)
        .column_as(Expr::cust("CAST(COUNT(*) AS BIGINT)"), "n")
        // SUM of a BIGINT is NUMERIC on PostgreSQL; cast it back so both databases agree.
        .column_as(Expr::cust("CAST(COALESCE(SUM(members), 0) AS BIGINT)"), "m")
        .filter(signatures::Column::Status.eq(Status::Confirmed.as_str()))
        .group_by(signatures::Column::PetitionId)
        .group_by(signatures::Column::Kind)
        .group_by(signatures::Column::Country);
    if let Some(id) = petition {
        q = q.filter(signatures::Column::PetitionId.eq(id));
    }
    let rows: Vec<Row> = q.into_tuple().all(db).await?;
    let mut out: HashMap<i64, Counts> = HashMap::new();
    for (pid, kind, country, n, m) in rows {
        out.entry(pid)
            .or_default()
            .add(&kind, country, n.max(0) as u64, m.max(0) as u64);
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
