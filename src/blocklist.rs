//! Silent blocklists: email domains and client address ranges that organizers refuse. A
//! blocked submission gets the answer everyone gets, so a sender learns nothing.
use std::net::IpAddr;

use ipnet::IpNet;

use crate::config::BlocklistSettings;
use crate::domain::Email;
use crate::web::client_ip::parse_net;

/// Why a submission was refused, for the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blocked {
    EmailDomain(String),
    IpRange(IpNet),
}

#[derive(Clone, Debug, Default)]
pub struct Blocklist {
    domains: Vec<String>,
    ranges: Vec<IpNet>,
}

impl Blocklist {
    /// From settings already checked by `Settings::check`.
    pub fn new(s: &BlocklistSettings) -> Blocklist {
        Blocklist {
            domains: s
                .email_domains
                .iter()
                .map(|d| crate::domain::email::domain_key(d))
                .collect(),
            ranges: s
                .ip_ranges
                .iter()
                .filter_map(|r| parse_net(r).ok())
                .collect(),
        }
    }

    pub fn check(&self, email: &Email, ip: IpAddr) -> Option<Blocked> {
        let domain = email.domain().to_lowercase();
        if let Some(p) = self.domains.iter().find(|p| glob(p, &domain)) {
            return Some(Blocked::EmailDomain(p.clone()));
        }
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
            v4 => v4,
        };
        self.ranges
            .iter()
            .find(|r| r.contains(&ip))
            .map(|r| Blocked::IpRange(*r))
    }
}

/// What a domain pattern may be: letters, digits, dots, hyphens and `*`.
pub fn check_pattern(p: &str) -> Result<(), &'static str> {
    let p = p.trim();
    if p.is_empty() {
        return Err("empty pattern");
    }
    if p.chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '*'))
    {
        Ok(())
    } else {
        Err("use letters, digits, dots, hyphens and * only")
    }
}

/// `*` matches any run of characters, including none.
fn glob(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !text.starts_with(first)
        || !text[first.len()..].ends_with(last)
        || text.len() < first.len() + last.len()
    {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for mid in &parts[1..parts.len() - 1] {
        match rest.find(mid) {
            Some(i) => rest = &rest[i + mid.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob("example.org", "example.org"));
        assert!(!glob("example.org", "mail.example.org"));
        assert!(glob("*.example.org", "mail.example.org"));
        assert!(!glob("*.example.org", "example.org"));
        assert!(glob("mailinator.*", "mailinator.com"));
        assert!(glob("*spam*", "xspamx.net"));
        assert!(glob("a*b*c", "abc"));
        assert!(!glob("a*b*c", "acb"));
        assert!(!glob("ab*ba", "aba"));
    }

    #[test]
    fn blocks_by_domain_and_range() {
        let b = Blocklist::new(&BlocklistSettings {
            email_domains: vec!["*.Spam.example".into(), "mailinator.com".into()],
            ip_ranges: vec!["203.0.113.0/24".into(), "2001:db8::/32".into()],
        });
        let ok: IpAddr = "198.51.100.1".parse().unwrap();
        let e = |s: &str| Email::parse(s).unwrap();
        assert!(b.check(&e("a@x.spam.example"), ok).is_some());
        assert!(b.check(&e("a@MAILINATOR.com"), ok).is_some());
        assert!(b.check(&e("a@example.org"), ok).is_none());
        assert!(b
            .check(&e("a@example.org"), "203.0.113.9".parse().unwrap())
            .is_some());
        assert!(b
            .check(&e("a@example.org"), "::ffff:203.0.113.9".parse().unwrap())
            .is_some());
        assert!(b
            .check(&e("a@example.org"), "2001:db8::5".parse().unwrap())
            .is_some());
    }

    #[test]
    fn patterns_are_checked() {
        assert!(check_pattern("*.example.org").is_ok());
        assert!(check_pattern("").is_err());
        assert!(check_pattern("exa mple.org").is_err());
        assert!(check_pattern("[a-z].org").is_err());
    }
}
