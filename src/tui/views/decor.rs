//! How an article looks before any fact is highlighted: Markdown lightly
//! styled, page chrome dimmed. Worked out once per article when the app
//! starts, never per frame.

use crate::config::ReaderOptions;
use crate::engine::article::{Article, Format};
use crate::engine::chrome;
use crate::engine::markdown::{self, Mark};
use crate::tui::reader::Highlight;
use crate::tui::theme::Theme;

/// The base styles of one article, to be drawn under fact highlights.
pub fn decor(article: &Article, theme: &Theme, opts: &ReaderOptions) -> Vec<Highlight> {
    let mut out = Vec::new();
    if article.meta.format == Format::Markdown {
        out.extend(markdown::marks(&article.text).into_iter().map(|(r, m)| {
            let style = match m {
                Mark::Heading => theme.md_heading,
                Mark::Emphasis => theme.md_emphasis,
                Mark::Strong => theme.md_strong,
                Mark::Link => theme.md_link,
                Mark::Code => theme.md_code,
                Mark::Syntax => theme.md_syntax,
            };
            (r, style)
        }));
    }
    if opts.dim_chrome {
        out.extend(
            chrome::chrome_lines(&article.text)
                .into_iter()
                .map(|r| (r, theme.chrome)),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::load::article_from_bytes;

    fn article(name: &str, text: &str) -> Article {
        let mut a = article_from_bytes(name, text.as_bytes(), &mut Vec::new()).unwrap();
        if name.ends_with(".md") {
            a.meta.format = Format::Markdown;
        }
        a
    }

    #[test]
    fn markdown_is_styled_only_in_markdown_articles() {
        let t = Theme::default();
        let text = "# Title\n\nSome *words* here.\n";
        let md = decor(&article("a.md", text), &t, &ReaderOptions::default());
        assert!(
            md.contains(&(0..8, t.md_heading))
                || md.iter().any(|(r, s)| r.start == 0 && *s == t.md_heading),
            "{md:?}"
        );
        assert!(
            md.iter()
                .any(|(r, s)| &text[r.clone()] == "*words*" && *s == t.md_emphasis)
        );
        let txt = decor(&article("a.txt", text), &t, &ReaderOptions::default());
        assert!(txt.is_empty(), "{txt:?}");
    }

    #[test]
    fn chrome_is_dimmed_unless_turned_off() {
        let t = Theme::default();
        let text = "Quake\nListen to this article\nThe quake killed 24 people on Tuesday, officials said.\n";
        let a = article("a.txt", text);
        let on = decor(&a, &t, &ReaderOptions::default());
        assert_eq!(on.len(), 1);
        assert_eq!(&text[on[0].0.clone()], "Listen to this article");
        assert_eq!(on[0].1, t.chrome);
        let off = ReaderOptions {
            dim_chrome: false,
            ..ReaderOptions::default()
        };
        assert!(decor(&a, &t, &off).is_empty());
    }
}
