//! The settings a request acts on, turned once at start-up into the durations and limits
//! handlers use, instead of being converted again on every request.
use chrono::TimeDelta;

use crate::config::Settings;
use crate::store::organizers::SessionLimits;
use crate::store::signing::MailCaps;

#[derive(Clone, Copy, Debug)]
pub struct Policy {
    /// How long a pending signature waits for its confirmation (and its links work).
    pub confirm_window: TimeDelta,
    /// How long a rendered signing form stays valid.
    pub form_max_age: TimeDelta,
    /// A form sent faster than this after it was issued is sent back; zero turns it off.
    pub min_fill: TimeDelta,
    /// Messages one address may be sent in 24 hours.
    pub caps: MailCaps,
    /// When organizers' sessions end.
    pub sessions: SessionLimits,
}

impl Policy {
    pub fn new(s: &Settings) -> Policy {
        Policy {
            confirm_window: TimeDelta::hours(s.signing.confirm_ttl_hours as i64),
            form_max_age: TimeDelta::hours(s.signing.form_max_age_hours as i64),
            min_fill: TimeDelta::seconds(s.signing.min_fill_seconds as i64),
            caps: MailCaps {
                per_petition: s.limits.resend_per_signature_per_day,
                overall: s.limits.mail_per_address_per_day,
            },
            sessions: SessionLimits {
                idle: TimeDelta::minutes(s.admin.session_idle_minutes as i64),
                absolute: TimeDelta::hours(s.admin.session_max_hours as i64),
            },
        }
    }
}
