//! The organizer's side of a test: an account, a login through the real form, and posting
//! the organizers' forms.
use crate::{value_after, TestApp};

pub const ORGANIZER: &str = "organiser@example.org";
pub const PASSWORD: &str = "solidarity forever 1913";

pub async fn add_organizer(app: &TestApp) {
    let email = undersign::domain::Email::parse(ORGANIZER).unwrap();
    let hash = undersign::security::password::hash(PASSWORD).unwrap();
    assert!(app
        .state
        .store
        .add_organizer(&email, hash, app.clock.now())
        .await
        .unwrap());
}

/// The value of the input `name` in a page, as written in its HTML.
pub fn field(html: &str, name: &str) -> String {
    value_after(html, &format!("name=\"{name}\" value=\"")).to_owned()
}

pub async fn post_form(app: &TestApp, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
    app.client
        .post(app.url(path))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(serde_urlencoded::to_string(form).unwrap())
        .send()
        .await
        .unwrap()
}

pub async fn login_with(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    let (_, page) = app.get_text("/admin/login").await;
    let token = field(&page, "form_token");
    post_form(
        app,
        "/admin/login",
        &[
            ("email", email),
            ("password", password),
            ("form_token", &token),
        ],
    )
    .await
}

/// Signs in and returns the session's CSRF token.
pub async fn login(app: &TestApp) -> String {
    let r = login_with(app, ORGANIZER, PASSWORD).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(r.headers()["location"], "/admin");
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let (status, page) = app.get_text("/admin").await;
    assert_eq!(status, 200);
    field(&page, "csrf")
}
