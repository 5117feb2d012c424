//! undersign: solidarity letters and petitions, signed by people and organizations,
//! confirmed by email, delivered as lists. The binary and the tests share this library.
pub mod app;
pub mod blocklist;
pub mod cli;
pub mod clock;
pub mod config;
pub mod declarations;
pub mod domain;
pub mod entities;
pub mod export;
pub mod i18n;
pub mod mail;
pub mod markdown;
pub mod metrics;
pub mod paper_csv;
pub mod security;
pub mod store;
pub mod telemetry;
pub mod web;

#[cfg(test)]
mod key_audit;

/// mimalloc instead of the system allocator, for the service, its tests and its benchmark
/// alike: under load glibc's malloc and free took a sixth of the service's CPU time, and
/// signing ran about a fifth faster without that. Transparent huge pages stay off
/// (`no_thp`), which keeps the idle footprint where it was.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
