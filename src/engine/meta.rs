//! Guessing an article's title, outlet, publication date and byline from
//! its text and file name.
//!
//! Pages put their headline and metadata at the top, mixed with captions,
//! credits and navigation left over from saving the page. Everything here
//! is a heuristic over those first lines. When a clue is ambiguous the
//! field stays empty: a missing outlet is better than an invented one.

use regex::Regex;

use super::article::{DatelineDay, Meta};

mod published;
mod text;

use text::{
    clean, clean_outlet, cut, cut_at_separator, ends_sentence, fields, first_sentence,
    is_headline_shaped, is_prose, is_title_case, limit_title, person_name, tidy_name, word_count,
};

/// Non-empty lines examined for the headline, byline and outlet.
const HEAD_LINES: usize = 20;
/// Unlabelled dates count as a publication date only this near the top;
/// further down a date is far more likely to be part of the story.
const DATE_HEAD_LINES: usize = 15;
/// Lines are cut to this many bytes before matching: anything longer is
/// body text, and a multi-megabyte line must not cost more than a short one.
const MAX_LINE_BYTES: usize = 1000;
const MAX_HEADLINE_WORDS: usize = 20;
const MAX_TITLE_CHARS: usize = 200;
/// Headline candidates this short are taken for labels when a candidate
/// of at least [`FULL_HEADLINE_WORDS`] is present.
const MAX_LABEL_WORDS: usize = 3;
const FULL_HEADLINE_WORDS: usize = 5;
/// Menu bars without separators: this many short capitalised items in a
/// row is a menu even when none is a known menu word.
const MIN_MENU_ITEMS: usize = 5;
/// Non-empty lines at the end of a text searched for a footer.
const TAIL_LINES: usize = 5;

/// Guesses metadata with freshly built patterns. To guess for many
/// articles, build one [`Guesser`] and reuse it.
pub fn guess(text: &str, id: &str) -> Meta {
    Guesser::new().guess(text, id)
}

/// The compiled patterns behind [`guess`].
pub struct Guesser {
    chrome: Regex,
    reading_time: Regex,
    meta_label: Regex,
    credit: Regex,
    dateline: Regex,
    bare_dateline: Regex,
    place_prefix: Regex,
    dates: [Regex; 4],
    /// "Jan. 7", "7 January": a day with no year, as wire datelines give it.
    yearless: Regex,
    weekday: Regex,
    time_word: Regex,
    pub_label: Regex,
    upd_label: Regex,
    by_label: Regex,
    by_for: Regex,
    outlet_label: Regex,
    copyright: Regex,
    name_cut: Regex,
    domain: Regex,
}

impl Default for Guesser {
    fn default() -> Self {
        Self::new()
    }
}

const MONTH: &str = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
/// `MONTH` again under another name, for a second alternative of one pattern.
const MONTH2: &str = r"(?P<mon2>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("built-in pattern is valid")
}

