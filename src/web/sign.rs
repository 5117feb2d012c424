//! `POST /petitions/{slug}/sign`: the outcome table of the spec, row by row.
use axum::extract::State;
use axum::http::header::{self, HeaderValue};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use templates::pages;
use templates::view::{FormKind, FormNotice, SignFormView};

use super::client_ip::ClientIp;
use super::error::AppError;
use super::form::FormPairs;
use super::path::PathParam;
use super::public::{find_petition, petition_page};
use super::{views, AppState};
use crate::domain::{FieldError, Kind, SignatureInput};
use crate::i18n::RequestLang;
use crate::security::FormTokenError;
use crate::store::signing::{SignOutcome, SignRequest};

pub async fn sign(
    State(state): State<AppState>,
    PathParam(slug): PathParam,
    lang: RequestLang,
    ClientIp(ip): ClientIp,
    form: FormPairs,
) -> Result<Response, AppError> {
    let petition = find_petition(&state, &slug).await?;
    let tr = lang.tr(Some(&petition.language));
    let now = state.clock.now();
    if !petition.is_signable(now) {
        let page = pages::closed(&tr, petition.text_in(tr.lang()).title, &petition.slug);
        return Ok((StatusCode::CONFLICT, Html(page.into_string())).into_response());
    }

    // The version the signer read: the form says which; a form from elsewhere (or a version
    // withdrawn since) gets the one this request would be shown.
    let text_language = Some(form.get("text_language"))
        .filter(|l| petition.has_text_in(l))
        .map(|l| petition.text_in(l).language)
        .unwrap_or_else(|| lang.text(&tr, &petition).language);
    let input = SignatureInput::from_pairs(form.iter());
    // The form to send back: the one submitted, or the one this petition has if it takes
    // only the other kind.
    let kind = match input.kind() {
        Some(Kind::Organization) if petition.accepts.organizations => FormKind::Organization,
        _ if petition.accepts.individuals => FormKind::Individual,
        _ => FormKind::Organization,
    };
    let token = form.get("form_token");
    let (visibility, default_visibility) = views::visibility_offer(&petition.visibility);
    let send_back = |notice: FormNotice, token: String, errors: Vec<FieldError>| SignFormView {
        kind,
        visibility: visibility.clone(),
        default_visibility,
        action: format!("/petitions/{}/sign", petition.slug),
        form_token: token,
        text_language: text_language.to_owned(),
        values: input.values(),
        errors: errors
            .iter()
            .map(|e| (e.field.to_owned(), e.key.to_owned()))
            .collect(),
        notice: Some(notice),
    };
    let fresh_token = || state.keys.form_token(petition.id, now);

    // A network over its rate gets its form back with a time to wait, not a lost signature.
    if let Err(wait) = state.limits.sign.check(ip).await {
        tracing::info!(petition = %petition.slug, retry_after = wait.as_secs(), "signing rate limit reached");
        let page = petition_page(
            &state,
            &petition,
            &tr,
            text_language,
            Some(send_back(FormNotice::RateLimited, token.to_owned(), vec![])),
        )
        .await?;
        let mut res = (StatusCode::TOO_MANY_REQUESTS, Html(page.into_string())).into_response();
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(wait.as_secs()));
        return Ok(res);
    }

    // Bots fill every field; people never see this one. Say nothing about why.
    if !form.get("website").is_empty() {
        tracing::info!(petition = %petition.slug, "honeypot filled; nothing stored");
        let page = petition_page(
            &state,
            &petition,
            &tr,
            text_language,
            Some(send_back(FormNotice::TryAgain, fresh_token(), vec![])),
        )
        .await?;
        return Ok(unprocessable(page));
    }
    match state
        .keys
        .check_form_token(token, petition.id, now, state.policy.form_max_age)
    {
        Err(why) => {
            let why = match why {
                FormTokenError::Missing => "missing",
                FormTokenError::Forged => "forged",
                FormTokenError::Expired => "expired",
            };
            tracing::info!(petition = %petition.slug, why, "form token refused; form sent back");
            let page = petition_page(
                &state,
                &petition,
                &tr,
                text_language,
                Some(send_back(FormNotice::Expired, fresh_token(), vec![])),
            )
            .await?;
            return Ok(unprocessable(page));
        }
        Ok(issued) => {
            if now - issued < state.policy.min_fill {
                tracing::info!(petition = %petition.slug, "form sent faster than a person types; sent back");
                // The same token: by the time a person presses again, it is old enough.
                let page = petition_page(
                    &state,
                    &petition,
                    &tr,
                    text_language,
                    Some(send_back(FormNotice::TryAgain, token.to_owned(), vec![])),
                )
                .await?;
                return Ok(unprocessable(page));
            }
        }
    }

    // What the petition itself allows: the kind of signer, and the level of visibility
    // (the petition's default when the signer chose none).
    let signature = input.parse().and_then(|mut s| {
        if !petition.accepts.allows(s.kind()) {
            return Err(vec![FieldError {
                field: "kind",
                key: "err-kind-not-accepted",
            }]);
        }
        let Some(visibility) = petition.visibility.resolve(s.visibility) else {
            return Err(vec![FieldError {
                field: "visibility",
                key: "err-invalid-visibility",
            }]);
        };
        s.visibility = Some(visibility);
        Ok(s)
    });
    let signature = match signature {
        Ok(s) => s,
        Err(errors) => {
            let page = petition_page(
                &state,
                &petition,
                &tr,
                text_language,
                Some(send_back(FormNotice::FixFields, token.to_owned(), errors)),
            )
            .await?;
            return Ok(unprocessable(page));
        }
    };

    if let Some(blocked) = state.blocklist.check(&signature.email, ip) {
        // Organizers read this in the log; the sender sees what everyone sees.
        tracing::warn!(
            petition = %petition.slug,
            domain = %signature.email.domain(),
            ip_hash = %state.keys.ip_hash(ip),
            reason = ?blocked,
            "blocked submission; nothing stored, nothing sent"
        );
        return Ok(thanks_redirect(&petition.slug));
    }

    let outcome = state
        .store
        .sign(SignRequest {
            petition_id: petition.id,
            version_id: petition.version_id,
            signer_hash: state.keys.signer_hash(&signature.dedupe_key()),
            signature: signature.clone(),
            language: tr.lang().to_owned(),
            text_language: text_language.to_owned(),
            ip_hash: Some(state.keys.ip_hash(ip)),
            now,
            confirm_window: state.policy.confirm_window,
            caps: state.policy.caps,
        })
        .await?;
    if outcome == SignOutcome::Closed {
        // Closed between reading the petition and storing: nothing was stored.
        let page = pages::closed(&tr, petition.text_in(tr.lang()).title, &petition.slug);
        return Ok((StatusCode::CONFLICT, Html(page.into_string())).into_response());
    }
    // Each batch's summary is at info (store::signing); each signature's own line at debug.
    tracing::debug!(petition = %petition.slug, kind = signature.kind().as_str(), outcome = ?outcome, "signature submitted");
    // Every outcome looks the same from outside: nobody learns who has signed.
    Ok(thanks_redirect(&petition.slug))
}

/// `GET /petitions/{slug}/sign`: the address a form sent back is shown at. A language
/// chosen there (`?lang=`), a reload or a bookmark lands on the petition itself.
pub async fn to_petition(
    PathParam(slug): PathParam,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Result<Response, AppError> {
    let slug = crate::domain::Slug::parse(&slug).map_err(|_| AppError::NotFound)?;
    let to = match RequestLang::explicit_in_query(query.as_deref()) {
        Some(l) => format!("/petitions/{}?lang={l}", slug.as_ref()),
        None => format!("/petitions/{}", slug.as_ref()),
    };
    Ok(Redirect::to(&to).into_response())
}

fn thanks_redirect(slug: &str) -> Response {
    Redirect::to(&format!("/petitions/{slug}/thanks")).into_response()
}

fn unprocessable(page: templates::Markup) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, Html(page.into_string())).into_response()
}
