//! The printable delivery document, streamed: the declaration, its addressees and date, the
//! totals (how many came on paper among them), the versions signed, then the organizations
//! (those verified by an organizer first) and the individuals, grouped by country, one copy
//! per addressee. A million names are never held at once: the head comes from the kept
//! counts, and the names are read a batch at a time, by kind and country, through the
//! `signatures_delivery` index, all in one read transaction, so the counts at the top and
//! the names below them are of the same moment.
use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    AccessMode, ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, DbBackend,
    EntityTrait, FromQueryResult, IsolationLevel, QueryFilter, QueryOrder, QuerySelect,
    TransactionTrait,
};
use sha2::{Digest, Sha256};
use templates::admin::{self, DeliveryDocument, DeliverySection, DeliverySignatory};
use templates::Tr;

use super::{ExportError, Finished};
use crate::domain::{CountryCode, Kind, Source, Status, Visibility};
use crate::entities::{signature_counts, signatures};
use crate::store::{petitions, tallies, Petition, Store};

/// Names read at a time.
const BATCH: u64 = 1_000;
/// Bytes gathered before they are sent.
const CHUNK: usize = 64 * 1024;

/// Streams the document into `sink`, chunk by chunk; returns how many signatures it counts
/// and the SHA-256 of what was sent. A `standalone` document carries its stylesheet, to be
/// opened from a file.
pub async fn stream<S, F>(
    store: &Store,
    p: &Petition,
    language: &'static str,
    now: DateTime<Utc>,
    standalone: bool,
    sink: S,
) -> Result<Finished, ExportError>
where
    S: FnMut(Vec<u8>) -> F,
    F: std::future::Future<Output = Result<(), ExportError>>,
{
    let db = store.reader();
    // One snapshot for the whole document. SQLite's reads in a transaction are one already.
    let txn = match db.get_database_backend() {
        DbBackend::Postgres => {
            db.begin_with_config(
                Some(IsolationLevel::RepeatableRead),
                Some(AccessMode::ReadOnly),
            )
            .await?
        }
        _ => db.begin().await?,
    };
    let tr = Tr::new(language);
    let plan = Plan::read(&txn, p, language, now).await?;
    let mut out = Out {
        sink,
        buffer: String::with_capacity(CHUNK * 2),
        hasher: Sha256::new(),
    };
    out.push(&admin::delivery_start(&tr, &plan.doc, standalone))
        .await?;
    for (i, addressee) in admin::delivery_copies(&plan.doc).into_iter().enumerate() {
        out.push(&admin::delivery_article_start(&tr, &plan.doc, i, addressee))
            .await?;
        if i == 0 {
            // The reader sees the letter while the names are read.
            out.flush().await?;
        }
        // Organizations are numbered on from the verified ones to the others; people from 1.
        let (mut organizations, mut people) = (0u64, 0u64);
        for (section, groups) in &plan.sections {
            if groups.is_empty() {
                continue;
            }
            out.push(&admin::delivery_section_start(&tr, &plan.doc, *section))
                .await?;
            let number = match section {
                DeliverySection::Individuals => &mut people,
                _ => &mut organizations,
            };
            for group in groups {
                out.push(&admin::delivery_group_start(
                    &tr,
                    *section,
                    &group.country_name,
                    group.signatures,
                ))
                .await?;
                let unnamed = plan
                    .write_group(&txn, &tr, *section, group, number, &mut out)
                    .await?;
                out.push(&admin::delivery_group_end(&tr, unnamed)).await?;
            }
            out.push(admin::DELIVERY_SECTION_END).await?;
        }
        out.push(admin::DELIVERY_ARTICLE_END).await?;
    }
    out.push(admin::DELIVERY_END).await?;
    txn.commit().await?;
    let sha256 = out.finish().await?;
    Ok(Finished {
        rows: plan.doc.total,
        sha256,
    })
}

/// The document's head and which countries each list has, read before any name.
struct Plan {
    doc: DeliveryDocument,
    sections: Vec<(DeliverySection, Vec<Group>)>,
    petition_id: i64,
    /// Version id → its number.
    versions: HashMap<i64, i32>,
}

struct Group {
    /// As stored: an ISO code, or "" where the country was erased.
    country: String,
    country_name: String,
    signatures: u64,
}

