//! The fact panel, right of the reader: the facts of the open article (or
//! of the whole corpus), and for the selected fact every article's value.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::engine::article::Article;
use crate::engine::describe;
use crate::engine::model::Kind;
use crate::tui::fact_index::{FactIndex, Scope};
use crate::tui::fact_style;
use crate::tui::layout;
use crate::tui::quote_diff;
use crate::tui::sanitize;
use crate::tui::theme::Theme;

/// Longest quote version shown, in words: a bound on the diff's work.
const MAX_QUOTE_WORDS: usize = 200;

pub struct FactsPanelView<'a> {
    pub index: &'a FactIndex,
    pub scope: Scope,
    pub open: Option<usize>,
    pub selected: Option<usize>,
    /// The selected fact's lines, made when it was selected.
    pub detail: &'a [Line<'static>],
    /// Set while the analysis runs.
    pub analysing: bool,
    pub theme: &'a Theme,
    pub focused: bool,
}

/// Rows of the panel's list, the rest going to the selected fact's detail:
/// the detail is what a selection is for, but the list keeps a third of
/// the pane so the selection stays in sight.
pub fn list_height(rows: usize, detail: &[Line<'_>], width: usize, height: usize) -> usize {
    if detail.is_empty() {
        return height;
    }
    let wanted = wrapped_height(detail, width) + 1;
    height
        .saturating_sub(wanted)
        .max(rows.min(height / 3))
        .min(rows)
        .max(1)
        .min(height)
}

/// The first row of the list on screen: just far enough down that the
/// selection shows.
pub fn first_row(rows: &[usize], selected: Option<usize>, list_height: usize) -> usize {
    selected
        .and_then(|f| rows.iter().position(|&r| r == f))
        .map_or(0, |r| (r + 1).saturating_sub(list_height))
}

impl Widget for FactsPanelView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let rows = self.index.rows(self.scope, self.open);
        let title = match self.scope {
            Scope::Article => format!("Facts here ({})", rows.len()),
            Scope::All => format!("All facts ({})", rows.len()),
        };
        let border = if self.focused {
            t.border_focused
        } else {
            t.border
        };
        let room = area.width.saturating_sub(2).into();
        let title = sanitize::fit(Line::styled(title, t.pane_title), room);
        let mut block = Block::bordered().border_style(border).title(title);
        // The legend in the bottom border: every status where it fits, else
        // those listed.
        let listed = |s| rows.iter().any(|&f| self.index.status(f) == Some(s));
        let legend = [
            format!(" {} ", fact_style::legend()),
            fact_style::legend_compact(|_| true),
            fact_style::legend_compact(listed),
        ]
        .into_iter()
        .find(|l| !l.is_empty() && l.width() <= room);
        if let Some(legend) = legend {
            block = block.title_bottom(Line::styled(legend, t.position));
        }
        block.render(area, buf);
        let inner = layout::text_area(area);
        if inner.area() == 0 {
            return;
        }
        let width = usize::from(inner.width);
        let h = usize::from(inner.height);
        let detail = self.detail;
        let list_h = list_height(rows.len(), detail, width, h);
        let list = Rect {
            height: list_h as u16,
            ..inner
        };
        if rows.is_empty() {
            let note = match (self.analysing, self.scope) {
                (true, _) => "Finding the facts…",
                (false, Scope::Article) => "No facts found in this article.",
                (false, Scope::All) => "No facts found.",
            };
            Paragraph::new(Line::styled(note, t.fact_silent))
                .wrap(Wrap { trim: true })
                .render(list, buf);
        }
        let first = first_row(rows, self.selected, list_h);
        for (y, &f) in (list.top()..list.bottom()).zip(rows.iter().skip(first)) {
            let row = Rect {
                y,
                height: 1,
                ..list
            };
            let selected = Some(f) == self.selected;
            let base = if selected {
                t.fact_selected
            } else {
                Style::default()
            };
            buf.set_style(row, base);
            fact_row(self.index, f, selected, width, t)
                .patch_style(base)
                .render(row, buf);
        }
        if detail.is_empty() || list_h + 1 >= h {
            return;
        }
        let rule_y = list.bottom();
        buf.set_string(inner.x, rule_y, "─".repeat(width), t.border);
        let detail_area = Rect {
            y: rule_y + 1,
            height: (h - list_h - 1) as u16,
            ..inner
        };
        Paragraph::new(detail.to_vec())
            .wrap(Wrap { trim: false })
            .render(detail_area, buf);
    }
}

