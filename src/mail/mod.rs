//! Sending mail: the transports (`smtp`, `file`, `log`) and the outbox worker, the only part
//! of undersign that talks to a mail server.
pub mod dkim;
pub mod smtp;
pub mod worker;

use std::sync::Arc;

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::TlsParameters;
use lettre::{AsyncFileTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::ExposeSecret;
use templates::email::RenderedEmail;

use crate::config::{MailSettings, MailTransportKind, SmtpTls};
use crate::domain::email::mask;
use dkim::{DkimKeyError, DkimSigner};
use smtp::SmtpPool;

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("mail transport: {0}")]
    Setup(String),
    #[error("mail folder {0}: {1}")]
    Folder(String, std::io::Error),
    #[error("configuration key `mail.dkim_private_key_file`: {0} {1}")]
    DkimKey(String, DkimKeyError),
}

/// Where messages go, and the key that signs them when DKIM is on.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    dkim: Option<Arc<DkimSigner>>,
}

#[derive(Clone)]
enum Transport {
    Smtp(Arc<SmtpPool>),
    File(AsyncFileTransport<Tokio1Executor>),
    Log,
}

impl Mailer {
    pub fn from_settings(s: &MailSettings) -> Result<Mailer, MailError> {
        Ok(Mailer {
            transport: Transport::from_settings(s)?,
            dkim: DkimSigner::from_settings(s)?.map(Arc::new),
        })
    }

    /// The message as it leaves: DKIM-signed when a key is configured, on every transport,
    /// so what the file transport writes is what a relay would receive.
    fn signed(&self, mut message: Message) -> Message {
        if let Some(dkim) = &self.dkim {
            dkim.sign(&mut message);
        }
        message
    }

    /// Sends one message; the error's text is fit for organizers to read (addresses masked).
    pub async fn send(&self, from: &Mailbox, out: &Outbound<'_>) -> Result<(), SendError> {
        let to = out.to;
        let scrub = |e: String| e.replace(to, &mask(to));
        // Many relays do not speak SMTPUTF8: an internationalised domain travels as punycode.
        let to_box: Mailbox = crate::domain::email::ascii_address(to)
            .parse()
            .map_err(|e| SendError::permanent(format!("bad recipient {}: {e}", mask(to))))?;
        let mut builder = Message::builder()
            .from(from.clone())
            .to(to_box)
            // On the sender's own domain, not the machine's host name: what receiving
            // servers check a message's origin against (and what DKIM signs).
            .message_id(Some(format!(
                "<{}@{}>",
                out.message_id,
                from.email.domain()
            )))
            .subject(out.email.subject.clone())
            .header(AutoSubmitted);
        if let Some(url) = &out.list_unsubscribe {
            // RFC 8058: a mail client's unsubscribe button POSTs to the link itself; RFC 2076:
            // bulk mail, which vacation responders leave alone.
            builder = builder
                .header(ListUnsubscribe(format!("<{url}>")))
                .header(ListUnsubscribePost)
                .header(Precedence);
        }
        let message = builder
            .multipart(MultiPart::alternative_plain_html(
                out.email.text.clone(),
                out.email.html.clone(),
            ))
            .map_err(|e| SendError::permanent(format!("message could not be built: {e}")))?;
        let message = self.signed(message);
        match &self.transport {
            Transport::Smtp(pool) => pool
                .send(message.envelope(), &message.formatted())
                .await
                .map_err(|e| SendError {
                    message: scrub(e.message),
                    ..e
                }),
            Transport::File(t) => t
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| SendError::transient(scrub(e.to_string()))),
            Transport::Log => {
                // The log is no place for a token: links are shortened to their first
                // characters. Use the file transport to click them.
                tracing::info!(
                    to = %mask(to),
                    subject = %out.email.subject,
                    body = %redact_links(&out.email.text),
                    "mail (log transport)"
                );
                Ok(())
            }
        }
    }
}

