//! undersign's views: pure functions from plain view data to HTML pages and emails, and the
//! translation catalogs every string a person reads comes from. This crate knows nothing of
//! the database or of HTTP.
pub mod admin;

pub mod charts;
pub mod email;
pub mod i18n;
pub mod layout;
pub mod pages;
pub mod view;

pub use i18n::Tr;
pub use maud::{Markup, PreEscaped};

/// The site's one stylesheet, served by the web layer under [`STYLESHEET_PATH`].
pub const STYLESHEET: &str = include_str!("../static/site.css");
/// Versioned by the crate version, so browsers may cache it for a long time.
pub const STYLESHEET_PATH: &str = concat!("/static/site-", env!("CARGO_PKG_VERSION"), ".css");
