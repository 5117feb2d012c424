//! The hostile-input corpus (`tests/corpus/sign_form.json`) sent to the sign endpoint of one
//! running app, case by case, over HTTP.
//!
//! A case is a JSON object:
//!
//! - `id`, `note`: a unique short name and what the case probes.
//! - `kind`: `individual` or `organization`, the valid base form the case starts from. Every
//!   case gets an address of its own (`hostile-NNN@example.org`) and every organization a name
//!   of its own, so no case is a duplicate of another.
//! - `fields`: values put over the base form (`form_token` too, to send a bad one);
//!   `remove`: fields taken out of it.
//! - `raw_body`: sent as it is instead of a form, after `form_token=…&`; `{email}` in it
//!   stands for the case's own address.
//! - `content_type`: instead of `application/x-www-form-urlencoded`.
//! - `expect`: `accept` (303, one signature and one mail more) or `refuse` (4xx, nothing
//!   stored or queued); `status`: the exact refusal status when it is not 422; `errors`: the
//!   fields the 422 page lists as wrong (`[]`: sent back without any, as for the honeypot).
//! - `stored`: for accepted cases, a field's exact value after cleaning when it is not the
//!   value sent, trimmed (`""`: not stored); `public` and `updates` are `"true"`/`"false"`,
//!   else `on` in the form makes them true. For a raw body, `stored` is the whole record.
//!
//! An accepted case is confirmed through the link in its email, then read back three ways:
//! the database row, the first entry of the public list (HTML-unescaped) and the JSON counts.
use std::collections::{BTreeMap, HashSet};
use std::time::Instant;

use chrono::TimeDelta;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;
use undersign::domain::CountryCode;
use undersign::entities::{outbox, signatures};

