//! Reading the kept tallies (see [`Deltas`](super::counts::Deltas), which keeps them):
//! signatures by status and kind for the dashboard, confirmed signatures per day for a
//! petition's chart, and how many are on its public list. A few rows each, whatever the
//! number of signatures. The recounts beside them aggregate the signatures themselves: the
//! truth the tests hold the tallies to, never read by a page.
use std::collections::{BTreeMap, HashMap};

use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::counts::{LISTED, PAPER, TEXT_PREFIX, VERSION_PREFIX};
use super::StoreError;
use crate::domain::{Kind, Source, Status, Visibility};
use crate::entities::{daily_tallies, signatures, tallies};

/// Signatures of one petition by status and kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts {
    pub pending: [u64; 2],
    pub confirmed: [u64; 2],
    pub withdrawn: [u64; 2],
    pub removed: [u64; 2],
    pub members: u64,
}

impl StatusCounts {
    fn add(&mut self, status: Status, kind: Kind, n: i64, members: i64) {
        let k = usize::from(kind == Kind::Organization);
        let n = n.max(0) as u64;
        match status {
            Status::Pending => self.pending[k] += n,
            Status::Confirmed => {
                self.confirmed[k] += n;
                if k == 1 {
                    self.members += members.max(0) as u64;
                }
            }
            Status::Withdrawn => self.withdrawn[k] += n,
            Status::Removed => self.removed[k] += n,
        }
    }
}

/// Figures of every petition (or of one), keyed by petition id. Index 0 is people, 1
/// organizations.
pub async fn status_counts(
    db: &impl ConnectionTrait,
    petition: Option<i64>,
) -> Result<HashMap<i64, StatusCounts>, StoreError> {
    let mut q = tallies::Entity::find().filter(tallies::Column::Measure.is_in([
        Status::Pending.as_str(),
        Status::Confirmed.as_str(),
        Status::Withdrawn.as_str(),
        Status::Removed.as_str(),
    ]));
    if let Some(id) = petition {
        q = q.filter(tallies::Column::PetitionId.eq(id));
    }
    let mut out: HashMap<i64, StatusCounts> = HashMap::new();
    for t in q.all(db).await? {
        if let Some(status) = Status::parse(&t.measure) {
            out.entry(t.petition_id)
                .or_default()
                .add(status, t.kind, t.signatures, t.members);
        }
    }
    Ok(out)
}

/// Confirmed signatures per UTC day, oldest first (days without any are absent).
pub async fn confirmed_per_day(
    db: &impl ConnectionTrait,
    petition_id: i64,
) -> Result<Vec<(String, u64)>, StoreError> {
    let rows: Vec<(String, i64)> = daily_tallies::Entity::find()
        .select_only()
        .column(daily_tallies::Column::Day)
        .column(daily_tallies::Column::Signatures)
        .filter(daily_tallies::Column::PetitionId.eq(petition_id))
        .filter(daily_tallies::Column::Signatures.gt(0))
        .order_by_asc(daily_tallies::Column::Day)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(d, n)| (d, n.max(0) as u64))
        .collect())
}

/// How many signatures of a petition its public list shows.
pub async fn listed(db: &impl ConnectionTrait, petition_id: i64) -> Result<u64, StoreError> {
    measure(db, petition_id, LISTED).await
}

/// How many confirmed signatures of a petition came on paper.
pub async fn on_paper(db: &impl ConnectionTrait, petition_id: i64) -> Result<u64, StoreError> {
    measure(db, petition_id, PAPER).await
}

/// Confirmed signatures of a petition by the language of the text they endorsed.
pub async fn by_text_language(
    db: &impl ConnectionTrait,
    petition_id: i64,
) -> Result<BTreeMap<String, u64>, StoreError> {
    measures(db, petition_id, TEXT_PREFIX).await
}

/// Confirmed signatures of a petition by the version of the text they endorsed (its id).
pub async fn by_version(
    db: &impl ConnectionTrait,
    petition_id: i64,
) -> Result<BTreeMap<i64, u64>, StoreError> {
    Ok(measures(db, petition_id, VERSION_PREFIX)
        .await?
        .into_iter()
        .filter_map(|(v, n)| Some((v.parse().ok()?, n)))
        .collect())
}

/// One measure of a petition, both kinds.
async fn measure(
    db: &impl ConnectionTrait,
    petition_id: i64,
    name: &str,
) -> Result<u64, StoreError> {
    let n: Option<i64> = tallies::Entity::find()
        .select_only()
        .column_as(
            Expr::cust("CAST(COALESCE(SUM(signatures), 0) AS BIGINT)"),
            "n",
        )
        .filter(tallies::Column::PetitionId.eq(petition_id))
        .filter(tallies::Column::Measure.eq(name))
        .into_tuple()
        .one(db)
        .await?;
    Ok(n.unwrap_or(0).max(0) as u64)
}

