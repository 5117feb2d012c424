//! A headless chromium of the test's own, through a chromedriver of its own, and the few
//! things the tests do with it.
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};

/// A phone's width, and a laptop's.
pub const PHONE: u32 = 390;
pub const DESKTOP: u32 = 1280;
const HEIGHT: u32 = 844;

pub const TAB: &str = "\u{e004}";
pub const ENTER: &str = "\u{e007}";

pub struct Browser {
    client: Client,
    driver: Child,
    width: std::cell::Cell<u32>,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn program(var: &str, default: &str) -> String {
    std::env::var(var).unwrap_or_else(|_| default.to_owned())
}

impl Browser {
    pub async fn start(width: u32) -> Browser {
        Browser::start_in(width, "en-GB").await
    }

    /// A browser whose interface and `Accept-Language` speak `lang` (a BCP 47 tag).
    pub async fn start_in(width: u32, lang: &str) -> Browser {
        debug_assert_eq!(Key::Tab.to_string(), TAB);
        let port = testkit::free_port();
        let chromedriver = program("CHROMEDRIVER", "chromedriver");
        // Headless chromium takes its own locale (the order of a date field's parts) from
        // the environment, not from --lang; the locale itself comes from chromium-l10n.
        let driver = Command::new(&chromedriver)
            .env("LANGUAGE", lang.replace('-', "_"))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("{chromedriver}: {e} (apt-get install chromium chromium-driver)")
            });
        let caps = json!({
            "goog:chromeOptions": {
                "binary": program("CHROMIUM", "/usr/bin/chromium"),
                "args": [
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--hide-scrollbars",
                    format!("--lang={lang}"),
                    format!("--window-size={width},{HEIGHT}"),
                ],
                "prefs": { "intl.accept_languages": lang },
            }
        });
        let caps = match caps {
            Value::Object(m) => m,
            _ => unreachable!(),
        };
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        let client = loop {
            // Plain HTTP to a driver on loopback: no TLS stack needed.
            let attempt = ClientBuilder::new(HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&url)
                .await;
            match attempt {
                Ok(c) => break c,
                Err(e) if Instant::now() > deadline => panic!("chromedriver on {url}: {e}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        let b = Browser {
            client,
            driver,
            width: std::cell::Cell::new(width),
        };
        b.resize(width).await;
        b
    }

    pub async fn resize(&self, width: u32) {
        self.width.set(width);
        self.client
            .set_window_size(width, HEIGHT)
            .await
            .expect("resize");
    }

    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("navigate");
    }

    async fn find(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
    }

    pub async fn exists(&self, css: &str) -> bool {
        self.client.find(Locator::Css(css)).await.is_ok()
    }

    pub async fn wait_for_element(&self, css: &str) {
        self.find(css).await;
    }

    pub async fn fill(&self, css: &str, text: &str) {
        self.find(css).await.send_keys(text).await.expect("type");
    }

    pub async fn clear(&self, css: &str) {
        self.find(css).await.clear().await.expect("clear");
    }

    pub async fn select(&self, css: &str, value: &str) {
        self.find(css)
            .await
            .select_by_value(value)
            .await
            .expect("select");
    }

    pub async fn click(&self, css: &str) {
        self.find(css).await.click().await.expect("click");
    }

    /// Keys to whatever has the focus.
    pub async fn keys(&self, keys: &str) {
        self.client
            .active_element()
            .await
            .expect("a focused element")
            .send_keys(keys)
            .await
            .expect("keys");
    }

