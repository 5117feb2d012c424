//! Integration tests: the real service over HTTP on a random port, a real database (a fresh
//! SQLite file per test, or a fresh PostgreSQL database when UNDERSIGN_TEST_DATABASE_URL is
//! set) and a real SMTP server on loopback, all from the test kit (`testkit/`).

mod abuse;
mod admin;
mod cli;
mod cluster;
mod crash;
mod declarations;
mod delivery;
mod dkim;
mod export_memory;
mod group_commit;
mod hostile;
mod instances;
mod languages;
mod links;
mod listing;
mod outbox;
mod pages;
mod paper;
mod processes;
mod refusals;
mod retention;
mod security;
mod signing;
mod tokens;
mod translations;
mod updates;
mod visibility;
