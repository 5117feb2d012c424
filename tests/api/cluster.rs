//! Three `undersign serve` processes on one PostgreSQL behind HAProxy, started with the
//! configuration in `deploy/` (issue 16). Signers spread by the balancer; one instance is
//! killed with SIGKILL in the middle of a burst: every signing answered 303 is stored once
//! and gets its email within 60 s (the others take over what the dead one held), and
//! confirming through any instance counts. A form from one instance is accepted by another;
//! an organiser's session works on every instance; one client meets one rate limit through
//! the balancer (with Redis, `UNDERSIGN_TEST_REDIS_URL`); a petition closed on one is served
//! closed by the others within 2 s.
//!
//! PostgreSQL only (`UNDERSIGN_TEST_DATABASE_URL`): instances share a database there. Needs
//! Debian's haproxy (CI installs it).
use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use futures::StreamExt;

use crate::processes::{serve, served_closed_within_2_s, until, Instance, Proc};
use testkit::*;

/// One of the three instances, at `lb`'s links, trusting it for client addresses.
fn instance(app: &TestApp, name: &str, port: u16, lb: &str, limits: &str) -> Proc {
    serve(
        app,
        Instance {
            name,
            port,
            base_url: lb,
            smtp_port: app.mailbox().port,
            import_dir: &app.settings.petitions.import_dir,
            server: "trusted_proxies = [\"127.0.0.1\"]\n",
            more: &format!("[signing]\nmin_fill_seconds = 0\n{limits}"),
        },
    )
}

fn haproxy(app: &TestApp, lb: u16, ports: [u16; 3]) -> Proc {
    let config = concat!(env!("CARGO_MANIFEST_DIR"), "/deploy/haproxy.cfg");
    let log = std::fs::File::create(app.dir.path().join("haproxy.log")).unwrap();
    Proc(
        Command::new("haproxy")
            .args(["-db", "-f", config])
            .env("UNDERSIGN_LB_BIND", format!("127.0.0.1:{lb}"))
            .env("UNDERSIGN_INSTANCE_A", format!("127.0.0.1:{}", ports[0]))
            .env("UNDERSIGN_INSTANCE_B", format!("127.0.0.1:{}", ports[1]))
            .env("UNDERSIGN_INSTANCE_C", format!("127.0.0.1:{}", ports[2]))
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("haproxy (Debian's package) on PATH"),
    )
}