    /// Tab pressed on the page, as a person presses it: a key action, not keys sent to an
    /// element (a file field takes those as a file's name).
    pub async fn tab(&self) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let tab: char = Key::Tab.into();
        let press = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: tab })
            .then(KeyAction::Up { value: tab });
        self.client
            .perform_actions(press)
            .await
            .expect("Tab pressed");
    }

    pub async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.expect("text")
    }

    pub async fn value(&self, css: &str) -> String {
        self.find(css)
            .await
            .prop("value")
            .await
            .expect("value")
            .unwrap_or_default()
    }

    /// Whether a checkbox or radio button is checked now.
    pub async fn checked(&self, css: &str) -> bool {
        self.find(css)
            .await
            .prop("checked")
            .await
            .expect("checked")
            .as_deref()
            == Some("true")
    }

    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.find(css).await.attr(name).await.expect("attribute")
    }

    pub async fn page_text(&self) -> String {
        self.text("body").await
    }

    pub async fn focused_id(&self) -> Option<String> {
        self.client
            .active_element()
            .await
            .ok()?
            .attr("id")
            .await
            .ok()
            .flatten()
    }

    /// Whether the focused element draws an outline or a box shadow: keyboard users must
    /// see where they are.
    pub async fn focus_is_visible(&self) -> bool {
        let v = self
            .client
            .execute(
                "const e = document.activeElement; if (!e || e === document.body) return true; \
                 const s = getComputedStyle(e); \
                 return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';",
                vec![],
            )
            .await
            .expect("script");
        v.as_bool().unwrap_or(false)
    }

    pub async fn wait_for_path(&self, path: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let url = self.client.current_url().await.expect("url");
            if url.path() == path {
                return;
            }
            assert!(Instant::now() < deadline, "still at {url}, not {path}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn wait_for_text(&self, css: &str, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            // The page may be changing under us (a form just sent): an element that went
            // stale is read again on the next turn.
            let text = match self.client.find(Locator::Css(css)).await {
                Ok(e) => e.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if text.contains(needle) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{css} says {text:?}, not {needle:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The visible part of the page.
    pub async fn screenshot(&self, name: &str) {
        let png = self.client.screenshot().await.expect("screenshot");
        save(name, &png);
    }

    /// The whole page: the window is made as tall as the page for the picture.
    pub async fn screenshot_full(&self, name: &str) {
        let height = self
            .client
            .execute("return document.documentElement.scrollHeight;", vec![])
            .await
            .expect("page height")
            .as_u64()
            .unwrap_or(HEIGHT as u64)
            .clamp(200, 12_000) as u32;
        let width = self.width.get();
        self.client
            .set_window_size(width, height)
            .await
            .expect("resize");
        self.screenshot(name).await;
        self.client
            .set_window_size(width, HEIGHT)
            .await
            .expect("resize");
    }

    /// The keys that type `yyyy-mm-dd` into a focused date field: its parts in the order
    /// the browser's locale shows them.
    pub async fn date_keys(&self, date: &str) -> String {
        let order = self
            .client
            .execute(
                "return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 10, 28)) \
                 .filter(p => ['day', 'month', 'year'].includes(p.type)).map(p => p.type);",
                vec![],
            )
            .await
            .expect("the locale's order");
        let (year, rest) = date.split_once('-').expect("yyyy-mm-dd");
        let (month, day) = rest.split_once('-').expect("yyyy-mm-dd");
        order
            .as_array()
            .expect("parts")
            .iter()
            .map(|p| match p.as_str() {
                Some("day") => day,
                Some("month") => month,
                _ => year,
            })
            .collect()
    }

    /// The page printed as the browser prints it on A4 with its default margins: a PDF.
    pub async fn print_a4(&self) -> Vec<u8> {
        use fantoccini::wd::{PrintConfiguration, PrintSize};
        let config = PrintConfiguration::builder()
            .size(PrintSize::A4)
            .background(true)
            .build()
            .expect("print settings");
        self.client.print(config).await.expect("print")
    }

    /// Runs axe-core on the page and returns its violations, one per line, empty when none.
    pub async fn axe(&self) -> String {
        let source = std::fs::read_to_string(axe_path()).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (npm ci --prefix tests/browser)",
                axe_path().display()
            )
        });
        self.client
            .execute(&source, vec![])
            .await
            .expect("axe loads");
        let out = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 axe.run(document).then(r => done(r.violations.map(v => \
                   v.id + ' (' + v.impact + '): ' + v.help + ' — ' + \
                   v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))) \
                 .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .expect("axe runs");
        out.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_else(|| format!("unexpected axe result: {out}"))
    }
}

fn axe_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/browser/node_modules/axe-core/axe.min.js")
}

fn screenshots() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    dir
}

fn save(name: &str, png: &[u8]) {
    std::fs::write(screenshots().join(format!("{name}.png")), png).expect("screenshot written");
}

/// A printed PDF kept beside the screenshots, its pages turned into PNGs (`{name}-1.png`,
/// …) by poppler's pdftoppm to be looked at; returns what pdfinfo says of it (its page
/// count and size).
pub fn save_pdf(name: &str, pdf: &[u8]) -> String {
    let dir = screenshots();
    let file = dir.join(format!("{name}.pdf"));
    std::fs::write(&file, pdf).expect("pdf written");
    let run = |program: &str, args: &[&str]| {
        let out = Command::new(program)
            .args(args)
            .arg(&file)
            .args(if program == "pdftoppm" {
                vec![dir.join(name).display().to_string()]
            } else {
                vec![]
            })
            .output()
            .unwrap_or_else(|e| panic!("{program}: {e} (apt-get install poppler-utils)"));
        assert!(out.status.success(), "{program} failed");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    run("pdftoppm", &["-png", "-r", "60"]);
    run("pdfinfo", &[])
}
