//! Login and logout: the login form bound to the browser, the limits per client and per
//! account, one session per browser.

use axum::extract::State;
use axum::http::header::{self, HeaderValue};
use axum::http::HeaderMap;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use templates::admin;
use templates::admin::LoginPage;
use templates::Tr;

use crate::domain::Email;
use crate::i18n::RequestLang;
use crate::security::password;
use crate::store::audit;
use crate::web::client_ip::ClientIp;
use crate::web::error::AppError;
use crate::web::form::FormPairs;
use crate::web::rate_limit::AccountKey;
use crate::web::AppState;

use super::{
    cookie_name, login_cookie_name, private, session_token, Organizer, LOGIN_FORM_MAX_AGE,
};

/// The browser's login binding: the one its cookie holds, or a new one and the cookie that
/// gives it to the browser.
fn login_browser(
    state: &AppState,
    headers: &HeaderMap,
) -> (crate::domain::Token, Option<HeaderValue>) {
    match session_token(headers, login_cookie_name(state)) {
        Some(t) => (t, None),
        None => {
            let t = crate::domain::Token::generate();
            let cookie = crate::web::cookies::set_cookie(
                &state.settings,
                login_cookie_name(state),
                t.expose(),
                LOGIN_FORM_MAX_AGE.num_seconds() as u64,
            );
            (t, cookie)
        }
    }
}

/// The login page: `status`, what was typed, why it came back.
fn login_form(
    state: &AppState,
    tr: &Tr,
    headers: &HeaderMap,
    status: StatusCode,
    page: LoginPage,
) -> Response {
    let (browser, cookie) = login_browser(state, headers);
    let page = LoginPage {
        form_token: state.keys.login_token(&browser, state.clock.now()),
        ..page
    };
    let mut res = private(Html(admin::login(tr, &page).into_string()));
    *res.status_mut() = status;
    if let Some(wait) = page.retry_after {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(wait));
    }
    if let Some(c) = cookie {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    res
}

pub async fn login_page(
    State(state): State<AppState>,
    lang: RequestLang,
    headers: HeaderMap,
) -> Response {
    login_form(
        &state,
        &lang.tr(None),
        &headers,
        StatusCode::OK,
        LoginPage::default(),
    )
}

pub async fn login(
    State(state): State<AppState>,
    lang: RequestLang,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    form: FormPairs,
) -> Result<Response, AppError> {
    let tr = lang.tr(None);
    let now = state.clock.now();
    let typed = form.get("email").trim().to_owned();
    let again = |status: StatusCode, failed: bool, retry_after: Option<u64>| {
        let page = LoginPage {
            email: typed.clone(),
            failed,
            retry_after,
            ..Default::default()
        };
        login_form(&state, &tr, &headers, status, page)
    };
    if let Err(wait) = state.limits.login.check(ip).await {
        return Ok(again(
            StatusCode::TOO_MANY_REQUESTS,
            false,
            Some(wait.as_secs()),
        ));
    }
    // The account is keyed by the parsed address, never by the typed string: see
    // `AccountKey`. An address that does not parse has no account, and only the limit per
    // client address applies to it.
    let email = Email::parse(&typed).ok();
    if let Some(e) = &email {
        if let Err(wait) = state
            .limits
            .login_account
            .check_key(&AccountKey::from(e))
            .await
        {
            tracing::warn!(account = %e.masked(), "login rate limit per account reached");
            return Ok(again(
                StatusCode::TOO_MANY_REQUESTS,
                false,
                Some(wait.as_secs()),
            ));
        }
    }
    // A login form posted from elsewhere (login CSRF) has no token bound to this browser.
    let bound = session_token(&headers, login_cookie_name(&state)).is_some_and(|browser| {
        state
            .keys
            .check_login_token(form.get("form_token"), &browser, now, LOGIN_FORM_MAX_AGE)
            .is_ok()
    });
    if !bound {
        return Ok(again(StatusCode::UNPROCESSABLE_ENTITY, false, None));
    }
    let account = match &email {
        Some(e) => state.store.organizer_by_email(e).await?,
        None => None,
    };
    // The same work and the same answer whether the account exists or not.
    let pw = form.get("password").to_owned();
    let stored = account.as_ref().map(|a| a.password_hash.clone());
    let ok = tokio::task::spawn_blocking(move || password::verify(&pw, stored.as_deref()))
        .await
        .unwrap_or(false);
    let Some(account) = account.filter(|_| ok) else {
        let account = email.as_ref().map(Email::masked);
        tracing::info!(
            account = account.as_deref().unwrap_or("(not an address)"),
            "login failed"
        );
        return Ok(again(StatusCode::UNAUTHORIZED, true, None));
    };
    // A browser holds one session: logging in again ends the one it had.
    if let Some(old) = session_token(&headers, cookie_name(&state)) {
        state.store.end_session_by_token(&old).await?;
    }
    let (token, _) = state.store.create_session(account.id, now).await?;
    state
        .store
        .audit(
            audit::Action {
                actor: &account.email,
                action: "login",
                petition_id: None,
                detail: String::new(),
                count: 0,
            },
            now,
        )
        .await?;
    let max_age = state.settings.admin.session_max_hours * 3600;
    let mut res = Redirect::to("/admin").into_response();
    if let Some(c) = crate::web::cookies::set_cookie(
        &state.settings,
        cookie_name(&state),
        token.expose(),
        max_age,
    ) {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    Ok(res)
}

pub async fn logout(
    State(state): State<AppState>,
    who: Organizer,
    form: FormPairs,
) -> Result<Response, AppError> {
    who.check(&form)?;
    state.store.end_session(who.0.id).await?;
    state
        .store
        .audit(
            audit::Action {
                actor: who.email(),
                action: "logout",
                petition_id: None,
                detail: String::new(),
                count: 0,
            },
            state.clock.now(),
        )
        .await?;
    let mut res = Redirect::to("/admin/login").into_response();
    if let Some(c) = crate::web::cookies::set_cookie(&state.settings, cookie_name(&state), "", 0) {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    Ok(res)
}