use testkit::*;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/sign_form.json");
const FORM: &str = "application/x-www-form-urlencoded";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    id: String,
    note: String,
    kind: BaseKind,
    #[serde(default)]
    fields: BTreeMap<String, String>,
    #[serde(default)]
    remove: Vec<String>,
    raw_body: Option<String>,
    content_type: Option<String>,
    expect: Expect,
    status: Option<u16>,
    errors: Option<Vec<String>>,
    #[serde(default)]
    stored: BTreeMap<String, String>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum BaseKind {
    Individual,
    Organization,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum Expect {
    Accept,
    Refuse,
}

fn load() -> Vec<Case> {
    let text = std::fs::read_to_string(CORPUS).expect("the corpus file");
    let cases: Vec<Case> = serde_json::from_str(&text).expect("the corpus is valid JSON");
    assert!(
        cases.len() >= 200,
        "{} cases, want at least 200",
        cases.len()
    );
    let mut ids = HashSet::new();
    for c in &cases {
        assert!(!c.id.is_empty() && !c.note.is_empty(), "{c:?}");
        assert!(ids.insert(c.id.as_str()), "duplicate id {}", c.id);
        assert!(
            c.raw_body.is_none() || (c.fields.is_empty() && c.remove.is_empty()),
            "{}: a raw body takes no fields",
            c.id
        );
        assert!(
            c.expect == Expect::Accept || c.stored.is_empty(),
            "{}: only accepted cases have stored values",
            c.id
        );
    }
    cases
}

/// What one accepted case should leave behind.
#[derive(Debug, PartialEq, Eq)]
struct Record {
    kind: String,
    name: Option<String>,
    email: Option<String>,
    country: Option<String>,
    city: Option<String>,
    occupation: Option<String>,
    organization: Option<String>,
    role: Option<String>,
    members: Option<i64>,
    comment: Option<String>,
    public: bool,
    updates: bool,
}

impl Record {
    fn of_row(s: &signatures::Model) -> Record {
        Record {
            kind: s.kind.as_str().to_owned(),
            name: s.name.clone(),
            email: s.email.clone(),
            country: s.country.clone(),
            city: s.city.clone(),
            occupation: s.occupation.clone(),
            organization: s.organization.clone(),
            role: s.role.clone(),
            members: s.members,
            comment: s.comment.clone(),
            public: s.public,
            updates: s.updates,
        }
    }
}

/// The form a case sends, as field and value, in order.
fn form_of(case: &Case, n: usize, token: &str, email: &str) -> Vec<(String, String)> {
    let base = match case.kind {
        BaseKind::Individual => person(email),
        BaseKind::Organization => organization(
            &format!("Independent Miners' Union, local {n:03}"),
            "UA",
            email,
        ),
    };
    let mut form: Vec<(String, String)> =
        base.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    form.push(("form_token".into(), token.into()));
    for (k, v) in &case.fields {
        match form.iter_mut().find(|(f, _)| f == k) {
            Some(pair) => pair.1 = v.clone(),
            None => form.push((k.clone(), v.clone())),
        }
    }
    form.retain(|(k, _)| !case.remove.contains(k));
    form
}

/// What an accepted case should store: `stored` where given, else the value sent, trimmed.
fn expected(case: &Case, form: &[(String, String)], email: &str) -> Result<Record, String> {
    let sent = |f: &str| {
        form.iter()
            .find(|(k, _)| k == f)
            .map(|(_, v)| v.trim().to_owned())
    };
    let get = |f: &str| -> Option<String> {
        case.stored
            .get(f)
            .cloned()
            .or_else(|| sent(f))
            .filter(|v| !v.is_empty())
    };
    let flag = |f: &str| -> Result<bool, String> {
        match case.stored.get(f).map(String::as_str) {
            Some("true") => Ok(true),
            Some("false") => Ok(false),
            Some(other) => Err(format!("corpus: stored {f} is {other:?}, not true/false")),
            None => Ok(form.iter().any(|(k, v)| k == f && v == "on")),
        }
    };
    let kind = get("kind").unwrap_or_else(|| match case.kind {
        BaseKind::Individual => "individual".into(),
        BaseKind::Organization => "organization".into(),
    });
    let org = match kind.as_str() {
        "organization" => true,
        "individual" => false,
        other => return Err(format!("corpus: an accepted case of kind {other:?}")),
    };
    let members = match get("members").filter(|_| org) {
        None => None,
        Some(m) => Some(
            m.parse::<i64>()
                .map_err(|_| format!("corpus: give the stored members of {m:?} as digits"))?,
        ),
    };
    Ok(Record {
        kind,
        name: get("name"),
        email: get("email").or_else(|| Some(email.to_owned())),
        country: get("country"),
        city: get("city"),
        occupation: get("occupation").filter(|_| !org),
        organization: get("organization").filter(|_| org),
        role: get("role").filter(|_| org),
        members,
        comment: get("comment"),
        public: flag("public")?,
        updates: flag("updates")?,
    })
}

// ---------------------------------------------------------------------------------------
// Reading the public list
// ---------------------------------------------------------------------------------------

fn between<'a>(hay: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = hay.find(open)? + open.len();
    let end = hay[start..].find(close)? + start;
    Some(&hay[start..end])
}

/// The text of an element of the first entry, unescaped; `Err` if it holds markup.
fn part(li: &str, open: &str, close: &str) -> Result<Option<String>, String> {
    match between(li, open, close) {
        None => Ok(None),
        Some(raw) if raw.contains(['<', '>', '"']) => {
            Err(format!("unescaped markup in {open}: {raw:?}"))
        }
        Some(raw) => Ok(Some(unescape(raw))),
    }
}