impl Guesser {
    pub fn new() -> Self {
        Guesser {
            // Whole-line navigation, sharing widgets, section names and
            // "time since" stamps that saved web pages carry.
            chrome: re(r"(?ix)^(?:
                (?:updated\s+)?(?:[0-9]+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago
              | just\s+now
              | listen(?:\s+to\s+(?:this|the)\s+(?:article|story|podcast))?[\s0-9:.]*(?:min(?:ute)?s?)?
              | (?:share|save|print|e-?mail|tweet|copy\s+link|comments?|bookmark|follow)(?:\s+(?:this|the)\s+(?:article|story|page))?(?:\s+(?:on|via)\s+\w+)?
              | [0-9]+\s+comments?
              | skip\s+to\s+(?:main\s+)?content | menu | home | search | sign\s+(?:in|up) | log\s+in
              | subscribe | newsletters? | advertisement | sponsored(?:\s+content)? | read\s+more
              | see\s+more | more(?:\s+(?:in|from|on)\s+\S+(?:\s+\S+)?)? | related(?:\s+(?:articles|stories|coverage|topics))?
              | trending | most\s+read | live | breaking(?:\s+news)? | top\s+stories | latest(?:\s+news)?
              | watch | video | close | back\s+to\s+top | published | updated | posted | discussion
              | about\s+us | contact(?:\s+us)? | (?:news|world|politics|business|opinion|sports?|tech(?:nology)?
              | science|health|culture|entertainment|lifestyle|travel|markets?|economy|local|national
              | international|weather|climate|environment|europe|asia|africa|americas|middle\s+east|u\.?s\.?|uk)(?:\s+news)?
            )[\s:.|]*$"),
            reading_time: re(r"(?i)[0-9]+\s*-?\s*min(?:ute)?s?\.?\s+read(?-u:\b)"),
            meta_label: re(
                r"(?i)^(?:date\s*:|date\s+[0-9]|dateline(?-u:\b)|published(?-u:\b)|posted(?-u:\b)|updated(?-u:\b)|last\s+(?:updated|modified)(?-u:\b)|first\s+published(?-u:\b)|modified(?-u:\b)|sources?\s*:|by\s+(?-i:\p{Lu})|(?:written|words|reporting|editing|story)\s+by(?-u:\b)|authors?\s*:|copyright(?-u:\b)|©)",
            ),
            credit: re(
                r"(?i)^(?:photo(?:graph)?s?|image|picture|pic|credit|illustration|graphic|foto)(?:\s+credit)?\s*(?:[:/|]|by(?-u:\b))|(?-u:\b)ai[- ]generated(?-u:\b)|(?-u:\b)generated\s+(?:by|with|using)\s+(?:ai|artificial\s+intelligence)(?-u:\b)|©|(?-u:\b)(?:getty\s+images|(?:ap|afp|reuters)\s+photo|via\s+reuters|shutterstock)(?-u:\b)",
            ),
            // "ERBIL (Outlet) -", "LONDON, Jan 7 (AP) –": an upper-case place,
            // optional extras, the outlet in parentheses, then a dash.
            dateline: re(
                r"^\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]*)*(?:\s*,\s*[^()\n]+?)?\s*\((?P<outlet>[^()\n]+)\)\s*[-–—:]+\s*",
            ),
            bare_dateline: re(
                r"^\p{Lu}[\p{Lu}.'’\-]+(?:\s+\p{Lu}[\p{Lu}.'’\-]*)*(?:\s*,\s*[^\n]+?)?\s+[-–—]+\s+",
            ),
            // What may precede the date in a dateline set in ordinary
            // capitals: "Drennick, " or "Halvik, Upper Varosh, ".
            place_prefix: re(
                r"^\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}(?:\s*,\s*\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}){0,2}\s*,\s*$",
            ),
            yearless: re(&format!(
                r"(?i)(?-u:\b)(?:{MONTH}\.?\s+(?P<d>[0-9]{{1,2}})|(?P<d2>[0-9]{{1,2}})\s+{MONTH2}\.?)(?-u:\b)"
            )),
            dates: [
                re(r"(?-u:\b)(?P<y>[0-9]{4})[-/](?P<m>[0-9]{1,2})[-/](?P<d>[0-9]{1,2})(?-u:\b)"),
                re(&format!(
                    r"(?i)(?-u:\b){MONTH}\.?\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>[0-9]{{4}})(?-u:\b)"
                )),
                re(&format!(
                    r"(?i)(?-u:\b)(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?,?\s+(?P<y>[0-9]{{4}})(?-u:\b)"
                )),
                re(r"(?-u:\b)(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4})(?-u:\b)"),
            ],
            weekday: re(r"(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$"),
            time_word: re(
                r"(?i)^(?:[0-9]{1,2}[:.][0-9]{2}(?:[ap]\.?m\.?)?|[0-9]{1,2}[ap]\.?m\.?|[ap]\.?m\.?|(?-i:[A-Z]{2,5})|on|at|[|•·\-–—/])$",
            ),
            pub_label: re(
                r"(?i)^(?:first\s+published|published|posted|date(?:line)?|released|issued)(?:\s+on)?\s*[:\-–—]?\s*",
            ),
            upd_label: re(
                r"(?i)^(?:last\s+updated|updated|last\s+modified|modified)(?:\s+on)?\s*[:\-–—]?\s*",
            ),
            by_label: re(
                r"(?i)^(?:(?:by|(?:written|words|reporting|story)\s+by)\s+|authors?\s*:\s*)(?P<rest>.+)$",
            ),
            by_for: re(r"(?i)\sfor\s+(?P<o>(?:the\s+)?(?-i:\p{Lu})[^,|;•·()]*)"),
            outlet_label: re(
                r"(?i)^(?:(?:published|posted|distributed)\s+by\s*:?|sources?\s*:|courtesy\s+of\s*:?)\s*(?P<o>.+)$",
            ),
            // The year comes before the name ("© 2026 The Gazette") or
            // after it ("© The Gazette 2026").
            copyright: re(
                r"(?i)^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:[0-9]{4}(?:\s*[-–]\s*[0-9]{4})?\s*,?\s*(?P<o>[^.|]+)|(?P<o2>[^0-9.|]+?)\s*,?\s*[0-9]{4}(?-u:\b))",
            ),
            name_cut: re(
                r"(?i)\s*(?:,|;|\||•|·|\(|\s[-–—]\s|\s(?:for|in|on|at|with|updated|published|posted)\s|[0-9])",
            ),
            domain: re(
                r"(?i)^(?:www\.)?(?P<d>[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9-]{1,63})*\.(?:com|org|net|news|info|co|io|tv|fm|media|press|online|uk|us|ca|au|de|fr|es|it|nl|dk|se|no|fi|ie|in|jp|br|mx|ar|za|ng|ke|eu|int)(?:\.[a-z]{2})?)$",
            ),
        }
    }

    pub fn guess(&self, text: &str, id: &str) -> Meta {
        let head: Vec<&str> = text
            .lines()
            .map(clean)
            .filter(|l| !l.is_empty())
            .take(HEAD_LINES)
            .map(|l| cut(l, MAX_LINE_BYTES))
            .collect();
        let title = self.title(text, &head).unwrap_or_else(|| id.to_string());
        let byline = self
            .byline(&head, &title)
            .or_else(|| self.tail_byline(text))
            .map(|n| tidy_name(&n));
        let outlet = self
            .outlet(text, &head)
            .or_else(|| self.masthead(&head, id, &title))
            .or_else(|| self.outlet_from_id(id));
        let (published_span, published) = self.published(text, &head).unzip();
        let dateline_day = published
            .is_none()
            .then(|| self.yearless_dateline(text, &head))
            .flatten();
        Meta {
            title,
            outlet,
            published,
            published_span,
            dateline_day,
            byline,
            ..Meta::default()
        }
    }

    // ---- title -------------------------------------------------------

    fn title(&self, text: &str, head: &[&str]) -> Option<String> {
        let n = head.len();
        let is_meta: Vec<bool> = head.iter().map(|l| self.is_metadata(l)).collect();
        let credit: Vec<bool> = (0..n).map(|i| self.is_credit(head, i)).collect();
        let caption: Vec<bool> = (0..n)
            .map(|i| i + 1 < n && credit[i + 1] && ends_sentence(head[i]))
            .collect();
        let first_prose = (0..n)
            .find(|&i| !is_meta[i] && !caption[i] && is_prose(head[i]))
            .unwrap_or(n);

        let mut candidates: Vec<(i32, &str)> = Vec::new();
        let mut rank = 0;
        for (i, line) in head.iter().enumerate() {
            if is_meta[i] || credit[i] || caption[i] || self.is_chrome(line) {
                continue;
            }
            let stripped = self.strip_dateline(line);
            if !is_headline_shaped(stripped) {
                continue;
            }
            // Position decides among equals; a headline sits above the first
            // paragraph and is often repeated where the page shows it again.
            let mut score = -rank;
            rank += 1;
            if i < first_prose {
                score += 6;
            }
            if text.match_indices(*line).nth(1).is_some() {
                score += 4;
            }
            if is_title_case(stripped) {
                score += 3;
            }
            candidates.push((score, stripped));
        }
        // A site name or section label ("Atlas Business Review", "Courts &
        // Enforcement") is short and capitalised like a headline; when a
        // full-length headline is also there, the short line is the label.
        let full = candidates
            .iter()
            .any(|(_, t)| word_count(t) >= FULL_HEADLINE_WORDS);
        let mut best: Option<(i32, &str)> = None;
        for (score, t) in candidates {
            let label = full && word_count(t) <= MAX_LABEL_WORDS;
            let score = score - if label { 10 } else { 0 };
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, t));
            }
        }
        if let Some((_, t)) = best {
            return Some(limit_title(t));
        }
        self.description(head)
            .or_else(|| {
                head.iter()
                    .enumerate()
                    .find(|&(i, l)| {
                        !is_meta[i]
                            && !credit[i]
                            && !caption[i]
                            && !self.is_chrome(l)
                            && word_count(l) >= 3
                    })
                    .map(|(_, l)| first_sentence(self.strip_any_dateline(l)))
            })
            .or_else(|| head.first().map(|l| first_sentence(l)))
            .map(|t| limit_title(&t))
            .filter(|t| !t.is_empty())
    }

    /// A summary riding on a leading "date …" metadata line, as some
    /// scrapers store it: the best stand-in when there is no headline.
    fn description(&self, head: &[&str]) -> Option<String> {
        head.iter().take(3).find_map(|l| {
            let rest = &l[self.pub_label.find(l)?.end()..];
            let rest = self.skip_weekday(rest);
            let m = self.leading_date(rest)?;
            let after = rest[m..].trim_start_matches([' ', ',', '-', '–', '—', '|', ':']);
            let after = after.trim();
            (word_count(after) >= 4).then(|| after.trim_end_matches('.').to_string())
        })
    }

    fn is_chrome(&self, line: &str) -> bool {
        if word_count(line) <= 8 && self.chrome.is_match(line) {
            return true;
        }
        if word_count(line) <= 8 && self.reading_time(line).is_some() {
            return true;
        }
        // Breadcrumbs: "Home > World > Europe".
        let parts: Vec<&str> = line
            .split(['>', '›', '»', '|', '•', '·', '/'])
            .map(str::trim)
            .collect();
        if parts.len() >= 2 && parts.iter().all(|p| !p.is_empty() && word_count(p) <= 3) {
            return true;
        }
        self.is_spaced_menu(line)
    }

    /// "Home  World  Europe  Asia  Business" or "Search   Newsletter   Log
    /// in": menu items laid out with runs of spaces. Many capitalised items,
    /// or a few that are mostly known menu words.
    fn is_spaced_menu(&self, line: &str) -> bool {
        let parts = fields(line);
        let items: Vec<&str> = parts.iter().map(|r| &line[r.clone()]).collect();
        let short_caps = items
            .iter()
            .all(|p| word_count(p) <= 3 && p.chars().next().is_some_and(|c| c.is_uppercase()));
        if items.len() < 2 || !short_caps {
            return false;
        }
        let known = items.iter().filter(|p| self.chrome.is_match(p)).count();
        items.len() >= MIN_MENU_ITEMS || known * 2 >= items.len()
    }

    /// Labelled lines are short, or carry a date right after the label;
    /// a long line that starts with "Updated" or "By" is prose.
    fn is_metadata(&self, line: &str) -> bool {
        if self.meta_label.is_match(line) {
            let dated = [&self.pub_label, &self.upd_label].iter().any(|r| {
                r.find(line)
                    .is_some_and(|m| self.labelled_date(&line[m.end()..]).is_some())
            });
            return word_count(line) <= 12 || dated;
        }
        self.date_line(line).is_some()
    }

    /// A credit line: an explicit credit form, or a short line right after
    /// a sentence-like line (the caption it credits).
    fn is_credit(&self, head: &[&str], i: usize) -> bool {
        let line = head[i];
        let words = word_count(line);
        if words <= 10 && self.credit.is_match(line) {
            return true;
        }
        i > 0
            && words <= 6
            && !ends_sentence(line)
            && word_count(head[i - 1]) >= 8
            && ends_sentence(head[i - 1])
            && !(words >= 4 && is_title_case(line))
    }

    fn strip_dateline<'a>(&self, line: &'a str) -> &'a str {
        match self.dateline_outlet(line) {
            Some((_, end)) => &line[end..],
            None => line,
        }
    }

    /// The outlet named in a dateline that opens `line`, and where the
    /// dateline ends. Real datelines are short; the length cap keeps a
    /// sentence that merely starts with a capitalised word from counting.
    fn dateline_outlet<'a>(&self, line: &'a str) -> Option<(&'a str, usize)> {
        if !line.contains('(') {
            return None;
        }
        let c = self.dateline.captures(line)?;
        let (whole, outlet) = (c.get(0)?, c.name("outlet")?);
        (whole.as_str().chars().count() <= 80 && outlet.as_str().chars().count() <= 40)
            .then_some((outlet.as_str(), whole.end()))
    }

    /// A yearless day in a wire dateline among the head lines ("KESSMAR,
    /// May 4 (Northgate Wire) —"): its span in `text`, month and day. The
    /// loader gives it a year from the corpus's dated articles.
    fn yearless_dateline(&self, text: &str, head: &[&str]) -> Option<DatelineDay> {
        head.iter().take(DATE_HEAD_LINES).find_map(|line| {
            let (_, end) = self.dateline_outlet(line)?;
            let c = self.yearless.captures(&line[..end])?;
            let (month, day) = match (c.name("mon"), c.name("mon2")) {
                (Some(m), _) => (m, c.name("d")?),
                (None, Some(m)) => (m, c.name("d2")?),
                _ => return None,
            };
            let month = text::month_number(month.as_str())?;
            let day: i8 = day.as_str().parse().ok()?;
            // Any year that has the day will do for checking it exists.
            jiff::civil::Date::new(2024, month, day).ok()?;
            let whole = c.get(0)?;
            let at = published::offset_in(text, line);
            Some(DatelineDay {
                span: at + whole.start()..at + whole.end(),
                month,
                day,
            })
        })
    }

    /// Also strips an outlet-less "WASHINGTON — ", which only prose lines
    /// get: on a short line it could be a headline's own words.
    fn strip_any_dateline<'a>(&self, line: &'a str) -> &'a str {
        let line = self.strip_dateline(line);
        if !line.contains(['-', '–', '—']) {
            return line;
        }
        match self.bare_dateline.find(line) {
            Some(m) if m.as_str().chars().count() <= 60 => &line[m.end()..],
            _ => line,
        }
    }

    // ---- outlet ------------------------------------------------------

    fn outlet(&self, text: &str, head: &[&str]) -> Option<String> {
        let from_dateline = head
            .iter()
            .find_map(|l| clean_outlet(self.dateline_outlet(l)?.0));
        let from_label = || {
            head.iter().find_map(|l| {
                if !l.contains(':') && !l.contains(" by ") && !l.contains(" By ") {
                    return None;
                }
                let o = self.outlet_label.captures(l)?.name("o")?.as_str();
                clean_outlet(cut_at_separator(o))
            })
        };
        let from_byline = || {
            head.iter().find_map(|l| {
                let rest = self.by_rest(l)?;
                if let Some(o) = self.by_for.captures(rest).and_then(|c| c.name("o")) {
                    return clean_outlet(cut_at_separator(o.as_str()));
                }
                // "By Reuters": a single name after "By" is an agency.
                let single = cut_at_separator(rest).trim();
                (word_count(l) <= 3
                    && word_count(single) == 1
                    && single.chars().next()?.is_uppercase())
                .then(|| clean_outlet(single))
                .flatten()
            })
        };
        // Only a page footer's notice: a "©" near the top is usually a
        // photo credit, naming the photographer's agency, not the outlet.
        let from_copyright = || {
            let tail = text.lines().rev().map(clean).filter(|l| !l.is_empty());
            tail.take(TAIL_LINES).find_map(|l| {
                let l = cut(l, 200);
                let lower = l.get(..4).unwrap_or(l).to_ascii_lowercase();
                if !l.contains('©') && !lower.starts_with("(c") && lower != "copy" {
                    return None;
                }
                let c = self.copyright.captures(l)?;
                let o = c.name("o").or_else(|| c.name("o2"))?.as_str();
                let o = o.split(" All rights").next().unwrap_or(o);
                clean_outlet(cut_at_separator(o))
            })
        };
        from_dateline
            .or_else(from_label)
            .or_else(from_byline)
            .or_else(from_copyright)
    }

    /// A site name heading the page ("WorldPulse", "Kestova Today |
    /// English edition"). A short capitalised first line could as well be
    /// a headline or a section, so it counts only when confirmed: a menu
    /// bar right under it, or a file named after it.
    fn masthead(&self, head: &[&str], id: &str, title: &str) -> Option<String> {
        let first = *head.first()?;
        let name = cut_at_separator(first);
        let site_like = (1..=4).contains(&word_count(name))
            && name.split_whitespace().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
            })
            && !name.contains(['!', '?', ':', ';', '"', '“'])
            && !name.ends_with('.');
        if !site_like || name == title || self.chrome.is_match(name) || self.is_metadata(name) {
            return None;
        }
        let menu_below = head.get(1).is_some_and(|l| {
            let items = fields(l).len().max(l.split(['>', '›', '»', '/']).count());
            items >= 3 && self.is_chrome(l)
        });
        let squash = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        let key = squash(name);
        let named_file = key.chars().count() >= 4 && squash(id).contains(&key);
        (menu_below || named_file)
            .then(|| clean_outlet(name))
            .flatten()
    }

    /// A file named after a site ("bbc.co.uk.txt", "reuters.com_quake.txt").
    /// Bare words like "reuters_quake" stay unused: too easy to misread.
    fn outlet_from_id(&self, id: &str) -> Option<String> {
        let first = id.split(['_', ' ']).next()?;
        if !first.contains('.') {
            return None;
        }
        let d = self.domain.captures(first)?.name("d")?.as_str();
        Some(d.to_ascii_lowercase())
    }

    /// What follows "By", "Written by" or "Author:" at the start of a line.
    fn by_rest<'a>(&self, line: &'a str) -> Option<&'a str> {
        let first = line.as_bytes().first()?.to_ascii_lowercase();
        if !b"bwrsa".contains(&first) {
            return None;
        }
        Some(self.by_label.captures(line)?.name("rest")?.as_str())
    }

    /// "3 min read", glued to a name or not.
    fn reading_time<'a>(&self, line: &'a str) -> Option<regex::Match<'a>> {
        let has_min = line
            .as_bytes()
            .windows(3)
            .any(|w| w.eq_ignore_ascii_case(b"min"));
        if !has_min {
            return None;
        }
        self.reading_time.find(line)
    }

    // ---- byline ------------------------------------------------------

    /// Wire copy credits its reporter at the end: "(Reporting by Jane Doe;
    /// Editing by John Roe)". Only the explicit "reporting/written by" form
    /// counts there; a bare "By …" at the bottom is usually prose.
    fn tail_byline(&self, text: &str) -> Option<String> {
        let tail = text.lines().rev().map(clean).filter(|l| !l.is_empty());
        tail.take(TAIL_LINES).find_map(|l| {
            let l = cut(l, 200).trim_start_matches(['(', '[']);
            let lower = l.get(..8)?.to_ascii_lowercase();
            if !matches!(lower.as_str(), "reportin" | "written " | "writing ") {
                return None;
            }
            let rest = self.by_label.captures(l)?.name("rest")?.as_str();
            let rest = rest.trim_end_matches([')', ']', '.']);
            let cut_at = self.name_cut.find(rest).map_or(rest.len(), |m| m.start());
            person_name(&rest[..cut_at])
        })
    }

    fn byline(&self, head: &[&str], title: &str) -> Option<String> {
        for (i, line) in head.iter().enumerate() {
            if let Some(rest) = self.by_rest(line) {
                let cut_at = self.name_cut.find(rest).map_or(rest.len(), |m| m.start());
                if let Some(name) = person_name(&rest[..cut_at]) {
                    return Some(name);
                }
                continue;
            }
            // "Jane Doe3 min read", or a name line followed by "3 min read".
            if let Some(m) = self.reading_time(line) {
                if let Some(name) = person_name(&line[..m.start()]) {
                    return Some(name);
                }
            } else if head
                .get(i + 1)
                .and_then(|next| self.reading_time(next))
                .is_some_and(|m| m.start() == 0)
                && let Some(name) = person_name(line)
            {
                return Some(name);
            }
            // "Jane Doe, Reuters": a two- or three-word name and a short tag.
            if *line != title
                && let Some((name, tag)) = line.split_once(", ")
                && (2..=3).contains(&word_count(name))
                && (1..=3).contains(&word_count(tag))
                && tag.chars().next().is_some_and(char::is_uppercase)
                && self.find_date(tag).is_none()
                && let Some(name) = person_name(name)
            {
                return Some(name);
            }
        }
        None
    }
}
