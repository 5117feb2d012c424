//! Logging: structured `tracing` events to stderr, filtered by `RUST_LOG` (default `info`).
//!
//! Every field value is written with its control characters escaped, whatever the call
//! site: a visitor's newline or ANSI escape in a logged value (a typed address's domain, a
//! petition slug from a path) must not forge a second line or recolour a terminal. Call
//! sites still log masked or parsed values; this is the floor under all of them.
use std::borrow::Cow;
use std::io::IsTerminal;

use tracing_subscriber::field::MakeExt;
use tracing_subscriber::fmt::format::{debug_fn, FormatFields};
use tracing_subscriber::EnvFilter;

/// Starts logging; keep the guard for as long as the process runs (dropping it flushes).
///
/// Lines are written by a thread of their own (tracing-appender's non-blocking writer), so a
/// request never waits on a slow terminal, pipe or disk. Not lossy: should that thread fall
/// 128,000 lines behind, callers wait rather than lines vanish, since these are the lines
/// an operator reads to learn whether a signature or an email went out.
pub fn init() -> tracing_appender::non_blocking::WorkerGuard {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn,sea_orm_migration=warn"));
    // Stdout is the commands' own output (an export's path and row count).
    let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(false)
        .thread_name("undersign-log")
        .finish(std::io::stderr());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_writer(writer)
        // Colour codes only for a person at a terminal, never into a file or a journal.
        .with_ansi(std::io::stderr().is_terminal())
        .fmt_fields(escaping_fields())
        .try_init();
    guard
}

/// How every event's fields are written: `name=value`, the message bare, each value with
/// its control characters escaped.
pub fn escaping_fields() -> impl for<'w> FormatFields<'w> + Send + Sync + 'static {
    debug_fn(|w, field, value| {
        let text = format!("{value:?}");
        let text = escape(&text);
        if field.name() == "message" {
            write!(w, "{text}")
        } else {
            write!(w, "{field}={text}")
        }
    })
    .delimited(" ")
}

/// `s` with control characters, line and paragraph separators and bidirectional controls
/// written as escapes (`\n`, `\u{1b}`, `\u{202e}`); any other character as it is.
pub fn escape(s: &str) -> Cow<'_, str> {
    let hostile = |c: char| {
        c.is_control()
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if !s.chars().any(hostile) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if hostile(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    #[derive(Clone, Default)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Buffer {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn no_logged_value_can_forge_a_line_or_an_escape() {
        let buffer = Buffer::default();
        let writer = buffer.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_ansi(false)
            .with_target(false)
            .fmt_fields(escaping_fields())
            .with_writer(move || writer.clone())
            .finish();
        let forged =
            "evil.example\n2026-12-02T10:00:00Z  INFO login succeeded account=admin\u{1b}[2K";
        tracing::subscriber::with_default(subscriber, || {
            tracing::info!(account = %forged, "login failed");
            tracing::warn!(domain = ?forged, slug = forged, "blocked");
            tracing::error!("typed: {forged}");
            let span = tracing::info_span!("request", path = %forged);
            span.in_scope(|| tracing::info!("inside"));
        });
        let out = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
        assert_eq!(out.lines().count(), 4, "one line an event: {out}");
        assert!(!out.contains('\u{1b}'), "{out}");
        assert!(out.contains("evil.example\\n2026-12-02"), "{out}");
        for line in out.lines() {
            assert!(
                !line.contains("INFO login succeeded") || line.contains("\\n"),
                "{line}"
            );
        }
    }

    #[test]
    fn plain_text_is_kept_as_it_is() {
        assert!(matches!(escape("Олена, Кривий Ріг"), Cow::Borrowed(_)));
        assert_eq!(escape("a\r\nb\u{202E}"), "a\\r\\nb\\u{202e}");
    }
}
