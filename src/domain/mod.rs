//! The vocabulary of undersign. Every value from outside is parsed into one of these types
//! at the edge; code inside trusts them.
pub mod country;
pub mod email;
pub mod paper;
pub mod petition;
pub mod petition_draft;
pub mod signature;
pub mod slug;
pub mod text;
pub mod token;
pub mod update;

pub use country::CountryCode;
pub use email::Email;
pub use paper::{PaperSignature, Source};
pub use petition::{Accepts, PetitionState, VisibilityOffer};
pub use petition_draft::{PetitionDraft, PetitionInput};
pub use signature::{FieldError, Kind, NewSignature, SignatureInput, Signer, Status, Visibility};
pub use slug::Slug;
pub use text::{clean_text, TextError, TextRules};
pub use token::{Token, TokenPurpose};