/// The public-list entry `want` should be shown as, checked against the first entry.
fn check_listed(page: &str, want: &Record) -> Result<(), String> {
    let list = between(page, "<ol class=\"signatories\">", "</ol>")
        .ok_or("the public list has no entries")?;
    let li = between(list, "<li>", "</li>").ok_or("no first entry")?;
    let mut problems = vec![];
    let mut expect = |what: &str, got: Option<String>, wanted: Option<String>| {
        if got != wanted {
            problems.push(format!("{what}: shown {got:?}, expected {wanted:?}"));
        }
    };
    let org = want.kind == "organization";
    let strong = part(li, "<strong>", "</strong>")?;
    let who = part(li, "<span class=\"who\">", "</span>")?;
    if org {
        expect("organization", strong, want.organization.clone());
        let name = want.name.clone().unwrap_or_default();
        expect(
            "name, role",
            who,
            Some(match &want.role {
                Some(r) => format!("{name}, {r}"),
                None => name,
            }),
        );
        let members = part(li, "<span class=\"members\">", "</span>")?;
        expect(
            "members",
            members,
            want.members.filter(|m| *m > 0).map(|m| match m {
                1 => "(1 member)".to_owned(),
                m => format!("({m} members)"),
            }),
        );
    } else {
        expect("name", strong, want.name.clone());
        expect("occupation", who, want.occupation.clone());
    }
    let code = want.country.clone().unwrap_or_default();
    let country = CountryCode::parse(&code)
        .map(|c| c.name().to_owned())
        .unwrap_or(code);
    expect(
        "city, country",
        part(li, "<span class=\"place\">", "</span>")?,
        Some(match &want.city {
            Some(c) => format!("{c}, {country}"),
            None => country,
        }),
    );
    expect(
        "comment",
        part(li, "<blockquote class=\"comment\">", "</blockquote>")?,
        want.comment.clone(),
    );
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

fn public_count_text(n: u64) -> String {
    match n {
        1 => "One signatory asked to be listed publicly.".into(),
        n => format!("{n} signatories asked to be listed publicly."),
    }
}

/// Text sent that must never come back as markup: anything holding a `<`.
fn leaked<'a>(page: &str, values: impl IntoIterator<Item = &'a String>) -> Option<String> {
    values
        .into_iter()
        .find(|v| v.contains('<') && page.contains(v.as_str()))
        .cloned()
}

// ---------------------------------------------------------------------------------------
// Running the corpus
// ---------------------------------------------------------------------------------------

/// Confirmed signatures, as the counts should show them.
#[derive(Default)]
struct Tally {
    accepted: u64,
    refused: u64,
    confirmed: u64,
    individual: u64,
    organization: u64,
    members: u64,
    public: u64,
    by_country: BTreeMap<String, u64>,
}

macro_rules! ensure {
    ($cond:expr, $($why:tt)+) => {
        if !$cond {
            return Err(format!($($why)+));
        }
    };
}

/// The message the SMTP server received for `addr` (any case), once the outbox is drained.
async fn mail_to(app: &TestApp, addr: &str) -> Result<ReceivedMail, String> {
    app.drain_outbox().await;
    app.mailbox()
        .to(addr)
        .pop()
        .ok_or_else(|| format!("no mail reached {addr:?}"))
}

async fn newest(app: &TestApp) -> Result<signatures::Model, String> {
    signatures::Entity::find()
        .order_by_desc(signatures::Column::Id)
        .one(app.state.store.reader())
        .await
        .map_err(|e| format!("reading the signature: {e}"))?
        .ok_or_else(|| "no signature stored".to_owned())
}

