//! Organizer accounts and their server-side sessions.
use chrono::{DateTime, TimeDelta, Utc};
use rand::RngCore;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::{Store, StoreError};
use crate::domain::{Email, Token};
use crate::entities::{organizers, sessions};

pub use crate::entities::organizers::Model as Organizer;

/// A live session and whose it is.
#[derive(Clone, Debug)]
pub struct Session {
    pub id: i64,
    pub organizer: Organizer,
    pub csrf: String,
}

/// How long sessions live.
#[derive(Clone, Copy, Debug)]
pub struct SessionLimits {
    /// Ends after this long without a request.
    pub idle: TimeDelta,
    /// Ends this long after login, however busy.
    pub absolute: TimeDelta,
}

impl Store {
    pub async fn organizer_by_email(&self, email: &Email) -> Result<Option<Organizer>, StoreError> {
        Ok(organizers::Entity::find()
            .filter(organizers::Column::Email.eq(email.folded()))
            .one(self.reader())
            .await?)
    }

    pub async fn organizers(&self) -> Result<Vec<Organizer>, StoreError> {
        Ok(organizers::Entity::find()
            .order_by_asc(organizers::Column::Email)
            .all(self.reader())
            .await?)
    }

    /// Creates an account, or `Ok(false)` when the address has one already.
    pub async fn add_organizer(
        &self,
        email: &Email,
        password_hash: String,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let row = organizers::ActiveModel {
            email: Set(email.folded()),
            password_hash: Set(password_hash),
            created_at: Set(now),
            password_changed_at: Set(now),
            ..Default::default()
        };
        match row.insert(self.writer()).await {
            Ok(_) => Ok(true),
            Err(e) if super::is_unique_violation(&e) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Sets a new password and ends every session of the account. `Ok(false)`: no account.
    pub async fn set_organizer_password(
        &self,
        email: &Email,
        password_hash: String,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let Some(o) = self.organizer_by_email(email).await? else {
            return Ok(false);
        };
        let mut a: organizers::ActiveModel = o.clone().into();
        a.password_hash = Set(password_hash);
        a.password_changed_at = Set(now);
        a.update(self.writer()).await?;
        sessions::Entity::delete_many()
            .filter(sessions::Column::OrganizerId.eq(o.id))
            .exec(self.writer())
            .await?;
        Ok(true)
    }

    /// Removes an account and its sessions. `Ok(false)`: no account.
    pub async fn remove_organizer(&self, email: &Email) -> Result<bool, StoreError> {
        let Some(o) = self.organizer_by_email(email).await? else {
            return Ok(false);
        };
        sessions::Entity::delete_many()
            .filter(sessions::Column::OrganizerId.eq(o.id))
            .exec(self.writer())
            .await?;
        organizers::Entity::delete_by_id(o.id)
            .exec(self.writer())
            .await?;
        Ok(true)
    }

    /// Starts a session: the cookie's token (kept only as a hash) and its CSRF token.
    pub async fn create_session(
        &self,
        organizer_id: i64,
        now: DateTime<Utc>,
    ) -> Result<(Token, String), StoreError> {
        let token = Token::generate();
        let mut csrf = [0u8; 32];
        rand::rng().fill_bytes(&mut csrf);
        let csrf = hex::encode(csrf);
        sessions::ActiveModel {
            token_hash: Set(token.hash()),
            organizer_id: Set(organizer_id),
            csrf_token: Set(csrf.clone()),
            created_at: Set(now),
            last_seen_at: Set(now),
            ..Default::default()
        }
        .insert(self.writer())
        .await?;
        Ok((token, csrf))
    }

    /// The live session behind a cookie; an idle or too old one is ended here.
    pub async fn session(
        &self,
        token: &Token,
        now: DateTime<Utc>,
        limits: SessionLimits,
    ) -> Result<Option<Session>, StoreError> {
        let Some(s) = sessions::Entity::find()
            .filter(sessions::Column::TokenHash.eq(token.hash()))
            .one(self.reader())
            .await?
        else {
            return Ok(None);
        };
        if now - s.last_seen_at > limits.idle || now - s.created_at > limits.absolute {
            sessions::Entity::delete_by_id(s.id)
                .exec(self.writer())
                .await?;
            return Ok(None);
        }
        let Some(organizer) = organizers::Entity::find_by_id(s.organizer_id)
            .one(self.reader())
            .await?
        else {
            return Ok(None);
        };
        // Note activity at most once a minute: a write per page view buys nothing.
        if now - s.last_seen_at > TimeDelta::minutes(1) {
            sessions::Entity::update_many()
                .col_expr(sessions::Column::LastSeenAt, Expr::value(now))
                .filter(sessions::Column::Id.eq(s.id))
                .exec(self.writer())
                .await?;
        }
        Ok(Some(Session {
            id: s.id,
            organizer,
            csrf: s.csrf_token,
        }))
    }

    /// Ends the session behind a cookie, if there is one.
    pub async fn end_session_by_token(&self, token: &Token) -> Result<(), StoreError> {
        sessions::Entity::delete_many()
            .filter(sessions::Column::TokenHash.eq(token.hash()))
            .exec(self.writer())
            .await?;
        Ok(())
    }

    pub async fn end_session(&self, id: i64) -> Result<(), StoreError> {
        sessions::Entity::delete_by_id(id)
            .exec(self.writer())
            .await?;
        Ok(())
    }

    /// Deletes sessions past either limit.
    pub async fn purge_sessions(
        &self,
        now: DateTime<Utc>,
        limits: SessionLimits,
    ) -> Result<u64, StoreError> {
        Ok(sessions::Entity::delete_many()
            .filter(
                sessions::Column::LastSeenAt
                    .lt(now - limits.idle)
                    .or(sessions::Column::CreatedAt.lt(now - limits.absolute)),
            )
            .exec(self.writer())
            .await?
            .rows_affected)
    }
}
