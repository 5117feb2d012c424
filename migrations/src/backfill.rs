//! The kept figures computed afresh from the signatures: what a migration fills new tables
//! with, and what `undersign recount` rebuilds them from after signatures were changed
//! outside the service (a restore, a repair by hand, rows loaded with SQL).
use sea_orm_migration::sea_orm::DbBackend;

/// Statements that fill `tallies` and `daily_tallies` from the signatures; the tables must
/// be empty.
pub fn tallies(backend: DbBackend) -> Vec<String> {
    let mut statements = vec![
        "INSERT INTO tallies (petition_id, measure, kind, signatures, members) \
         SELECT petition_id, status, kind, COUNT(*), COALESCE(SUM(members), 0) \
         FROM signatures GROUP BY petition_id, status, kind"
            .to_owned(),
        "INSERT INTO tallies (petition_id, measure, kind, signatures, members) \
         SELECT petition_id, 'listed', kind, COUNT(*), 0 FROM signatures \
         WHERE status = 'confirmed' AND visibility = 'public' AND hidden = FALSE \
         AND name IS NOT NULL GROUP BY petition_id, kind"
            .to_owned(),
    ];
    // (PostgreSQL groups by no constant: each groups by the column it names.)
    for (measure, filter, group) in [
        ("'paper'", "source = 'paper'", ""),
        (
            "'text:' || text_language",
            "text_language IS NOT NULL",
            ", text_language",
        ),
        (
            "'version:' || CAST(version_id AS TEXT)",
            "version_id IS NOT NULL",
            ", version_id",
        ),
    ] {
        statements.push(format!(
            "INSERT INTO tallies (petition_id, measure, kind, signatures, members) \
             SELECT petition_id, {measure}, kind, COUNT(*), 0 FROM signatures \
             WHERE status = 'confirmed' AND {filter} GROUP BY petition_id, kind{group}"
        ));
    }
    let day = confirmed_day(backend);
    statements.push(format!(
        "INSERT INTO daily_tallies (petition_id, day, signatures) \
         SELECT petition_id, {day}, COUNT(*) FROM signatures \
         WHERE status = 'confirmed' AND confirmed_at IS NOT NULL \
         GROUP BY petition_id, {day}"
    ));
    statements
}

/// The UTC date (`YYYY-MM-DD`) of a signature's `confirmed_at`, as SQL: the day the daily
/// tallies count it on.
pub fn confirmed_day(backend: DbBackend) -> &'static str {
    match backend {
        DbBackend::Postgres => "to_char(confirmed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
        // Stored as RFC 3339 text in UTC: the date is its first ten characters.
        _ => "substr(confirmed_at, 1, 10)",
    }
}

/// Statements that empty every kept figure (the confirmed counts, the tallies, the daily
/// tallies) and fill them again from the signatures. Run them in one transaction.
pub fn kept_figures(backend: DbBackend) -> Vec<String> {
    let mut statements = vec![
        "DELETE FROM signature_counts".to_owned(),
        "DELETE FROM tallies".to_owned(),
        "DELETE FROM daily_tallies".to_owned(),
        "INSERT INTO signature_counts (petition_id, kind, country, signatures, members) \
         SELECT petition_id, kind, COALESCE(country, ''), COUNT(*), COALESCE(SUM(members), 0) \
         FROM signatures WHERE status = 'confirmed' \
         GROUP BY petition_id, kind, COALESCE(country, '')"
            .to_owned(),
    ];
    statements.extend(tallies(backend));
    statements
}
