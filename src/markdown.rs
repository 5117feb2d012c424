//! Declarations are written in Markdown; this turns them into HTML that is safe to put in a
//! page as it is.
use pulldown_cmark::{html, Options, Parser};

/// Markdown to sanitised HTML: pulldown-cmark renders, ammonia keeps only harmless tags and
/// attributes (no scripts, styles, event handlers or `javascript:` links).
pub fn render(markdown: &str) -> String {
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES,
    );
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, parser);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&raw)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown() {
        let html = render("Dear *colleagues*,\n\n> we stand by you");
        assert!(html.contains("<em>colleagues</em>"));
        assert!(html.contains("<blockquote>"));
    }

    #[test]
    fn strips_scripts_handlers_and_javascript_links() {
        let html = render("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) <a href=\"https://example.org\" style=\"color:red\">ok</a>");
        assert!(!html.contains("<script"));
        assert!(!html.contains("onerror"));
        assert!(!html.contains("javascript:"));
        assert!(!html.contains("style="));
        assert!(html.contains("rel=\"noopener noreferrer nofollow\""));
    }
}
