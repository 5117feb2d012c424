//! Signing in batches: the [`Batch`] behind [`Store::sign`](super::Store::sign).
use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::{Alias, Expr, Query, SimpleExpr, SubQueryStatement, UnionType};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait, QueryTrait, Set,
};

use super::counts::{Deltas, TallyRow};
use super::group_commit::Batch;
use super::outbox::{OutboxStatus, Purpose};
use super::signatures::details;
use super::StoreError;
use crate::domain::{NewSignature, PetitionState, Source, Status, Visibility};
use crate::entities::{hidden_signers, outbox, petitions, signatures};
use crate::security::link_salt;

/// A checked signature and the circumstances of its submission, as it travels to the
/// writer.
#[derive(Debug)]
pub struct SignRequest {
    pub petition_id: i64,
    /// The version of the text it endorses: the petition's current one.
    pub version_id: Option<i64>,
    pub signature: NewSignature,
    /// The language the signer's pages and emails are in.
    pub language: String,
    /// The language version of the declaration the signer read.
    pub text_language: String,
    /// A keyed hash of the client address, never the address.
    pub ip_hash: Option<String>,
    /// [`Keys::signer_hash`](crate::security::Keys::signer_hash) of the signature's dedupe
    /// key: whether organizers hid this signer from the petition's public list before.
    pub signer_hash: String,
    pub now: DateTime<Utc>,
    /// How long a pending signature waits for its confirmation.
    pub confirm_window: TimeDelta,
    /// Messages to one address per 24 hours, whatever is submitted.
    pub caps: MailCaps,
}

/// How many messages one address may be sent in 24 hours.
#[derive(Clone, Copy, Debug)]
pub struct MailCaps {
    /// About one petition.
    pub per_petition: u32,
    /// About all petitions together.
    pub overall: u32,
}

/// What happened to a submission. The signer sees the same page for every one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignOutcome {
    /// A new pending signature; its confirmation is queued.
    Created,
    /// Still pending: the confirmation is queued again.
    ConfirmationResent,
    /// Already confirmed: a short "you have already signed" is queued.
    AlreadySignedNotified,
    /// The cap of messages to this address is reached: nothing is stored or queued.
    Capped,
    /// Removed by an organizer: nothing happens.
    Suppressed,
    /// The petition closed (or was taken down) before the submission was stored.
    Closed,
}

impl SignOutcome {
    /// Whether a message was queued, so the outbox worker should be woken.
    pub fn queued_mail(self) -> bool {
        matches!(
            self,
            SignOutcome::Created
                | SignOutcome::ConfirmationResent
                | SignOutcome::AlreadySignedNotified
        )
    }
}

impl Batch for SignRequest {
    type Outcome = SignOutcome;
    const KIND: &'static str = "signing";

    fn log(outcomes: &[SignOutcome]) {
        let n = |o: SignOutcome| outcomes.iter().filter(|x| **x == o).count();
        for (o, label) in [
            (SignOutcome::Created, "created"),
            (SignOutcome::ConfirmationResent, "resent"),
            (SignOutcome::AlreadySignedNotified, "already_signed"),
            (SignOutcome::Capped, "capped"),
            (SignOutcome::Suppressed, "suppressed"),
            (SignOutcome::Closed, "closed"),
        ] {
            metrics::counter!("undersign_signatures_total", "outcome" => label)
                .increment(n(o) as u64);
        }
        tracing::info!(
            batch = outcomes.len(),
            created = n(SignOutcome::Created),
            resent = n(SignOutcome::ConfirmationResent),
            already_signed = n(SignOutcome::AlreadySignedNotified),
            capped = n(SignOutcome::Capped),
            suppressed = n(SignOutcome::Suppressed),
            closed = n(SignOutcome::Closed),
            "signatures stored"
        );
    }

    async fn commit(
        db: &DatabaseConnection,
        jobs: &[SignRequest],
    ) -> Result<Vec<SignOutcome>, StoreError> {
        commit(db, jobs).await
    }
}

/// Where a signature of this batch stands: a row that was there, or one the batch creates.
#[derive(Clone, Copy)]
enum Row {
    Stored { id: i64, status: Option<Status> },
    Planned(usize),
}

/// Messages already queued to one address in the last day: by petition, and in all.
#[derive(Default)]
struct Sent {
    by_petition: HashMap<i64, u64>,
    total: u64,
}

