//! Creating and editing petitions, with a preview.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, Response};
use templates::admin;
use templates::admin::EditPetitionPage;

use crate::domain::petition_draft::{closing_day, DraftError, DraftProblem};
use crate::domain::signature::text_error_key;
use crate::domain::{PetitionDraft, PetitionInput, PetitionState, Visibility, VisibilityOffer};
use crate::i18n::RequestLang;
use crate::store::petitions::{self, PetitionRecord};
use crate::store::{audit, Petition};
use crate::web::error::AppError;
use crate::web::form::FormPairs;
use crate::web::path::PathParam;
use crate::web::{views, AppState};

use super::{back_to, find, private, Organizer};

/// The edit form as typed, and what is wrong with it, through the one parser every
/// petition passes ([`PetitionDraft::parse`]).
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
    // The form edits a closing day; a file may have given an exact time, which an
    // unchanged day keeps.
    let closes = match existing.and_then(|p| p.closes_at) {
        Some(t) if closing_day(t) == page.closes_on => t.to_rfc3339(),
        _ => page.closes_on.clone(),
    };
    let accepts: Vec<&str> = [
        (page.accepts_individuals, "individual"),
        (page.accepts_organizations, "organization"),
    ]
    .into_iter()
    .filter_map(|(on, kind)| on.then_some(kind))
    .collect();
    let offered: Vec<&str> = Visibility::ALL
        .iter()
        .map(|v| v.as_str())
        .filter(|v| form.get(&format!("visibility_{v}")) == "on")
        .collect();
    let default_visibility = form.get("default_visibility").trim();
    page.visibility = offered
        .iter()
        .filter_map(|v| Visibility::parse(v))
        .map(views::visibility)
        .collect();
    page.default_visibility = Visibility::parse(default_visibility)
        .map(views::visibility)
        .unwrap_or_default();
    let input = PetitionInput {
        slug: &page.slug,
        title: &page.title,
        summary: &page.summary,
        addressees: page.addressees.lines().collect(),
        author: &page.author,
        language: &page.language,
        accepts,
        goal: &page.goal,
        closes: &closes,
        body: &page.body,
        // None ticked is refused, not read as "all": the organizer unticked them.
        visibility: if offered.is_empty() {
            vec!["none"]
        } else {
            offered.clone()
        },
        default_visibility,
    };
    let record = match PetitionDraft::parse(&input) {
        Ok(draft) => Some(PetitionRecord::from_draft(
            draft,
            existing.map(|p| p.state).unwrap_or(PetitionState::Draft),
            existing.is_some_and(|p| p.excerpt),
            None,
        )),
        Err(errors) => {
            page.errors = errors.iter().map(error_key).collect();
            None
        }
    };
    (page, record)
}

/// The editor's field and the catalog's message for a problem.
fn error_key(e: &DraftError) -> (String, String) {
    let field = match e.field {
        "closes_at" => "closes_on",
        f => f,
    };
    let key = match (e.field, e.problem) {
        ("addressees", _) | (_, DraftProblem::NoAddressee) => "admin-err-addressees",
        (_, DraftProblem::Text(t)) => text_error_key(t),
        (_, DraftProblem::Slug) => "admin-err-slug",
        (_, DraftProblem::Language) => "admin-err-language",
        (_, DraftProblem::Accepts) => "admin-err-accepts",
        (_, DraftProblem::Goal) => "admin-err-goal",
        (_, DraftProblem::Date) => "admin-err-date",
        (_, DraftProblem::Visibility) => "err-invalid-visibility",
    };
    (field.to_owned(), key.to_owned())
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
        closes_on: p.closes_at.map(closing_day).unwrap_or_default(),
        body: p.body.clone(),
        visibility: views::visibility_offer(&p.visibility).0,
        default_visibility: views::visibility(p.visibility.default_choice()),
        ..Default::default()
    }
}

async fn has_signed_version(state: &AppState, p: &Petition) -> Result<bool, AppError> {
    // Any signature at all (not only confirmed) freezes the text it was given.
    Ok(match p.version_id {
        Some(v) => state.store.version_has_signatures(v).await?,
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
        visibility: views::visibility_offer(&VisibilityOffer::default()).0,
        default_visibility: views::visibility(VisibilityOffer::default().default_choice()),
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
        if petitions::by_slug(state.store.reader(), r.draft.slug.as_ref())
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
            let saved = petitions::by_slug(state.store.reader(), r.draft.slug.as_ref()).await?;
            state
                .store
                .audit(
                    audit::Action {
                        actor: who.email(),
                        action,
                        petition_id: saved.map(|p| p.id),
                        detail: r.draft.title.clone(),
                        count: 0,
                    },
                    now,
                )
                .await?;
            Ok(back_to(r.draft.slug.as_ref(), "saved"))
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
