//! The SMTP server the tests send to (mailin-embedded on loopback), and what it received.
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use mailin_embedded::response::OK;
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
}

#[derive(Clone)]
struct Collector {
    inbox: Arc<Inbox>,
    to: Vec<String>,
    buf: Vec<u8>,
}

impl Handler for Collector {
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
