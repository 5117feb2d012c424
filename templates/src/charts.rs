//! Small charts drawn on the server as inline SVG: no script, no `style` attribute (the site's
//! Content-Security-Policy forbids inline style), colours from classes in `site.css`.
//!
//! Each chart is a `figure` with a visible caption, an SVG that screen readers announce as one
//! image with a one-sentence summary, and a folded table with every number, for people who
//! cannot read values off bars.
use maud::{html, Markup};

use crate::i18n::Arg;
use crate::Tr;

/// At most this many bars in the per-day chart; longer spans are grouped by weeks.
pub const MAX_BARS: usize = 60;
/// At most this many countries get their own bar; the rest are summed into one.
pub const MAX_COUNTRIES: usize = 15;

// The drawing's coordinate system. It is scaled to the width of the page, so these are chosen
// for text that stays readable on a 390 px phone and is not huge on a desktop (the CSS caps
// the width).
const DAY_W: f64 = 360.0;
const DAY_H: f64 = 180.0;
const DAY_LEFT: f64 = 46.0;
const DAY_RIGHT: f64 = 8.0;
const DAY_TOP: f64 = 10.0;
const DAY_BOTTOM: f64 = 24.0;
/// The widest a day's bar gets, when there are only a few.
const MAX_BAR_W: f64 = 28.0;

const COUNTRY_W: f64 = 360.0;
const COUNTRY_ROW: f64 = 38.0;
const COUNTRY_BAR: f64 = 13.0;
/// Room right of the longest bar for its number.
const COUNTRY_VALUE_ROOM: f64 = 64.0;

/// A bar chart of confirmed signatures per day (`YYYY-MM-DD`, count), oldest first.
///
/// More than [`MAX_BARS`] days are grouped into weeks (or longer periods, so that there are
/// never more than [`MAX_BARS`] bars), counted back from the last day.
pub fn per_day(tr: &Tr, days: &[(String, u64)]) -> Markup {
    let total: u64 = days.iter().map(|(_, n)| n).sum();
    if total == 0 {
        return empty(tr, &tr.t("chart-per-day-title"));
    }
    let span = bucket_days(days.len());
    let buckets = group(days, span);

    let (title, column) = match span {
        1 => (tr.t("chart-per-day-title"), tr.t("chart-col-day")),
        7 => (tr.t("chart-per-week-title"), tr.t("chart-col-week")),
        _ => (
            tr.t_args(
                "chart-per-period-title",
                &[("days", Arg::from(span as u64))],
            ),
            tr.t("chart-col-period"),
        ),
    };
    // The first of the highest buckets.
    let (top_label, top) = buckets
        .iter()
        .fold(None::<&(String, u64)>, |best, b| match best {
            Some(x) if x.1 >= b.1 => Some(x),
            _ => Some(b),
        })
        .map(|(d, n)| (d.as_str(), *n))
        .unwrap_or(("", 0));
    let summary_key = match span {
        1 => "chart-per-day-summary",
        7 => "chart-per-week-summary",
        _ => "chart-per-period-summary",
    };
    let summary = tr.t_args(
        summary_key,
        &[
            ("count", Arg::from(buckets.len() as u64)),
            ("n", Arg::Str(tr.number(buckets.len() as u64))),
            ("days", Arg::from(span as u64)),
            ("max", Arg::Str(tr.number(top))),
            ("date", Arg::from(top_label)),
        ],
    );

    let (step, scale_top) = scale(top);
    let plot_w = DAY_W - DAY_LEFT - DAY_RIGHT;
    let plot_h = DAY_H - DAY_TOP - DAY_BOTTOM;
    let base = DAY_TOP + plot_h;
    let band = plot_w / buckets.len() as f64;
    // A gap between bars, unless they would get thinner than a hairline; a few bars stay
    // slim rather than filling the whole width, centred in their band.
    let gap = if band >= 3.0 { band * 0.15 } else { 0.0 };
    let bar_w = (band - gap).clamp(0.5, MAX_BAR_W);
    let y_of = |v: u64| base - v as f64 / scale_top as f64 * plot_h;
    let ticks: Vec<u64> = (0..=scale_top / step).map(|i| i * step).collect();
    let n = buckets.len();
    // Date labels under the axis: under every bar when there are so few that they fit (a
    // date is about 70 units wide), else the first and the last bar, and the middle one when
    // there is room, aligned to the edges of the drawing.
    let labels: Vec<(usize, &str)> = if band >= 80.0 {
        (0..n).map(|i| (i, "middle")).collect()
    } else if n >= 5 {
        vec![(0, "start"), (n / 2, "middle"), (n - 1, "end")]
    } else {
        vec![(0, "start"), (n - 1, "end")]
    };

    html! {
        figure.chart {
            figcaption { (title) }
            svg viewBox={ "0 0 " (fmt(DAY_W)) " " (fmt(DAY_H)) } role="img" aria-label=(summary)
                xmlns="http://www.w3.org/2000/svg" {
                title { (summary) }
                @for t in &ticks {
                    line class=(if *t == 0 { "axis" } else { "grid" }) x1=(fmt(DAY_LEFT))
                        x2=(fmt(DAY_W - DAY_RIGHT)) y1=(fmt(y_of(*t))) y2=(fmt(y_of(*t))) {}
                    text.tick x=(fmt(DAY_LEFT - 5.0)) y=(fmt(y_of(*t) + 4.0)) text-anchor="end" { (tr.number(*t)) }
                }
                @for (i, (_, v)) in buckets.iter().enumerate() {
                    @if *v > 0 {
                        rect.bar x=(fmt(DAY_LEFT + (i as f64 + 0.5) * band - bar_w / 2.0)) y=(fmt(y_of(*v)))
                            width=(fmt(bar_w)) height=(fmt(base - y_of(*v))) {}
                    }
                }
                @for (i, anchor) in &labels {
                    @let x = match *anchor {
                        "start" => DAY_LEFT + *i as f64 * band,
                        "end" => DAY_LEFT + (*i as f64 + 1.0) * band,
                        _ => DAY_LEFT + (*i as f64 + 0.5) * band,
                    };
                    text.tick x=(fmt(x)) y=(fmt(DAY_H - 6.0)) text-anchor=(anchor) { (buckets[*i].0) }
                }
            }
            (numbers_table(tr, &column, buckets.iter().map(|(d, v)| (d.as_str(), *v))))
        }
    }
}

