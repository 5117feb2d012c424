//! The test kit: the real service on a random port with a database of its own (a fresh
//! SQLite file, or a scratch PostgreSQL database when `UNDERSIGN_TEST_DATABASE_URL` is set),
//! a real SMTP server on loopback, the steps every test repeats, and the outbox drained on
//! demand, so no test waits for mail by the clock. Shared by the integration tests
//! (`tests/api`), the browser tests (`tests/browser`) and the benchmark (`benches/service`),
//! as crates.io's `crates_io_test_utils` is.
pub mod child_usage;
mod mailbox;
pub mod organizer;
pub mod pg;

pub use mailbox::{Mailbox, ReceivedMail};
pub use organizer::*;

use std::net::TcpListener;
use std::time::Duration;

use chrono::TimeDelta;
use sea_orm::{ConnectionTrait, Statement};
use tokio_util::sync::CancellationToken;
use undersign::app::Application;
use undersign::clock::Clock;
use undersign::config::{MailTransportKind, Settings};
use undersign::mail::worker::OutboxWorker;
use undersign::web::AppState;

/// A port on which nothing listens (yet).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

// ---------------------------------------------------------------------------------------
// The database
// ---------------------------------------------------------------------------------------

/// A database of this test's own: a SQLite file in a temporary folder, or a PostgreSQL
/// database created for it and dropped after it.
pub struct TestDb {
    pub url: String,
    pg_drop: Option<(String, String)>,
}

impl TestDb {
    pub async fn new(dir: &std::path::Path) -> TestDb {
        match std::env::var("UNDERSIGN_TEST_DATABASE_URL") {
            Ok(admin) if !admin.is_empty() => {
                let (name, url) = pg::create(&admin, "undersign_test")
                    .await
                    .expect("create a database on UNDERSIGN_TEST_DATABASE_URL");
                TestDb {
                    url,
                    pg_drop: Some((admin, name)),
                }
            }
            _ => TestDb {
                url: format!("sqlite://{}/undersign.db?mode=rwc", dir.display()),
                pg_drop: None,
            },
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.pg_drop.take() {
            // Drop runs outside any async context the test may still hold: use a thread.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                let _ = rt.block_on(pg::drop_all(&admin, &[name]));
            })
            .join();
        }
    }
}

// ---------------------------------------------------------------------------------------
// The app
// ---------------------------------------------------------------------------------------

pub const OPEN: &str = "test-open";
pub const CLOSED: &str = "test-closed";
pub const ORGS_ONLY: &str = "test-orgs-only";
pub const DRAFT: &str = "test-draft";
/// Open, and closing a day after the test starts.
pub const CLOSING: &str = "test-closing";

/// The petitions every test starts with.
fn write_declarations(dir: &std::path::Path) {
    let decl = |slug: &str, state: &str, accepts: &str, title: &str| {
        format!(
            "+++\nslug = \"{slug}\"\ntitle = \"{title}\"\nsummary = \"Summary of {slug}.\"\naddressees = [\"The Ukrainian Government\", \"The management of the Krivoy Rog mines\"]\nauthor = \"International Miners' Coordination Group\"\nlanguage = \"en\"\nstate = \"{state}\"\naccepts = [{accepts}]\ngoal = 1000\nexcerpt = true\n+++\nThe reprisals against the miners of Krivoy Rog must **stop**.\n\n<script>alert('x')</script>\n"
        )
    };
    std::fs::create_dir_all(dir).unwrap();
    let both = "\"individual\", \"organization\"";
    for (slug, state, accepts, title) in [
        (
            OPEN,
            "open",
            both,
            "Stop the reprisals against the miners of Krivoy Rog",
        ),
        (CLOSED, "closed", both, "A closed declaration"),
        (
            ORGS_ONLY,
            "open",
            "\"organization\"",
            "An appeal for organisations",
        ),
        (DRAFT, "draft", both, "A draft"),
    ] {
        std::fs::write(
            dir.join(format!("{slug}.md")),
            decl(slug, state, accepts, title),
        )
        .unwrap();
    }
    let closes = (chrono::Utc::now() + TimeDelta::days(1)).to_rfc3339();
    let closing = decl(CLOSING, "open", both, "Closing soon").replace(
        "goal = 1000",
        &format!("goal = 1000\ncloses_at = \"{closes}\""),
    );
    std::fs::write(dir.join(format!("{CLOSING}.md")), closing).unwrap();
    // The open petition also reads in Ukrainian; the others only as written.
    std::fs::write(
        dir.join(format!("{OPEN}.uk.md")),
        format!("+++\ntranslation_of = \"{OPEN}\"\nlanguage = \"uk\"\ntitle = \"{UK_TITLE}\"\nsummary = \"Протест проти репресій.\"\naddressees = [\"Уряд України\", \"Керівництво шахт Кривого Рогу\"]\n+++\nРепресії проти гірників Кривого Рогу мають **припинитися**.\n\n<script>alert('x')</script>\n"),
    )
    .unwrap();
}

