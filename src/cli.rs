//! The command line: `undersign [--config PATH] [COMMAND]`; with no command it serves.
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::app::Application;
use crate::clock::Clock;
use crate::config::Settings;
use crate::declarations;
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
    /// Bring the database schema up to date.
    Migrate,
    /// Create or update petitions from declaration files or folders of them.
    Import {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
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
        Command::Migrate => migrate(settings).await,
        Command::Import { paths } => import(settings, paths).await,
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

async fn migrate(settings: Settings) -> anyhow::Result<ExitCode> {
    let store = Store::connect(&settings.database).await?;
    store.migrate().await?;
    println!("database is up to date");
    Ok(ExitCode::SUCCESS)
}

async fn import(settings: Settings, paths: Vec<PathBuf>) -> anyhow::Result<ExitCode> {
    let store = Store::connect(&settings.database).await?;
    store.migrate().await?;
    let mut failed = 0;
    for (file, result) in declarations::import(&store, &paths, Clock::System.now()).await {
        match result {
            Ok(o) => {
                let what = match o {
                    UpsertOutcome::Created => "created",
                    UpsertOutcome::Updated => "updated",
                    UpsertOutcome::Unchanged => "unchanged",
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