/// Horizontal bars of confirmed signatures by country (code, name, count), most first: the
/// [`MAX_COUNTRIES`] countries with most signatures, then the rest summed as one bar.
pub fn by_country(tr: &Tr, rows: &[(String, String, u64)]) -> Markup {
    let mut rows: Vec<(&str, u64)> = rows
        .iter()
        .filter(|(_, _, n)| *n > 0)
        .map(|(_, name, n)| (name.as_str(), *n))
        .collect();
    if rows.is_empty() {
        return empty(tr, &tr.t("chart-by-country-title"));
    }
    // Most first whatever order they came in; a stable sort keeps the caller's order of ties.
    rows.sort_by_key(|r| std::cmp::Reverse(r.1));
    let countries = rows.len() as u64;
    let other_label = tr.t("chart-other-countries");
    if rows.len() > MAX_COUNTRIES {
        let rest: u64 = rows[MAX_COUNTRIES..].iter().map(|(_, n)| n).sum();
        rows.truncate(MAX_COUNTRIES);
        rows.push((other_label.as_str(), rest));
    }
    let title = tr.t("chart-by-country-title");
    let (top_name, top) = rows[0];
    let summary = tr.t_args(
        "chart-by-country-summary",
        &[
            ("count", Arg::from(countries)),
            ("n", Arg::Str(tr.number(countries))),
            ("top", Arg::from(top_name)),
            ("max", Arg::Str(tr.number(top))),
        ],
    );
    // "Other countries" may sum to more than the first country; the bars scale to the largest.
    let largest = rows.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1);
    let bar_room = COUNTRY_W - COUNTRY_VALUE_ROOM;
    let height = rows.len() as f64 * COUNTRY_ROW + 4.0;

    html! {
        figure.chart {
            figcaption { (title) }
            svg viewBox={ "0 0 " (fmt(COUNTRY_W)) " " (fmt(height)) } role="img" aria-label=(summary)
                xmlns="http://www.w3.org/2000/svg" {
                title { (summary) }
                @for (i, (name, v)) in rows.iter().enumerate() {
                    @let top_y = i as f64 * COUNTRY_ROW;
                    @let w = (*v as f64 / largest as f64 * bar_room).max(1.0);
                    text.name x="0" y=(fmt(top_y + 14.0)) { (name) }
                    rect.bar x="0" y=(fmt(top_y + 19.0)) width=(fmt(w)) height=(fmt(COUNTRY_BAR)) {}
                    text.value x=(fmt(w + 5.0)) y=(fmt(top_y + 30.0)) { (tr.number(*v)) }
                }
            }
            (numbers_table(tr, &tr.t("chart-col-country"), rows.iter().copied()))
        }
    }
}