impl Plan {
    async fn read(
        db: &DatabaseTransaction,
        p: &Petition,
        language: &'static str,
        now: DateTime<Utc>,
    ) -> Result<Plan, ExportError> {
        // The declaration in the document's language when it has been translated: the
        // addressees read it, and it says so (see the template).
        let text = p.text_in(language);
        let versions = petitions::versions(db, p.id).await?;
        let counts = signature_counts::Entity::find()
            .filter(signature_counts::Column::PetitionId.eq(p.id))
            .filter(signature_counts::Column::Signatures.gt(0))
            .all(db)
            .await?;
        // Organizations an organizer verified, by country: read from the organizations
        // alone (the index's kind range), a small part of any petition.
        let verified: BTreeMap<String, u64> = signatures::Entity::find()
            .select_only()
            .column(signatures::Column::Country)
            .column_as(Expr::cust("CAST(COUNT(*) AS BIGINT)"), "n")
            .filter(of_kind(p.id, Kind::Organization))
            .filter(signatures::Column::VerifiedAt.is_not_null())
            .group_by(signatures::Column::Country)
            .into_tuple::<(Option<String>, i64)>()
            .all(db)
            .await?
            .into_iter()
            .map(|(c, n)| (c.unwrap_or_default(), n.max(0) as u64))
            .collect();
        // Through the `signatures_paper` index: the paper rows only.
        let sheets = signatures::Entity::find()
            .select_only()
            .column_as(Expr::cust("CAST(COUNT(DISTINCT sheet) AS BIGINT)"), "n")
            .filter(signatures::Column::PetitionId.eq(p.id))
            .filter(signatures::Column::Source.eq(Source::Paper))
            .filter(signatures::Column::Status.eq(Status::Confirmed))
            .into_tuple::<i64>()
            .one(db)
            .await?
            .unwrap_or(0)
            .max(0) as u64;
        let paper = tallies::on_paper(db, p.id).await?;

        let name = |code: &str| CountryCode::display_name(code, language);
        let mut sections: Vec<(DeliverySection, Vec<Group>)> =
            DeliverySection::ALL.iter().map(|s| (*s, vec![])).collect();
        let (mut individuals, mut organizations, mut members) = (0u64, 0u64, 0u64);
        let mut countries = std::collections::BTreeSet::new();
        for c in &counts {
            let n = c.signatures.max(0) as u64;
            countries.insert(c.country.as_str());
            let group = |signatures| Group {
                country: c.country.clone(),
                country_name: name(&c.country),
                signatures,
            };
            match c.kind {
                Kind::Individual => {
                    individuals += n;
                    sections[2].1.push(group(n));
                }
                Kind::Organization => {
                    organizations += n;
                    members += c.members.max(0) as u64;
                    let v = verified.get(&c.country).copied().unwrap_or(0).min(n);
                    if v > 0 {
                        sections[0].1.push(group(v));
                    }
                    if n > v {
                        sections[1].1.push(group(n - v));
                    }
                }
            }
        }
        for (_, groups) in &mut sections {
            groups.sort_by(|a, b| a.country_name.cmp(&b.country_name));
        }
        let n_verified: u64 = sections[0].1.iter().map(|g| g.signatures).sum();
        let signed_versions: Vec<_> = versions.iter().filter(|(_, n)| *n > 0).collect();
        let doc = DeliveryDocument {
            title: text.title.to_owned(),
            author: p.author.clone(),
            addressees: text.addressees.to_vec(),
            body_html: text.body_html.to_owned(),
            language: text.language.to_owned(),
            translated_from: (!text.is_original).then(|| p.language.clone()),
            date: now.format("%Y-%m-%d").to_string(),
            total: individuals + organizations,
            individuals,
            organizations,
            members,
            countries: countries.len() as u64,
            versions: signed_versions
                .iter()
                .map(|(v, n)| {
                    (
                        v.number,
                        v.sha256.clone(),
                        v.created_at.format("%Y-%m-%d").to_string(),
                        *n,
                    )
                })
                .collect(),
            paper,
            sheets,
            verified: n_verified,
        };
        Ok(Plan {
            doc,
            sections,
            petition_id: p.id,
            versions: versions.iter().map(|(v, _)| (v.id, v.number)).collect(),
        })
    }