/// "›✗ call · length  15 min · 1 h": a cursor mark on the selected row,
/// the status symbol, the label, and the fact's values, so rows with one
/// label can be told apart.
fn fact_row<'a>(idx: &FactIndex, f: usize, selected: bool, width: usize, t: &Theme) -> Line<'a> {
    let Some(fact) = idx.fact(f) else {
        return Line::default();
    };
    let label_style = if fact.kind.is_entity() {
        t.fact_entity
    } else {
        Style::default()
    };
    let mut line = sanitize::label(&fact.label, label_style, t.control, |_| None);
    line.spans.insert(
        0,
        Span::styled(
            format!("{} ", fact_style::symbol(fact.status)),
            fact_style::status_style(fact.status, t),
        ),
    );
    line.spans
        .insert(0, Span::styled(if selected { "›" } else { " " }, t.cursor));
    if !fact.kind.is_entity() {
        let values: Vec<String> = idx
            .values_of(f)
            .iter()
            .map(|(v, _)| sanitize::plain(v))
            .collect();
        line.spans.push(Span::styled(
            format!("  {}", values.join(" · ")),
            t.fact_written,
        ));
    }
    sanitize::fit(line, width)
}

/// Rows a paragraph of these lines takes at `width`, about (word wrapping
/// may take a row more here and there).
fn wrapped_height(lines: &[Line<'_>], width: usize) -> usize {
    lines
        .iter()
        .map(|l| l.width().div_ceil(width.max(1)).max(1))
        .sum()
}

/// Fills lines of `width` cells with `words`, one space apart, each line
/// indented by `indent` (less when the pane is too narrow for it). A word
/// wider than a line gets a line of its own and is cut when drawn.
fn wrap_words(words: Vec<(String, Style)>, width: usize, indent: usize) -> Vec<Line<'static>> {
    let indent = indent.min(width / 4);
    let mut out = Vec::new();
    let mut line: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for (word, style) in words {
        let w = word.width();
        if used > indent && used + 1 + w > width {
            out.push(Line::from(std::mem::take(&mut line)));
            used = 0;
        }
        if used == 0 {
            line.push(Span::raw(" ".repeat(indent)));
            used = indent;
        } else {
            line.push(Span::raw(" "));
            used += 1;
        }
        line.push(Span::styled(word, style));
        used += w;
    }
    if !line.is_empty() {
        out.push(Line::from(line));
    }
    out
}

/// "001" for numbered files (the seeds'), else the whole id (the file
/// name without its extension).
pub fn short_id(a: &Article) -> String {
    let digits: String = a.id.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        sanitize::plain(&a.id)
    } else {
        digits
    }
}

/// What an article is called where room is short: its outlet, else its
/// short id.
pub fn outlet_or_id(a: &Article) -> String {
    match &a.meta.outlet {
        Some(o) => sanitize::plain(o),
        None => short_id(a),
    }
}

/// The article's outlet (or title) cut to `width` cells, padded.
fn source_name(a: &Article, width: usize) -> String {
    let name = a.meta.outlet.as_deref().unwrap_or(&a.meta.title);
    let line = sanitize::fit(Line::raw(sanitize::plain(name)), width);
    let s: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    format!("{s:<width$}")
}

/// A mention's text as written, on one line and safe to draw.
pub fn written(a: &Article, span: std::ops::Range<usize>, max_words: usize) -> String {
    let text = a.text.get(span).unwrap_or("");
    let mut words: Vec<&str> = text.split_whitespace().collect();
    let cut = words.len() > max_words;
    words.truncate(max_words);
    let mut s = sanitize::plain(&words.join(" "));
    if cut {
        s.push_str(" …");
    }
    s
}

