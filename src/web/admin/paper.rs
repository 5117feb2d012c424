//! Paper: printing numbered sheets, the petition's paper page, entering a sheet (with its
//! scan), deciding on likely duplicates, and verifying organizations.
use axum::extract::{Multipart, Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use templates::admin::{self, DuplicateSide, EntryRow, PaperPage, SheetEntryPage, SheetView};
use templates::Tr;

use crate::domain::paper::{PaperSignature, ProvenanceInput, ScanType, MAX_SCAN_BYTES, MAX_SHEETS};
use crate::domain::{clean_text, CountryCode, FieldError, SignatureInput, TextRules, Visibility};
use crate::i18n::RequestLang;
use crate::store::paper::{self, PaperError, SheetEntry};
use crate::store::Petition;
use crate::web::error::AppError;
use crate::web::form::FormPairs;
use crate::web::path::PathParam;
use crate::web::AppState;

use super::{back_to, find, minute, notice, private, refuse_cross_site, DoneQuery, Organizer};

/// What the multipart body of a sheet may hold beyond the scan: the fields of its rows.
pub const ENTRY_BODY_LIMIT: usize = MAX_SCAN_BYTES + 512 * 1024;

#[derive(Deserialize)]
pub struct SheetsQuery {
    count: Option<String>,
    lang: Option<String>,
}

/// `GET /admin/petitions/{slug}/sheets?count=N&lang=xx`: N new numbered sheets, recorded.
pub async fn print(
    State(state): State<AppState>,
    who: Organizer,
    PathParam(slug): PathParam,
    Query(q): Query<SheetsQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    // Printing writes numbers and the audit log: never at another site's request.
    refuse_cross_site(&state, &headers)?;
    let p = find(&state, &slug).await?;
    let count = q
        .count
        .as_deref()
        .unwrap_or("1")
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|n| (1..=MAX_SHEETS).contains(n))
        .ok_or(AppError::BadRequest("count"))?;
    let language = q
        .lang
        .as_deref()
        .map(str::trim)
        .filter(|l| Tr::is_supported(l) || p.has_text_in(l))
        .unwrap_or(&p.language)
        .to_ascii_lowercase();
    let now = state.clock.now();
    let text = p.text_in(&language);
    let sha = p.text_sha256();
    let numbers = state
        .store
        .print_sheets(who.email(), p.id, count, &language, &sha, now)
        .await?;
    let url = format!(
        "{}/petitions/{}?lang={language}",
        state.settings.server.base_url.trim_end_matches('/'),
        p.slug
    );
    let names_delivered = p.visibility.choices().iter().any(|v| v.is_delivered());
    let page = admin::SheetsPrint {
        numbers,
        language: language.clone(),
        text_language: text.language.to_owned(),
        title: text.title.to_owned(),
        summary: text.summary.to_owned(),
        addressees: text.addressees.to_vec(),
        author: p.author.clone(),
        qr_svg: qr_svg(&url),
        url,
        text_sha256_short: sha.chars().take(12).collect(),
        may_publish: p.visibility.offers(Visibility::Public),
        names_delivered,
        printed_at: now.format("%Y-%m-%d").to_string(),
    };
    // Sheets in Ukrainian do not make the organizer's own pages Ukrainian.
    let mut res = private(Html(
        admin::sheets(&Tr::new(&language), &page).into_string(),
    ));
    res.extensions_mut()
        .insert(crate::web::middleware::DocumentLanguage);
    Ok(res)
}

/// The QR code of `url` as an inline `<svg>` (no XML prologue), dark on white.
fn qr_svg(url: &str) -> String {
    match qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M) {
        Ok(code) => {
            let svg = code
                .render::<qrcode::render::svg::Color<'_>>()
                .min_dimensions(160, 160)
                .quiet_zone(true)
                .build();
            let start = svg.find("<svg").unwrap_or(0);
            svg[start..].replacen("<svg", "<svg role=\"img\" aria-hidden=\"true\"", 1)
        }
        // Only a URL longer than a QR code holds fails; the address printed below stays.
        Err(_) => String::new(),
    }
}

