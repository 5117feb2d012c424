//! Scratch PostgreSQL databases: created with a random name on the server an admin URL
//! names, and dropped (forcibly, connections and all) when done.
use rand::RngCore;

/// Creates a database named `{prefix}_{random}` and returns its name and its URL.
pub async fn create(admin_url: &str, prefix: &str) -> Result<(String, String), sqlx::Error> {
    let mut b = [0u8; 8];
    rand::rng().fill_bytes(&mut b);
    let name = format!("{prefix}_{}", hex::encode(b));
    let pool = sqlx::PgPool::connect(admin_url).await?;
    let created = sqlx::query(&format!("CREATE DATABASE \"{name}\""))
        .execute(&pool)
        .await;
    pool.close().await;
    created?;
    let url = with_database(admin_url, &name);
    Ok((name, url))
}

/// Drops the databases, whoever is still connected to them.
pub async fn drop_all(admin_url: &str, names: &[String]) -> Result<(), sqlx::Error> {
    let pool = sqlx::PgPool::connect(admin_url).await?;
    let mut result = Ok(());
    for name in names {
        let dropped = sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
            .execute(&pool)
            .await;
        if let Err(e) = dropped {
            result = Err(e);
        }
    }
    pool.close().await;
    result
}

/// The URL with its database name replaced, its query string kept.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let path_start = base[scheme_end..]
        .find('/')
        .map(|i| i + scheme_end)
        .unwrap_or(base.len());
    let mut out = format!("{}/{}", &base[..path_start], name);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}
