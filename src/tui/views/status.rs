//! The bottom line: which pane has the keys, the selected fact, and the
//! keys worth knowing there (taken from the live keymap), as many as fit.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::engine::link::facts::Fact;
use crate::tui::action::Action;
use crate::tui::fact_style;
use crate::tui::keymap::{Context, Keymap};
use crate::tui::sanitize;
use crate::tui::search::Search;
use crate::tui::state::app::Progress;
use crate::tui::theme::Theme;

pub struct StatusView<'a> {
    /// "SOURCES", "READER", "FACTS", "SIDE BY SIDE", "FILTER", "HELP".
    pub mode: &'a str,
    pub context: Context,
    pub side_by_side: bool,
    pub fact: Option<&'a Fact>,
    /// Articles that side-by-side mode has no room for.
    pub more_columns: usize,
    /// A message about the last key, shown instead of the hints.
    pub note: Option<&'a str>,
    /// Set while the analysis runs.
    pub progress: Option<Progress>,
    /// A count or the start of a key sequence typed so far ("5", "g").
    pub typed: &'a str,
    /// The search of the article, shown as a prompt while typed.
    pub search: Option<&'a Search>,
    pub keymap: &'a Keymap,
    pub theme: &'a Theme,
}

/// Actions shown as one hint with the key of their opposite: "j/k move".
fn paired(a: Action) -> Option<Action> {
    match a {
        Action::Down => Some(Action::Up),
        Action::NextMention => Some(Action::PrevMention),
        Action::NextArticle => Some(Action::PrevArticle),
        Action::NextConflict => Some(Action::PrevConflict),
        _ => None,
    }
}

/// The hints of a context, most useful first; help and quit always show.
fn hinted(ctx: Context, side_by_side: bool) -> (&'static [Action], &'static [Action]) {
    match ctx {
        Context::SideBySide | Context::Normal if side_by_side => (
            &[
                Action::Down,
                Action::FocusNext,
                Action::NextMention,
                Action::NextArticle,
                Action::NextConflict,
                Action::SideBySide,
            ],
            &[Action::Help, Action::Close],
        ),
        Context::Normal => (
            &[
                Action::Down,
                Action::NextMention,
                Action::NextArticle,
                Action::NextConflict,
                Action::FindFact,
                Action::SideBySide,
                Action::Open,
                Action::FocusNext,
                Action::ToggleScope,
                Action::Filter,
            ],
            &[Action::Help, Action::Quit],
        ),
        Context::Overview => (
            &[
                Action::Down,
                Action::ToggleAgreeing,
                Action::ToggleOthers,
                Action::FindFact,
            ],
            &[Action::Open, Action::Help, Action::Close],
        ),
        Context::SideBySide => (&[], &[]),
        Context::Filter => (&[], &[Action::Down, Action::Open, Action::Close]),
        Context::Search => (&[], &[Action::Open, Action::Close]),
        Context::Help => (&[], &[Action::Down, Action::Close]),
    }
}

impl StatusView<'_> {
    /// "j/k move  " for an action, or nothing when it has no key.
    fn hint(&self, action: Action) -> Option<Vec<Span<'static>>> {
        let t = self.theme;
        let key = self.keymap.keys(self.context, action).first()?;
        let mut keys = key.short();
        if let Some(back) = paired(action).and_then(|b| self.keymap.keys(self.context, b).first()) {
            keys = format!("{keys}/{}", back.short());
        }
        let word = match action {
            Action::FocusNext if self.side_by_side => "column",
            Action::SideBySide if self.side_by_side => "single",
            Action::Down if self.side_by_side => "scroll",
            Action::Open if self.mode == "FACTS" => "jump",
            Action::Open if self.mode == "OVERVIEW" => "side by side",
            Action::Open if self.mode == "SEARCH" => "done",
            Action::Close if self.mode == "SEARCH" => "cancel",
            _ => action.hint(),
        };
        Some(vec![
            Span::styled(keys, t.status_key),
            Span::raw(format!(" {word}  ")),
        ])
    }
}