/// `GET /admin/petitions/{slug}/paper`.
pub async fn page(
    State(state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
    PathParam(slug): PathParam,
    Query(q): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let tr = lang.tr(None);
    let p = find(&state, &slug).await?;
    let db = state.store.reader();
    let sheets = paper::sheets_of(db, p.id).await?;
    let (paper_signatures, _) = paper::paper_counts(db, p.id).await?;
    let duplicates = paper::duplicate_pairs(db, p.id, 200)
        .await?
        .into_iter()
        .map(|(a, b)| (side(a), side(b)))
        .collect();
    let languages = p
        .text_languages()
        .map(str::to_owned)
        .chain(
            templates::i18n::languages()
                .map(|(c, _)| c.to_owned())
                .filter(|c| !p.has_text_in(c)),
        )
        .map(|c| {
            let name = templates::i18n::language_name(&c).to_owned();
            (c, name)
        })
        .collect();
    let page = PaperPage {
        ctx: who.ctx(notice(&tr, q.done.as_deref())),
        slug: p.slug.clone(),
        title: p.title.clone(),
        languages,
        paper_signatures,
        sheets: sheets
            .into_iter()
            .map(|(s, n)| SheetView {
                number: s.number,
                language: s.language,
                printed: minute(s.printed_at),
                printed_by: s.printed_by,
                collected_by: s.collected_by,
                place: s.place,
                collected_on: s.collected_on,
                entered: s.entered_at.map(minute),
                entered_by: s.entered_by,
                scan_sha256: s.scan_sha256,
                signatures: n,
            })
            .collect(),
        duplicates,
    };
    Ok(private(Html(admin::paper(&tr, &page).into_string())))
}

fn side(s: crate::store::moderation::SignatureRecord) -> DuplicateSide {
    DuplicateSide {
        id: s.id,
        name: match (&s.organization, s.kind) {
            (Some(org), crate::domain::Kind::Organization) => org.clone(),
            _ => s.name.clone().unwrap_or_default(),
        },
        city: s.city.clone().unwrap_or_default(),
        paper: s.source == crate::domain::Source::Paper,
        sheet: s.sheet,
        created: minute(s.created_at),
    }
}

#[derive(Deserialize)]
pub struct OpenQuery {
    number: Option<String>,
}

/// `GET /admin/petitions/{slug}/paper/sheet?number=N`: the paper page's "open" form.
pub async fn open(
    _who: Organizer,
    PathParam(slug): PathParam,
    Query(q): Query<OpenQuery>,
) -> Result<Response, AppError> {
    let slug = crate::domain::Slug::parse(&slug).map_err(|_| AppError::NotFound)?;
    let n: i64 = q
        .number
        .as_deref()
        .and_then(|n| n.trim().parse().ok())
        .filter(|n| *n > 0)
        .ok_or(AppError::BadRequest("number"))?;
    Ok(Redirect::to(&format!("/admin/petitions/{}/paper/{n}", slug.as_ref())).into_response())
}

/// `GET /admin/petitions/{slug}/paper/{number}`: the entry form of a printed sheet.
pub async fn entry_page(
    State(state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
    PathParam((slug, number)): PathParam<(String, String)>,
) -> Result<Response, AppError> {
    let tr = lang.tr(None);
    let p = find(&state, &slug).await?;
    let sheet = sheet_of(&state, &p, &number).await?;
    let form = EntryForm::default();
    Ok(private(Html(
        admin::sheet_entry(
            &tr,
            &entry_view(&state, &tr, &who, &p, &sheet, &form, vec![]).await?,
        )
        .into_string(),
    )))
}

async fn sheet_of(state: &AppState, p: &Petition, number: &str) -> Result<paper::Sheet, AppError> {
    let n: i64 = number.trim().parse().map_err(|_| AppError::NotFound)?;
    paper::sheet(state.store.reader(), p.id, n)
        .await?
        .ok_or(AppError::NotFound)
}

/// The entry form's fields as received.
#[derive(Default)]
struct EntryForm {
    csrf: String,
    sheet: ProvenanceInput,
    country: String,
    rows: Vec<EntryRow>,
    scan: Option<(String, Vec<u8>)>,
}

async fn entry_view(
    state: &AppState,
    tr: &Tr,
    who: &Organizer,
    p: &Petition,
    sheet: &paper::Sheet,
    form: &EntryForm,
    errors: Vec<(String, String)>,
) -> Result<SheetEntryPage, AppError> {
    let already = paper::signatures_on_sheet(state.store.reader(), p.id, sheet.number).await?;
    let default = paper::paper_visibility(&p.visibility, None);
    let mut visibility: Vec<Visibility> = default.into_iter().collect();
    visibility.extend(
        p.visibility
            .choices()
            .iter()
            .copied()
            .filter(|v| Some(*v) != default),
    );
    let mut rows = form.rows.clone();
    rows.resize_with(rows.len().max(admin::ENTRY_ROWS), EntryRow::default);
    Ok(SheetEntryPage {
        ctx: who.ctx(None),
        slug: p.slug.clone(),
        title: p.title.clone(),
        number: sheet.number,
        printed: format!("{} · {}", minute(sheet.printed_at), sheet.printed_by),
        already,
        collected_by: form.sheet.collected_by.clone(),
        place: form.sheet.place.clone(),
        collected_at: form.sheet.collected_on.clone(),
        country: form.country.clone(),
        countries: CountryCode::all_in(tr.lang())
            .iter()
            .map(|(c, name)| (c.as_str().to_owned(), (*name).to_owned()))
            .collect(),
        visibility: visibility
            .into_iter()
            .map(|v| {
                (
                    v.as_str().to_owned(),
                    tr.t(&format!("visibility-{}", v.as_str())),
                )
            })
            .collect(),
        rows,
        errors,
    })
}

/// Reads the multipart body: the fields, and the scan (refused past [`MAX_SCAN_BYTES`]).
async fn read_entry(mut body: Multipart) -> Result<EntryForm, AppError> {
    let too_large = |e: axum::extract::multipart::MultipartError| {
        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            AppError::TooLarge
        } else {
            AppError::BadRequest("multipart")
        }
    };
    let mut form = EntryForm::default();
    while let Some(mut field) = body.next_field().await.map_err(too_large)? {
        let name = field.name().unwrap_or("").to_owned();
        if name == "scan" {
            let file_name = field.file_name().unwrap_or("").to_owned();
            let mut bytes = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(too_large)? {
                if bytes.len() + chunk.len() > MAX_SCAN_BYTES {
                    return Err(AppError::TooLarge);
                }
                bytes.extend_from_slice(&chunk);
            }
            if !bytes.is_empty() || !file_name.is_empty() {
                form.scan = Some((file_name, bytes));
            }
            continue;
        }
        let value = field.text().await.map_err(too_large)?;
        match name.as_str() {
            "csrf" => form.csrf = value,
            "collected_by" => form.sheet.collected_by = value,
            "place" => form.sheet.place = value,
            "collected_at" => form.sheet.collected_on = value,
            "country" => form.country = value,
            other => {
                let Some((i, column)) = other
                    .strip_prefix("row-")
                    .and_then(|r| r.split_once('-'))
                    .and_then(|(i, c)| Some((i.parse::<usize>().ok()?, c)))
                else {
                    continue;
                };
                if i == 0 || i > 500 {
                    continue;
                }
                if form.rows.len() < i {
                    form.rows.resize_with(i, EntryRow::default);
                }
                let row = &mut form.rows[i - 1];
                match column {
                    "kind" => row.kind = value,
                    "name" => row.name = value,
                    "city" => row.city = value,
                    "occupation" => row.occupation = value,
                    "visibility" => row.visibility = value,
                    _ => {}
                }
            }
        }
    }
    Ok(form)
}

/// A row is typed in when any of its text is.
fn is_blank(r: &EntryRow) -> bool {
    r.name.trim().is_empty() && r.city.trim().is_empty() && r.occupation.trim().is_empty()
}

/// A typed row as the signing form's input: the organization's name is typed under
/// occupation.
fn row_input(r: &EntryRow, country: &str) -> SignatureInput {
    let organization = r.kind == "organization";
    SignatureInput {
        kind: if organization {
            "organization"
        } else {
            "individual"
        }
        .into(),
        name: r.name.clone(),
        country: country.to_owned(),
        city: r.city.clone(),
        occupation: if organization {
            String::new()
        } else {
            r.occupation.clone()
        },
        organization: if organization {
            r.occupation.clone()
        } else {
            String::new()
        },
        visibility: r.visibility.clone(),
        ..Default::default()
    }
}

/// `POST /admin/petitions/{slug}/paper/{number}` (multipart): the sheet's rows, all or none.
pub async fn enter(
    State(state): State<AppState>,
    who: Organizer,
    lang: RequestLang,
    PathParam((slug, number)): PathParam<(String, String)>,
    body: Multipart,
) -> Result<Response, AppError> {
    let mut form = read_entry(body).await?;
    who.check_token(&form.csrf)?;
    let tr = lang.tr(None);
    let p = find(&state, &slug).await?;
    let sheet = sheet_of(&state, &p, &number).await?;
    let now = state.clock.now();
    let message = |e: &FieldError| (e.field.to_owned(), tr.t(e.key));

    let mut errors: Vec<(String, String)> = vec![];
    let provenance = match form.sheet.parse(now.date_naive()) {
        Ok(p) => Some(p),
        Err(errs) => {
            errors.extend(errs.iter().map(message));
            None
        }
    };
    if form.country.trim().is_empty() || CountryCode::parse(&form.country).is_err() {
        errors.push(("country".into(), tr.t("err-invalid-country")));
    }
    let scan = match &form.scan {
        Some((name, bytes)) => match ScanType::sniff(bytes, name) {
            Ok(kind) => Some((hex::encode(Sha256::digest(bytes)), kind)),
            Err(_) => {
                errors.push(("scan".into(), tr.t(admin::SCAN_TYPE)));
                None
            }
        },
        None => None,
    };
    let mut rows: Vec<PaperSignature> = vec![];
    for r in form.rows.iter_mut() {
        r.errors.clear();
        if is_blank(r) {
            continue;
        }
        let parsed = row_input(r, &form.country).parse_paper().and_then(|s| {
            match paper::paper_visibility(&p.visibility, s.visibility) {
                Some(_) => Ok(s),
                None => Err(vec![FieldError {
                    field: "visibility",
                    key: "err-invalid-visibility",
                }]),
            }
        });
        match parsed {
            Ok(s) => rows.push(s),
            // The sheet's country is reported once, with the sheet.
            Err(errs) => {
                r.errors = errs
                    .iter()
                    .filter(|e| e.field != "country")
                    .map(|e| {
                        let field = if e.field == "organization" {
                            "occupation"
                        } else {
                            e.field
                        };
                        (field.to_owned(), tr.t(e.key))
                    })
                    .collect()
            }
        }
    }
    if rows.is_empty() && form.rows.iter().all(|r| r.errors.is_empty()) {
        errors.push(("row-1-name".into(), tr.t(admin::NO_ROWS)));
    }
    let row_errors = form.rows.iter().any(|r| !r.errors.is_empty());
    let Some(provenance) = provenance.filter(|_| errors.is_empty() && !row_errors) else {
        let view = entry_view(&state, &tr, &who, &p, &sheet, &form, errors).await?;
        return Ok((
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            private(Html(admin::sheet_entry(&tr, &view).into_string())),
        )
            .into_response());
    };

    // The scan is kept before the rows are committed, under its own hash: a failure after
    // leaves a file no row names, never a row whose scan is missing.
    if let (Some((sha, kind)), Some((_, bytes))) = (&scan, &form.scan) {
        store_scan(&state, p.id, sha, *kind, bytes).await?;
    }
    let entry = SheetEntry {
        number: sheet.number,
        provenance,
        scan,
        rows,
    };
    match state
        .store
        .enter_sheets(who.email(), &p, &[entry], now)
        .await
    {
        Ok(_) => Ok(
            Redirect::to(&format!("/admin/petitions/{}/paper?done=entered", p.slug))
                .into_response(),
        ),
        Err(PaperError::UnknownSheet(_)) => Err(AppError::NotFound),
        Err(PaperError::Store(e)) => Err(e.into()),
    }
}

/// Writes the scan as `{scan_dir}/{petition id}/{sha256}.{ext}`, by a temporary file and a
/// rename, so a file under its final name is always whole.
async fn store_scan(
    state: &AppState,
    petition_id: i64,
    sha: &str,
    kind: ScanType,
    bytes: &[u8],
) -> Result<(), AppError> {
    let dir =
        std::path::Path::new(&state.settings.petitions.scan_dir).join(petition_id.to_string());
    let path = dir.join(format!("{sha}.{}", kind.extension()));
    let temporary = dir.join(format!(".{sha}.partial"));
    let bytes = bytes.to_vec();
    tokio::task::spawn_blocking(move || -> std::io::Result<()> {
        std::fs::create_dir_all(&dir)?;
        if path.exists() {
            return Ok(());
        }
        std::fs::write(&temporary, &bytes)?;
        std::fs::File::open(&temporary)?.sync_all()?;
        std::fs::rename(&temporary, &path)
    })
    .await
    .map_err(|e| crate::store::StoreError::Io(std::io::Error::other(e)))?
    .map_err(crate::store::StoreError::Io)?;
    Ok(())
}

/// `POST /admin/petitions/{slug}/paper/not-duplicate`: two signatures are two people.
pub async fn not_duplicate(
    State(state): State<AppState>,
    who: Organizer,
    PathParam(slug): PathParam,
    form: FormPairs,
) -> Result<Response, AppError> {
    who.check(&form)?;
    let p = find(&state, &slug).await?;
    let id = |f: &'static str| {
        form.get(f)
            .trim()
            .parse::<i64>()
            .map_err(|_| AppError::BadRequest(f))
    };
    let pair = (id("first")?, id("second")?);
    if !state
        .store
        .not_duplicates(who.email(), p.id, pair, state.clock.now())
        .await?
    {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to(&format!(
        "/admin/petitions/{}/paper?done=not-duplicate",
        p.slug
    ))
    .into_response())
}