async fn commit(
    db: &DatabaseConnection,
    jobs: &[SignRequest],
) -> Result<Vec<SignOutcome>, StoreError> {
    let txn = super::begin_write(db).await?;
    let Seen {
        open,
        mut rows,
        mut sent,
        hidden,
    } = read_batch(&txn, jobs).await?;
    let is_hidden =
        |job: &SignRequest| hidden.contains(&(job.petition_id, job.signer_hash.clone()));

    let mut inserts: Vec<signatures::ActiveModel> = vec![];
    // For each planned row, its petition and dedupe key, to find its id after the insert.
    let mut planned_keys: Vec<(i64, String)> = vec![];
    let mut updates: Vec<signatures::ActiveModel> = vec![];
    let mut mail: Vec<(Row, Purpose, DateTime<Utc>)> = vec![];
    let mut outcomes = Vec::with_capacity(jobs.len());
    // New signatures are pending: the tallies say so in the same transaction.
    let mut pending = Deltas::default();

    for job in jobs {
        if !open.contains(&job.petition_id) {
            outcomes.push(SignOutcome::Closed);
            continue;
        }
        let key = job.signature.dedupe_key();
        let slot = rows.get(&(job.petition_id, key.clone())).copied();
        if let Some(Row::Stored {
            status: Some(Status::Removed | Status::Withdrawn),
            ..
        }) = slot
        {
            // Withdrawn rows have no key and cannot be found; removed ones stay removed.
            outcomes.push(SignOutcome::Suppressed);
            continue;
        }
        // Whatever is submitted, and through however many signatures (a person's, several
        // organizations'), one address gets at most the caps of messages in a day.
        let address = sent.entry(job.signature.email.folded()).or_default();
        let to_petition = address
            .by_petition
            .get(&job.petition_id)
            .copied()
            .unwrap_or(0);
        if to_petition >= u64::from(job.caps.per_petition)
            || address.total >= u64::from(job.caps.overall)
        {
            outcomes.push(SignOutcome::Capped);
            continue;
        }
        *address.by_petition.entry(job.petition_id).or_default() += 1;
        address.total += 1;

        let outcome = match slot {
            None => {
                let mut row = details(&job.signature);
                row.petition_id = Set(job.petition_id);
                row.kind = Set(job.signature.kind());
                row.status = Set(Status::Pending);
                row.dedupe_key = Set(Some(key.clone()));
                row.language = Set(job.language.clone());
                row.text_language = Set(Some(job.text_language.clone()));
                row.hidden = Set(is_hidden(job));
                row.ip_hash = Set(job.ip_hash.clone());
                row.created_at = Set(job.now);
                row.expires_at = Set(Some(job.now + job.confirm_window));
                row.confirmed_at = Set(None);
                row.withdrawn_at = Set(None);
                row.version_id = Set(job.version_id);
                row.link_salt = Set(Some(link_salt()));
                let planned = Row::Planned(inserts.len());
                pending.add_row(
                    &TallyRow {
                        petition_id: job.petition_id,
                        status: Status::Pending,
                        kind: job.signature.kind(),
                        country: None,
                        members: job.signature.signer.members().map(|m| m as i64),
                        confirmed_at: None,
                        visibility: Visibility::Anonymous,
                        hidden: false,
                        named: true,
                        text_language: Some(job.text_language.clone()),
                        version_id: job.version_id,
                        source: Source::Online,
                    },
                    1,
                );
                inserts.push(row);
                planned_keys.push((job.petition_id, key.clone()));
                rows.insert((job.petition_id, key), planned);
                mail.push((planned, Purpose::Confirm, job.now));
                SignOutcome::Created
            }
            Some(Row::Planned(i)) => {
                // The same signer twice in one batch: the later submission is what they
                // confirm, as it would be had they come a second apart.
                let mut row = details(&job.signature);
                row.petition_id = inserts[i].petition_id.clone();
                row.kind = inserts[i].kind.clone();
                row.status = inserts[i].status.clone();
                row.dedupe_key = inserts[i].dedupe_key.clone();
                row.hidden = inserts[i].hidden.clone();
                row.created_at = inserts[i].created_at.clone();
                row.confirmed_at = Set(None);
                row.withdrawn_at = Set(None);
                row.version_id = inserts[i].version_id.clone();
                row.link_salt = inserts[i].link_salt.clone();
                row.language = Set(job.language.clone());
                row.text_language = Set(Some(job.text_language.clone()));
                row.ip_hash = Set(job.ip_hash.clone());
                row.expires_at = Set(Some(job.now + job.confirm_window));
                inserts[i] = row;
                mail.push((Row::Planned(i), Purpose::Confirm, job.now));
                SignOutcome::ConfirmationResent
            }
            Some(
                stored @ Row::Stored {
                    id,
                    status: Some(Status::Pending),
                },
            ) => {
                // The latest submission is what the signer confirms: a corrected typo
                // replaces the old one, and the confirmation window starts again.
                let mut row = details(&job.signature);
                row.id = Set(id);
                row.language = Set(job.language.clone());
                row.text_language = Set(Some(job.text_language.clone()));
                row.ip_hash = Set(job.ip_hash.clone());
                row.expires_at = Set(Some(job.now + job.confirm_window));
                updates.push(row);
                mail.push((stored, Purpose::Confirm, job.now));
                SignOutcome::ConfirmationResent
            }
            Some(stored) => {
                mail.push((stored, Purpose::AlreadySigned, job.now));
                SignOutcome::AlreadySignedNotified
            }
        };
        outcomes.push(outcome);
    }

    let planned_ids = insert_signatures(&txn, inserts, &planned_keys).await?;
    pending.write(&txn).await?;

    for row in updates {
        row.update(&txn).await?;
    }
    if !mail.is_empty() {
        let queued = mail.into_iter().map(|(row, purpose, now)| {
            let signature_id = match row {
                Row::Stored { id, .. } => id,
                Row::Planned(i) => planned_ids[i],
            };
            outbox::ActiveModel {
                signature_id: Set(signature_id),
                purpose: Set(purpose),
                status: Set(OutboxStatus::Queued.to_owned()),
                attempts: Set(0),
                next_attempt_at: Set(now),
                locked_until: Set(None),
                last_error: Set(None),
                created_at: Set(now),
                sent_at: Set(None),
                ..Default::default()
            }
        });
        outbox::Entity::insert_many(queued).exec(&txn).await?;
    }
    txn.commit().await?;
    Ok(outcomes)
}

