//! Rate limits per client address (governor), driven by the service's clock so tests can
//! move time instead of waiting. Each limited action has its rate, burst and page in one
//! place.
//!
//! Addresses are keyed as a subscriber holds them: an IPv4 address whole, an IPv6 address
//! by its /64 prefix, since one household or phone gets a whole /64 and could otherwise
//! rotate through it.
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::Clock as GovernorClock;
use governor::middleware::NoOpMiddleware;
use governor::nanos::Nanos;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};

use crate::clock::Clock;
use crate::config::LimitSettings;
use crate::domain::Email;
use crate::web::shared_limits::SharedLimits;

/// The service clock as governor wants it: nanoseconds since the epoch.
#[derive(Clone)]
pub struct LimiterClock(pub Clock);

impl GovernorClock for LimiterClock {
    type Instant = Nanos;

    fn now(&self) -> Nanos {
        let t = self.0.now();
        let ns = t.timestamp_nanos_opt().unwrap_or(0).max(0) as u64;
        Nanos::from(ns)
    }
}

type Keyed<K> = RateLimiter<K, DefaultKeyedStateStore<K>, LimiterClock, NoOpMiddleware<Nanos>>;

/// One limit on one action, per key (a client address unless said otherwise): this
/// process's governor first, then, with `limits.redis_url`, the limit every instance shares.
pub struct Limit<K: std::hash::Hash + Eq + Clone = IpAddr> {
    limiter: Keyed<K>,
    clock: LimiterClock,
    action: &'static str,
    per_minute: u32,
    burst: u32,
    shared: Option<SharedLimits>,
}

/// A key as the shared limit names it (hashed there: no address is stored).
pub trait SharedKey {
    fn shared_key(&self) -> String;
}

impl SharedKey for IpAddr {
    fn shared_key(&self) -> String {
        self.to_string()
    }
}

impl Limit<IpAddr> {
    /// `Ok` when `ip` may act now; otherwise how long until it may.
    pub async fn check(&self, ip: IpAddr) -> Result<(), Duration> {
        self.check_key(&key(ip)).await
    }
}

impl<K: std::hash::Hash + Eq + Clone + SharedKey> Limit<K> {
    /// `per_minute` sustained, `burst` at once, for `action` (its name in the shared limit).
    pub fn new(
        action: &'static str,
        per_minute: u32,
        burst: u32,
        clock: Clock,
        shared: Option<SharedLimits>,
    ) -> Limit<K> {
        let quota = Quota::per_minute(NonZeroU32::new(per_minute.max(1)).expect("at least 1"))
            .allow_burst(NonZeroU32::new(burst.max(1)).expect("at least 1"));
        let clock = LimiterClock(clock);
        Limit {
            limiter: RateLimiter::dashmap_with_clock(quota, clock.clone()),
            clock,
            action,
            per_minute,
            burst,
            shared,
        }
    }

    /// `Ok` when `key` may act now; otherwise how long until it may.
    pub async fn check_key(&self, key: &K) -> Result<(), Duration> {
        self.check_here(key)?;
        match &self.shared {
            Some(shared) => {
                shared
                    .check(self.action, &key.shared_key(), self.per_minute, self.burst)
                    .await
            }
            None => Ok(()),
        }
    }

    /// This process's own limit.
    fn check_here(&self, key: &K) -> Result<(), Duration> {
        self.limiter.check_key(key).map_err(|not_until| {
            let wait = not_until.wait_time_from(self.clock.now());
            // Whole seconds for Retry-After, never 0 (a client would retry at once).
            Duration::from_secs(wait.as_secs_f64().ceil().max(1.0) as u64)
        })
    }

    /// Forgets addresses whose bucket has refilled, so the table cannot grow without bound.
    pub fn prune(&self) {
        self.limiter.retain_recent();
        self.limiter.shrink_to_fit();
    }

    /// Addresses currently remembered.
    pub fn tracked(&self) -> usize {
        self.limiter.len()
    }
}

