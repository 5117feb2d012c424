//! The sea-orm migration command line (`cargo run -p migrations -- up`), for operators who
//! want to migrate without the service; `undersign migrate` does the same.
use sea_orm_migration::prelude::*;

#[tokio::main]
async fn main() {
    cli::run_cli(migrations::Migrator).await;
}
