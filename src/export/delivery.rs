//! The data of the printable delivery document: the declaration, its addressees and date,
//! the totals, the versions signed, then the organizations and the individuals grouped by
//! country.
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use futures::StreamExt;
use templates::admin::{CountryGroup, DeliveryDocument, DeliverySignatory};

use super::ExportError;
use crate::domain::{CountryCode, Kind};
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
    // Country name → signatories, in confirmation order within a country.
    // Country name → signatories listed, and how many signed there without their names.
    let mut orgs: BTreeMap<String, (Vec<DeliverySignatory>, u64)> = BTreeMap::new();
    let mut people: BTreeMap<String, (Vec<DeliverySignatory>, u64)> = BTreeMap::new();
    let (mut n_orgs, mut n_people, mut members) = (0u64, 0u64, 0u64);
    let mut rows = store.confirmed_rows(p.id).await?;
    while let Some(row) = rows.next().await {
        let s = row?;
        let country = s.country.as_deref().unwrap_or("");
        let country_name = CountryCode::display_name(country, language);
        let is_org = s.kind == Kind::Organization;
        let listed = s.visibility.is_delivered();
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
            orgs.entry(country_name).or_default()
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
    let countries: std::collections::BTreeSet<&String> = orgs.keys().chain(people.keys()).collect();
    let countries = countries.len() as u64;
    let number = |groups: BTreeMap<String, (Vec<DeliverySignatory>, u64)>| {
        let mut n = 0;
        groups
            .into_iter()
            .map(|(country_name, (mut signatories, unnamed))| {
                for s in &mut signatories {
                    n += 1;
                    s.number = n;
                }
                CountryGroup {
                    country_name,
                    signatories,
                    unnamed,
                }
            })
            .collect::<Vec<_>>()
    };
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
        organizations_by_country: number(orgs),
        individuals_by_country: number(people),
    })
}
