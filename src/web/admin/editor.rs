//! Creating and editing petitions, with a preview.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, Response};
use chrono::{NaiveDate, TimeDelta};
use templates::admin;
use templates::admin::EditPetitionPage;

use crate::domain::{
    clean_text, petition::is_language_tag, Accepts, PetitionState, Slug, TextRules,
};
use crate::i18n::RequestLang;
use crate::store::petitions::{self, PetitionRecord};
use crate::store::{audit, Petition};
use crate::web::error::AppError;
use crate::web::form::FormPairs;
use crate::web::path::PathParam;
use crate::web::AppState;

use super::{back_to, find, private, Organizer};

/// The edit form as typed, and what is wrong with it.
fn parse_edit(
    form: &FormPairs,
    existing: Option<&Petition>,
) -> (EditPetitionPage, Option<PetitionRecord>) {
    let mut page = EditPetitionPage {
        ctx: None,
        existing: existing.is_some(),
        slug: existing
            .map(|p| p.slug.clone())
            .unwrap_or_else(|| form.get("slug").trim().to_owned()),
        title: form.get("title").to_owned(),
        summary: form.get("summary").to_owned(),
        addressees: form.get("addressees").to_owned(),
        author: form.get("author").to_owned(),
        language: form.get("language").trim().to_owned(),
        accepts_individuals: form.get("accepts_individuals") == "on",
        accepts_organizations: form.get("accepts_organizations") == "on",
        goal: form.get("goal").trim().to_owned(),
        closes_on: form.get("closes_on").trim().to_owned(),
        body: form.get("body").replace("\r\n", "\n"),
        ..Default::default()
    };
    let mut errors: Vec<(String, String)> = vec![];
    let mut err = |field: &str, key: &str| errors.push((field.to_owned(), key.to_owned()));
    let slug = Slug::parse(&page.slug)
        .map_err(|_| err("slug", "admin-err-slug"))
        .ok();
    let mut text = |field: &str, value: &str, max: usize, key: &str| match clean_text(
        value,
        TextRules::line(max, true),
    ) {
        Ok(v) => v,
        Err(crate::domain::TextError::Required) => {
            err(field, "err-required");
            None
        }
        Err(_) => {
            err(field, key);
            None
        }
    };
    let title = text("title", &page.title, 200, "err-too-long-200");
    let author = text("author", &page.author, 200, "err-too-long-200");
    let summary = match clean_text(&page.summary, TextRules::line(1000, false)) {
        Ok(s) => s,
        Err(_) => {
            err("summary", "err-too-long-1000");
            None
        }
    };
    let addressees: Vec<String> = page
        .addressees
        .lines()
        .filter_map(|l| clean_text(l, TextRules::line(200, false)).ok().flatten())
        .collect();
    let addressees_ok = !addressees.is_empty()
        && page
            .addressees
            .lines()
            .all(|l| clean_text(l, TextRules::line(200, false)).is_ok());
    if !addressees_ok {
        err("addressees", "admin-err-addressees");
    }
    if !is_language_tag(&page.language) {
        err("language", "admin-err-language");
    }
    let accepts = Accepts {
        individuals: page.accepts_individuals,
        organizations: page.accepts_organizations,
    };
    if !accepts.individuals && !accepts.organizations {
        err("accepts", "admin-err-accepts");
    }
    let goal = if page.goal.is_empty() {
        None
    } else {
        match page.goal.parse::<u64>() {
            Ok(g) if g > 0 => Some(g),
            _ => {
                err("goal", "admin-err-goal");
                None
            }
        }
    };
    let closes_at = if page.closes_on.is_empty() {
        None
    } else {
        match NaiveDate::parse_from_str(&page.closes_on, "%Y-%m-%d") {
            Ok(d) => d
                .succ_opt()
                .and_then(|n| n.and_hms_opt(0, 0, 0))
                .map(|t| t.and_utc()),
            Err(_) => {
                err("closes_on", "admin-err-date");
                None
            }
        }
    };
    let body = page.body.trim().to_owned();
    if body.is_empty() {
        err("body", "err-required");
    }
    page.errors = errors;
    let record = match (slug, title, author) {
        (Some(slug), Some(title), Some(author)) if page.errors.is_empty() => Some(PetitionRecord {
            slug,
            summary: summary.unwrap_or_else(|| crate::declarations::first_paragraph(&body)),
            body_html: crate::markdown::render(&body),
            body,
            title,
            addressees,
            author,
            language: page.language.clone(),
            accepts,
            goal,
            closes_at,
            excerpt: existing.is_some_and(|p| p.excerpt),
            state: existing.map(|p| p.state).unwrap_or(PetitionState::Draft),
            source_hash: None,
        }),
        _ => None,
    };
    (page, record)
}

