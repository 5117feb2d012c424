//! Where the time comes from: the system clock in service, a hand-moved one in tests, so no
//! test ever sleeps to see a token expire.
use std::sync::{Arc, Mutex};

use chrono::{DateTime, DurationRound, TimeDelta, Utc};

/// A source of the current time, truncated to microseconds so that it survives a round trip
/// through either database unchanged.
#[derive(Clone)]
pub enum Clock {
    System,
    Manual(Arc<Mutex<DateTime<Utc>>>),
}

impl Clock {
    /// A clock tests can move; it starts at the system time.
    pub fn manual() -> Clock {
        Clock::Manual(Arc::new(Mutex::new(truncate(Utc::now()))))
    }

    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Clock::System => truncate(Utc::now()),
            Clock::Manual(t) => *t.lock().unwrap_or_else(|e| e.into_inner()),
        }
    }

    /// Moves a manual clock forward; the system clock cannot be moved.
    pub fn advance(&self, by: TimeDelta) {
        if let Clock::Manual(t) = self {
            let mut t = t.lock().unwrap_or_else(|e| e.into_inner());
            *t += by;
        }
    }
}

fn truncate(t: DateTime<Utc>) -> DateTime<Utc> {
    t.duration_trunc(TimeDelta::microseconds(1)).unwrap_or(t)
}
