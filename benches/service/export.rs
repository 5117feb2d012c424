//! The export: a petition seeded with many confirmed signatures in one SQL statement, then
//! the real `undersign export` as a child process, and `sqlite3 -csv` on the same rows as
//! the yardstick. Each child's wall time and peak resident size come from `wait4`.
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::Context;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend};
use undersign::store::Petition;

use testkit::child_usage::measured;

/// What one export run cost.
pub struct Run {
    pub wall: Duration,
    pub peak_rss_kib: u64,
    pub bytes: u64,
    pub rows: u64,
}

impl Run {
    pub fn rows_per_sec(&self) -> f64 {
        self.rows as f64 / self.wall.as_secs_f64().max(1e-9)
    }
}

/// Inserts `rows` confirmed signatures of `petition` in one `INSERT … SELECT`. The values
/// vary the way real lists do: Cyrillic, Devanagari, Han and accented names, quotes and
/// commas (CSV quoting), names a spreadsheet would take for formulas, multi-line comments,
/// several countries, and one signature in 25 from an organization with its members (one
/// in four of those verified). Every other one public, one in 50 without a name, the rest
/// for the addressees; a search text like the service's fold (SQL's lower() folds Latin
/// letters only: a stand-in, which the searches below look for by its Latin part).
pub async fn seed(db: &DatabaseConnection, petition: &Petition, rows: u64) -> anyhow::Result<()> {
    let backend = db.get_database_backend();
    let (series, nl, confirmed, created) = match backend {
        DbBackend::Postgres => (
            format!("SELECT generate_series(1, {rows}) AS x"),
            "chr(10)",
            "to_timestamp(1795000000 + x)",
            "to_timestamp(1794990000 + x)",
        ),
        _ => (
            format!(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < {rows}) \
                 SELECT x FROM c"
            ),
            "char(10)",
            "strftime('%Y-%m-%dT%H:%M:%S+00:00', 1795000000 + x, 'unixepoch')",
            "strftime('%Y-%m-%dT%H:%M:%S+00:00', 1794990000 + x, 'unixepoch')",
        ),
    };
    let org = "x % 25 = 0";
    let country = "CASE x % 8 WHEN 0 THEN 'UA' WHEN 1 THEN 'BY' WHEN 2 THEN 'PL' WHEN 3 THEN 'DE' \
                   WHEN 4 THEN 'CO' WHEN 5 THEN 'IN' WHEN 6 THEN 'GB' ELSE 'ZA' END";
    let name = "CASE \
        WHEN x % 1000 = 9 THEN '=1+1' \
        WHEN x % 1000 = 19 THEN '+380 brigade' \
        WHEN x % 1000 = 29 THEN '-Streikkomitee-' \
        WHEN x % 1000 = 39 THEN '@everyone' \
        ELSE CASE x % 10 \
          WHEN 0 THEN 'Олена Коваленко ' || x \
          WHEN 1 THEN 'Jan Kowalski ' || x \
          WHEN 2 THEN 'José Pérez Gómez ' || x \
          WHEN 3 THEN 'Jürgen Müller ' || x \
          WHEN 4 THEN 'Сяргей Навумчык ' || x \
          WHEN 5 THEN 'राजेश कुमार ' || x \
          WHEN 6 THEN 'Mary O''Brien ' || x \
          WHEN 7 THEN 'Zhang \"Wei\" 张伟 ' || x \
          WHEN 8 THEN 'Ahmet Yılmaz, Jr. ' || x \
          ELSE 'Fatima Zahra ' || x END END";
    let version = petition
        .version_id
        .map(|v| v.to_string())
        .unwrap_or_else(|| "NULL".into());
    let sql = format!(
        "INSERT INTO signatures (petition_id, kind, status, dedupe_key, name, email, email_key, \
           country, city, occupation, organization, role, members, comment, public, updates, \
           language, hidden, created_at, confirmed_at, version_id, text_language, visibility, \
           search_text, verified_at, verified_by, verified_note) \
         SELECT {id}, \
           CASE WHEN {org} THEN 'organization' ELSE 'individual' END, \
           'confirmed', \
           CASE WHEN {org} THEN 'o:' || ({country}) || ':miners union ' || x \
                ELSE 'i:bench-export-' || x || '@example.org' END, \
           {name}, \
           'bench-export-' || x || '@example.org', \
           'bench-export-' || x || '@example.org', \
           {country}, \
           CASE x % 4 WHEN 0 THEN 'Кривий Ріг' WHEN 1 THEN 'Katowice' WHEN 2 THEN 'La Guajira' ELSE NULL END, \
           CASE WHEN {org} THEN NULL WHEN x % 3 = 0 THEN 'underground miner, Oktyabrskaya mine' \
                WHEN x % 3 = 1 THEN 'Bergmann' ELSE NULL END, \
           CASE WHEN {org} THEN 'Незалежна профспілка гірників №' || x ELSE NULL END, \
           CASE WHEN {org} THEN 'Chair' ELSE NULL END, \
           CASE WHEN {org} THEN (x % 99991) + 1 ELSE NULL END, \
           CASE x % 5 WHEN 0 THEN 'Солідарність з шахтарями!' \
                WHEN 2 THEN 'Line one' || {nl} || 'line two, \"quoted\"' \
                WHEN 3 THEN '-we stand with you' ELSE NULL END, \
           (x % 2 = 0), (x % 7 = 0), \
           CASE x % 3 WHEN 0 THEN 'uk' WHEN 1 THEN 'en' ELSE 'pl' END, \
           (1 = 0), {created}, {confirmed}, {version}, \
           CASE x % 3 WHEN 0 THEN 'ru' ELSE 'en' END, \
           CASE WHEN x % 50 = 25 THEN 'anonymous' WHEN x % 2 = 0 THEN 'public' ELSE 'addressees' END, \
           LOWER({name}) || ' bench export ' || x || ' example org', \
           CASE WHEN {org} AND x % 100 = 0 THEN {confirmed} ELSE NULL END, \
           CASE WHEN {org} AND x % 100 = 0 THEN 'bench@example.org' ELSE NULL END, \
           CASE WHEN {org} AND x % 100 = 0 THEN 'called the office' ELSE NULL END \
         FROM ({series}) AS s",
        id = petition.id,
    );
    db.execute_unprepared(&sql)
        .await
        .context("seed the export's signatures")?;
    Ok(())
}

