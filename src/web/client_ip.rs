//! The client's address: the socket peer, unless the peer is a trusted proxy, in which case
//! the right-most `X-Forwarded-For` entry that is not itself a trusted proxy.
use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use ipnet::IpNet;

use super::AppState;

/// A trusted-proxy entry: an address or a CIDR range.
pub fn parse_net(s: &str) -> Result<IpNet, ipnet::AddrParseError> {
    let s = s.trim();
    match s.parse::<IpAddr>() {
        Ok(ip) => Ok(IpNet::from(ip)),
        Err(_) => s.parse::<IpNet>(),
    }
}

/// Resolves the client address from the peer and the forwarding header.
pub fn resolve(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|n| n.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let mut client = peer;
    // Entries are appended left to right by each proxy; walk back from the nearest.
    let entries: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .collect();
    for entry in entries.iter().rev() {
        match entry.trim().parse::<IpAddr>() {
            Ok(ip) if is_trusted(&ip) => client = ip,
            Ok(ip) => return ip,
            // A garbled entry: stop at the last address we could believe.
            Err(_) => return client,
        }
    }
    client
}

/// The extractor handlers use.
#[derive(Clone, Copy, Debug)]
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .unwrap_or(IpAddr::from([127, 0, 0, 1]));
        Ok(ClientIp(resolve(
            peer,
            &parts.headers,
            &state.trusted_proxies,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(xff: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", xff.parse().unwrap());
        h
    }

    #[test]
    fn untrusted_peers_are_the_client_whatever_they_claim() {
        let peer: IpAddr = "198.51.100.7".parse().unwrap();
        assert_eq!(resolve(peer, &headers("1.2.3.4"), &[]), peer);
    }

    #[test]
    fn behind_trusted_proxies_the_rightmost_untrusted_entry_wins() {
        let trusted = vec![
            parse_net("10.0.0.0/8").unwrap(),
            parse_net("192.0.2.1").unwrap(),
        ];
        let peer: IpAddr = "10.1.2.3".parse().unwrap();
        let got = resolve(peer, &headers("6.6.6.6, 203.0.113.5, 192.0.2.1"), &trusted);
        assert_eq!(got, "203.0.113.5".parse::<IpAddr>().unwrap());
        // No header: the proxy itself is all we know.
        assert_eq!(resolve(peer, &HeaderMap::new(), &trusted), peer);
        // A garbled entry stops the walk.
        assert_eq!(
            resolve(peer, &headers("203.0.113.5, nonsense"), &trusted),
            peer
        );
    }
}