fn edit_page_of(p: &Petition) -> EditPetitionPage {
    EditPetitionPage {
        existing: true,
        slug: p.slug.clone(),
        title: p.title.clone(),
        summary: p.summary.clone(),
        addressees: p.addressees.join("\n"),
        author: p.author.clone(),
        language: p.language.clone(),
        accepts_individuals: p.accepts.individuals,
        accepts_organizations: p.accepts.organizations,
        goal: p.goal.map(|g| g.to_string()).unwrap_or_default(),
        closes_on: p
            .closes_at
            .map(|t| (t - TimeDelta::seconds(1)).format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        body: p.body.clone(),
        ..Default::default()
    }
}

async fn has_signed_version(state: &AppState, p: &Petition) -> Result<bool, AppError> {
    // Any signature at all (not only confirmed) freezes the text it was given.
    Ok(match p.version_id {
        Some(v) => state.store.signatures_of_version(v).await? > 0,
        None => false,
    })
}

pub async fn new_page(
    State(_state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
) -> Response {
    let page = EditPetitionPage {
        ctx: Some(who.ctx(None)),
        language: "en".into(),
        accepts_individuals: true,
        accepts_organizations: true,
        ..Default::default()
    };
    private(Html(
        admin::edit_petition(&lang.tr(None), &page).into_string(),
    ))
}

pub async fn edit_page(
    State(state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
    PathParam(slug): PathParam,
) -> Result<Response, AppError> {
    let p = find(&state, &slug).await?;
    let mut page = edit_page_of(&p);
    page.ctx = Some(who.ctx(None));
    page.creates_new_version = has_signed_version(&state, &p).await?;
    Ok(private(Html(
        admin::edit_petition(&lang.tr(None), &page).into_string(),
    )))
}

pub async fn create(
    State(state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
    form: FormPairs,
) -> Result<Response, AppError> {
    who.check(&form)?;
    let (mut page, record) = parse_edit(&form, None);
    if let Some(r) = &record {
        if petitions::by_slug(state.store.reader(), r.slug.as_ref())
            .await?
            .is_some()
        {
            page.errors
                .push(("slug".into(), "admin-err-slug-taken".into()));
        }
    }
    save(state, who, lang, form, page, record, None).await
}

pub async fn update(
    State(state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
    PathParam(slug): PathParam,
    form: FormPairs,
) -> Result<Response, AppError> {
    who.check(&form)?;
    let p = find(&state, &slug).await?;
    let (mut page, record) = parse_edit(&form, Some(&p));
    page.creates_new_version = has_signed_version(&state, &p).await?;
    save(state, who, lang, form, page, record, Some(p)).await
}

async fn save(
    state: AppState,
    who: Organizer,
    lang: RequestLang,
    form: FormPairs,
    mut page: EditPetitionPage,
    record: Option<PetitionRecord>,
    existing: Option<Petition>,
) -> Result<Response, AppError> {
    let tr = lang.tr(None);
    let preview = form.get("action") == "preview";
    match record {
        Some(r) if page.errors.is_empty() && !preview => {
            let now = state.clock.now();
            state.store.upsert_petition(&r, now).await?;
            let action = if existing.is_some() {
                "petition.edit"
            } else {
                "petition.create"
            };
            let saved = petitions::by_slug(state.store.reader(), r.slug.as_ref()).await?;
            state
                .store
                .audit(
                    audit::Action {
                        actor: who.email(),
                        action,
                        petition_id: saved.map(|p| p.id),
                        detail: r.title.clone(),
                        count: 0,
                    },
                    now,
                )
                .await?;
            state.counts.invalidate();
            Ok(back_to(r.slug.as_ref(), "saved"))
        }
        _ => {
            page.ctx = Some(who.ctx(None));
            if preview {
                page.preview_html = Some(crate::markdown::render(&page.body));
            }
            let status = if page.errors.is_empty() {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let mut res = private(Html(admin::edit_petition(&tr, &page).into_string()));
            *res.status_mut() = status;
            Ok(res)
        }
    }
}
