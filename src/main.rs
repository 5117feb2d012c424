//! The `undersign` binary: parse the command line and hand over to the library.
use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    let _log = undersign::telemetry::init();
    undersign::cli::run(undersign::cli::Cli::parse()).await
}
