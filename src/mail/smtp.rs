//! SMTP connections, pooled, with Nagle's algorithm off.
//!
//! lettre 0.11.23 (the newest release) leaves TCP_NODELAY unset, and its connection writes a
//! message's body and the closing `.` in two writes: the second waits for the server's
//! delayed ACK, 40 ms a message, about 23 messages a second per connection whatever the
//! machine (lettre PR #1159 fixes it upstream, not yet released). So undersign opens the
//! TCP connection itself, sets TCP_NODELAY, and hands it to lettre's
//! [`AsyncSmtpConnection`], which still speaks the protocol (EHLO, STARTTLS, AUTH, the
//! envelope, dot-stuffing). Implicit TLS (`smtp_tls = "tls"`) keeps lettre's own socket,
//! since the TLS handshake must come before the greeting lettre reads on connecting.
//! When lettre releases the fix, this module can give way to its pool again.
use std::sync::Mutex;
use std::time::{Duration, Instant};

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use tokio::net::TcpStream;
use tokio::sync::Semaphore;

use super::SendError;
use crate::config::SmtpTls;

/// How long a single connection attempt or command may take.
const TIMEOUT: Duration = Duration::from_secs(30);
/// An idle connection older than this is checked with NOOP before it is used: servers close
/// idle sessions (Postfix after 300 s), and a message should not be the one to find out.
const CHECK_AFTER_IDLE: Duration = Duration::from_secs(10);
/// An idle connection older than this is closed instead.
const MAX_IDLE: Duration = Duration::from_secs(60);

pub struct SmtpPool {
    host: String,
    port: u16,
    tls: SmtpTls,
    credentials: Option<Credentials>,
    hello: ClientId,
    idle: Mutex<Vec<(AsyncSmtpConnection, Instant)>>,
    /// At most this many connections open at once; a send waits for one.
    slots: Semaphore,
}

impl SmtpPool {
    pub fn new(
        host: String,
        port: u16,
        tls: SmtpTls,
        credentials: Option<Credentials>,
        max_connections: u32,
    ) -> SmtpPool {
        SmtpPool {
            host,
            port,
            tls,
            credentials,
            hello: ClientId::default(),
            idle: Mutex::new(vec![]),
            slots: Semaphore::new(max_connections.max(1) as usize),
        }
    }

    /// Sends one message on a pooled connection (opening one if none is idle).
    pub async fn send(&self, envelope: &Envelope, message: &[u8]) -> Result<(), SendError> {
        let _slot = self
            .slots
            .acquire()
            .await
            .map_err(|_| SendError::transient("the mail pool is closed".to_owned()))?;
        let mut conn = match self.take_idle().await {
            Some(c) => c,
            None => self.connect().await.map_err(SendError::transient)?,
        };
        match tokio::time::timeout(TIMEOUT, conn.send(envelope, message)).await {
            Ok(Ok(_)) => {
                self.put_idle(conn);
                Ok(())
            }
            Ok(Err(e)) => {
                // Whatever went wrong, the session's state is unknown: start afresh.
                conn.abort().await;
                Err(SendError {
                    // A 5xx: this server will never take this message (an unknown mailbox,
                    // a policy refusal). A 4xx or a broken connection may pass later.
                    permanent: e.is_permanent(),
                    message: e.to_string(),
                })
            }
            Err(_) => {
                conn.abort().await;
                Err(SendError::transient(
                    "the mail server did not answer in time".to_owned(),
                ))
            }
        }
    }

    async fn take_idle(&self) -> Option<AsyncSmtpConnection> {
        loop {
            let (mut conn, since) = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop()?;
            let idle = since.elapsed();
            if idle > MAX_IDLE || conn.has_broken() {
                let _ = tokio::time::timeout(Duration::from_secs(1), conn.quit()).await;
                continue;
            }
            if idle > CHECK_AFTER_IDLE
                && !tokio::time::timeout(Duration::from_secs(5), conn.test_connected())
                    .await
                    .unwrap_or(false)
            {
                conn.abort().await;
                continue;
            }
            return Some(conn);
        }
    }

    fn put_idle(&self, conn: AsyncSmtpConnection) {
        self.idle
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((conn, Instant::now()));
    }

    async fn connect(&self) -> Result<AsyncSmtpConnection, String> {
        let server = format!("{}:{}", self.host, self.port);
        let tls = || TlsParameters::new(self.host.clone()).map_err(|e| e.to_string());
        let connecting = async {
            let mut conn = match self.tls {
                SmtpTls::Tls => AsyncSmtpConnection::connect_tokio1(
                    (self.host.as_str(), self.port),
                    Some(TIMEOUT),
                    &self.hello,
                    Some(tls()?),
                    None,
                )
                .await
                .map_err(|e| e.to_string())?,
                SmtpTls::None | SmtpTls::Starttls => {
                    let tcp = TcpStream::connect((self.host.as_str(), self.port))
                        .await
                        .map_err(|e| format!("cannot connect to {server}: {e}"))?;
                    tcp.set_nodelay(true).map_err(|e| e.to_string())?;
                    let mut conn =
                        AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &self.hello)
                            .await
                            .map_err(|e| e.to_string())?;
                    if self.tls == SmtpTls::Starttls {
                        if !conn.can_starttls() {
                            conn.abort().await;
                            return Err(format!("{server} does not offer STARTTLS"));
                        }
                        conn.starttls(tls()?, &self.hello)
                            .await
                            .map_err(|e| e.to_string())?;
                    }
                    conn
                }
            };
            if let Some(credentials) = &self.credentials {
                if let Err(e) = conn
                    .auth(&[Mechanism::Plain, Mechanism::Login], credentials)
                    .await
                {
                    conn.abort().await;
                    return Err(e.to_string());
                }
            }
            Ok(conn)
        };
        tokio::time::timeout(TIMEOUT, connecting)
            .await
            .map_err(|_| format!("connecting to {server} timed out"))?
    }
}