/// `undersign export SLUG --format full --out FILE`, configured through the environment
/// only (its working directory holds no config.toml).
pub fn run_undersign(db_url: &str, slug: &str, dir: &Path) -> anyhow::Result<Run> {
    let out = dir.join(format!("{slug}-undersign.csv"));
    let stdout = dir.join("export.stdout");
    let stderr = dir.join("export.stderr");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_undersign"));
    cmd.current_dir(dir)
        .env("UNDERSIGN_DATABASE__URL", db_url)
        .env("UNDERSIGN_DATABASE__SQLITE_SYNCHRONOUS", "full")
        .env("RUST_LOG", "warn")
        .args(["export", slug, "--format", "full", "--out"])
        .arg(&out);
    let (wall, peak_rss_kib) = measured(&cmd, &stdout, &stderr)?;
    // The CLI says "N rows, sha256 …"; the file's size is what was written.
    let said = std::fs::read_to_string(&stdout)?;
    let rows = said
        .lines()
        .find_map(|l| {
            l.split_once(" rows")
                .and_then(|(n, _)| n.trim().parse().ok())
        })
        .with_context(|| format!("`undersign export` printed no row count: {said:?}"))?;
    Ok(Run {
        wall,
        peak_rss_kib,
        bytes: std::fs::metadata(&out)?.len(),
        rows,
    })
}

/// `sqlite3 -csv -header DB "SELECT …"` > file: the same rows with the same stored columns
/// (the text version each signature endorsed joined in, as the full export has it), in the
/// order of insertion, with no processing at all.
pub fn run_sqlite3(db_file: &Path, petition_id: i64, rows: u64, dir: &Path) -> anyhow::Result<Run> {
    let out = dir.join("sqlite3.csv");
    let stderr = dir.join("sqlite3.stderr");
    let query = format!(
        "SELECT s.id AS number, s.kind AS type, s.name, s.organization, s.role, s.members, \
         s.occupation, s.city, s.country, s.comment, s.confirmed_at, s.email, s.public, \
         s.updates, s.language, s.created_at, v.number AS text_version, v.sha256 AS text_sha256, \
         s.text_language \
         FROM signatures s LEFT JOIN petition_versions v ON v.id = s.version_id \
         WHERE s.petition_id = {petition_id} AND s.status = 'confirmed' ORDER BY s.id"
    );
    let mut cmd = Command::new("sqlite3");
    cmd.args(["-csv", "-header"]).arg(db_file).arg(query);
    let (wall, peak_rss_kib) = measured(&cmd, &out, &stderr)?;
    Ok(Run {
        wall,
        peak_rss_kib,
        bytes: std::fs::metadata(&out)?.len(),
        rows,
    })
}

/// Whether a `sqlite3` is on PATH.
pub fn sqlite3_available() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("sqlite3"))
        .find(|p| p.is_file())
}
