//! The data of the printable delivery document: the declaration, its addressees and date,
//! the totals (how many came on paper among them), the versions signed, then the
//! organizations (those verified by an organizer first) and the individuals grouped by
//! country.
use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use futures::StreamExt;
use templates::admin::{CountryGroup, DeliveryDocument, DeliverySignatory};

use super::ExportError;
use crate::domain::{CountryCode, Kind, Source};
use crate::store::{petitions, Petition, Store};

pub async fn document(
    store: &Store,
    p: &Petition,
    language: &'static str,
    now: DateTime<Utc>,
) -> Result<DeliveryDocument, ExportError> {
    // The declaration in the document's language when it has been translated: the
    // addressees read it, and it says so (see the template).
    let text = p.text_in(language);
    let versions = petitions::versions(store.reader(), p.id).await?;
    let number_of = |id: Option<i64>| {
        versions
            .iter()
            .find(|(v, _)| Some(v.id) == id)
            .map(|(v, _)| v.number)
            .unwrap_or(0)
    };
    // Country name → signatories listed (in confirmation order), and how many signed there
    // without their names.
    let mut verified: Groups = BTreeMap::new();
    let mut orgs: Groups = BTreeMap::new();
    let mut people: Groups = BTreeMap::new();
    let (mut n_orgs, mut n_people, mut members, mut n_verified) = (0u64, 0u64, 0u64, 0u64);
    let (mut paper, mut sheets) = (0u64, BTreeSet::new());
    let mut rows = store.confirmed_rows(p.id).await?;
    while let Some(row) = rows.next().await {
        let s = row?;
        let country = s.country.as_deref().unwrap_or("");
        let country_name = CountryCode::display_name(country, language);
        let is_org = s.kind == Kind::Organization;
        let listed = s.visibility.is_delivered();
        if s.source == Source::Paper {
            paper += 1;
            sheets.extend(s.sheet);
        }
        let signatory = DeliverySignatory {
            number: 0,
            name: s.name.unwrap_or_default(),
            organization: s.organization,
            role: s.role,
            occupation: s.occupation,
            city: s.city,
            members: s.members.and_then(|m| u64::try_from(m).ok()),
            comment: s.comment,
            version: number_of(s.version_id),
        };
        let group = if is_org {
            n_orgs += 1;
            members += signatory.members.unwrap_or(0);
            if s.verified_at.is_some() {
                n_verified += 1;
                verified.entry(country_name).or_default()
            } else {
                orgs.entry(country_name).or_default()
            }
        } else {
            n_people += 1;
            people.entry(country_name).or_default()
        };
        if listed {
            group.0.push(signatory);
        } else {
            group.1 += 1;
        }
    }
    let countries: BTreeSet<&String> = verified
        .keys()
        .chain(orgs.keys())
        .chain(people.keys())
        .collect();
    let countries = countries.len() as u64;
    // Organizations are numbered on from the verified ones to the others; people from 1.
    let mut n = 0;
    let verified_by_country = number(verified, &mut n);
    let organizations_by_country = number(orgs, &mut n);
    Ok(DeliveryDocument {
        title: text.title.to_owned(),
        author: p.author.clone(),
        addressees: text.addressees.to_vec(),
        body_html: text.body_html.to_owned(),
        language: text.language.to_owned(),
        translated_from: (!text.is_original).then(|| p.language.clone()),
        date: now.format("%Y-%m-%d").to_string(),
        total: n_orgs + n_people,
        individuals: n_people,
        organizations: n_orgs,
        members,
        countries,
        versions: versions
            .iter()
            .filter(|(_, n)| *n > 0)
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
        sheets: sheets.len() as u64,
        verified_by_country,
        organizations_by_country,
        unverified: n_orgs - n_verified,
        individuals_by_country: number(people, &mut 0),
    })
}

/// Country name → the signatories listed there, and how many signed without their names.
type Groups = BTreeMap<String, (Vec<DeliverySignatory>, u64)>;

/// The groups in order of country name, their signatories numbered on from `n`.
fn number(groups: Groups, n: &mut u64) -> Vec<CountryGroup> {
    groups
        .into_iter()
        .map(|(country_name, (mut signatories, unnamed))| {
            for s in &mut signatories {
                *n += 1;
                s.number = *n;
            }
            CountryGroup {
                country_name,
                signatories,
                unnamed,
            }
        })
        .collect()
}
