//! From domain values to the templates' plain view data.
use templates::admin::SignatureStatus;
use templates::view::{
    CountsView, FormKind, PetitionCard, SignatoryView, StateView, VisibilityView,
};

use crate::domain::petition_draft::closing_day;
use crate::domain::{CountryCode, Kind, PetitionState, Status, Visibility, VisibilityOffer};
use crate::store::petitions::Text;
use crate::store::signatures::PublicSignatory;
use crate::store::{Counts, Petition};

pub fn state(s: PetitionState) -> StateView {
    match s {
        PetitionState::Draft => StateView::Draft,
        PetitionState::Open => StateView::Open,
        PetitionState::Closed => StateView::Closed,
        PetitionState::Delivered => StateView::Delivered,
    }
}

pub fn kind(k: Kind) -> FormKind {
    match k {
        Kind::Individual => FormKind::Individual,
        Kind::Organization => FormKind::Organization,
    }
}

pub fn status(s: Status) -> SignatureStatus {
    match s {
        Status::Pending => SignatureStatus::Pending,
        Status::Confirmed => SignatureStatus::Confirmed,
        Status::Withdrawn => SignatureStatus::Withdrawn,
        Status::Removed => SignatureStatus::Removed,
    }
}

pub fn visibility(v: Visibility) -> VisibilityView {
    match v {
        Visibility::Public => VisibilityView::Public,
        Visibility::Addressees => VisibilityView::Addressees,
        Visibility::Anonymous => VisibilityView::Anonymous,
    }
}

/// The levels a petition's form offers, and the one preselected.
pub fn visibility_offer(o: &VisibilityOffer) -> (Vec<VisibilityView>, VisibilityView) {
    (
        o.choices().iter().map(|v| visibility(*v)).collect(),
        visibility(o.default_choice()),
    )
}

pub fn counts(c: &Counts) -> CountsView {
    CountsView {
        total: c.total,
        individual: c.individual,
        organization: c.organization,
        members: c.members,
        by_country: c.countries_ranked(),
    }
}

/// A petition's card, in the language version `text`.
pub fn card(
    p: &Petition,
    text: Text<'_>,
    c: &Counts,
    now: chrono::DateTime<chrono::Utc>,
) -> PetitionCard {
    PetitionCard {
        slug: p.slug.clone(),
        language: text.language.to_owned(),
        title: text.title.to_owned(),
        summary: text.summary.to_owned(),
        addressees: text.addressees.to_vec(),
        author: p.author.clone(),
        state: state(p.visible_state(now)),
        goal: p.goal,
        // Stored as the first moment it is closed; people read the last day it is open.
        closes_on: p.closes_at.map(closing_day),
        counts: counts(c),
    }
}

pub fn signatory(s: &PublicSignatory, lang: &str) -> SignatoryView {
    SignatoryView {
        is_organization: s.kind == Kind::Organization,
        name: s.name.clone(),
        organization: s.organization.clone(),
        role: s.role.clone(),
        occupation: s.occupation.clone(),
        city: s.city.clone(),
        country_name: CountryCode::display_name(&s.country, lang),
        members: s.members.and_then(|m| u64::try_from(m).ok()),
        comment: s.comment.clone(),
        signed_on: s.confirmed_at.format("%Y-%m-%d").to_string(),
        verified: s.verified,
    }
}

/// Country codes and names for the form's select.
/// The form's list of countries: codes, and names in `lang` in that language's order.
pub fn countries(lang: &str) -> Vec<(String, String)> {
    CountryCode::all_in(lang)
        .iter()
        .map(|(c, n)| (c.as_str().to_owned(), (*n).to_owned()))
        .collect()
}
