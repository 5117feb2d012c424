//! `POST /petitions/{slug}/sign`: the outcome table of the spec, row by row.
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::TimeDelta;
use templates::pages;
use templates::view::{FormKind, FormNotice, SignFormView};

use super::client_ip::ClientIp;
use super::error::AppError;
use super::form::FormPairs;
use super::public::{find_petition, petition_page};
use super::AppState;
use crate::domain::{FieldError, Kind, SignatureInput};
use crate::i18n::RequestLang;
use crate::security::FormTokenError;
use crate::store::signatures::SignRequest;

pub async fn sign(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    lang: RequestLang,
    ClientIp(ip): ClientIp,
    form: FormPairs,
) -> Result<Response, AppError> {
    let petition = find_petition(&state, &slug).await?;
    let tr = lang.tr(Some(&petition.language));
    let now = state.clock.now();
    if !petition.is_signable(now) {
        let page = pages::closed(&tr, &petition.title, &petition.slug);
        return Ok((StatusCode::CONFLICT, Html(page.into_string())).into_response());
    }

    let input = SignatureInput::from_pairs(form.iter());
    // The form to send back: the one submitted, or the one this petition has if it takes
    // only the other kind.
    let kind = match input.kind() {
        Some(Kind::Organization) if petition.accepts.organizations => FormKind::Organization,
        _ if petition.accepts.individuals => FormKind::Individual,
        _ => FormKind::Organization,
    };
    let token = form.get("form_token");
    let send_back = |notice: FormNotice, token: String, errors: Vec<FieldError>| SignFormView {
        kind,
        action: format!("/petitions/{}/sign", petition.slug),
        form_token: token,
        values: input.values(),
        errors: errors
            .iter()
            .map(|e| (e.field.to_owned(), e.key.to_owned()))
            .collect(),
        notice: Some(notice),
    };
    let fresh_token = || state.keys.form_token(petition.id, now);

    // Bots fill every field; people never see this one. Say nothing about why.
    if !form.get("website").is_empty() {
        tracing::info!(petition = %petition.slug, "honeypot filled; nothing stored");
        let page = petition_page(
            &state,
            &petition,
            &tr,
            Some(send_back(FormNotice::TryAgain, fresh_token(), vec![])),
        )
        .await?;
        return Ok(unprocessable(page));
    }
    let max_age = TimeDelta::hours(state.settings.signing.form_max_age_hours as i64);
    match state
        .keys
        .check_form_token(token, petition.id, now, max_age)
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
                Some(send_back(FormNotice::Expired, fresh_token(), vec![])),
            )
            .await?;
            return Ok(unprocessable(page));
        }
        Ok(issued) => {
            let min_fill = TimeDelta::seconds(state.settings.signing.min_fill_seconds as i64);
            if now - issued < min_fill {
                tracing::info!(petition = %petition.slug, "form sent faster than a person types; sent back");
                // The same token: by the time a person presses again, it is old enough.
                let page = petition_page(
                    &state,
                    &petition,
                    &tr,
                    Some(send_back(FormNotice::TryAgain, token.to_owned(), vec![])),
                )
                .await?;
                return Ok(unprocessable(page));
            }
        }
    }

    let signature = input.parse().and_then(|s| {
        if petition.accepts.allows(s.kind()) {
            Ok(s)
        } else {
            Err(vec![FieldError {
                field: "kind",
                key: "err-kind-not-accepted",
            }])
        }
    });
    let signature = match signature {
        Ok(s) => s,
        Err(errors) => {
            let page = petition_page(
                &state,
                &petition,
                &tr,
                Some(send_back(FormNotice::FixFields, token.to_owned(), errors)),
            )
            .await?;
            return Ok(unprocessable(page));
        }
    };

    let outcome = state
        .store
        .sign(&SignRequest {
            petition: &petition,
            signature: &signature,
            language: tr.lang(),
            ip_hash: Some(state.keys.ip_hash(ip)),
            now,
            confirm_window: TimeDelta::hours(state.settings.signing.confirm_ttl_hours as i64),
            message_cap: state.settings.limits.resend_per_signature_per_day,
        })
        .await?;
    if outcome.queued_mail() {
        state.outbox_wake.notify_one();
    }
    tracing::info!(petition = %petition.slug, kind = signature.kind().as_str(), outcome = ?outcome, "signature submitted");
    // Every outcome looks the same from outside: nobody learns who has signed.
    Ok(Redirect::to(&format!("/petitions/{}/thanks", petition.slug)).into_response())
}

fn unprocessable(page: templates::Markup) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, Html(page.into_string())).into_response()
}
