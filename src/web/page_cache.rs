//! Rendered petition pages and the numbered pages of their public lists, kept for at most a
//! second of the service's clock and only while what they show is unchanged: the same counts
//! snapshot (which a confirmation, withdrawal or moderation renews) and the same petitions.
//! A petition page's form token is then at most a second old, which its checks allow for.
use std::collections::HashMap;
use std::sync::RwLock;
use std::time::Instant;

use axum::body::Bytes;
use chrono::{DateTime, TimeDelta, Utc};

/// Which of a petition's pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    Petition,
    /// A numbered page of the public list (not one reached by a key: those are many, and
    /// cheap already).
    Signatories(u64),
}

/// What a cached page depends on.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PageKey {
    pub petition: i64,
    pub view: View,
    /// A catalog's code, as [`templates::Tr::lang`] gives it.
    pub language: &'static str,
    /// Which of the petition's language versions it shows: the place in
    /// [`crate::store::Petition::text_languages`].
    pub text: usize,
    /// When the counts it shows were read.
    pub counts_taken: Instant,
    /// [`crate::store::Store::petitions_generation`] when it was rendered.
    pub petitions: u64,
}

impl PageKey {
    /// Whether `other` is the same page, however old.
    fn same_page(&self, other: &PageKey) -> bool {
        self.view == other.view && self.language == other.language && self.text == other.text
    }
}

#[derive(Default)]
pub struct PageCache {
    /// By petition, one page per view, language and text version, replaced when stale.
    pages: RwLock<HashMap<i64, Vec<Entry>>>,
}

struct Entry {
    key: PageKey,
    rendered_at: DateTime<Utc>,
    html: Bytes,
}

/// How long a rendered page is served.
const MAX_AGE: TimeDelta = TimeDelta::seconds(1);

impl PageCache {
    pub fn get(&self, key: &PageKey, now: DateTime<Utc>) -> Option<Bytes> {
        let pages = self.pages.read().unwrap_or_else(|e| e.into_inner());
        let e = pages
            .get(&key.petition)?
            .iter()
            .find(|e| e.key.same_page(key))?;
        let fresh = e.key == *key && now >= e.rendered_at && now - e.rendered_at < MAX_AGE;
        fresh.then(|| e.html.clone())
    }

    pub fn put(&self, key: PageKey, now: DateTime<Utc>, html: Bytes) {
        let mut pages = self.pages.write().unwrap_or_else(|e| e.into_inner());
        let of_petition = pages.entry(key.petition).or_default();
        of_petition.retain(|e| !e.key.same_page(&key));
        of_petition.push(Entry {
            key,
            rendered_at: now,
            html,
        });
    }
}