async fn run_case(
    app: &TestApp,
    token: &str,
    n: usize,
    case: &Case,
    tally: &mut Tally,
) -> Result<(), String> {
    let email = format!("hostile-{n:03}@example.org");
    // A raw body's expectations are all in `stored`: no form values to fall back on.
    let (form, body) = match &case.raw_body {
        Some(raw) => (
            vec![],
            format!("form_token={token}&{}", raw.replace("{email}", &email)),
        ),
        None => {
            let form = form_of(case, n, token, &email);
            let body = serde_urlencoded::to_string(&form).map_err(|e| e.to_string())?;
            (form, body)
        }
    };
    let content_type = case.content_type.as_deref().unwrap_or(FORM);
    let stored_before = app.signature_count().await;
    let queued_before = app.outbox_count().await;

    let r = app.post_sign_raw(OPEN, content_type, body).await;
    let status = r.status().as_u16();
    let location = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let page = r.text().await.unwrap_or_default();
    let stored = app.signature_count().await - stored_before;
    let queued = app.outbox_count().await - queued_before;
    ensure!(status < 500, "answered {status}");
    let sent_values = form.iter().map(|(_, v)| v);

    if case.expect == Expect::Refuse {
        let want = case.status.unwrap_or(422);
        ensure!(
            status == want,
            "refusal expected ({want}), got {status} {location}; stored {stored}, queued {queued}"
        );
        ensure!(
            stored == 0 && queued == 0,
            "refused with {status} but stored {stored} signature(s) and queued {queued} mail(s)"
        );
        if let Some(want) = &case.errors {
            let mut want = want.clone();
            want.sort();
            let got = error_fields(&page);
            ensure!(
                got == want,
                "the page lists errors on {got:?}, expected {want:?}"
            );
        }
        if let Some(v) = leaked(&page, sent_values) {
            return Err(format!("the refusal page shows {v:?} unescaped"));
        }
        tally.refused += 1;
        return Ok(());
    }

    ensure!(
        status == 303 && location == format!("/petitions/{OPEN}/thanks"),
        "acceptance expected, got {status} {location:?}: {}",
        why_refused(&page)
    );
    ensure!(
        stored == 1 && queued == 1,
        "accepted, but stored {stored} signature(s) and queued {queued} mail(s)"
    );
    tally.accepted += 1;
    let want = expected(case, &form, &email)?;
    let row = newest(app).await?;
    ensure!(
        row.status == undersign::domain::Status::Pending,
        "stored as {:?}, not pending",
        row.status
    );
    // A stored value that is not the expected one is reported, and the case goes on with
    // what was stored, so the counts of later cases stay right.
    let got = Record::of_row(&row);
    let mut problems = vec![];
    if got != want {
        problems.push(format!("stored\n  {got:?}\nexpected\n  {want:?}"));
    }

    // Nothing sent can confirm a signature: only the emailed link does.
    let total = app.confirmed_total(OPEN).await;
    ensure!(
        total == tally.confirmed,
        "counted before confirmation ({total})"
    );
    let addr = got.email.clone().unwrap_or_default();
    let mail = match mail_to(app, &addr).await {
        Ok(mail) => mail,
        Err(why) => {
            problems.push(format!(
                "{why}; the outbox says {}",
                outbox_of(app, row.id).await
            ));
            return Err(problems.join("; "));
        }
    };
    // The envelope carries an internationalised domain in punycode.
    if mail.to != vec![undersign::domain::email::ascii_address(&addr)] {
        problems.push(format!("mail sent to {:?}, stored {addr:?}", mail.to));
    }
    let r = app.post(&app.confirm_path(&mail)).await;
    ensure!(
        r.status().as_u16() == 200,
        "confirming answered {}",
        r.status()
    );
    let row = newest(app).await?;
    ensure!(
        row.status == undersign::domain::Status::Confirmed,
        "confirmed as {:?}",
        row.status
    );
    tally.confirmed += 1;
    if got.kind == "organization" {
        tally.organization += 1;
        tally.members += got.members.unwrap_or(0).max(0) as u64;
    } else {
        tally.individual += 1;
    }
    *tally
        .by_country
        .entry(got.country.clone().unwrap_or_default())
        .or_default() += 1;
    if got.public {
        tally.public += 1;
    }

    let counts = &app.api(OPEN).await["counts"];
    if counts["total"] != tally.confirmed {
        problems.push(format!(
            "the API counts {} confirmed, expected {}",
            counts["total"], tally.confirmed
        ));
    }
    let (status, page) = app.get_text(&format!("/petitions/{OPEN}/signatures")).await;
    ensure!(status == 200, "the public list answered {status}");
    if !page.contains(&public_count_text(tally.public)) {
        problems.push(format!(
            "the public list does not say {:?}",
            public_count_text(tally.public)
        ));
    }
    if let Some(v) = leaked(&page, sent_values) {
        problems.push(format!("the public list shows {v:?} unescaped"));
    }
    if got.public {
        if let Err(why) = check_listed(&page, &got) {
            problems.push(format!("public list: {why}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// The state of a signature's mail, for a failure message.
async fn outbox_of(app: &TestApp, signature: i64) -> String {
    let rows = outbox::Entity::find()
        .filter(outbox::Column::SignatureId.eq(signature))
        .all(app.state.store.reader())
        .await
        .unwrap_or_default();
    rows.iter()
        .map(|m| {
            format!(
                "{:?} after {} attempt(s): {}",
                m.status,
                m.attempts,
                m.last_error.as_deref().unwrap_or("no error")
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The fields the notice of a page sent back lists as wrong, sorted.
fn error_fields(page: &str) -> Vec<String> {
    // The notice's own tag (`id="i-notice">`), not the form's action that points at it.
    let Some(notice) = between(page, "-notice\">", "</div>") else {
        return vec![];
    };
    let mut fields: Vec<String> = notice
        .split("href=\"#")
        .skip(1)
        .filter_map(|rest| {
            let id = &rest[..rest.find('"')?];
            Some(id.split_once('-')?.1.to_owned())
        })
        .collect();
    fields.sort();
    fields
}

/// What a page sent back says, for a failure message.
fn why_refused(page: &str) -> String {
    let title = between(page, "<title>", "</title>").unwrap_or("");
    format!("{title:?}, errors on {:?}", error_fields(page))
}

#[tokio::test]
async fn the_hostile_corpus_is_refused_or_stored_exactly() {
    let cases = load();
    let app = app()
        .settings(|s| {
            s.limits.sign_per_ip_per_minute = 1_000_000;
            s.limits.sign_per_ip_burst = 1_000_000;
        })
        .spawn()
        .await;
    let token = app.fresh_form_token(OPEN).await;
    app.clock.advance(TimeDelta::seconds(5));

    let started = Instant::now();
    let mut tally = Tally::default();
    let mut failures = vec![];
    for (n, case) in cases.iter().enumerate() {
        // Time enough between cases for any per-address limit on the confirm page to refill;
        // the form token stays valid for days.
        app.clock.advance(TimeDelta::seconds(10));
        if let Err(why) = run_case(&app, &token, n, case, &mut tally).await {
            failures.push(format!("{} ({}): {why}", case.id, case.note));
        }
    }

    let counts = &app.api(OPEN).await["counts"];
    let mut by_country = BTreeMap::new();
    for (code, n) in counts["by_country"].as_object().expect("by_country") {
        let iso = code.len() == 2
            && code.bytes().all(|b| b.is_ascii_uppercase())
            && CountryCode::parse(code).is_ok_and(|c| c.as_str() == code);
        if !iso {
            failures.push(format!(
                "by_country holds {code:?}, not an upper-case ISO code"
            ));
        }
        by_country.insert(code.clone(), n.as_u64().unwrap_or(0));
    }
    for (what, got, want) in [
        ("total", &counts["total"], tally.confirmed),
        ("individual", &counts["individual"], tally.individual),
        ("organization", &counts["organization"], tally.organization),
        ("members", &counts["members"], tally.members),
    ] {
        if *got != want {
            failures.push(format!("API counts {what} = {got}, expected {want}"));
        }
    }
    if by_country != tally.by_country {
        failures.push(format!(
            "API by_country {by_country:?}, expected {:?}",
            tally.by_country
        ));
    }
    if counts["total"] != tally.accepted {
        failures.push(format!(
            "{} accepted cases but {} confirmed signatures",
            tally.accepted, counts["total"]
        ));
    }

    println!(
        "hostile corpus: {} cases, {} accepted, {} refused, {} failed, in {:.1?}",
        cases.len(),
        tally.accepted,
        tally.refused,
        failures.len(),
        started.elapsed()
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