/// What a chart shows when there is nothing to draw.
fn empty(tr: &Tr, title: &str) -> Markup {
    html! {
        figure.chart {
            figcaption { (title) }
            p.empty { (tr.t("chart-empty")) }
        }
    }
}

/// Every number of a chart, folded under its drawing.
fn numbers_table<'a>(tr: &Tr, column: &str, rows: impl Iterator<Item = (&'a str, u64)>) -> Markup {
    html! {
        details.numbers {
            summary { (tr.t("chart-numbers")) }
            table.data {
                thead { tr { th scope="col" { (column) } th.num scope="col" { (tr.t("chart-signatures")) } } }
                tbody {
                    @for (label, v) in rows {
                        tr { th scope="row" { (label) } td.num { (tr.number(v)) } }
                    }
                }
            }
        }
    }
}

/// How many days one bar stands for: 1 while there are at most [`MAX_BARS`] days, else whole
/// weeks, as few as keep the bars within [`MAX_BARS`].
fn bucket_days(days: usize) -> usize {
    if days <= MAX_BARS {
        1
    } else {
        7 * days.div_ceil(7 * MAX_BARS)
    }
}

/// Sums consecutive days into periods of `span` days, counted back from the last day so the
/// latest period is whole; each is labelled by its first day.
fn group(days: &[(String, u64)], span: usize) -> Vec<(String, u64)> {
    if span <= 1 {
        return days.to_vec();
    }
    let first = days.len() % span;
    let mut out = Vec::with_capacity(days.len() / span + 1);
    if first > 0 {
        out.push(sum(&days[..first]));
    }
    out.extend(days[first..].chunks(span).map(sum));
    out
}

fn sum(days: &[(String, u64)]) -> (String, u64) {
    (days[0].0.clone(), days.iter().map(|(_, n)| n).sum())
}

/// A round step for the value axis (1, 2 or 5 times a power of ten, about four steps) and the
/// top of the axis, a multiple of it at or above `max`.
fn scale(max: u64) -> (u64, u64) {
    let max = max.max(1);
    let rough = max.div_ceil(4);
    let mut power = 1u64;
    let step = loop {
        if let Some(s) = [1, 2, 5].iter().map(|m| m * power).find(|s| *s >= rough) {
            break s;
        }
        power = power.saturating_mul(10);
    };
    (step, max.div_ceil(step) * step)
}

