//! A declaration's translations: stored from sibling files, each tied to the text of the
//! original it translates. When the original changes, its translations stop being shown until
//! they are imported again, so nobody signs a translation of words the petition no longer says.
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::petitions::{Petition, UpsertOutcome};
use super::{Store, StoreError};
use crate::domain::Slug;
use crate::entities::{petition_translations, petitions};

pub use crate::domain::petition::Translation;

/// A translation to create or update from a file.
#[derive(Clone, Debug)]
pub struct TranslationRecord {
    /// The petition translated.
    pub slug: Slug,
    /// A supported language (checked when the file is read).
    pub language: &'static str,
    pub title: String,
    pub summary: String,
    /// `None`: the original's, as they are names that need no translation.
    pub addressees: Option<Vec<String>>,
    pub body: String,
    pub body_html: String,
    pub source_hash: Option<String>,
}

/// Why a translation could not be stored.
#[derive(Debug, thiserror::Error)]
pub enum TranslationError {
    #[error("there is no petition `{0}`: import its declaration first")]
    NoPetition(String),
    #[error("`{0}` is the language the declaration is written in")]
    OriginalLanguage(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Store {
    /// Creates or updates the translation of a petition into one language. An unchanged file
    /// whose original has changed since is [`UpsertOutcome::Outdated`] and stays hidden.
    pub async fn upsert_translation(
        &self,
        r: &TranslationRecord,
        now: DateTime<Utc>,
    ) -> Result<UpsertOutcome, TranslationError> {
        let txn = super::begin_write(self.writer())
            .await
            .map_err(StoreError::from)?;
        let petition = petitions::Entity::find()
            .filter(petitions::Column::Slug.eq(r.slug.as_ref()))
            .one(&txn)
            .await
            .map_err(StoreError::from)?
            .ok_or_else(|| TranslationError::NoPetition(r.slug.to_string()))?;
        if petition.language.eq_ignore_ascii_case(r.language) {
            return Err(TranslationError::OriginalLanguage(r.language.to_owned()));
        }
        let original_sha256 =
            super::petitions::text_sha256(&petition.title, &petition.addressees, &petition.body);
        let addressees = match &r.addressees {
            Some(list) => {
                serde_json::to_string(list).map_err(|e| StoreError::Corrupt(e.to_string()))?
            }
            None => petition.addressees.clone(),
        };
        let existing = petition_translations::Entity::find()
            .filter(petition_translations::Column::PetitionId.eq(petition.id))
            .filter(petition_translations::Column::Language.eq(r.language))
            .one(&txn)
            .await
            .map_err(StoreError::from)?;
        let outcome = match existing {
            Some(m) if r.source_hash.is_some() && m.source_hash == r.source_hash => {
                if m.original_sha256 == original_sha256 {
                    UpsertOutcome::Unchanged
                } else {
                    UpsertOutcome::Outdated
                }
            }
            Some(m) => {
                let mut a: petition_translations::ActiveModel = m.into();
                a.title = Set(r.title.clone());
                a.summary = Set(r.summary.clone());
                a.addressees = Set(addressees);
                a.body = Set(r.body.clone());
                a.body_html = Set(r.body_html.clone());
                a.original_sha256 = Set(original_sha256);
                a.source_hash = Set(r.source_hash.clone());
                a.updated_at = Set(now);
                a.update(&txn).await.map_err(StoreError::from)?;
                UpsertOutcome::Updated
            }
            None => {
                petition_translations::ActiveModel {
                    petition_id: Set(petition.id),
                    language: Set(r.language.to_owned()),
                    title: Set(r.title.clone()),
                    summary: Set(r.summary.clone()),
                    addressees: Set(addressees),
                    body: Set(r.body.clone()),
                    body_html: Set(r.body_html.clone()),
                    original_sha256: Set(original_sha256),
                    source_hash: Set(r.source_hash.clone()),
                    created_at: Set(now),
                    updated_at: Set(now),
                    ..Default::default()
                }
                .insert(&txn)
                .await
                .map_err(StoreError::from)?;
                UpsertOutcome::Created
            }
        };
        txn.commit().await.map_err(StoreError::from)?;
        self.public_petitions.changed();
        Ok(outcome)
    }
}

/// Gives each petition its translations of its current text, in language order; translations
/// of an older text are left out. One query for the whole list.
pub(crate) async fn attach(
    db: &impl ConnectionTrait,
    petitions: &mut [Petition],
) -> Result<(), StoreError> {
    if petitions.is_empty() {
        return Ok(());
    }
    let rows = petition_translations::Entity::find()
        .filter(petition_translations::Column::PetitionId.is_in(petitions.iter().map(|p| p.id)))
        .order_by_asc(petition_translations::Column::Language)
        .all(db)
        .await?;
    for p in petitions.iter_mut() {
        let current = p.text_sha256();
        p.translations = rows
            .iter()
            .filter(|t| t.petition_id == p.id && t.original_sha256 == current)
            .map(|t| {
                let addressees = serde_json::from_str(&t.addressees).map_err(|e| {
                    StoreError::Corrupt(format!("translation {} addressees: {e}", t.id))
                })?;
                Ok(Translation {
                    language: t.language.clone(),
                    title: t.title.clone(),
                    summary: t.summary.clone(),
                    addressees,
                    body_html: t.body_html.clone(),
                })
            })
            .collect::<Result<_, StoreError>>()?;
    }
    Ok(())
}

/// Every translation of a petition, current or not, for the organizers: language and
/// whether it translates the current text.
pub async fn all_of(
    db: &impl ConnectionTrait,
    petition: &Petition,
) -> Result<Vec<(String, bool)>, StoreError> {
    let current = petition.text_sha256();
    Ok(petition_translations::Entity::find()
        .filter(petition_translations::Column::PetitionId.eq(petition.id))
        .order_by_asc(petition_translations::Column::Language)
        .all(db)
        .await?
        .into_iter()
        .map(|t| {
            let up_to_date = t.original_sha256 == current;
            (t.language, up_to_date)
        })
        .collect())
}

/// Confirmed signatures of a petition by the language version their signers read.
pub async fn readers(
    db: &impl ConnectionTrait,
    petition_id: i64,
) -> Result<std::collections::HashMap<String, u64>, StoreError> {
    Ok(super::tallies::by_text_language(db, petition_id)
        .await?
        .into_iter()
        .collect())
}
