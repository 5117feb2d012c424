//! What the integration tests and the benchmark both need: scratch PostgreSQL databases, and
//! a child process's own peak memory. Included by path (`#[path]`) from each, since tests
//! and benches are separate crates with no library of their own to share.
#![allow(dead_code)]

pub mod child_usage;
pub mod pg;