/// Every rate-limited action.
pub struct Limits {
    /// `POST /petitions/{slug}/sign`.
    pub sign: Limit,
    /// The confirm and withdraw pages, both GET and POST.
    pub token: Limit,
    /// Organizer logins per client address.
    pub login: Limit,
    /// Organizer logins per account.
    pub login_account: Limit<AccountKey>,
}

/// The key of the per-account login limit: the parsed address, folded. Made only from an
/// [`Email`], so every spelling that reaches one account (case, a zero-width space or soft
/// hyphen typed into it, a domain in Unicode or in punycode) shares one bucket.
#[derive(Clone, Debug, Hash, PartialEq, Eq)]
pub struct AccountKey(String);

impl From<&Email> for AccountKey {
    fn from(e: &Email) -> AccountKey {
        AccountKey(e.folded())
    }
}

impl SharedKey for AccountKey {
    fn shared_key(&self) -> String {
        self.0.clone()
    }
}

impl Limits {
    pub fn new(s: &LimitSettings, clock: &Clock, shared: Option<SharedLimits>) -> Limits {
        Limits {
            sign: Limit::new(
                "sign",
                s.sign_per_ip_per_minute,
                s.sign_per_ip_burst,
                clock.clone(),
                shared.clone(),
            ),
            token: Limit::new(
                "token",
                s.token_per_ip_per_minute,
                s.token_per_ip_burst,
                clock.clone(),
                shared.clone(),
            ),
            login: Limit::new(
                "login",
                s.login_per_ip_per_minute,
                s.login_per_ip_burst,
                clock.clone(),
                shared.clone(),
            ),
            login_account: Limit::new(
                "login_account",
                s.login_per_account_per_minute,
                s.login_per_account_burst,
                clock.clone(),
                shared,
            ),
        }
    }

    pub fn prune(&self) {
        self.sign.prune();
        self.token.prune();
        self.login.prune();
        self.login_account.prune();
    }
}

/// Limits the token pages per client address.
pub async fn token_pages(
    axum::extract::State(state): axum::extract::State<super::AppState>,
    super::client_ip::ClientIp(ip): super::client_ip::ClientIp,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    match state.limits.token.check(ip).await {
        Ok(()) => next.run(req).await,
        Err(wait) => super::error::AppError::RateLimited(wait).into_response(),
    }
}

/// The bucket an address belongs to.
pub fn key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut segments = v6.segments();
                segments[4..].fill(0);
                IpAddr::from(segments)
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeDelta;

    #[tokio::test]
    async fn a_burst_then_the_sustained_rate() {
        let clock = Clock::manual();
        let limit = Limit::new("test", 60, 3, clock.clone(), None);
        let ip: IpAddr = "198.51.100.1".parse().unwrap();
        for _ in 0..3 {
            assert!(limit.check(ip).await.is_ok());
        }
        let wait = limit.check(ip).await.unwrap_err();
        assert_eq!(wait, Duration::from_secs(1));
        // Another address has its own bucket.
        assert!(limit.check("198.51.100.2".parse().unwrap()).await.is_ok());
        clock.advance(TimeDelta::seconds(1));
        assert!(limit.check(ip).await.is_ok());
        assert!(limit.check(ip).await.is_err());
    }

    #[test]
    fn ipv6_addresses_share_their_64_prefix() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(key(a), key(b));
        assert_ne!(key(a), key(c));
        let mapped: IpAddr = "::ffff:203.0.113.7".parse().unwrap();
        assert_eq!(key(mapped), "203.0.113.7".parse::<IpAddr>().unwrap());
    }

    #[tokio::test]
    async fn refilled_buckets_are_pruned() {
        let clock = Clock::manual();
        let limit = Limit::new("test", 60, 2, clock.clone(), None);
        for i in 0..100u8 {
            let _ = limit.check(IpAddr::from([10, 0, 0, i])).await;
        }
        assert_eq!(limit.tracked(), 100);
        clock.advance(TimeDelta::minutes(5));
        limit.prune();
        assert_eq!(limit.tracked(), 0);
    }
}