/// The title of the open petition's Ukrainian translation.
pub const UK_TITLE: &str = "Припиніть репресії проти гірників Кривого Рогу";

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub clock: Clock,
    pub state: AppState,
    pub mailbox: Option<Mailbox>,
    pub smtp_port: u16,
    pub settings: Settings,
    pub dir: tempfile::TempDir,
    /// Sends what is queued when a test asks ([`TestApp::drain_outbox`]); `None` when the
    /// service runs its own worker in the background ([`TestAppBuilder::with_outbox_worker`]).
    outbox: Option<OutboxWorker>,
    shutdown: CancellationToken,
    /// `http://…` of `GET /metrics`, when the test set `server.metrics_bind`.
    pub metrics_address: Option<String>,
    _db: TestDb,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.shutdown.cancel();
    }
}

type Tweak = Box<dyn FnOnce(&mut Settings)>;

pub struct TestAppBuilder {
    smtp: SmtpMode,
    tweak: Option<Tweak>,
    background_worker: bool,
}

enum SmtpMode {
    Running,
    /// Nothing listens on the SMTP port.
    Down,
}

pub fn app() -> TestAppBuilder {
    TestAppBuilder {
        smtp: SmtpMode::Running,
        tweak: None,
        background_worker: false,
    }
}

pub async fn spawn_app() -> TestApp {
    app().spawn().await
}

impl TestAppBuilder {
    pub fn smtp_down(mut self) -> Self {
        self.smtp = SmtpMode::Down;
        self
    }

    /// The service's own outbox worker runs in the background, as in production: for the
    /// tests of the worker itself (retries, outages, wake-ups). Otherwise mail goes out when
    /// a test drains the outbox.
    pub fn with_outbox_worker(mut self) -> Self {
        self.background_worker = true;
        self
    }

    pub fn settings(mut self, f: impl FnOnce(&mut Settings) + 'static) -> Self {
        self.tweak = Some(Box::new(f));
        self
    }

