//! sea-orm entities, one file a table, kept apart from the behaviour in `store/`.
pub mod audit_log;
pub mod exports;
pub mod hidden_signers;
pub mod installation;
pub mod instances;
pub mod organizers;
pub mod outbox;
pub mod petition_translations;
pub mod petition_versions;
pub mod petitions;
pub mod refused_addresses;
pub mod sessions;
pub mod signature_counts;
pub mod signatures;
pub mod tokens;
pub mod update_translations;
pub mod updates;