/// A coordinate with at most one decimal, without a trailing `.0`: short, and the same on
/// every platform.
fn fmt(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> Tr {
        Tr::new("en")
    }

    fn days(n: usize) -> Vec<(String, u64)> {
        (0..n)
            .map(|i| {
                (
                    format!("2026-{:02}-{:02}", 1 + i / 28 % 12, 1 + i % 28),
                    (i as u64 * 37) % 400,
                )
            })
            .collect()
    }

    fn count(haystack: &str, needle: &str) -> usize {
        haystack.matches(needle).count()
    }

    #[test]
    fn empty_data_says_so() {
        for html in [
            per_day(&en(), &[]).into_string(),
            per_day(&en(), &[("2026-11-20".into(), 0)]).into_string(),
            by_country(&en(), &[]).into_string(),
            by_country(&en(), &[("UA".into(), "Ukraine".into(), 0)]).into_string(),
        ] {
            assert!(html.contains("No signatures yet."), "{html}");
            assert!(!html.contains("<svg"));
        }
    }

    #[test]
    fn one_day_is_one_bar_with_its_label() {
        let html = per_day(&en(), &[("2026-11-20".into(), 340)]).into_string();
        assert_eq!(count(&html, "<rect"), 1);
        assert!(html.contains(r#"role="img""#));
        assert!(html.contains("Signatures per day, one day, highest 340 on 2026-11-20."));
        assert!(html.contains(r#"text-anchor="middle">2026-11-20</text>"#));
        assert!(html.contains("<td class=\"num\">340</td>"));
    }

    #[test]
    fn twelve_days_summarised() {
        let mut d: Vec<(String, u64)> = (0..12)
            .map(|i| (format!("2026-11-{:02}", 13 + i), i as u64 * 3))
            .collect();
        d[7].1 = 340;
        d[9].1 = 340;
        let html = per_day(&en(), &d).into_string();
        assert!(
            html.contains("Signatures per day, 12 days, highest 340 on 2026-11-20."),
            "{html}"
        );
        assert_eq!(
            count(&html, "<rect"),
            d.iter().filter(|(_, n)| *n > 0).count()
        );
        assert_eq!(count(&html, "<tr><th scope=\"row\">"), 12);
    }

    #[test]
    fn long_spans_are_grouped_into_weeks_within_the_limit() {
        let d: Vec<(String, u64)> = (0..100).map(|i| (format!("d{i:03}"), 1)).collect();
        let html = per_day(&en(), &d).into_string();
        assert!(html.contains("Signatures per week"), "{html}");
        // 100 days: 2 left over, then 14 whole weeks.
        assert_eq!(count(&html, "<rect"), 15);
        assert!(html.contains(">d000<") && html.contains(">d002<") && html.contains(">d093<"));
        assert!(html.contains("highest 7 in the week from d002"));

        let d: Vec<(String, u64)> = (0..1000).map(|i| (format!("d{i:04}"), 2)).collect();
        let html = per_day(&en(), &d).into_string();
        assert!(count(&html, "<rect") <= MAX_BARS);
        assert!(html.contains("Signatures per 21 days"), "{html}");
    }

    #[test]
    fn many_countries_are_capped_and_the_rest_summed() {
        let rows: Vec<(String, String, u64)> = (0..40)
            .map(|i| (format!("C{i}"), format!("Country {i}"), 100 - i as u64))
            .collect();
        let html = by_country(&en(), &rows).into_string();
        assert_eq!(count(&html, "<rect"), MAX_COUNTRIES + 1);
        assert!(html.contains("Other countries"));
        let rest: u64 = (MAX_COUNTRIES as u64..40).map(|i| 100 - i).sum();
        assert!(html.contains(&format!(">{}</td>", en().number(rest))));
        assert!(html.contains("Signatures by country, 40 countries, most from Country 0 (100)."));
        assert!(!html.contains("Country 20"));
    }

    #[test]
    fn one_country() {
        let html = by_country(&en(), &[("UA".into(), "Ukraine".into(), 1234)]).into_string();
        assert_eq!(count(&html, "<rect"), 1);
        assert!(html.contains("one country, most from Ukraine (1,234)"));
        assert!(!html.contains("Other countries"));
    }

    #[test]
    fn svg_elements_are_closed() {
        // Inside <svg> the HTML parser knows no void elements: an unclosed <rect> would swallow
        // everything after it.
        for html in [
            per_day(&en(), &days(30)).into_string(),
            by_country(&en(), &[("UA".into(), "Ukraine".into(), 3)]).into_string(),
        ] {
            for el in ["rect", "line", "text", "title"] {
                assert_eq!(
                    count(&html, &format!("<{el} ")) + count(&html, &format!("<{el}>")),
                    count(&html, &format!("</{el}>")),
                    "{el}: {html}"
                );
            }
            assert!(!html.contains("class=\"\"") && !html.contains("class=\" "));
        }
    }

    #[test]
    fn no_inline_style_and_text_is_escaped() {
        let rows = vec![("XX".into(), "<script>alert(1)</script>".into(), 5)];
        let mut d = days(80);
        d[0].0 = "<b>".into();
        for html in [
            by_country(&en(), &rows).into_string(),
            per_day(&en(), &d).into_string(),
            per_day(&en(), &days(1)).into_string(),
        ] {
            assert!(!html.contains("style="), "{html}");
            assert!(!html.contains("<style"));
            assert!(!html.contains("<script"));
            assert!(!html.contains("<b>"));
            assert!(!html.contains("chart-"), "a message is missing: {html}");
        }
    }

    #[test]
    fn charts_stay_small() {
        let d: Vec<(String, u64)> = (0..60)
            .map(|i| (format!("2026-10-{i:02}"), 100_000 + i))
            .collect();
        let html = per_day(&en(), &d).into_string();
        assert!(html.len() < 12_000, "{} bytes", html.len());
    }

    #[test]
    fn axis_steps_are_round() {
        assert_eq!(scale(0), (1, 1));
        assert_eq!(scale(1), (1, 1));
        assert_eq!(scale(3), (1, 3));
        assert_eq!(scale(9), (5, 10));
        assert_eq!(scale(340), (100, 400));
        assert_eq!(scale(1000), (500, 1000));
        assert_eq!(fmt(3.0), "3");
        assert_eq!(fmt(2.25), "2.3");
        assert_eq!(fmt(-0.04), "0");
    }
}
