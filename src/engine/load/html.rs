//! Web pages: the article is extracted the way browser reader modes do
//! (`dom_smoothie`, a port of Mozilla's Readability), so navigation, ads,
//! cookie banners, related-story lists and footers stay out of the text.
//!
//! The article's text is the extracted body, not the page's bytes:
//! offsets into markup would mean nothing to a reader.

use dom_smoothie::{Config, Readability, TextMode};
use jiff::civil::Date;

use super::{LoadNote, decode_text, is_blank};
use crate::engine::article::{Article, Format, Meta, OffsetMap};
use crate::engine::meta::Guesser;

/// The article in an HTML page, or a note saying why there is none.
/// `url` is where the page came from, to resolve its relative links.
pub fn article(
    guesser: &Guesser,
    path: &str,
    id: &str,
    bytes: &[u8],
    url: Option<&str>,
    notes: &mut Vec<LoadNote>,
) -> Option<Article> {
    let (html, _) = decode_text(path, bytes, notes)?;
    if is_blank(&html) {
        notes.push(LoadNote::info(path, "empty page, skipped"));
        return None;
    }
    let page = match extract(&html, url) {
        Ok(page) => page,
        Err(why) => {
            notes.push(LoadNote::warning(path, why));
            return None;
        }
    };
    let text = with_headline(&page.title, &tidy(&page.text));
    if is_blank(&text) {
        let why = "no article text found in the page, skipped";
        notes.push(LoadNote::warning(path, why));
        return None;
    }
    let guessed = guesser.guess(&text, id);
    let published = page.published.as_deref().and_then(date_of);
    let meta = Meta {
        title: page
            .title
            .clone()
            .filter(|t| !t.is_empty())
            .unwrap_or(guessed.title),
        outlet: page.site_name.or(guessed.outlet),
        // A date from the page's metadata has no span in the text.
        published_span: if published.is_some() {
            None
        } else {
            guessed.published_span
        },
        dateline_day: if published.is_some() {
            None
        } else {
            guessed.dateline_day
        },
        published: published.or(guessed.published),
        byline: page.byline.or(guessed.byline),
        format: Format::Html,
        url: url.map(str::to_string),
    };
    Some(Article {
        id: id.to_string(),
        path: path.to_string(),
        text,
        meta,
        offsets: OffsetMap::identity(),
    })
}

/// Elements that are never the article, by the class or id pages name
/// them with.
const BOILERPLATE: &str = "[class*=cookie], [id*=cookie], [class*=consent], [id*=consent], \
[class*=gdpr], [class*=newsletter], [id*=newsletter], [class*=share-], [class*=social-], \
[class*=related], [id*=related], [class*=promo], [class*=advert], [id*=advert], \
[class*=paywall], [aria-label*=cookie i], nav, footer, aside, form, button";

/// What readability found in a page.
struct Page {
    title: Option<String>,
    byline: Option<String>,
    site_name: Option<String>,
    published: Option<String>,
    text: String,
}

fn extract(html: &str, url: Option<&str>) -> Result<Page, String> {
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    // A page address readability cannot use only costs relative links.
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut r = Readability::new(html, url, Some(cfg.clone()))
        .or_else(|_| Readability::new(html, None, Some(cfg)))
        .map_err(|e| format!("cannot read the page: {e}"))?;
    // Readability keeps what looks like content; consent banners and
    // share or newsletter boxes often do, so they go first, by the names
    // pages give them.
    r.doc.select(BOILERPLATE).remove();
    let a = r
        .parse()
        .map_err(|e| format!("no article found in the page ({e}), skipped"))?;
    let nonempty = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Ok(Page {
        title: nonempty(Some(a.title)),
        byline: nonempty(a.byline),
        site_name: nonempty(a.site_name),
        published: nonempty(a.published_time),
        text: a.text_content.to_string(),
    })
}

/// The extracted text with each line trimmed and runs of blank lines cut
/// to one, so paragraphs read as in a plain-text article.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = true;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !blank {
                out.push('\n');
            }
            blank = true;
            continue;
        }
        out.push_str(line);
        out.push('\n');
        blank = false;
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Readability leaves the headline out of the body; a reader expects it
/// on top, as in a saved plain-text article.
fn with_headline(title: &Option<String>, body: &str) -> String {
    match title {
        Some(t) if !body.trim().is_empty() && !body.trim_start().starts_with(t.as_str()) => {
            format!("{t}\n\n{body}")
        }
        _ => body.to_string(),
    }
}

/// The calendar day of a metadata timestamp ("2026-01-10T08:00:00Z",
/// "2026-01-10").
fn date_of(stamp: &str) -> Option<Date> {
    stamp.trim().get(..10)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_give_their_day() {
        assert_eq!(
            date_of("2026-01-10T08:00:00Z"),
            Some(jiff::civil::date(2026, 1, 10))
        );
        assert_eq!(date_of("2026-01-10"), Some(jiff::civil::date(2026, 1, 10)));
        assert_eq!(date_of("yesterday"), None);
    }

    #[test]
    fn tidy_keeps_one_blank_line_between_paragraphs() {
        assert_eq!(tidy("  a \n\n\n\n b\n\n"), "a\n\nb\n");
    }
}