fn width(spans: &[Span<'_>]) -> usize {
    spans.iter().map(|s| s.content.width()).sum()
}

impl Widget for StatusView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        buf.set_style(area, t.status);
        let total = usize::from(area.width);
        if let Some(s) = self.search.filter(|s| s.typing) {
            let mut line = sanitize::label(&s.query, t.filter_query, t.control, |_| None);
            line.spans.insert(0, Span::styled("/", t.filter_query));
            line.spans.push(Span::styled(" ", t.filter_cursor));
            let found = match s.matches.len() {
                0 if s.query.is_empty() => String::new(),
                0 => "   no match".to_string(),
                n => format!("   {n} match{}", if n == 1 { "" } else { "es" }),
            };
            line.spans.push(Span::raw(found));
            sanitize::fit(line, total).style(t.status).render(area, buf);
            return;
        }
        let mut head = vec![
            Span::styled(format!(" {} ", self.mode), t.status_mode),
            Span::raw(" "),
        ];
        if let Some(p) = self.progress {
            // Every article read, the facts are still being linked across
            // them, which on a large corpus takes the longest.
            let step = match p.linked {
                Some((done, total)) if total > 0 => format!(
                    ": linking the facts of {} articles {}%",
                    p.total,
                    done.min(total) * 100 / total
                ),
                _ if p.total > 0 && p.done >= p.total => {
                    format!(": linking the facts of {} articles", p.total)
                }
                _ => format!(" {}/{} articles", p.done, p.total),
            };
            head.push(Span::styled(
                format!(" analysing{step} {}.{} s ", p.tenths / 10, p.tenths % 10),
                t.progress,
            ));
            head.push(Span::raw(" "));
        }
        if let Some(s) = self.search.filter(|s| !s.typing) {
            let at = s.current.map_or(0, |c| c + 1);
            head.push(Span::styled(
                format!("/{} {at}/{}", sanitize::plain(&s.query), s.matches.len()),
                t.status_fact,
            ));
            head.push(Span::raw("  "));
        }
        if let Some(fact) = self.fact {
            let mark = fact_style::symbol(fact.status);
            let mut label = sanitize::label(&fact.label, t.status_fact, t.control, |_| None);
            label.spans.insert(
                0,
                Span::styled(
                    format!("{mark} "),
                    t.status_fact
                        .patch(fact_style::status_style(fact.status, t)),
                ),
            );
            label.spans.push(Span::styled(
                format!(" {}", fact.status.as_str()),
                t.status_fact,
            ));
            if self.more_columns > 0 {
                label.spans.push(Span::styled(
                    format!(" +{} more", self.more_columns),
                    t.status_fact,
                ));
            }
            head.extend(sanitize::fit(label, (total * 2 / 5).max(12)).spans);
            head.push(Span::raw("  "));
        }
        let (optional, always) = hinted(self.context, self.side_by_side);
        let fixed: Vec<Span> = always
            .iter()
            .filter_map(|&a| self.hint(a))
            .flatten()
            .collect();
        let mut room = total.saturating_sub(width(&head) + width(&fixed));
        let mut spans = head;
        if let Some(note) = self.note {
            let note = sanitize::fit(Line::raw(format!("{note}  ")), room);
            room = room.saturating_sub(note.width());
            spans.extend(note.spans);
        }
        for &action in optional {
            if let Some(h) = self.hint(action)
                && width(&h) <= room
            {
                room -= width(&h);
                spans.extend(h);
            }
        }
        spans.extend(fixed);
        if self.context == Context::Filter {
            spans.push(Span::raw("type to filter"));
        }
        if !self.typed.is_empty() {
            let used: usize = width(&spans);
            let pad = total.saturating_sub(used + self.typed.width() + 1);
            spans.push(Span::raw(" ".repeat(pad)));
            spans.push(Span::styled(self.typed.to_string(), t.status_key));
        }
        Line::from(spans).style(t.status).render(area, buf);
    }
}
