//! Typed settings: `config.toml` (or `--config PATH`), then `UNDERSIGN_<SECTION>__<KEY>`
//! environment variables. Everything is checked here, once, so a bad value stops start-up
//! with one line that names its key.
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use secrecy::SecretString;
use serde::Deserialize;
use url::Url;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration: {0}")]
    Load(#[from] config::ConfigError),
    #[error("configuration key `{key}`: {reason}")]
    Invalid { key: &'static str, reason: String },
}

fn invalid(key: &'static str, reason: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        key,
        reason: reason.into(),
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub petitions: PetitionSettings,
    pub mail: MailSettings,
    pub signing: SigningSettings,
    pub limits: LimitSettings,
    pub blocklist: BlocklistSettings,
    pub admin: AdminSettings,
    pub security: SecuritySettings,
    pub retention: RetentionSettings,
}

/// How long signers' personal data outlives a campaign.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RetentionSettings {
    /// Days after a petition is closed or delivered before its signatures' personal data
    /// is erased (checked every `signing.purge_interval_seconds`).
    pub days_after_close: u64,
}

impl Default for RetentionSettings {
    fn default() -> Self {
        RetentionSettings {
            days_after_close: 180,
        }
    }
}

/// Submissions organizers refuse silently: the sender sees the usual answer, nothing is
/// stored or sent, and the log says why.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BlocklistSettings {
    /// Email domains; `*` matches any run of characters (`*.example.org`, `mailinator.*`).
    pub email_domains: Vec<String>,
    /// Client addresses or CIDR ranges.
    pub ip_ranges: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServerSettings {
    pub bind: String,
    pub base_url: String,
    pub trusted_proxies: Vec<String>,
    /// A request's headers must arrive within this many seconds of the connection opening
    /// or of its previous answer; an idle connection is closed after it too.
    pub header_timeout_seconds: u64,
    /// A request's body must arrive within this many seconds.
    pub body_timeout_seconds: u64,
    /// This instance's name on the outbox messages it holds; empty: the host's name and the
    /// port it listens on, the same after a restart (see [`Settings::instance_id`]).
    pub instance_id: String,
    /// Where `GET /metrics` (Prometheus) is served, apart from the public address; empty:
    /// no metrics.
    pub metrics_bind: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DatabaseSettings {
    pub url: String,
    /// Connections for reads; writes go through one connection on SQLite.
    pub max_connections: u32,
    /// `full` survives power loss; `normal` may lose the last commits on power loss (never
    /// on a crash of the process) and is faster. SQLite only.
    pub sqlite_synchronous: String,
    /// Bring the schema up to date at start (instances take turns). Off: `serve` refuses a
    /// schema older than it needs, and `undersign migrate` is the step before starting.
    pub migrate_on_start: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PetitionSettings {
    pub import_dir: String,
    /// Where the scans of paper sheets are kept (never served over HTTP).
    pub scan_dir: String,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum MailTransportKind {
    Smtp,
    File,
    Log,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SmtpTls {
    None,
    Starttls,
    Tls,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MailSettings {
    pub transport: MailTransportKind,
    pub from: String,
    pub file_dir: String,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub smtp_tls: SmtpTls,
    pub smtp_username: String,
    pub smtp_password: SecretString,
    /// SMTP connections kept open; messages are sent over them concurrently.
    pub smtp_pool_size: u32,
    /// Messages in flight at once.
    pub concurrency: usize,
    /// Attempts before a message is marked failed.
    pub max_attempts: i32,
    /// The first retry waits this long; each further one twice as long, up to an hour.
    pub retry_base_seconds: u64,
    /// How often the worker looks for due messages when nobody has woken it.
    pub poll_interval_ms: u64,
    /// Updates sent a second at most, so a provider is not flooded (and does not start
    /// deferring the confirmations that share its connection). Confirmations are not
    /// counted and always go first.
    pub bulk_per_second: u32,
    /// DKIM: the domain (`d=`) and selector (`s=`) each message's signature names, and the
    /// PEM file of the private key (RSA or Ed25519). All three, or none for unsigned mail.
    pub dkim_domain: String,
    pub dkim_selector: String,
    pub dkim_private_key_file: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SigningSettings {
    pub confirm_ttl_hours: u64,
    pub min_fill_seconds: u64,
    /// How long a rendered form stays valid (pages may be cached).
    pub form_max_age_hours: u64,
    /// How often pending signatures past the confirmation window are purged.
    pub purge_interval_seconds: u64,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LimitSettings {
    pub sign_per_ip_per_minute: u32,
    pub sign_per_ip_burst: u32,
    /// Messages one address can be sent about one petition in 24 hours, whatever is
    /// submitted (confirmations, resends, "already signed").
    pub resend_per_signature_per_day: u32,
    /// Messages one address can be sent about all petitions together in 24 hours.
    pub mail_per_address_per_day: u32,
    /// The confirm and withdraw pages.
    pub token_per_ip_per_minute: u32,
    pub token_per_ip_burst: u32,
    /// Organizer login attempts per client address.
    pub login_per_ip_per_minute: u32,
    pub login_per_ip_burst: u32,
    /// Organizer login attempts per account, from anywhere.
    pub login_per_account_per_minute: u32,
    pub login_per_account_burst: u32,
    /// Redis shared by every instance, so that a client meets one limit whichever answers
    /// (`redis://127.0.0.1:6379`); empty: each instance limits on its own.
    pub redis_url: String,
    /// The prefix of the shared limits' keys in Redis.
    pub redis_prefix: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AdminSettings {
    /// A session ends after this long without a request.
    pub session_idle_minutes: u64,
    /// And this long after login, however busy.
    pub session_max_hours: u64,
}

impl Default for AdminSettings {
    fn default() -> Self {
        AdminSettings {
            session_idle_minutes: 120,
            session_max_hours: 12,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SecuritySettings {
    pub secret_key: SecretString,
    /// Where a generated key is kept when `secret_key` is empty.
    pub secret_key_file: String,
}

impl Default for ServerSettings {
    fn default() -> Self {
        ServerSettings {
            bind: "127.0.0.1:3000".into(),
            base_url: "http://127.0.0.1:3000".into(),
            trusted_proxies: vec![],
            header_timeout_seconds: 15,
            body_timeout_seconds: 60,
            instance_id: String::new(),
            metrics_bind: String::new(),
        }
    }
}

impl DatabaseSettings {
    pub fn is_postgres(&self) -> bool {
        self.url.starts_with("postgres:") || self.url.starts_with("postgresql:")
    }
}

impl SecuritySettings {
    /// No key configured: one is generated into `secret_key_file` (fine for one process).
    pub fn has_no_key(&self) -> bool {
        use secrecy::ExposeSecret;
        self.secret_key.expose_secret().trim().is_empty()
    }
}

impl Default for DatabaseSettings {
    fn default() -> Self {
        DatabaseSettings {
            url: "sqlite://data/undersign.db?mode=rwc".into(),
            max_connections: 8,
            sqlite_synchronous: "full".into(),
            migrate_on_start: true,
        }
    }
}

impl Default for PetitionSettings {
    fn default() -> Self {
        PetitionSettings {
            import_dir: "declarations".into(),
            scan_dir: "data/scans".into(),
        }
    }
}

impl Default for MailSettings {
    fn default() -> Self {
        MailSettings {
            transport: MailTransportKind::File,
            from: "Solidarity petitions <petitions@localhost>".into(),
            file_dir: "data/mail".into(),
            smtp_host: "localhost".into(),
            smtp_port: 25,
            smtp_tls: SmtpTls::None,
            smtp_username: String::new(),
            smtp_password: SecretString::from(""),
            smtp_pool_size: 16,
            concurrency: 64,
            max_attempts: 10,
            retry_base_seconds: 30,
            poll_interval_ms: 1000,
            bulk_per_second: 200,
            dkim_domain: String::new(),
            dkim_selector: String::new(),
            dkim_private_key_file: String::new(),
        }
    }
}

impl Default for SigningSettings {
    fn default() -> Self {
        SigningSettings {
            confirm_ttl_hours: 168,
            min_fill_seconds: 1,
            form_max_age_hours: 72,
            purge_interval_seconds: 600,
        }
    }
}

impl Default for LimitSettings {
    fn default() -> Self {
        LimitSettings {
            sign_per_ip_per_minute: 60,
            sign_per_ip_burst: 120,
            resend_per_signature_per_day: 3,
            mail_per_address_per_day: 10,
            token_per_ip_per_minute: 60,
            token_per_ip_burst: 60,
            login_per_ip_per_minute: 10,
            login_per_ip_burst: 10,
            login_per_account_per_minute: 3,
            login_per_account_burst: 10,
            redis_url: String::new(),
            redis_prefix: "undersign".into(),
        }
    }
}

impl Default for SecuritySettings {
    fn default() -> Self {
        SecuritySettings {
            secret_key: SecretString::from(""),
            secret_key_file: "data/secret.key".into(),
        }
    }
}

impl Settings {
    /// Reads `path` (required when given explicitly, optional when it is the default
    /// `config.toml`), then the environment, and checks every value.
    pub fn load(path: Option<&Path>) -> Result<Settings, ConfigError> {
        let (path, required) = match path {
            Some(p) => (p.to_path_buf(), true),
            None => (PathBuf::from("config.toml"), false),
        };
        // Only UNDERSIGN_<SECTION>__<KEY> is configuration; other UNDERSIGN_ variables (such
        // as the test suite's UNDERSIGN_TEST_DATABASE_URL) are not ours to refuse.
        let vars: config::Map<String, String> = std::env::vars()
            .filter(|(k, _)| {
                k.strip_prefix("UNDERSIGN_")
                    .is_some_and(|rest| rest.contains("__"))
            })
            .collect();
        let raw = config::Config::builder()
            .add_source(config::File::from(path).required(required))
            .add_source(
                config::Environment::with_prefix("UNDERSIGN")
                    .prefix_separator("_")
                    .separator("__")
                    .try_parsing(true)
                    .list_separator(",")
                    .with_list_parse_key("server.trusted_proxies")
                    .source(Some(vars)),
            )
            .build()?;
        let settings: Settings = raw.try_deserialize()?;
        settings.check()?;
        Ok(settings)
    }

    /// The checks serde cannot make.
    pub fn check(&self) -> Result<(), ConfigError> {
        self.bind_addr()?;
        let base = self.base_url()?;
        if !matches!(base.scheme(), "http" | "https") {
            return Err(invalid(
                "server.base_url",
                "must start with http:// or https://",
            ));
        }
        for p in &self.server.trusted_proxies {
            crate::web::client_ip::parse_net(p).map_err(|_| {
                invalid(
                    "server.trusted_proxies",
                    format!("`{p}` is not an IP address or CIDR range"),
                )
            })?;
        }
        let url = &self.database.url;
        if !(url.starts_with("sqlite:")
            || url.starts_with("postgres://")
            || url.starts_with("postgresql://"))
        {
            return Err(invalid(
                "database.url",
                "must start with sqlite:, postgres:// or postgresql://",
            ));
        }
        if !matches!(
            self.database.sqlite_synchronous.as_str(),
            "full" | "normal" | "extra"
        ) {
            return Err(invalid(
                "database.sqlite_synchronous",
                "must be full, normal or extra",
            ));
        }
        if self.database.max_connections == 0 {
            return Err(invalid("database.max_connections", "must be at least 1"));
        }
        self.mail
            .from
            .parse::<lettre::message::Mailbox>()
            .map_err(|e| {
                invalid(
                    "mail.from",
                    format!("not a mailbox like `Name <address@example.org>`: {e}"),
                )
            })?;
        if self.mail.transport == MailTransportKind::File && self.mail.file_dir.trim().is_empty() {
            return Err(invalid(
                "mail.file_dir",
                "must name a folder when mail.transport is \"file\"",
            ));
        }
        if self.mail.transport == MailTransportKind::Smtp && self.mail.smtp_host.trim().is_empty() {
            return Err(invalid(
                "mail.smtp_host",
                "must be set when mail.transport is \"smtp\"",
            ));
        }
        if self.mail.concurrency == 0 || self.mail.smtp_pool_size == 0 {
            return Err(invalid(
                "mail.concurrency",
                "mail.concurrency and mail.smtp_pool_size must be at least 1",
            ));
        }
        if self.mail.bulk_per_second == 0 {
            return Err(invalid("mail.bulk_per_second", "must be at least 1"));
        }
        self.check_dkim()?;
        if self.mail.max_attempts < 1 {
            return Err(invalid("mail.max_attempts", "must be at least 1"));
        }
        if self.signing.confirm_ttl_hours == 0 {
            return Err(invalid("signing.confirm_ttl_hours", "must be at least 1"));
        }
        if self.signing.form_max_age_hours == 0 {
            return Err(invalid("signing.form_max_age_hours", "must be at least 1"));
        }
        if self.limits.sign_per_ip_per_minute == 0 || self.limits.sign_per_ip_burst == 0 {
            return Err(invalid(
                "limits.sign_per_ip_per_minute",
                "limits must be at least 1",
            ));
        }
        if self.limits.token_per_ip_per_minute == 0 || self.limits.token_per_ip_burst == 0 {
            return Err(invalid(
                "limits.token_per_ip_per_minute",
                "limits must be at least 1",
            ));
        }
        if self.limits.mail_per_address_per_day == 0 {
            return Err(invalid(
                "limits.mail_per_address_per_day",
                "must be at least 1",
            ));
        }
        for r in &self.blocklist.ip_ranges {
            crate::web::client_ip::parse_net(r).map_err(|_| {
                invalid(
                    "blocklist.ip_ranges",
                    format!("`{r}` is not an IP address or CIDR range"),
                )
            })?;
        }
        for d in &self.blocklist.email_domains {
            crate::blocklist::check_pattern(d)
                .map_err(|reason| invalid("blocklist.email_domains", format!("`{d}`: {reason}")))?;
        }
        if self.limits.resend_per_signature_per_day == 0 {
            return Err(invalid(
                "limits.resend_per_signature_per_day",
                "must be at least 1",
            ));
        }
        Ok(())
    }

    /// DKIM is on with all three keys, off with none; the key file itself is read when the
    /// mailer starts (`mail::dkim`).
    fn check_dkim(&self) -> Result<(), ConfigError> {
        let m = &self.mail;
        let keys = [
            ("mail.dkim_domain", &m.dkim_domain),
            ("mail.dkim_selector", &m.dkim_selector),
            ("mail.dkim_private_key_file", &m.dkim_private_key_file),
        ];
        if keys.iter().all(|(_, v)| v.trim().is_empty()) {
            return Ok(());
        }
        if let Some((key, _)) = keys.iter().find(|(_, v)| v.trim().is_empty()) {
            return Err(invalid(
                key,
                "must be set too: DKIM needs mail.dkim_domain, mail.dkim_selector and mail.dkim_private_key_file, or none of them",
            ));
        }
        // What goes into a DNS name: letters, digits, hyphens, dots between labels, in ASCII
        // (an internationalised domain in its xn-- form).
        let dns_name = |s: &str| {
            !s.is_empty()
                && s.len() <= 253
                && s.split('.').all(|label| {
                    !label.is_empty()
                        && label.len() <= 63
                        && label
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                })
        };
        let domain = m.dkim_domain.trim().trim_end_matches('.');
        if !dns_name(domain) || !domain.contains('.') {
            return Err(invalid(
                "mail.dkim_domain",
                format!("`{}` is not a domain like example.org (in ASCII: xn-- for an internationalised one)", m.dkim_domain),
            ));
        }
        if !dns_name(m.dkim_selector.trim()) {
            return Err(invalid(
                "mail.dkim_selector",
                format!(
                    "`{}` is not a selector: letters, digits and hyphens, such as undersign or s2026",
                    m.dkim_selector
                ),
            ));
        }
        Ok(())
    }

    /// Who this process is on the leases of the outbox messages it holds: what a restarted
    /// process recognises as its own, to send at once what it held when it died. Stable
    /// across restarts, distinct between instances (two on one host listen on two ports).
    pub fn instance_id(&self) -> String {
        let configured = self.server.instance_id.trim();
        if !configured.is_empty() {
            return configured.chars().take(200).collect();
        }
        let host = hostname::get()
            .ok()
            .and_then(|h| h.into_string().ok())
            .unwrap_or_else(|| "localhost".into());
        let port = self
            .server
            .bind
            .rsplit_once(':')
            .map_or(self.server.bind.as_str(), |(_, p)| p);
        format!("{host}:{port}")
    }

    pub fn bind_addr(&self) -> Result<SocketAddr, ConfigError> {
        self.server.bind.parse().map_err(|_| {
            invalid(
                "server.bind",
                format!(
                    "`{}` is not an address like 127.0.0.1:3000",
                    self.server.bind
                ),
            )
        })
    }

    pub fn base_url(&self) -> Result<Url, ConfigError> {
        Url::parse(self.server.base_url.trim_end_matches('/'))
            .map_err(|e| invalid("server.base_url", e.to_string()))
    }

    /// The base URL without a trailing slash, for building links.
    pub fn base(&self) -> &str {
        self.server.base_url.trim_end_matches('/')
    }

    pub fn is_https(&self) -> bool {
        self.server.base_url.starts_with("https://")
    }

    pub fn is_sqlite(&self) -> bool {
        self.database.url.starts_with("sqlite:")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_file_is_valid_and_matches_the_defaults() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config.toml");
        let s = Settings::load(Some(&path)).expect("shipped config.toml loads");
        assert_eq!(s.server.bind, "127.0.0.1:3000");
        assert_eq!(s.mail.transport, MailTransportKind::File);
        assert!(s.is_sqlite());
    }

    #[test]
    fn a_bad_value_names_its_key() {
        let mut s = Settings::default();
        s.server.bind = "nonsense".into();
        let err = s.check().unwrap_err().to_string();
        assert!(err.contains("server.bind"), "{err}");

        let mut s = Settings::default();
        s.server.trusted_proxies = vec!["10.0.0.0/99".into()];
        assert!(s
            .check()
            .unwrap_err()
            .to_string()
            .contains("server.trusted_proxies"));
    }

    fn dkim(domain: &str, selector: &str, key: &str) -> Settings {
        let mut s = Settings::default();
        s.mail.dkim_domain = domain.into();
        s.mail.dkim_selector = selector.into();
        s.mail.dkim_private_key_file = key.into();
        s
    }

    #[test]
    fn dkim_is_all_three_keys_or_none() {
        assert!(dkim("", "", "").check().is_ok());
        assert!(dkim("example.org", "s1", "data/dkim.pem").check().is_ok());
        for (s, missing) in [
            (dkim("example.org", "", ""), "mail.dkim_selector"),
            (dkim("example.org", "s1", ""), "mail.dkim_private_key_file"),
            (dkim("", "s1", "data/dkim.pem"), "mail.dkim_domain"),
            (dkim("", "", "data/dkim.pem"), "mail.dkim_domain"),
        ] {
            let err = s.check().unwrap_err().to_string();
            assert!(err.contains(&format!("`{missing}`")), "{err}");
            assert_eq!(err.lines().count(), 1, "{err}");
        }
    }

    #[test]
    fn a_dkim_domain_or_selector_that_is_no_dns_name_names_its_key() {
        for (s, key) in [
            (dkim("example", "s1", "k.pem"), "mail.dkim_domain"),
            (dkim("exa mple.org", "s1", "k.pem"), "mail.dkim_domain"),
            (dkim("пример.org", "s1", "k.pem"), "mail.dkim_domain"),
            (dkim("example.org", "s_1", "k.pem"), "mail.dkim_selector"),
            (dkim("example.org", "s1.", "k.pem"), "mail.dkim_selector"),
        ] {
            let err = s.check().unwrap_err().to_string();
            assert!(err.contains(&format!("`{key}`")), "{err}");
        }
    }
}
