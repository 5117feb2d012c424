//! Looking up the token of a confirm, withdraw or unsubscribe link.
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::petitions::{self, Petition};
use super::StoreError;
use crate::domain::{Status, Token, TokenPurpose, Visibility};
use crate::entities::{signatures, tokens};
use crate::security::{Link, SignedLink};

/// What a link's token leads to.
#[derive(Debug)]
pub enum TokenLookup {
    /// No such token (or not for this purpose): 404.
    Unknown,
    /// Past its time, or its signature was purged: 410, with the petition to sign again.
    Expired(Petition),
    /// A live token and the signature it acts on.
    Valid {
        petition: Petition,
        signature_id: i64,
        status: Status,
        /// Who may see the signer's name, as chosen.
        visibility: Visibility,
    },
}

/// The answer to pressing Confirm or Withdraw.
#[derive(Debug)]
pub enum TokenAction {
    Unknown,
    Expired(Petition),
    /// Done now, or done before (both actions are idempotent).
    Done(Petition),
    /// Confirming a signature that was withdrawn or removed.
    Inactive(Petition),
    /// Confirming a pending signature of a petition that no longer takes signatures
    /// (closed, delivered, past its closing time, or back in draft): it does not count,
    /// and waits out its window like any unconfirmed one.
    Closed(Petition),
}

/// What a link leads to: a derived link by the signature it names, any other by the
/// tokens table (the random tokens of emails sent before links were derived, and
/// unsubscribe links).
pub async fn lookup(
    db: &impl ConnectionTrait,
    link: &Link,
    now: DateTime<Utc>,
) -> Result<TokenLookup, StoreError> {
    if let Some(signed) = &link.signed {
        match lookup_signed(db, signed, now).await? {
            // Four bytes of check pass for one random token in four billion: such a token is
            // looked up as what it is.
            TokenLookup::Unknown => {}
            found => return Ok(found),
        }
    }
    lookup_stored(db, &link.token, link.purpose, now).await
}

/// A derived link: valid until its time, while its signature holds the salt it was made
/// with; "expired" after, or once the signature is gone (purged unconfirmed, or its
/// petition's data erased).
async fn lookup_signed(
    db: &impl ConnectionTrait,
    link: &SignedLink,
    now: DateTime<Utc>,
) -> Result<TokenLookup, StoreError> {
    let Some(petition) = petitions::by_id(db, link.petition_id).await? else {
        return Ok(TokenLookup::Unknown);
    };
    let sig = signatures::Entity::find_by_id(link.signature_id)
        .filter(signatures::Column::PetitionId.eq(link.petition_id))
        .one(db)
        .await?;
    Ok(match sig {
        None => TokenLookup::Expired(petition),
        Some(sig) => match sig.link_salt.as_deref() {
            None => TokenLookup::Expired(petition),
            Some(salt) if !link.holds(salt) => TokenLookup::Unknown,
            Some(_) if link.expires_at.is_some_and(|at| at <= now) => {
                TokenLookup::Expired(petition)
            }
            Some(_) => TokenLookup::Valid {
                petition,
                signature_id: sig.id,
                status: sig.status,
                visibility: sig.visibility,
            },
        },
    })
}

async fn lookup_stored(
    db: &impl ConnectionTrait,
    token: &Token,
    purpose: TokenPurpose,
    now: DateTime<Utc>,
) -> Result<TokenLookup, StoreError> {
    let Some(t) = tokens::Entity::find()
        .filter(tokens::Column::Hash.eq(token.hash()))
        .filter(tokens::Column::Purpose.eq(purpose.as_str()))
        .one(db)
        .await?
    else {
        return Ok(TokenLookup::Unknown);
    };
    let Some(petition) = petitions::by_id(db, t.petition_id).await? else {
        return Ok(TokenLookup::Unknown);
    };
    if t.expires_at <= now {
        return Ok(TokenLookup::Expired(petition));
    }
    let Some(signature_id) = t.signature_id else {
        return Ok(TokenLookup::Expired(petition));
    };
    let Some(sig) = signatures::Entity::find_by_id(signature_id).one(db).await? else {
        return Ok(TokenLookup::Expired(petition));
    };
    Ok(TokenLookup::Valid {
        petition,
        signature_id,
        status: sig.status,
        visibility: sig.visibility,
    })
}