impl Transport {
    fn from_settings(s: &MailSettings) -> Result<Transport, MailError> {
        match s.transport {
            MailTransportKind::Log => Ok(Transport::Log),
            MailTransportKind::File => {
                std::fs::create_dir_all(&s.file_dir)
                    .map_err(|e| MailError::Folder(s.file_dir.clone(), e))?;
                Ok(Transport::File(AsyncFileTransport::new(&s.file_dir)))
            }
            MailTransportKind::Smtp => {
                if s.smtp_tls != SmtpTls::None {
                    // Refuse a host name TLS cannot check at start-up, not at the first send.
                    TlsParameters::new(s.smtp_host.clone())
                        .map_err(|e| MailError::Setup(e.to_string()))?;
                }
                let credentials = (!s.smtp_username.is_empty()).then(|| {
                    Credentials::new(
                        s.smtp_username.clone(),
                        s.smtp_password.expose_secret().to_owned(),
                    )
                });
                Ok(Transport::Smtp(Arc::new(SmtpPool::new(
                    s.smtp_host.clone(),
                    s.smtp_port,
                    s.smtp_tls,
                    credentials,
                    s.smtp_pool_size,
                ))))
            }
        }
    }
}

/// One message to send.
pub struct Outbound<'a> {
    pub to: &'a str,
    pub email: &'a RenderedEmail,
    /// The left part of the `Message-ID`, the same for every attempt at one message.
    pub message_id: String,
    /// For updates: the one-click unsubscribe link (RFC 8058), and the bulk headers.
    pub list_unsubscribe: Option<String>,
}

/// Why a message did not go.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct SendError {
    /// Refused for good (an SMTP 5xx, or a message that cannot be made): trying again
    /// would only repeat it.
    pub permanent: bool,
    pub message: String,
}

impl SendError {
    pub fn permanent(message: String) -> SendError {
        SendError {
            permanent: true,
            message,
        }
    }

    pub fn transient(message: String) -> SendError {
        SendError {
            permanent: false,
            message,
        }
    }
}

fn redact_links(text: &str) -> String {
    text.split_inclusive(['\n', ' '])
        .map(|w| {
            for prefix in ["/confirm/", "/withdraw/", "/unsubscribe/"] {
                if let Some(i) = w.find(prefix) {
                    let keep = i + prefix.len() + 4;
                    if w.len() > keep {
                        let sep = w
                            .strip_suffix(['\n', ' '])
                            .map_or("", |rest| &w[rest.len()..]);
                        return format!("{}…{sep}", &w[..keep]);
                    }
                }
            }
            w.to_owned()
        })
        .collect()
}

/// A header whose value is fixed or given, for the few lettre has no type for.
macro_rules! text_header {
    ($(#[$doc:meta])* $ty:ident, $name:literal, fixed $value:literal) => {
        $(#[$doc])*
        #[derive(Clone)]
        struct $ty;
        impl lettre::message::header::Header for $ty {
            fn name() -> lettre::message::header::HeaderName {
                lettre::message::header::HeaderName::new_from_ascii_str($name)
            }
            fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
                Ok($ty)
            }
            fn display(&self) -> lettre::message::header::HeaderValue {
                lettre::message::header::HeaderValue::new(Self::name(), $value.to_owned())
            }
        }
    };
    ($(#[$doc:meta])* $ty:ident, $name:literal) => {
        $(#[$doc])*
        #[derive(Clone)]
        struct $ty(String);
        impl lettre::message::header::Header for $ty {
            fn name() -> lettre::message::header::HeaderName {
                lettre::message::header::HeaderName::new_from_ascii_str($name)
            }
            fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
                Ok($ty(s.to_owned()))
            }
            fn display(&self) -> lettre::message::header::HeaderValue {
                lettre::message::header::HeaderValue::new(Self::name(), self.0.clone())
            }
        }
    };
}

text_header!(
    /// `Auto-Submitted: auto-generated` (RFC 3834), so autoresponders do not answer.
    AutoSubmitted,
    "Auto-Submitted",
    fixed "auto-generated"
);
text_header!(
    /// `List-Unsubscribe: <https://…/unsubscribe/{token}>` (RFC 2369).
    ListUnsubscribe,
    "List-Unsubscribe"
);
text_header!(
    /// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058).
    ListUnsubscribePost,
    "List-Unsubscribe-Post",
    fixed "List-Unsubscribe=One-Click"
);
text_header!(
    /// `Precedence: bulk`, which vacation responders and many filters read.
    Precedence,
    "Precedence",
    fixed "bulk"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logged_links_lose_their_tokens() {
        let t = "open http://x/confirm/ABCDEFGHIJKLMNOPQRSTUVWXYZ012345\nor http://x/withdraw/abcdefghijklmnopqrstuvwxyz012345 ok";
        let r = redact_links(t);
        assert!(!r.contains("EFGHIJ"));
        assert!(!r.contains("efghij"));
        assert!(r.contains("/confirm/ABCD…\n"));
        assert!(r.ends_with(" ok"));
    }
}
