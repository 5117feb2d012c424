//! Group commit: concurrent writes of one kind share one transaction, so a burst of a
//! thousand signers costs a handful of syncs to disk instead of a thousand, and each is
//! answered only after the commit that holds its write.
//!
//! One task owns a queue. It takes whatever has arrived (at least one job, at most
//! [`MAX_BATCH`]), and hands the batch to the job type's [`Batch::commit`], which reads what
//! the batch needs in a few set-based queries, decides each job in arrival order exactly as
//! if they had come one by one, writes the result in bulk and commits. While it commits, the
//! next batch gathers. Should a batch fail as a whole (a constraint another process raced
//! on PostgreSQL, say), each of its jobs is retried alone, so one bad job never takes others
//! down with it.
use std::future::Future;
use std::panic::AssertUnwindSafe;

use futures::FutureExt;

use sea_orm::DatabaseConnection;
use tokio::sync::{mpsc, oneshot};

use super::{is_unique_violation, StoreError};

/// The most jobs one transaction takes. Larger batches add latency for the first job in
/// them and gain little once a sync is shared by a few hundred.
pub const MAX_BATCH: usize = 256;
/// Jobs waiting beyond this make the sender wait: back-pressure, not memory growth.
const QUEUE: usize = 8 * MAX_BATCH;

/// A kind of write that can be committed in batches.
pub(crate) trait Batch: Sized + Send + Sync + 'static {
    type Outcome: Send + 'static;

    /// Commits `jobs` in one transaction and returns their outcomes in the same order.
    fn commit(
        db: &DatabaseConnection,
        jobs: &[Self],
    ) -> impl Future<Output = Result<Vec<Self::Outcome>, StoreError>> + Send;

    /// The batch kind's name in metrics (`undersign_batch_size{kind}`).
    const KIND: &'static str;

    /// Logs what a committed batch did, in one line: a burst of ten thousand writes is a
    /// few dozen lines at `info`, not ten thousand (each job's own line is at `debug`).
    fn log(_outcomes: &[Self::Outcome]) {}
}

type Reply<J> = oneshot::Sender<Result<<J as Batch>::Outcome, StoreError>>;

/// The sending side of a queue; cloning it is cheap.
pub(crate) struct Queue<J: Batch> {
    tx: mpsc::Sender<(J, Reply<J>)>,
}

impl<J: Batch> Clone for Queue<J> {
    fn clone(&self) -> Self {
        Queue {
            tx: self.tx.clone(),
        }
    }
}

impl<J: Batch> Queue<J> {
    /// Starts the queue's task on `db`, the writing connection. It ends when every sender
    /// is dropped.
    pub fn start(db: DatabaseConnection) -> Queue<J> {
        let (tx, mut rx) = mpsc::channel::<(J, Reply<J>)>(QUEUE);
        tokio::spawn(async move {
            let mut batch = Vec::with_capacity(MAX_BATCH);
            while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
                let size = batch.len();
                // A bug that panics on one batch must not stop every later write: its
                // submitters get an error page, the queue goes on.
                let ran = AssertUnwindSafe(run(&db, std::mem::take(&mut batch)))
                    .catch_unwind()
                    .await;
                if ran.is_err() {
                    tracing::error!(
                        size,
                        "group commit panicked; its batch was answered with an error"
                    );
                }
            }
        });
        Queue { tx }
    }

    /// Queues `job` and waits for the commit that holds it.
    pub async fn submit(&self, job: J) -> Result<J::Outcome, StoreError> {
        let (reply, answer) = oneshot::channel();
        self.tx
            .send((job, reply))
            .await
            .map_err(|_| StoreError::Closed)?;
        answer.await.map_err(|_| StoreError::Closed)?
    }
}

async fn run<J: Batch>(db: &DatabaseConnection, batch: Vec<(J, Reply<J>)>) {
    let (jobs, replies): (Vec<J>, Vec<Reply<J>>) = batch.into_iter().unzip();
    metrics::histogram!("undersign_batch_size", "kind" => J::KIND).record(jobs.len() as f64);
    match J::commit(db, &jobs).await {
        Ok(outcomes) => {
            J::log(&outcomes);
            for (reply, outcome) in replies.into_iter().zip(outcomes) {
                let _ = reply.send(Ok(outcome));
            }
        }
        Err(e) => {
            if jobs.len() > 1 {
                tracing::warn!(error = %e, size = jobs.len(), "group commit failed; committing one by one");
            }
            for (job, reply) in jobs.iter().zip(replies) {
                let _ = reply.send(commit_one(db, job).await);
            }
        }
    }
}

/// One job in its own transaction. Two identical submissions from two processes may race on
/// PostgreSQL; the loser finds the winner's row on the next attempt.
async fn commit_one<J: Batch>(db: &DatabaseConnection, job: &J) -> Result<J::Outcome, StoreError> {
    let mut attempt = 0;
    loop {
        match J::commit(db, std::slice::from_ref(job)).await {
            Ok(mut outcomes) => {
                return outcomes.pop().ok_or_else(|| {
                    StoreError::Corrupt("a batch of one gave no outcome".to_owned())
                })
            }
            Err(StoreError::Db(e)) if is_unique_violation(&e) && attempt < 2 => attempt += 1,
            Err(e) => return Err(e),
        }
    }
}