/// Signs `email` at `base` with `token`, as the client `client_ip` (the balancer appends
/// its own peer to the X-Forwarded-For it is given).
async fn sign(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    email: &str,
    client_ip: &str,
) -> Option<u16> {
    let form = with(person(email), "form_token", token);
    client
        .post(format!("{base}/petitions/{OPEN}/sign"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("x-forwarded-for", client_ip)
        .body(serde_urlencoded::to_string(&form).unwrap())
        .send()
        .await
        .ok()
        .map(|r| r.status().as_u16())
}

#[tokio::test]
async fn three_instances_behind_haproxy_survive_a_kill_in_a_burst() {
    let app = spawn_app().await;
    if !app.settings.database.url.starts_with("postgres") {
        eprintln!("skipped: instances share a database on PostgreSQL only");
        return;
    }
    add_organizer(&app).await;
    let (lb_port, ports) = (free_port(), [free_port(), free_port(), free_port()]);
    let lb = format!("http://127.0.0.1:{lb_port}");
    let bases: Vec<String> = ports
        .iter()
        .map(|p| format!("http://127.0.0.1:{p}"))
        .collect();
    // Started at once: they take turns to migrate and import.
    // With Redis, the rate limits every instance shares (keys of this test's own).
    let redis = std::env::var("UNDERSIGN_TEST_REDIS_URL").ok();
    let limits = match &redis {
        Some(url) => format!(
            "[limits]\nredis_url = \"{url}\"\nredis_prefix = \"undersign-cluster-{}\"\n",
            undersign::domain::Token::generate().expose()
        ),
        None => String::new(),
    };
    let mut procs: HashMap<&str, Proc> = HashMap::new();
    for (name, port) in ["a", "b", "c"].into_iter().zip(ports) {
        procs.insert(name, instance(&app, name, port, &lb, &limits));
    }
    let _lb = haproxy(&app, lb_port, ports);
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    for base in &bases {
        until(&app, "every instance ready", Duration::from_secs(60), async || {
            matches!(client.get(format!("{base}/readyz")).send().await, Ok(r) if r.status() == 200)
        })
        .await;
    }
    until(&app, "the balancer up", Duration::from_secs(30), async || {
        matches!(client.get(format!("{lb}/readyz")).send().await, Ok(r) if r.status() == 200)
    })
    .await;

    // A form rendered by one instance is accepted by another.
    let page = client
        .get(format!("{}/petitions/{OPEN}", bases[0]))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = form_token(&page);
    assert_eq!(
        sign(
            &client,
            &bases[1],
            &token,
            "crossed@example.org",
            "198.51.100.1"
        )
        .await,
        Some(303)
    );

    // An organiser's session, opened on the in-process instance, works on every other.
    login(&app).await;
    for base in &bases {
        let r = app
            .client
            .get(format!("{base}/admin"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200, "{base}/admin");
    }

    // A burst through the balancer, 16 at a time; instance b is killed halfway.
    let n = 300;
    let mut burst = futures::stream::iter(0..n)
        .map(|i| {
            let (client, lb, token) = (&client, &lb, &token);
            async move {
                let email = format!("burst{i}@example.org");
                let ip = format!("203.0.{}.{}", i / 250, i % 250 + 1);
                (email.clone(), sign(client, lb, token, &email, &ip).await)
            }
        })
        .buffer_unordered(16);
    let mut accepted = vec!["crossed@example.org".to_owned()];
    let (mut answered, mut refused) = (0, 0);
    while let Some((email, status)) = burst.next().await {
        answered += 1;
        if answered == n / 2 {
            procs.remove("b");
        }
        match status {
            Some(303) => accepted.push(email),
            _ => refused += 1,
        }
    }
    assert!(accepted.len() > n / 2, "{} of {n} accepted", accepted.len());

    // Every signing answered 303 is stored once …
    for email in &accepted {
        let stored = app
            .scalar(&format!(
                "SELECT CAST(COUNT(*) AS BIGINT) FROM signatures WHERE email = '{email}'"
            ))
            .await;
        assert_eq!(stored, 1, "{email}");
    }
    // … and gets its email within 60 s (what the dead instance held is taken over once
    // its heartbeat is 20 s old).
    let killed = Instant::now();
    until(
        &app,
        "every accepted signer's email",
        Duration::from_secs(60),
        async || accepted.iter().all(|e| !app.mailbox().to(e).is_empty()),
    )
    .await;
    let waited = killed.elapsed();
    let sent: usize = accepted.iter().map(|e| app.mailbox().to(e).len()).sum();
    let twice = sent - accepted.len();
    assert!(
        twice * 100 < accepted.len(),
        "{twice} duplicates of {} messages",
        accepted.len()
    );
    eprintln!(
        "cluster: {} accepted, {refused} not (the killed instance's), all mail within {:.1} s, {twice} twice",
        accepted.len(),
        waited.as_secs_f64()
    );

    // Confirming through the balancer, whichever instance answers, counts.
    // Each signer from an address of their own, as the burst signed.
    for (i, email) in accepted.iter().enumerate() {
        let mail = app.mailbox().to(email).remove(0);
        let link = mail
            .link(&format!("{lb}/confirm/"))
            .expect("a confirm link to the balancer");
        let r = client
            .post(link)
            .header(
                "x-forwarded-for",
                format!("192.0.{}.{}", i / 250, i % 250 + 1),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200, "{email}");
    }
    assert_eq!(app.confirmed_total(OPEN).await, accepted.len() as u64);
    app.assert_counts_agree().await;

    // One client through the balancer meets one limit (the link pages: 60 a minute, 60 at
    // once), though each instance has seen only a third of its requests.
    if redis.is_some() {
        let mut passed = 0;
        for _ in 0..70 {
            let r = client
                .get(format!("{lb}/confirm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .header("x-forwarded-for", "198.51.100.77")
                .send()
                .await
                .unwrap();
            if r.status().as_u16() != 429 {
                passed += 1;
            }
        }
        assert_eq!(passed, 60, "one limit across the instances");
    }

    // A petition closed through one instance is served closed by the others within 2 s.
    app.set_petition_state(
        OPEN,
        undersign::domain::PetitionState::Closed,
        app.clock.now(),
    )
    .await;
    let changed = Instant::now();
    for base in [&bases[0], &bases[2]] {
        served_closed_within_2_s(&client, base, OPEN, changed).await;
    }
}
