//! sea-orm entities, one file a table, kept apart from the behaviour in `store/`.
pub mod outbox;
pub mod petitions;
pub mod signatures;
pub mod tokens;
