//! Fresh planner statistics on PostgreSQL while the signature tables grow fast.
//!
//! PostgreSQL plans the signing batch's lookups (by dedupe key, by address) from table
//! statistics that autovacuum refreshes at most once a minute. A table that has never been
//! analyzed is planned with default guesses, and a burst on a new installation grows it from
//! nothing by thousands of rows a second: each batch then scans the whole table, slower with
//! every round (measured: 2,056, 1,780 and 1,048 signings a second in three rounds). So the
//! store analyzes the two tables itself each time the signatures it created double (1,024,
//! 2,048, 4,096, …): a handful of cheap, sampled ANALYZEs over a table's life, run beside
//! the writer. SQLite plans these lookups by its indexes alone and needs none of it.
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend};

/// New signatures before the first ANALYZE.
const FIRST: u64 = 1024;

#[derive(Clone, Default)]
pub(crate) struct Growth {
    created: Arc<AtomicU64>,
}

impl Growth {
    /// Counts `n` new signatures; when the count passes a power of two (from [`FIRST`]),
    /// analyzes the tables on `db` in the background.
    pub fn created(&self, n: u64, db: &DatabaseConnection) {
        if n == 0 || db.get_database_backend() != DbBackend::Postgres {
            return;
        }
        let before = self.created.fetch_add(n, Ordering::Relaxed);
        let after = before + n;
        if !doubled(before, after) {
            return;
        }
        let db = db.clone();
        tokio::spawn(async move {
            match db.execute_unprepared("ANALYZE signatures, outbox").await {
                Ok(_) => tracing::debug!(signatures = after, "tables analyzed after growth"),
                Err(e) => tracing::warn!(error = %e, "ANALYZE after growth failed"),
            }
        });
    }
}

/// Whether going from `before` to `after` signatures passes [`FIRST`] or a power of two
/// above it.
fn doubled(before: u64, after: u64) -> bool {
    after >= FIRST && (before < FIRST || before.ilog2() != after.ilog2())
}

#[cfg(test)]
mod tests {
    /// The counts at which an ANALYZE runs, for signatures created in these steps.
    fn crossings(steps: &[u64]) -> Vec<u64> {
        let mut total = 0u64;
        let mut out = vec![];
        for &n in steps {
            if super::doubled(total, total + n) {
                out.push(total + n);
            }
            total += n;
        }
        out
    }

    #[test]
    fn analyzes_each_time_the_count_doubles() {
        assert_eq!(crossings(&[1000, 23, 1]), vec![1024]);
        assert_eq!(crossings(&[1023, 1, 1023, 1, 1]), vec![1024, 2048]);
        assert_eq!(crossings(&[10_000]), vec![10_000]);
        assert_eq!(
            crossings(&[16; 1000]).len(),
            4,
            "1,024, 2,048, 4,096 and 8,192"
        );
    }
}
