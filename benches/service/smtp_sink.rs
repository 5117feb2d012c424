//! A loopback SMTP server that accepts everything, counts the messages and keeps each
//! confirmation link and when it arrived. It is the outbox's peer: it runs on its own thread
//! and runtime, answers pipelined commands in one write, and does nothing per message beyond
//! finding the link, so that the mail's pace is the service's sending and not this sink's.
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

struct Shared {
    /// `{base_url}/confirm/`: what precedes the token in a confirmation message.
    link_prefix: String,
    messages: AtomicU64,
    /// Messages in which no confirmation link was found (should stay 0).
    without_link: AtomicU64,
    links: Mutex<Vec<String>>,
    /// `(n, when its DATA ended)` of every message to `bench-{run}-{n}@…`: the signing's
    /// `Seq.global`, to set against the moment its 303 reached the load generator.
    arrivals: Mutex<Vec<(u64, Instant)>>,
    /// Messages whose recipient is not `bench-{run}-{n}@…` (should stay 0).
    unnumbered: AtomicU64,
    /// Woken after every message, for [`SmtpSink::wait_for`].
    arrived: Notify,
    /// While true, each message's final answer waits (a mail server that has stopped
    /// answering): the outbox fills behind the sends in flight.
    hold: tokio::sync::watch::Sender<bool>,
}

pub struct SmtpSink {
    pub addr: SocketAddr,
    shared: Arc<Shared>,
    stop: CancellationToken,
    thread: Option<JoinHandle<()>>,
}

impl SmtpSink {
    /// Listens on 127.0.0.1 at any free port; `link_prefix` is `{base_url}/confirm/`.
    pub fn start(link_prefix: String) -> anyhow::Result<SmtpSink> {
        let std_listener =
            std::net::TcpListener::bind("127.0.0.1:0").context("bind the SMTP sink")?;
        std_listener.set_nonblocking(true)?;
        let addr = std_listener.local_addr()?;
        let shared = Arc::new(Shared {
            link_prefix,
            messages: AtomicU64::new(0),
            without_link: AtomicU64::new(0),
            links: Mutex::new(Vec::new()),
            arrivals: Mutex::new(Vec::new()),
            unnumbered: AtomicU64::new(0),
            arrived: Notify::new(),
            hold: tokio::sync::watch::Sender::new(false),
        });
        let stop = CancellationToken::new();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .context("the SMTP sink's runtime")?;
        let (s, st) = (shared.clone(), stop.clone());
        let thread = std::thread::Builder::new()
            .name("smtp-sink".into())
            .spawn(move || {
                rt.block_on(async move {
                    let listener = match TcpListener::from_std(std_listener) {
                        Ok(l) => l,
                        Err(e) => {
                            eprintln!("smtp sink: {e}");
                            return;
                        }
                    };
                    loop {
                        tokio::select! {
                            _ = st.cancelled() => return,
                            accepted = listener.accept() => {
                                if let Ok((stream, _)) = accepted {
                                    tokio::spawn(session(stream, s.clone()));
                                }
                            }
                        }
                    }
                })
            })
            .context("the SMTP sink's thread")?;
        Ok(SmtpSink {
            addr,
            shared,
            stop,
            thread: Some(thread),
        })
    }

    /// CPU time the sink's thread has used so far.
    pub fn cpu_time(&self) -> Option<Duration> {
        self.thread.as_ref().and_then(crate::machine::thread_cpu)
    }

    pub fn messages(&self) -> u64 {
        self.shared.messages.load(Ordering::Relaxed)
    }

    pub fn without_link(&self) -> u64 {
        self.shared.without_link.load(Ordering::Relaxed)
    }

    pub fn unnumbered(&self) -> u64 {
        self.shared.unnumbered.load(Ordering::Relaxed)
    }