    pub async fn spawn(self) -> TestApp {
        // UNDERSIGN_TEST_LOG=debug shows the service's log, to see why a test failed.
        if let Ok(filter) = std::env::var("UNDERSIGN_TEST_LOG") {
            let _ = tracing_subscriber::fmt()
                .with_env_filter(filter)
                .with_test_writer()
                .try_init();
        }
        let dir = tempfile::tempdir().unwrap();
        let db = TestDb::new(dir.path()).await;
        let (mailbox, smtp_port) = match self.smtp {
            SmtpMode::Running => {
                let m = Mailbox::start(0);
                let p = m.port;
                (Some(m), p)
            }
            SmtpMode::Down => (None, free_port()),
        };
        let decl_dir = dir.path().join("declarations");
        write_declarations(&decl_dir);

        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let mut settings = Settings::default();
        settings.server.bind = format!("127.0.0.1:{port}");
        settings.server.base_url = format!("http://127.0.0.1:{port}");
        settings.database.url = db.url.clone();
        settings.database.max_connections = 4;
        settings.petitions.import_dir = decl_dir.display().to_string();
        settings.petitions.scan_dir = dir.path().join("scans").display().to_string();
        settings.mail.transport = MailTransportKind::Smtp;
        settings.mail.smtp_host = "127.0.0.1".into();
        settings.mail.smtp_port = smtp_port;
        settings.mail.smtp_pool_size = 4;
        settings.mail.concurrency = 8;
        settings.mail.poll_interval_ms = 50;
        settings.mail.retry_base_seconds = 1;
        settings.mail.file_dir = dir.path().join("mail").display().to_string();
        settings.mail.from = "Solidarity petitions <petitions@undersign.test>".into();
        settings.security.secret_key = "test secret key that is long enough to use"
            .to_owned()
            .into();
        settings.security.secret_key_file = dir.path().join("secret.key").display().to_string();
        if let Some(f) = self.tweak {
            f(&mut settings);
        }

        let clock = Clock::manual();
        let mut builder = Application::builder(settings.clone())
            .clock(clock.clone())
            .listener(listener);
        if !self.background_worker {
            builder = builder.without_outbox_worker();
        }
        let app = builder.build().await.expect("the app builds");
        let metrics_address = app.metrics_addr().map(|a| format!("http://{a}"));
        let state = app.state();
        let outbox = (!self.background_worker)
            .then(|| OutboxWorker::for_state(&state).expect("the test mailer"));
        let shutdown = app.shutdown_token();
        tokio::spawn(app.run_until_stopped());

        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .build()
            .unwrap();
        TestApp {
            address: format!("http://127.0.0.1:{port}"),
            client,
            clock,
            state,
            mailbox,
            smtp_port,
            settings,
            dir,
            outbox,
            shutdown,
            metrics_address,
            _db: db,
        }
    }
}

/// A person's signature, as a browser would send it.
pub fn person(email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("kind", "individual".into()),
        ("name", "Olena Kovalenko".into()),
        ("email", email.into()),
        ("country", "UA".into()),
        ("city", "Kryvyi Rih".into()),
        ("occupation", "underground miner, Oktyabrskaya mine".into()),
        ("comment", "We stand with you!".into()),
        ("public", "on".into()),
        ("website", "".into()),
    ]
}

/// An organization's signature.
pub fn organization(name: &str, country: &str, email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("kind", "organization".into()),
        ("organization", name.into()),
        ("name", "Yuri Samoilov".into()),
        ("role", "Chair".into()),
        ("email", email.into()),
        ("country", country.into()),
        ("members", "12000".into()),
        ("public", "on".into()),
        ("website", "".into()),
    ]
}

