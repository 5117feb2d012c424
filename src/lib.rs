//! undersign: solidarity letters and petitions, signed by people and organisations,
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
pub mod security;
pub mod store;
pub mod telemetry;
pub mod web;