/// `POST /admin/petitions/{slug}/signatures/{id}/verify` (`note`: how) and `/unverify`.
pub async fn verify(
    State(state): State<AppState>,
    who: Organizer,
    PathParam((slug, id)): PathParam<(String, String)>,
    form: FormPairs,
) -> Result<Response, AppError> {
    set_verified(state, who, slug, id, form, true).await
}

pub async fn unverify(
    State(state): State<AppState>,
    who: Organizer,
    PathParam((slug, id)): PathParam<(String, String)>,
    form: FormPairs,
) -> Result<Response, AppError> {
    set_verified(state, who, slug, id, form, false).await
}

async fn set_verified(
    state: AppState,
    who: Organizer,
    slug: String,
    id: String,
    form: FormPairs,
    verified: bool,
) -> Result<Response, AppError> {
    who.check(&form)?;
    let p = find(&state, &slug).await?;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let note = if verified {
        Some(
            clean_text(form.get("note"), TextRules::label(300, true))
                .ok()
                .flatten()
                .ok_or(AppError::BadRequest("note"))?,
        )
    } else {
        None
    };
    if !state
        .store
        .set_verified(who.email(), p.id, id, note.as_deref(), state.clock.now())
        .await?
    {
        return Err(AppError::NotFound);
    }
    Ok(back_to(
        &p.slug,
        if verified { "verified" } else { "unverified" },
    ))
}