/// Replaces (or adds) a field.
pub fn with(
    mut form: Vec<(&'static str, String)>,
    field: &'static str,
    value: &str,
) -> Vec<(&'static str, String)> {
    form.retain(|(k, _)| *k != field);
    form.push((field, value.to_owned()));
    form
}

pub fn without(mut form: Vec<(&'static str, String)>, field: &str) -> Vec<(&'static str, String)> {
    form.retain(|(k, _)| *k != field);
    form
}

/// The value of the form token in a page.
pub fn form_token(html: &str) -> String {
    value_after(html, "name=\"form_token\" value=\"").to_owned()
}

/// The attribute value that `marker` (`name="x" value="`, `<html lang="`) opens: up to the
/// next quote.
/// Undoes maud's escaping (`&`, `<`, `>`, `"`), and the usual forms of `'`: the text a
/// reader sees in an attribute or an element.
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

pub fn value_after<'a>(html: &'a str, marker: &str) -> &'a str {
    let start = html
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in the page"))
        + marker.len();
    &html[start..start + html[start..].find('"').unwrap()]
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub fn mailbox(&self) -> &Mailbox {
        self.mailbox.as_ref().expect("this app has an SMTP server")
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let r = self.get(path).await;
        (r.status().as_u16(), r.text().await.unwrap())
    }

    /// A fresh form token for `slug`, as the petition page issues it.
    pub async fn fresh_form_token(&self, slug: &str) -> String {
        let (status, html) = self.get_text(&format!("/petitions/{slug}")).await;
        assert_eq!(status, 200, "the petition page of {slug}");
        form_token(&html)
    }

    /// Posts a raw body to the sign endpoint.
    pub async fn post_sign_raw(
        &self,
        slug: &str,
        content_type: &str,
        body: impl Into<reqwest::Body>,
    ) -> reqwest::Response {
        self.client
            .post(self.url(&format!("/petitions/{slug}/sign")))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("POST")
    }

    /// Posts `form` with the token given (none added).
    pub async fn post_sign(&self, slug: &str, form: &[(&str, String)]) -> reqwest::Response {
        let body = serde_urlencoded::to_string(form).unwrap();
        self.post_sign_raw(slug, "application/x-www-form-urlencoded", body)
            .await
    }

    /// Does what a person does: opens the page, takes a moment, submits.
    pub async fn sign(&self, slug: &str, form: Vec<(&'static str, String)>) -> reqwest::Response {
        let token = self.fresh_form_token(slug).await;
        self.clock.advance(TimeDelta::seconds(5));
        self.post_sign(slug, &with(form, "form_token", &token))
            .await
    }

    /// Signs, checks the 303 to the thanks page, and waits for the email.
    pub async fn sign_and_get_mail(
        &self,
        slug: &str,
        form: Vec<(&'static str, String)>,
    ) -> ReceivedMail {
        let email = form.iter().find(|(k, _)| *k == "email").unwrap().1.clone();
        let before = self.mailbox().to(&email).len();
        let r = self.sign(slug, form).await;
        assert_eq!(r.status().as_u16(), 303);
        assert_eq!(r.headers()["location"], format!("/petitions/{slug}/thanks"));
        self.wait_for_mail_to(&email, before + 1)
            .await
            .pop()
            .unwrap()
    }

    /// Sends everything queued and due, and returns when each message is settled (accepted
    /// by the SMTP server, or set aside to be retried): the event tests wait for instead of
    /// time. Returns how many messages were handled.
    pub async fn drain_outbox(&self) -> usize {
        let worker = self
            .outbox
            .as_ref()
            .expect("this app sends with its own worker: wait for its mail instead");
        worker.drain().await.expect("an outbox round")
    }

    /// The id of petition `slug`.
    pub async fn petition_id(&self, slug: &str) -> i64 {
        undersign::store::petitions::by_slug(self.state.store.reader(), slug)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no petition {slug}"))
            .id
    }

    /// Moves petition `slug` to `state` as of `at`, as an organizer would (no notice to
    /// its signers); returns its id.
    pub async fn set_petition_state(
        &self,
        slug: &str,
        state: undersign::domain::PetitionState,
        at: chrono::DateTime<chrono::Utc>,
    ) -> i64 {
        let id = self.petition_id(slug).await;
        self.state
            .store
            .set_petition_state("test", id, state, None, None, at)
            .await
            .unwrap();
        id
    }

    /// What another process, `owner`, claims from the outbox now (up to 10, its lease five
    /// minutes): messages it holds and, in the tests that use this, never settles.
    pub async fn claim_outbox_as(&self, owner: &str) -> Vec<undersign::store::outbox::Outgoing> {
        self.state
            .store
            .claim_outbox(
                self.clock.now(),
                undersign::store::outbox::Claim {
                    owner,
                    lease: chrono::TimeDelta::minutes(5),
                    limit: 10,
                    bulk: 10,
                },
                chrono::TimeDelta::hours(1),
                &self.state.keys,
            )
            .await
            .expect("a claim")
    }

    /// The messages that reached `addr`, at least `n` of them: drained first, or, when the
    /// service's own worker sends, polled for with a deadline.
    pub async fn wait_for_mail_to(&self, addr: &str, n: usize) -> Vec<ReceivedMail> {
        if self.outbox.is_some() {
            self.drain_outbox().await;
            let got = self.mailbox().to(addr);
            assert!(
                got.len() >= n,
                "expected {n} messages to {addr}, got {}",
                got.len()
            );
            return got;
        }
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            let got = self.mailbox().to(addr);
            if got.len() >= n {
                return got;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "expected {n} messages to {addr}, got {}",
                got.len()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// The path of a link in a message (`/confirm/…`).
    pub fn path_of(&self, link: &str) -> String {
        link.strip_prefix(&self.address)
            .expect("links use base_url")
            .to_owned()
    }

    pub fn confirm_path(&self, mail: &ReceivedMail) -> String {
        self.path_of(
            &mail
                .link(&format!("{}/confirm/", self.address))
                .expect("a confirm link"),
        )
    }

    pub fn withdraw_path(&self, mail: &ReceivedMail) -> String {
        self.path_of(
            &mail
                .link(&format!("{}/withdraw/", self.address))
                .expect("a withdraw link"),
        )
    }

    pub async fn post(&self, path: &str) -> reqwest::Response {
        self.client.post(self.url(path)).send().await.expect("POST")
    }

    /// Signs from a browser of its own whose `Accept-Language` is `accept`, so the signature
    /// is in that language (and this app's client keeps whatever language it had).
    pub async fn sign_in_language(
        &self,
        slug: &str,
        accept: &str,
        form: Vec<(&'static str, String)>,
    ) -> reqwest::Response {
        let browser = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let page = browser
            .get(self.url(&format!("/petitions/{slug}")))
            .header("accept-language", accept)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        self.clock.advance(chrono::TimeDelta::seconds(5));
        let form = with(form, "form_token", &form_token(&page));
        browser
            .post(self.url(&format!("/petitions/{slug}/sign")))
            .header("accept-language", accept)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(serde_urlencoded::to_string(&form).unwrap())
            .send()
            .await
            .unwrap()
    }

    /// Signs, reads the email, presses Confirm.
    pub async fn sign_and_confirm(
        &self,
        slug: &str,
        form: Vec<(&'static str, String)>,
    ) -> ReceivedMail {
        let mail = self.sign_and_get_mail(slug, form).await;
        let r = self.post(&self.confirm_path(&mail)).await;
        assert_eq!(r.status().as_u16(), 200);
        mail
    }

    /// The petition as the JSON API has it.
    pub async fn api(&self, slug: &str) -> serde_json::Value {
        let r = self.get(&format!("/api/petitions/{slug}")).await;
        assert_eq!(r.status().as_u16(), 200);
        r.json().await.unwrap()
    }

    pub async fn confirmed_total(&self, slug: &str) -> u64 {
        self.api(slug).await["counts"]["total"].as_u64().unwrap()
    }

    /// The served total once it is `n`: after another process (the command line) wrote,
    /// which this one's counts learn within their cache's bound. Polled with a deadline.
    pub async fn wait_for_total(&self, slug: &str, n: u64) {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            let total = self.confirmed_total(slug).await;
            if total == n {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the total of {slug} stays {total}, not {n}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// One number from the database.
    pub async fn scalar(&self, sql: &str) -> i64 {
        let db = self.state.store.reader();
        let row = db
            .query_one(Statement::from_string(
                db.get_database_backend(),
                sql.to_owned(),
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get_by_index::<i64>(0).unwrap()
    }

    pub async fn signature_count(&self) -> i64 {
        self.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM signatures")
            .await
    }

    pub async fn outbox_count(&self) -> i64 {
        self.scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox")
            .await
    }

    /// The counts table, which writes keep by increments, says what counting the signatures
    /// themselves says.
    pub async fn assert_counts_agree(&self) {
        let db = self.state.store.reader();
        let kept = undersign::store::counts::confirmed(db, None).await.unwrap();
        let counted = undersign::store::counts::recount(db, None).await.unwrap();
        assert_eq!(
            kept, counted,
            "the counts table has drifted from the signatures"
        );
        // And the tallies: by status and kind, per day, on the public list.
        for p in undersign::store::petitions::all(db).await.unwrap() {
            let id = p.id;
            let kept = undersign::store::tallies::kept(db, id).await.unwrap();
            let counted = undersign::store::tallies::recount(db, id).await.unwrap();
            assert_eq!(
                kept, counted,
                "the tallies of petition {id} have drifted from the signatures"
            );
        }
    }

    /// Sends anything the service would send now, so a test can then check what was not
    /// sent: drains the outbox. (An app whose own worker sends has no such moment; its tests
    /// wait for the event they expect.)
    pub async fn settle_outbox(&self) {
        self.drain_outbox().await;
    }
}