/// What the panel shows under the list for fact `f`: a heading, then each
/// article's value(s) normalised and as written, then the silent articles.
/// For quotes, each version as a word diff against the first.
pub fn detail_lines(
    idx: &FactIndex,
    articles: &[Article],
    f: usize,
    width: usize,
    t: &Theme,
) -> Vec<Line<'static>> {
    let Some(fact) = idx.fact(f) else {
        return Vec::new();
    };
    let stating = idx.articles_of(f);
    let mut out = vec![
        Line::from(vec![
            Span::styled(sanitize::plain(&fact.label), t.fact_heading),
            Span::raw("  "),
            Span::styled(
                fact_style::mark(fact.status),
                fact_style::status_style(fact.status, t),
            ),
        ]),
        Line::styled(
            format!(
                "{} · stated in {} of {}",
                fact.kind.as_str(),
                stating.len(),
                articles.len()
            ),
            t.fact_written,
        ),
    ];
    let name_w = (width / 2).clamp(4, 28);
    let mut reference: Option<String> = None;
    for &ai in stating {
        let Some(a) = articles.get(ai) else { continue };
        let prefix = format!("{} {}", short_id(a), source_name(a, name_w));
        // Mentions with the same value (or, for quotes, the same words)
        // are one line with a count, and a sum in another currency than
        // the fact's first with its conversion.
        let mut groups: Vec<(String, Vec<String>, usize, Option<String>)> = Vec::new();
        // The fact's mentions are sorted by article: this one's are a run.
        let all = idx.mentions_of(f);
        let from = all.partition_point(|&m| idx.mention(m).is_some_and(|m| m.article < ai));
        for &m in &all[from..] {
            let Some(mention) = idx.mention(m) else {
                continue;
            };
            if mention.article != ai {
                break;
            }
            let as_written = written(a, mention.span.clone(), MAX_QUOTE_WORDS);
            let value = if fact.kind == Kind::Quote {
                as_written.clone()
            } else {
                describe::value_as_written(&mention.value, &as_written)
            };
            match groups.iter_mut().find(|g| g.0 == value) {
                Some(g) => {
                    g.2 += 1;
                    if !g.1.contains(&as_written) {
                        g.1.push(as_written);
                    }
                }
                None => {
                    let converted = idx.set().converted(m).map(describe::conversion);
                    groups.push((value, vec![as_written], 1, converted));
                }
            }
        }
        if fact.kind == Kind::Quote {
            out.push(Line::styled(prefix, t.fact_article));
            for (version, _, n, _) in groups {
                let reference = reference.get_or_insert_with(|| version.clone());
                let diff = quote_diff::diff(reference, &version);
                let mut words = quote_diff::styled(&diff, Style::default(), t);
                if n > 1 {
                    words.push((format!("(×{n})"), t.fact_written));
                }
                out.extend(wrap_words(words, width, 2));
            }
            continue;
        }
        let blank = " ".repeat(prefix.width());
        for (k, (value, forms, n, converted)) in groups.into_iter().enumerate() {
            let lead = if k == 0 {
                prefix.clone()
            } else {
                blank.clone()
            };
            let mut spans = vec![
                Span::styled(lead, t.fact_article),
                Span::raw(" "),
                Span::styled(sanitize::plain(&value), t.fact_heading),
            ];
            if n > 1 {
                spans.push(Span::styled(format!(" (×{n})"), t.fact_written));
            }
            let forms: Vec<String> = forms
                .into_iter()
                .filter(|w| *w != value)
                .map(|w| format!("“{w}”"))
                .collect();
            let joined = forms.join(" ");
            let mut line = Line::from(spans);
            let fits = !joined.is_empty() && line.width() + 1 + joined.width() <= width;
            if fits {
                line.spans
                    .push(Span::styled(format!(" {joined}"), t.fact_written));
            }
            out.push(line);
            // Else each form as written goes under the value, so that
            // neither is broken up; a conversion always does.
            let indent = (prefix.width() + 1).min(width / 3);
            let forms = if fits { Vec::new() } else { forms };
            for text in forms.into_iter().chain(converted) {
                let words = text
                    .split(' ')
                    .map(|w| (w.to_string(), t.fact_written))
                    .collect();
                out.extend(wrap_words(words, width, indent));
            }
        }
    }
    let mut states = vec![false; articles.len()];
    for &a in stating {
        if let Some(s) = states.get_mut(a) {
            *s = true;
        }
    }
    let silent: Vec<String> = (0..articles.len())
        .filter(|&a| !states[a])
        .map(|a| short_id(&articles[a]))
        .collect();
    if !silent.is_empty() {
        out.push(Line::from(vec![
            Span::styled(silent.join(", "), t.fact_article),
            Span::styled("  — silent", t.fact_silent),
        ]));
    }
    out
}
