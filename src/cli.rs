//! The command line: `undersign [--config PATH] [COMMAND]`; with no command it serves.
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::app::Application;
use crate::clock::Clock;
use crate::config::Settings;
use crate::declarations;
use crate::domain::Email;
use crate::export::Format;
use crate::mail::dkim::DkimSigner;
use crate::security::{password, Keys};
use crate::store::installation::SecretCheck;
use crate::store::petitions::UpsertOutcome;
use crate::store::Store;

#[derive(Debug, Parser)]
#[command(
    name = "undersign",
    version,
    about = "Solidarity letters and petitions, confirmed by email"
)]
pub struct Cli {
    /// The configuration file (default: config.toml in the working directory, if present).
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web service (the default).
    Serve,
    /// Bring the database schema up to date: the step before starting instances when
    /// `database.migrate_on_start` is off.
    Migrate {
        /// Record this configuration's `security.secret_key` as the installation's, replacing
        /// the one recorded: after changing the key for every instance. Links already emailed
        /// stop working.
        #[arg(long)]
        new_secret: bool,
    },
    /// Create or update petitions from declaration files or folders of them.
    Import {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Write the confirmed signatures of a petition to a CSV file.
    Export {
        slug: String,
        /// `delivery` for the addressees, `full` for organizers (adds contact details).
        #[arg(long, default_value = "delivery", value_parser = ["delivery", "full"])]
        format: String,
        /// Default: exports/{slug}-{YYYYMMDD-HHMMSS}-{format}.csv
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// The language of the `country_name` column. Default: the declaration's own, which
        /// its addressees read (English when it has no catalog).
        #[arg(long, value_name = "LANG", value_parser = clap::builder::PossibleValuesParser::new(templates::i18n::SUPPORTED))]
        lang: Option<String>,
    },
    /// Write the delivery package of a petition: one ZIP file with the delivery CSV, the
    /// delivery document and a manifest of their SHA-256 (`sha256sum -c manifest.txt`).
    Package {
        slug: String,
        /// Default: exports/{slug}-{YYYYMMDD-HHMMSS}-package.zip
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// The language of the document and of the CSV's country names. Default: the
        /// declaration's own (English when it has no catalog).
        #[arg(long, value_name = "LANG", value_parser = clap::builder::PossibleValuesParser::new(templates::i18n::SUPPORTED))]
        lang: Option<String>,
    },
    /// Erase the personal data of signatures of petitions closed more than
    /// `retention.days_after_close` days ago (the service does it on its own too).
    Purge {
        /// Say what would be erased, and erase nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Rebuild the kept figures (counts, tallies, per-day figures) from the signatures, after
    /// they were changed outside the service: a restore, a repair by hand, rows loaded with
    /// SQL. Prints each petition's confirmed count before and after.
    Recount,
    /// Copy the SQLite database to a new file while the service runs, and check the copy
    /// (on PostgreSQL, use pg_dump: see the README).
    Backup {
        #[arg(value_name = "PATH")]
        to: PathBuf,
    },
    /// Print the DNS TXT record that publishes the DKIM key (`mail.dkim_*`), as a zone file
    /// line. Make a key with `openssl genrsa -out data/dkim.pem 2048`.
    DkimRecord,
    /// Manage organizer accounts.
    Organizer {
        #[command(subcommand)]
        command: OrganizerCommand,
    },
    /// Signatures collected on printed sheets.
    Paper {
        #[command(subcommand)]
        command: PaperCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum PaperCommand {
    /// Enter typed-up sheets from a CSV file: columns sheet, name, country, collected_by,
    /// collected_at, and optionally kind, organization, role, members, city, occupation,
    /// place, visibility. The whole file is checked first; one bad line refuses it all.
    Import {
        slug: String,
        #[arg(value_name = "FILE.csv")]
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum OrganizerCommand {
    /// Create an account (asks for the password unless --password-stdin).
    Add {
        email: String,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// List the accounts.
    List,
    /// Remove an account and end its sessions.
    Remove { email: String },
    /// Set a new password and end the account's sessions.
    Passwd {
        email: String,
        #[arg(long)]
        password_stdin: bool,
    },
}

pub async fn run(cli: Cli) -> ExitCode {
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("undersign: {e}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(settings).await,
        Command::Migrate { new_secret } => migrate(settings, new_secret).await,
        Command::Import { paths } => import(settings, paths).await,
        Command::Export {
            slug,
            format,
            out,
            lang,
        } => export(settings, slug, format, out, lang).await,
        Command::Package { slug, out, lang } => package(settings, slug, out, lang).await,
        Command::Purge { dry_run } => purge(settings, dry_run).await,
        Command::Organizer { command } => organizer(settings, command).await,
        Command::Paper {
            command: PaperCommand::Import { slug, file },
        } => paper_import(settings, slug, file).await,
        Command::DkimRecord => dkim_record(&settings),
        Command::Backup { to } => backup(settings, to).await,
        Command::Recount => recount(settings).await,
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("undersign: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(settings: Settings) -> anyhow::Result<ExitCode> {
    let app = Application::build(settings).await?;
    app.run_until_stopped().await?;
    Ok(ExitCode::SUCCESS)
}

fn dkim_record(settings: &Settings) -> anyhow::Result<ExitCode> {
    let Some(signer) = DkimSigner::from_settings(&settings.mail)? else {
        eprintln!(
            "undersign: DKIM is off: set mail.dkim_domain, mail.dkim_selector and mail.dkim_private_key_file (see README, \"Mail that arrives\")"
        );
        return Ok(ExitCode::FAILURE);
    };
    let record = signer.record();
    // Zone file comments, so the output can be pasted into a zone as it is; the two first
    // lines are what a DNS provider's web form asks for.
    println!("; name:  {}", record.name());
    println!("; value: {}", record.value());
    println!("{}", record.zone_line());
    Ok(ExitCode::SUCCESS)
}

async fn purge(settings: Settings, dry_run: bool) -> anyhow::Result<ExitCode> {
    let store = store(&settings).await?;
    let days = settings.retention.days_after_close;
    let done = store
        .purge_closed(days, Clock::System.now(), dry_run)
        .await?;
    let verb = if dry_run { "would erase" } else { "erased" };
    for p in &done {
        println!(
            "{}: {verb} the personal data of {} signatures (closed since {}, kept {days} days)",
            p.slug,
            p.signatures,
            p.closed_since.format("%Y-%m-%d")
        );
    }
    if done.is_empty() {
        println!(
            "nothing to erase: no petition closed more than {days} days ago holds personal data"
        );
    }
    Ok(ExitCode::SUCCESS)
}

async fn backup(settings: Settings, to: PathBuf) -> anyhow::Result<ExitCode> {
    let store = store(&settings).await?;
    let copy = store.backup(&to).await?;
    println!(
        "{}: {:.1} MiB, integrity ok, {} petitions, {} signatures",
        to.display(),
        copy.bytes as f64 / (1024.0 * 1024.0),
        copy.petitions,
        copy.signatures
    );
    Ok(ExitCode::SUCCESS)
}

async fn migrate(settings: Settings, new_secret: bool) -> anyhow::Result<ExitCode> {
    let store = store(&settings).await?;
    println!("database is up to date");
    if new_secret {
        if settings.database.is_postgres() && settings.security.has_no_key() {
            anyhow::bail!(crate::app::StartError::SharedSecretRequired);
        }
        let keys = Keys::load(&settings.security)?;
        let check = store
            .check_secret(&keys.fingerprint(), true, Clock::System.now())
            .await?;
        println!(
            "{}",
            match check {
                SecretCheck::Replaced =>
                    "the new secret key is recorded; start every instance with it",
                _ => "this secret key is the one recorded",
            }
        );
    }
    Ok(ExitCode::SUCCESS)
}

async fn import(settings: Settings, paths: Vec<PathBuf>) -> anyhow::Result<ExitCode> {
    let store = store(&settings).await?;
    let mut failed = 0;
    for (file, result) in declarations::import(&store, &paths, Clock::System.now()).await {
        match result {
            Ok(o) => {
                let what = match o {
                    UpsertOutcome::Created => "created",
                    UpsertOutcome::Updated => "updated",
                    UpsertOutcome::Unchanged => "unchanged",
                    UpsertOutcome::Outdated => {
                        "outdated (its original has changed since; not shown until translated again)"
                    }
                };
                println!("{what}: {}", file.display());
            }
            Err(e) => {
                failed += 1;
                eprintln!("error: {e}");
            }
        }
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

async fn paper_import(settings: Settings, slug: String, file: PathBuf) -> anyhow::Result<ExitCode> {
    let bytes = std::fs::read(&file).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    let store = store(&settings).await?;
    let Some(petition) = crate::store::petitions::by_slug(store.reader(), &slug).await? else {
        eprintln!("undersign: no petition with the slug {slug:?}");
        return Ok(ExitCode::FAILURE);
    };
    let now = Clock::System.now();
    let tr = templates::Tr::new("en");
    let mut import = crate::paper_csv::read(&bytes, &petition, now.date_naive(), &tr)
        .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    // A number never printed is a typo or another petition's sheet; a sheet already entered
    // would be counted twice if the same file were imported again.
    for number in import.sheets().collect::<Vec<_>>() {
        match crate::store::paper::sheet(store.reader(), petition.id, number).await? {
            None => import.refuse_sheet(
                number,
                &format!("sheet: sheet {number} was not printed for this petition"),
            ),
            Some(s) if s.entered_at.is_some() => import.refuse_sheet(
                number,
                &format!(
                    "sheet: sheet {number} was entered already (by {}): its rows are on the petition",
                    s.entered_by.as_deref().unwrap_or("an organizer")
                ),
            ),
            Some(_) => {}
        }
    }
    let entries = match import.finish() {
        Ok(entries) => entries,
        Err(bad) => {
            for line in &bad {
                eprintln!("{}: {line}", file.display());
            }
            eprintln!(
                "undersign: nothing entered: {} bad line(s); correct them and import the whole file again",
                bad.len()
            );
            return Ok(ExitCode::FAILURE);
        }
    };
    let entered = match store.enter_sheets("cli", &petition, &entries, now).await {
        Ok(e) => e,
        Err(crate::store::paper::PaperError::UnknownSheet(n)) => {
            eprintln!("undersign: nothing entered: sheet {n} was not printed for this petition");
            return Ok(ExitCode::FAILURE);
        }
        Err(crate::store::paper::PaperError::Store(e)) => return Err(e.into()),
    };
    println!(
        "entered {} signatures from {} sheets",
        entered.signatures, entered.sheets
    );
    println!(
        "{} look like signatures already on the petition (same name and city): flagged for an organizer at /admin/petitions/{slug}/paper, not merged",
        entered.flagged
    );
    Ok(ExitCode::SUCCESS)
}

/// The database, its schema brought up to date while no instance is migrating it too.
async fn store(settings: &Settings) -> anyhow::Result<Store> {
    let store = Store::connect(&settings.database).await?;
    let lock = store.startup_lock(&settings.database.url).await?;
    let migrated = store.migrate().await;
    lock.release().await;
    migrated?;
    Ok(store)
}

async fn export(
    settings: Settings,
    slug: String,
    format: String,
    out: Option<PathBuf>,
    lang: Option<String>,
) -> anyhow::Result<ExitCode> {
    use std::io::IsTerminal;

    let format =
        Format::parse(&format).ok_or_else(|| anyhow::anyhow!("--format is delivery or full"))?;
    let store = store(&settings).await?;
    let Some(petition) = crate::store::petitions::by_slug(store.reader(), &slug).await? else {
        eprintln!("undersign: no petition with the slug {slug:?}");
        return Ok(ExitCode::FAILURE);
    };
    let now = Clock::System.now();
    let path = out.unwrap_or_else(|| {
        PathBuf::from("exports").join(format!(
            "{slug}-{}-{}.csv",
            now.format("%Y%m%d-%H%M%S"),
            format.as_str()
        ))
    });
    let total = store.confirmed_count(petition.id).await?;
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(total);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} rows {elapsed_precise}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let file = OutFile::create(&path)?;
    let language = crate::export::language(&petition, lang.as_deref());
    let result = crate::export::run(&store, &petition, format, language, file.sink(), |rows| {
        bar.set_position(rows)
    })
    .await;
    let finished = file.finish(result)?;
    bar.finish_and_clear();
    store
        .record_export(
            "cli",
            petition.id,
            format.as_str(),
            finished.rows,
            &finished.sha256,
            &path.display().to_string(),
            now,
        )
        .await?;
    println!("{}", path.display());
    println!("{} rows, sha256 {}", finished.rows, finished.sha256);
    Ok(ExitCode::SUCCESS)
}

async fn package(
    settings: Settings,
    slug: String,
    out: Option<PathBuf>,
    lang: Option<String>,
) -> anyhow::Result<ExitCode> {
    let store = store(&settings).await?;
    let Some(petition) = crate::store::petitions::by_slug(store.reader(), &slug).await? else {
        eprintln!("undersign: no petition with the slug {slug:?}");
        return Ok(ExitCode::FAILURE);
    };
    let now = Clock::System.now();
    let path = out.unwrap_or_else(|| {
        PathBuf::from("exports").join(format!(
            "{slug}-{}-package.zip",
            now.format("%Y%m%d-%H%M%S")
        ))
    });
    let file = OutFile::create(&path)?;
    let language = crate::export::language(&petition, lang.as_deref());
    let result =
        crate::export::package::stream(&store, &petition, language, "cli", now, file.sink()).await;
    let package = file.finish(result)?;
    let done = &package.finished;
    store
        .record_export(
            "cli",
            petition.id,
            "package",
            done.rows,
            &done.sha256,
            &path.display().to_string(),
            now,
        )
        .await?;
    println!("{}", path.display());
    println!("{} rows, sha256 {}", done.rows, done.sha256);
    for (name, sha) in &package.files {
        println!("{sha}  {name}");
    }
    Ok(ExitCode::SUCCESS)
}

async fn recount(settings: Settings) -> anyhow::Result<ExitCode> {
    let store = store(&settings).await?;
    let before = crate::store::counts::confirmed(store.reader(), None).await?;
    store.rebuild_kept_figures().await?;
    let after = crate::store::counts::confirmed(store.reader(), None).await?;
    for p in crate::store::petitions::all(store.reader()).await? {
        let total = |c: &std::collections::HashMap<i64, crate::store::Counts>| {
            c.get(&p.id).map_or(0, |c| c.total)
        };
        println!(
            "{}: {} confirmed (kept before: {})",
            p.slug,
            total(&after),
            total(&before)
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// A file an export is streamed into: synced when it is whole, removed when it is not,
/// as half a list is worse than none.
struct OutFile {
    path: PathBuf,
    writer: std::cell::RefCell<std::io::BufWriter<std::fs::File>>,
}

impl OutFile {
    fn create(path: &std::path::Path) -> std::io::Result<OutFile> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let file = std::fs::File::create(path)?;
        Ok(OutFile {
            path: path.to_owned(),
            writer: std::cell::RefCell::new(std::io::BufWriter::with_capacity(256 * 1024, file)),
        })
    }

    /// Where the export's chunks go.
    fn sink(
        &self,
    ) -> impl FnMut(Vec<u8>) -> std::future::Ready<Result<(), crate::export::ExportError>> + '_
    {
        use std::io::Write;
        |chunk| {
            std::future::ready(
                self.writer
                    .borrow_mut()
                    .write_all(&chunk)
                    .map_err(crate::export::ExportError::from),
            )
        }
    }

    /// The export's result once the file is on disk; the file gone if anything failed.
    fn finish<T>(self, result: Result<T, crate::export::ExportError>) -> anyhow::Result<T> {
        use std::io::Write;
        let done = result.and_then(|t| {
            self.writer.borrow_mut().flush()?;
            self.writer.borrow().get_ref().sync_all()?;
            Ok(t)
        });
        if done.is_err() {
            let _ = std::fs::remove_file(&self.path);
        }
        Ok(done?)
    }
}

async fn organizer(settings: Settings, command: OrganizerCommand) -> anyhow::Result<ExitCode> {
    let store = store(&settings).await?;
    let now = Clock::System.now();
    let email = |s: &str| {
        Email::parse(s).map_err(|e| anyhow::anyhow!("{s:?} is not an email address: {e}"))
    };
    match command {
        OrganizerCommand::Add {
            email: e,
            password_stdin,
        } => {
            let address = email(&e)?;
            let hash =
                password::hash(&read_password(password_stdin)?).map_err(|e| anyhow::anyhow!(e))?;
            if store.add_organizer(&address, hash, now).await? {
                println!("organizer added: {}", address.folded());
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!(
                    "undersign: {} has an account already (use `organizer passwd`)",
                    address.folded()
                );
                Ok(ExitCode::FAILURE)
            }
        }
        OrganizerCommand::List => {
            for o in store.organizers().await? {
                println!("{}\tsince {}", o.email, o.created_at.format("%Y-%m-%d"));
            }
            Ok(ExitCode::SUCCESS)
        }
        OrganizerCommand::Remove { email: e } => {
            let address = email(&e)?;
            if store.remove_organizer(&address).await? {
                println!("organizer removed: {}", address.folded());
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!("undersign: no account for {}", address.folded());
                Ok(ExitCode::FAILURE)
            }
        }
        OrganizerCommand::Passwd {
            email: e,
            password_stdin,
        } => {
            let address = email(&e)?;
            let hash =
                password::hash(&read_password(password_stdin)?).map_err(|e| anyhow::anyhow!(e))?;
            if store.set_organizer_password(&address, hash, now).await? {
                println!("password changed: {}", address.folded());
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!("undersign: no account for {}", address.folded());
                Ok(ExitCode::FAILURE)
            }
        }
    }
}

/// The password from standard input's first line, or asked twice at a hidden prompt.
fn read_password(from_stdin: bool) -> anyhow::Result<String> {
    let pw = if from_stdin {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        line.trim_end_matches(['\r', '\n']).to_owned()
    } else {
        let a = rpassword::prompt_password("Password: ")?;
        let b = rpassword::prompt_password("Again: ")?;
        anyhow::ensure!(a == b, "the two passwords differ");
        a
    };
    anyhow::ensure!(
        pw.chars().count() >= password::MIN_LENGTH,
        "a password needs at least {} characters",
        password::MIN_LENGTH
    );
    Ok(pw)
}
