//! The SMTP server the tests send to (mailin-embedded on loopback), and what it received.
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use mailin_embedded::response::{NO_MAILBOX, OK};
use mailin_embedded::{Handler, Response, Server, SslConfig};

/// A message as the SMTP server received it.
#[derive(Clone, Debug)]
pub struct ReceivedMail {
    pub to: Vec<String>,
    pub raw: Vec<u8>,
}

impl ReceivedMail {
    pub fn parsed(&self) -> mail_parser::Message<'_> {
        mail_parser::MessageParser::default()
            .parse(&self.raw)
            .expect("a parseable message")
    }

    pub fn subject(&self) -> String {
        self.parsed().subject().unwrap_or_default().to_owned()
    }

    pub fn text(&self) -> String {
        self.parsed()
            .body_text(0)
            .expect("a text part")
            .into_owned()
    }

    pub fn html(&self) -> String {
        self.parsed()
            .body_html(0)
            .expect("an HTML part")
            .into_owned()
    }

    /// A header as it came, unfolded.
    pub fn header(&self, name: &str) -> Option<String> {
        self.parsed()
            .header_raw(name)
            .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    pub fn message_id(&self) -> String {
        self.parsed().message_id().unwrap_or_default().to_owned()
    }

    /// The first link in the text part that starts with `prefix`.
    pub fn link(&self, prefix: &str) -> Option<String> {
        let text = self.text();
        let start = text.find(prefix)?;
        let rest = &text[start..];
        let end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
        Some(rest[..end].to_owned())
    }
}

#[derive(Default)]
struct Inbox {
    mail: Mutex<Vec<ReceivedMail>>,
    /// Addresses refused from now on, as a mailbox that was closed.
    refuse: Mutex<Vec<String>>,
    /// Recipients refused so far: each one a delivery attempt that reached this server.
    refused: Mutex<Vec<String>>,
}

#[derive(Clone)]
struct Collector {
    inbox: Arc<Inbox>,
    to: Vec<String>,
    buf: Vec<u8>,
}

/// Recipients whose mailbox this server refuses for good (550), as a real server refuses an
/// address that does not exist: any whose local part starts with this.
pub const REFUSED_PREFIX: &str = "refused";

impl Handler for Collector {
    fn rcpt(&mut self, to: &str) -> Response {
        let to = to
            .trim_start_matches('<')
            .trim_end_matches('>')
            .to_ascii_lowercase();
        let closed = self.inbox.refuse.lock().unwrap().contains(&to);
        if to.starts_with(REFUSED_PREFIX) || closed {
            self.inbox.refused.lock().unwrap().push(to);
            NO_MAILBOX
        } else {
            OK
        }
    }

    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.to = to.to_vec();
        self.buf.clear();
        OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.buf.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let mail = ReceivedMail {
            to: std::mem::take(&mut self.to),
            raw: std::mem::take(&mut self.buf),
        };
        self.inbox.mail.lock().unwrap().push(mail);
        OK
    }
}

/// The SMTP server's side: what arrived.
#[derive(Clone)]
pub struct Mailbox {
    inbox: Arc<Inbox>,
    pub port: u16,
}

impl Mailbox {
    /// Starts a real SMTP server (mailin-embedded) on `port` (0: any free one).
    pub fn start(port: u16) -> Mailbox {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind the SMTP port");
        let port = listener.local_addr().unwrap().port();
        let inbox = Arc::new(Inbox::default());
        let handler = Collector {
            inbox: inbox.clone(),
            to: vec![],
            buf: vec![],
        };
        let mut server = Server::new(handler);
        server
            .with_name("mx.test")
            .with_ssl(SslConfig::None)
            .expect("no TLS")
            .with_num_threads(64)
            .with_tcp_listener(listener);
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        Mailbox { inbox, port }
    }

    pub fn all(&self) -> Vec<ReceivedMail> {
        self.inbox.mail.lock().unwrap().clone()
    }

    /// From now on, refuse `addr` for good (550), as a server does for a closed mailbox.
    pub fn refuse(&self, addr: &str) {
        self.inbox
            .refuse
            .lock()
            .unwrap()
            .push(addr.to_ascii_lowercase());
    }

    /// How many times a message for `addr` reached this server and was refused.
    pub fn refusals_of(&self, addr: &str) -> usize {
        let addr = addr.to_ascii_lowercase();
        self.inbox
            .refused
            .lock()
            .unwrap()
            .iter()
            .filter(|a| **a == addr)
            .count()
    }

    pub fn count(&self) -> usize {
        self.inbox.mail.lock().unwrap().len()
    }

    /// The messages sent to `addr` (compared without regard to case; an internationalised
    /// domain travels in punycode).
    pub fn to(&self, addr: &str) -> Vec<ReceivedMail> {
        let envelope = undersign::domain::email::ascii_address(addr);
        self.all()
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(&envelope)))
            .collect()
    }
}