    /// Writes one country's signatories of a list, numbering those named on from `number`;
    /// returns how many signed without their names.
    async fn write_group<S, F>(
        &self,
        db: &DatabaseTransaction,
        tr: &Tr,
        section: DeliverySection,
        group: &Group,
        number: &mut u64,
        out: &mut Out<S>,
    ) -> Result<u64, ExportError>
    where
        S: FnMut(Vec<u8>) -> F,
        F: std::future::Future<Output = Result<(), ExportError>>,
    {
        let kind = match section {
            DeliverySection::Individuals => Kind::Individual,
            _ => Kind::Organization,
        };
        let mut filter = of_kind(self.petition_id, kind).add(if group.country.is_empty() {
            Condition::any()
                .add(signatures::Column::Country.is_null())
                .add(signatures::Column::Country.eq(""))
        } else {
            Condition::all().add(signatures::Column::Country.eq(group.country.as_str()))
        });
        filter = match section {
            DeliverySection::Verified => filter.add(signatures::Column::VerifiedAt.is_not_null()),
            DeliverySection::Organizations => filter.add(signatures::Column::VerifiedAt.is_null()),
            DeliverySection::Individuals => filter,
        };
        let (mut after, mut unnamed) = (0i64, 0u64);
        loop {
            let rows: Vec<Listed> = signatures::Entity::find()
                .select_only()
                .columns([
                    signatures::Column::Id,
                    signatures::Column::Name,
                    signatures::Column::Organization,
                    signatures::Column::Role,
                    signatures::Column::Occupation,
                    signatures::Column::City,
                    signatures::Column::Members,
                    signatures::Column::Comment,
                    signatures::Column::VersionId,
                    signatures::Column::Visibility,
                ])
                .filter(filter.clone())
                .filter(signatures::Column::Id.gt(after))
                .order_by_asc(signatures::Column::Id)
                .limit(BATCH)
                .into_model()
                .all(db)
                .await?;
            let Some(last) = rows.last() else { break };
            after = last.id;
            let full = rows.len() as u64 == BATCH;
            for s in rows {
                // The addressees receive no trace of who signed without their name.
                if !s.visibility.is_delivered() {
                    unnamed += 1;
                    continue;
                }
                *number += 1;
                let signatory = DeliverySignatory {
                    number: *number,
                    name: s.name.unwrap_or_default(),
                    organization: s.organization,
                    role: s.role,
                    occupation: s.occupation,
                    city: s.city,
                    members: s.members.and_then(|m| u64::try_from(m).ok()),
                    comment: s.comment,
                    version: s
                        .version_id
                        .and_then(|v| self.versions.get(&v).copied())
                        .unwrap_or(0),
                };
                let item =
                    admin::delivery_signatory(tr, &signatory, section, self.doc.several_versions());
                out.push(&item.into_string()).await?;
            }
            if !full {
                break;
            }
        }
        Ok(unnamed)
    }
}

/// A petition's confirmed signatures of one kind: the head of the `signatures_delivery`
/// index (petition, status, kind, country, id).
fn of_kind(petition_id: i64, kind: Kind) -> Condition {
    Condition::all()
        .add(signatures::Column::PetitionId.eq(petition_id))
        .add(signatures::Column::Status.eq(Status::Confirmed))
        .add(signatures::Column::Kind.eq(kind))
}

/// What the document shows of a signature.
#[derive(FromQueryResult)]
struct Listed {
    id: i64,
    name: Option<String>,
    organization: Option<String>,
    role: Option<String>,
    occupation: Option<String>,
    city: Option<String>,
    members: Option<i64>,
    comment: Option<String>,
    version_id: Option<i64>,
    visibility: Visibility,
}

/// The document as it goes out: gathered into chunks, hashed as sent.
struct Out<S> {
    sink: S,
    buffer: String,
    hasher: Sha256,
}

impl<S, F> Out<S>
where
    S: FnMut(Vec<u8>) -> F,
    F: std::future::Future<Output = Result<(), ExportError>>,
{
    async fn push(&mut self, html: &str) -> Result<(), ExportError> {
        self.buffer.push_str(html);
        if self.buffer.len() >= CHUNK {
            self.flush().await?;
        }
        Ok(())
    }

    async fn flush(&mut self) -> Result<(), ExportError> {
        let chunk = std::mem::replace(&mut self.buffer, String::with_capacity(CHUNK * 2));
        self.hasher.update(chunk.as_bytes());
        (self.sink)(chunk.into_bytes()).await
    }

    async fn finish(mut self) -> Result<String, ExportError> {
        self.flush().await?;
        Ok(hex::encode(self.hasher.finalize()))
    }
}