/// The measures of a petition named `{prefix}{x}`, by `x`, both kinds, none at zero.
async fn measures(
    db: &impl ConnectionTrait,
    petition_id: i64,
    prefix: &str,
) -> Result<BTreeMap<String, u64>, StoreError> {
    let mut out: BTreeMap<String, u64> = BTreeMap::new();
    for t in tallies::Entity::find()
        .filter(tallies::Column::PetitionId.eq(petition_id))
        .filter(tallies::Column::Measure.starts_with(prefix))
        .all(db)
        .await?
    {
        if let Some(x) = t.measure.strip_prefix(prefix) {
            *out.entry(x.to_owned()).or_default() += t.signatures.max(0) as u64;
        }
    }
    out.retain(|_, n| *n > 0);
    Ok(out)
}

/// The kept figures of one petition, as kept or as recounted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Figures {
    pub by_status: StatusCounts,
    pub per_day: Vec<(String, u64)>,
    pub listed: u64,
    pub paper: u64,
    pub by_text_language: BTreeMap<String, u64>,
    pub by_version: BTreeMap<i64, u64>,
}

/// The kept figures of a petition.
pub async fn kept(db: &impl ConnectionTrait, petition_id: i64) -> Result<Figures, StoreError> {
    Ok(Figures {
        by_status: status_counts(db, Some(petition_id))
            .await?
            .remove(&petition_id)
            .unwrap_or_default(),
        per_day: confirmed_per_day(db, petition_id).await?,
        listed: listed(db, petition_id).await?,
        paper: on_paper(db, petition_id).await?,
        by_text_language: by_text_language(db, petition_id).await?,
        by_version: by_version(db, petition_id).await?,
    })
}

/// The same figures aggregated from the signatures themselves (a scan: for tests).
pub async fn recount(db: &impl ConnectionTrait, petition_id: i64) -> Result<Figures, StoreError> {
    let rows: Vec<(Status, Kind, i64, i64)> = signatures::Entity::find()
        .select_only()
        .column(signatures::Column::Status)
        .column(signatures::Column::Kind)
        .column_as(Expr::cust("CAST(COUNT(*) AS BIGINT)"), "n")
        .column_as(Expr::cust("CAST(COALESCE(SUM(members), 0) AS BIGINT)"), "m")
        .filter(signatures::Column::PetitionId.eq(petition_id))
        .group_by(signatures::Column::Status)
        .group_by(signatures::Column::Kind)
        .into_tuple()
        .all(db)
        .await?;
    let mut by_status = StatusCounts::default();
    for (status, kind, n, m) in rows {
        by_status.add(status, kind, n, m);
    }
    let day = migrations::backfill::confirmed_day(db.get_database_backend());
    let per_day: BTreeMap<String, i64> = signatures::Entity::find()
        .select_only()
        .column_as(Expr::cust(day), "day")
        .column_as(Expr::cust("CAST(COUNT(*) AS BIGINT)"), "n")
        .filter(signatures::Column::PetitionId.eq(petition_id))
        .filter(signatures::Column::Status.eq(Status::Confirmed))
        .group_by(Expr::cust(day))
        .into_tuple::<(String, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let listed = signatures::Entity::find()
        .filter(signatures::Column::PetitionId.eq(petition_id))
        .filter(signatures::Column::Status.eq(Status::Confirmed))
        .filter(signatures::Column::Visibility.eq(Visibility::Public))
        .filter(signatures::Column::Hidden.eq(false))
        .filter(signatures::Column::Name.is_not_null())
        .count(db)
        .await?;
    let confirmed = || {
        signatures::Entity::find()
            .filter(signatures::Column::PetitionId.eq(petition_id))
            .filter(signatures::Column::Status.eq(Status::Confirmed))
    };
    let paper = confirmed()
        .filter(signatures::Column::Source.eq(Source::Paper))
        .count(db)
        .await?;
    let by_text_language: Vec<(Option<String>, i64)> = confirmed()
        .select_only()
        .column(signatures::Column::TextLanguage)
        .column_as(Expr::cust("CAST(COUNT(*) AS BIGINT)"), "n")
        .group_by(signatures::Column::TextLanguage)
        .into_tuple()
        .all(db)
        .await?;
    let by_version: Vec<(Option<i64>, i64)> = confirmed()
        .select_only()
        .column(signatures::Column::VersionId)
        .column_as(Expr::cust("CAST(COUNT(*) AS BIGINT)"), "n")
        .group_by(signatures::Column::VersionId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(Figures {
        by_status,
        per_day: per_day
            .into_iter()
            .map(|(d, n)| (d, n.max(0) as u64))
            .collect(),
        listed,
        paper,
        by_text_language: by_text_language
            .into_iter()
            .filter_map(|(l, n)| Some((l?, n.max(0) as u64)))
            .collect(),
        by_version: by_version
            .into_iter()
            .filter_map(|(v, n)| Some((v?, n.max(0) as u64)))
            .collect(),
    })
}

impl super::Store {
    /// Empties every kept figure (confirmed counts, tallies, daily tallies) and fills it
    /// again from the signatures, in one transaction: after signatures were changed outside
    /// the service (a restore, a repair by hand, rows loaded with SQL). The service keeps
    /// them itself otherwise.
    pub async fn rebuild_kept_figures(&self) -> Result<(), StoreError> {
        let txn = super::begin_write(self.writer()).await?;
        for statement in migrations::backfill::kept_figures(self.backend()) {
            txn.execute_unprepared(&statement).await?;
        }
        txn.commit().await?;
        self.counts_changed();
        Ok(())
    }
}