    /// When each signing's message arrived, by its `Seq.global` (the first, should the
    /// outbox send one twice), and how many arrived more than once.
    pub fn arrivals(&self) -> (std::collections::HashMap<u64, Instant>, u64) {
        let all = self
            .shared
            .arrivals
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        let mut first = std::collections::HashMap::with_capacity(all.len());
        let mut again = 0;
        for &(n, at) in all.iter() {
            match first.entry(n) {
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(at);
                }
                std::collections::hash_map::Entry::Occupied(mut o) => {
                    again += 1;
                    if at < *o.get() {
                        o.insert(at);
                    }
                }
            }
        }
        (first, again)
    }

    /// From now on, no message is answered (nor counted) until [`SmtpSink::release`].
    pub fn hold(&self) {
        self.shared.hold.send_replace(true);
    }

    pub fn release(&self) {
        self.shared.hold.send_replace(false);
    }

    /// The confirmation tokens received so far, taken out of the sink.
    pub fn take_tokens(&self) -> Vec<String> {
        std::mem::take(&mut *self.shared.links.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// Waits until `n` messages have arrived; fails when none arrives for `stall`.
    pub async fn wait_for(&self, n: u64, stall: Duration) -> anyhow::Result<()> {
        loop {
            let arrived = self.shared.arrived.notified();
            tokio::pin!(arrived);
            // Registered before the count is read, so no wake-up can slip between the two.
            arrived.as_mut().enable();
            let have = self.messages();
            if have >= n {
                return Ok(());
            }
            if tokio::time::timeout(stall, arrived).await.is_err() {
                bail!(
                    "the outbox stalled: {have} of {n} messages after {}s without one",
                    stall.as_secs()
                );
            }
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop.cancel();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// One SMTP connection: commands answered in order; answers to pipelined commands are
/// written together once no further command is waiting in the buffer.
async fn session(stream: TcpStream, shared: Arc<Shared>) {
    if let Err(e) = serve(stream, &shared).await {
        // A client that hangs up mid-session is not the sink's problem; say it anyway.
        if e.kind() != std::io::ErrorKind::UnexpectedEof
            && e.kind() != std::io::ErrorKind::ConnectionReset
        {
            eprintln!("smtp sink: {e}");
        }
    }
}

async fn serve(stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    stream.set_nodelay(true)?;
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::with_capacity(64 * 1024, read);
    let mut out: Vec<u8> = Vec::with_capacity(512);
    let mut line: Vec<u8> = Vec::with_capacity(1024);
    let mut data: Vec<u8> = Vec::with_capacity(16 * 1024);
    // The transaction's recipient: the last RCPT before its DATA.
    let mut recipient: Option<u64> = None;
    write
        .write_all(b"220 sink.localhost ESMTP ready\r\n")
        .await?;
    loop {
        line.clear();
        if read.read_until(b'\n', &mut line).await? == 0 {
            return Ok(());
        }
        let verb: Vec<u8> = line
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .map(u8::to_ascii_uppercase)
            .collect();
        match verb.as_slice() {
            b"EHLO" => out.extend_from_slice(
                b"250-sink.localhost\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n",
            ),
            b"HELO" => out.extend_from_slice(b"250 sink.localhost\r\n"),
            b"MAIL" | b"RSET" => {
                recipient = None;
                out.extend_from_slice(b"250 2.0.0 OK\r\n");
            }
            b"RCPT" => {
                recipient = bench_recipient(&line);
                out.extend_from_slice(b"250 2.0.0 OK\r\n");
            }
            b"NOOP" => out.extend_from_slice(b"250 2.0.0 OK\r\n"),
            b"DATA" => {
                out.extend_from_slice(b"354 end with <CRLF>.<CRLF>\r\n");
                // The client waits for 354 before it sends the body.
                write.write_all(&out).await?;
                out.clear();
                read_data(&mut read, &mut line, &mut data).await?;
                let mut hold = shared.hold.subscribe();
                let _ = hold.wait_for(|held| !*held).await;
                received(shared, &data, recipient.take(), Instant::now());
                out.extend_from_slice(b"250 2.0.0 queued\r\n");
            }
            b"QUIT" => {
                out.extend_from_slice(b"221 2.0.0 bye\r\n");
                write.write_all(&out).await?;
                return Ok(());
            }
            _ => out.extend_from_slice(b"502 5.5.2 command not recognised\r\n"),
        }
        if read.buffer().is_empty() {
            write.write_all(&out).await?;
            out.clear();
        }
    }
}

/// The message body up to the lone dot, with dot-stuffing undone.
async fn read_data(
    read: &mut BufReader<tokio::net::tcp::OwnedReadHalf>,
    line: &mut Vec<u8>,
    data: &mut Vec<u8>,
) -> std::io::Result<()> {
    data.clear();
    loop {
        line.clear();
        if read.read_until(b'\n', line).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        if line == b".\r\n" || line == b".\n" {
            return Ok(());
        }
        let unstuffed = if line.first() == Some(&b'.') {
            &line[1..]
        } else {
            &line[..]
        };
        data.extend_from_slice(unstuffed);
    }
}

/// Counts the message and keeps its confirmation token. The body may be quoted-printable
/// or base64, so it is decoded by a real MIME parser, not searched as raw bytes.
fn received(shared: &Shared, raw: &[u8], recipient: Option<u64>, at: Instant) {
    match recipient {
        Some(n) => shared
            .arrivals
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push((n, at)),
        None => {
            shared.unnumbered.fetch_add(1, Ordering::Relaxed);
        }
    }
    let token = mail_parser::MessageParser::default()
        .parse(raw)
        .and_then(|m| {
            m.body_text(0)
                .and_then(|t| find_token(&t, &shared.link_prefix))
        });
    match token {
        Some(t) => shared
            .links
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(t),
        None => {
            shared.without_link.fetch_add(1, Ordering::Relaxed);
        }
    }
    shared.messages.fetch_add(1, Ordering::Relaxed);
    shared.arrived.notify_waiters();
}

/// `n` of `RCPT TO:<bench-{run}-{n}@example.org>` (see `requests::sign`).
fn bench_recipient(line: &[u8]) -> Option<u64> {
    let line = std::str::from_utf8(line).ok()?;
    let address = &line[line.find('<')? + 1..];
    let local = &address[..address.find('@')?];
    let (_, n) = local.strip_prefix("bench-")?.rsplit_once('-')?;
    n.parse().ok()
}

/// The token after `prefix`: URL-safe characters up to the first other one.
fn find_token(text: &str, prefix: &str) -> Option<String> {
    let start = text.find(prefix)? + prefix.len();
    let token: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    (!token.is_empty()).then_some(token)
}
