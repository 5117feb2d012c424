//! The export streams: its memory does not grow with the number of rows. Measured as the
//! peak resident size of `undersign export` for 1,000 and for 100,000 confirmed signatures.
use sea_orm::{ConnectionTrait, DbBackend};

use crate::declarations::write_config;
use testkit::*;

/// Adds `n` confirmed signatures to the petition in one statement.
async fn add_confirmed(app: &TestApp, slug: &str, n: u64) {
    let p = undersign::store::petitions::by_slug(app.state.store.reader(), slug)
        .await
        .unwrap()
        .unwrap();
    let db = app.state.store.reader();
    let series = match db.get_database_backend() {
        DbBackend::Postgres => format!("SELECT generate_series(1, {n}) AS x"),
        _ => format!("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < {n}) SELECT x FROM c"),
    };
    let now = "2026-11-29T10:00:00+00:00";
    let sql = format!(
        "INSERT INTO signatures (petition_id, kind, status, dedupe_key, name, email, email_key, country, city, comment, \
         public, updates, language, hidden, created_at, confirmed_at, version_id) \
         SELECT {id}, 'individual', 'confirmed', 'i:bulk' || x || '@example.org', 'Шахтар Номер ' || x, \
         'bulk' || x || '@example.org', 'bulk' || x || '@example.org', 'UA', 'Кривий Ріг', 'Солідарність з шахтарями!', \
         true, false, 'uk', false, {ts}, {ts}, {v} FROM ({series}) AS s",
        id = p.id,
        v = p.version_id.unwrap(),
        ts = match db.get_database_backend() {
            DbBackend::Postgres => format!("'{now}'::timestamptz"),
            _ => format!("'{now}'"),
        },
    );
    app.state
        .store
        .reader()
        .execute_unprepared(&sql)
        .await
        .unwrap();
}

/// Runs `undersign export` and returns (rows in the file, its own peak RSS in KiB).
fn export_peak(app: &TestApp, slug: &str) -> (usize, u64) {
    let out = app.dir.path().join(format!("{slug}.csv"));
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_undersign"));
    cmd.args([
        "--config",
        write_config(app).to_str().unwrap(),
        "export",
        slug,
        "--format",
        "full",
        "--out",
    ])
    .arg(&out);
    let (_, peak_kib) = testkit::child_usage::measured(
        &cmd,
        &app.dir.path().join(format!("{slug}.stdout")),
        &app.dir.path().join(format!("{slug}.stderr")),
    )
    .expect("the export runs");
    let bytes = std::fs::read(&out).unwrap();
    let rows = csv::Reader::from_reader(&bytes[3..]).records().count();
    (rows, peak_kib)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exporting_100_000_rows_takes_no_more_memory_than_1_000() {
    let app = spawn_app().await;
    add_confirmed(&app, CLOSED, 1_000).await;
    add_confirmed(&app, OPEN, 100_000).await;
    let (small_rows, small_kib) = export_peak(&app, CLOSED);
    let (large_rows, large_kib) = export_peak(&app, OPEN);
    assert_eq!(small_rows, 1_000);
    assert_eq!(large_rows, 100_000);
    println!("export peak RSS: 1,000 rows {small_kib} KiB, 100,000 rows {large_kib} KiB");
    // 100 times the rows; flat means the same memory give or take allocator noise.
    assert!(
        large_kib < small_kib + 16 * 1024,
        "1,000 rows: {small_kib} KiB; 100,000 rows: {large_kib} KiB"
    );
    // The whole command, runtime and pools included, stays small enough for a small server.
    assert!(large_kib < 64 * 1024, "{large_kib} KiB");
}