/// What a batch reads before deciding.
struct Seen {
    /// Petitions of the batch that take signatures.
    open: HashSet<i64>,
    /// Rows already stored under the batch's dedupe keys.
    rows: HashMap<(i64, String), Row>,
    /// Messages queued in the last 24 hours to each address of the batch.
    sent: HashMap<String, Sent>,
    /// Signers of the batch that organizers hid from a petition's list: (petition, hash).
    hidden: HashSet<(i64, String)>,
}

/// Reads, inside the transaction, which petitions are open (so one closed a moment ago,
/// from any process, refuses at once), the rows already stored under the batch's dedupe
/// keys, and the mail queued to its addresses in the last day (sent or not, never cancelled
/// ones: the basis of the caps).
///
/// One statement, three `UNION ALL` parts told apart by their last column: on SQLite every
/// statement is a round trip to the connection's own thread, and on a busy machine those
/// trips, not the queries, are what a batch waits for.
async fn read_batch(txn: &DatabaseTransaction, jobs: &[SignRequest]) -> Result<Seen, StoreError> {
    let petitions_ids: BTreeSet<i64> = jobs.iter().map(|j| j.petition_id).collect();
    let keys: BTreeSet<String> = jobs.iter().map(|j| j.signature.dedupe_key()).collect();
    let addresses: BTreeSet<String> = jobs.iter().map(|j| j.signature.email.folded()).collect();
    // The batch's jobs arrived within milliseconds of each other: one moment stands for all.
    let newest = jobs.iter().map(|j| j.now).max().unwrap_or_else(Utc::now);
    let since = newest - TimeDelta::hours(24);

    let mut rows = Query::select()
        .column(signatures::Column::Id)
        .column(signatures::Column::PetitionId)
        .column(signatures::Column::DedupeKey)
        .column(signatures::Column::Status)
        .expr_as(Expr::val(PART_ROW), Alias::new("part"))
        .from(signatures::Entity)
        .and_where(signatures::Column::PetitionId.is_in(petitions_ids.iter().copied()))
        .and_where(signatures::Column::DedupeKey.is_in(keys))
        .to_owned();
    let open = Query::select()
        .column(petitions::Column::Id)
        .column(petitions::Column::Id)
        .expr(Expr::val(Option::<String>::None))
        .expr(Expr::val(Option::<String>::None))
        .expr(Expr::val(PART_OPEN))
        .from(petitions::Entity)
        .and_where(petitions::Column::Id.is_in(petitions_ids.iter().copied()))
        .and_where(petitions::Column::State.eq(PetitionState::Open))
        .cond_where(
            Condition::any()
                .add(petitions::Column::ClosesAt.is_null())
                .add(petitions::Column::ClosesAt.gt(newest)),
        )
        .to_owned();
    // Per signature of each address, its recent messages, counted through the outbox's
    // index on signature_id. (A join grouped by address let PostgreSQL pick a scan of the
    // whole outbox while its statistics lagged behind a burst, slower with every batch.)
    let (s, o) = (Alias::new("s"), Alias::new("o"));
    let messages = Query::select()
        .expr(Expr::cust("CAST(COUNT(*) AS BIGINT)"))
        .from_as(outbox::Entity, o.clone())
        .and_where(
            Expr::col((o.clone(), outbox::Column::SignatureId))
                .equals((s.clone(), signatures::Column::Id)),
        )
        .and_where(Expr::col((o.clone(), outbox::Column::CreatedAt)).gt(since))
        .and_where(Expr::col((o, outbox::Column::Status)).ne(OutboxStatus::Cancelled))
        .to_owned();
    let sent = Query::select()
        .expr(SimpleExpr::SubQuery(
            None,
            Box::new(SubQueryStatement::SelectStatement(messages)),
        ))
        .column((s.clone(), signatures::Column::PetitionId))
        .column((s.clone(), signatures::Column::EmailKey))
        .expr(Expr::val(Option::<String>::None))
        .expr(Expr::val(PART_SENT))
        .from_as(signatures::Entity, s.clone())
        .and_where(Expr::col((s, signatures::Column::EmailKey)).is_in(addresses))
        .to_owned();
    let signer_hashes: BTreeSet<String> = jobs.iter().map(|j| j.signer_hash.clone()).collect();
    let hidden = Query::select()
        .column(hidden_signers::Column::PetitionId)
        .column(hidden_signers::Column::PetitionId)
        .column(hidden_signers::Column::SignerHash)
        .expr(Expr::val(Option::<String>::None))
        .expr(Expr::val(PART_HIDDEN))
        .from(hidden_signers::Entity)
        .and_where(hidden_signers::Column::PetitionId.is_in(petitions_ids.iter().copied()))
        .and_where(hidden_signers::Column::SignerHash.is_in(signer_hashes))
        .to_owned();
    let query = rows
        .union(UnionType::All, open)
        .union(UnionType::All, sent)
        .union(UnionType::All, hidden)
        .to_owned();

    let mut seen = Seen {
        open: HashSet::new(),
        rows: HashMap::new(),
        sent: HashMap::new(),
        hidden: HashSet::new(),
    };
    for r in txn
        .query_all(txn.get_database_backend().build(&query))
        .await?
    {
        let part: String = r.try_get_by_index(4)?;
        match part.as_str() {
            PART_ROW => {
                let id: i64 = r.try_get_by_index(0)?;
                let petition: i64 = r.try_get_by_index(1)?;
                let key: Option<String> = r.try_get_by_index(2)?;
                let status: Option<String> = r.try_get_by_index(3)?;
                if let Some(key) = key {
                    let status = status.as_deref().and_then(Status::parse);
                    seen.rows
                        .insert((petition, key), Row::Stored { id, status });
                }
            }
            PART_OPEN => {
                seen.open.insert(r.try_get_by_index(0)?);
            }
            PART_HIDDEN => {
                let petition: i64 = r.try_get_by_index(0)?;
                let hash: Option<String> = r.try_get_by_index(2)?;
                seen.hidden.insert((petition, hash.unwrap_or_default()));
            }
            _ => {
                let n: i64 = r.try_get_by_index(0)?;
                let petition: i64 = r.try_get_by_index(1)?;
                let address: Option<String> = r.try_get_by_index(2)?;
                let n = n.max(0) as u64;
                let entry = seen.sent.entry(address.unwrap_or_default()).or_default();
                *entry.by_petition.entry(petition).or_default() += n;
                entry.total += n;
            }
        }
    }
    Ok(seen)
}

const PART_ROW: &str = "row";
const PART_OPEN: &str = "open";
const PART_SENT: &str = "sent";
const PART_HIDDEN: &str = "hidden";

/// Inserts the batch's new signatures in one statement and returns their ids in planned
/// order (the database returns inserted rows in no promised order; the dedupe key, unique
/// within a petition, says which is which).
async fn insert_signatures(
    txn: &DatabaseTransaction,
    inserts: Vec<signatures::ActiveModel>,
    planned_keys: &[(i64, String)],
) -> Result<Vec<i64>, StoreError> {
    if inserts.is_empty() {
        return Ok(vec![]);
    }
    // Only the columns that say which row is which, not every column of every row.
    let mut insert = signatures::Entity::insert_many(inserts).into_query();
    insert.returning(Query::returning().columns([
        signatures::Column::Id,
        signatures::Column::PetitionId,
        signatures::Column::DedupeKey,
    ]));
    let returned = txn
        .query_all(txn.get_database_backend().build(&insert))
        .await?;
    let mut by_key: HashMap<(i64, String), i64> = HashMap::with_capacity(returned.len());
    for row in returned {
        let id: i64 = row.try_get_by_index(0)?;
        let petition: i64 = row.try_get_by_index(1)?;
        let key: String = row.try_get_by_index(2)?;
        by_key.insert((petition, key), id);
    }
    planned_keys
        .iter()
        .map(|k| {
            by_key.get(k).copied().ok_or_else(|| {
                StoreError::Corrupt("an inserted signature was not returned".to_owned())
            })
        })
        .collect()
}
