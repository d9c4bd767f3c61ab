//! Moving between facts and their mentions: the `]` `[` `n` `N` `c` `C`
//! `f` `s` `a` keys, the fact panel's keys, and side-by-side mode. All of
//! it is part of [`App::update`]; every jump goes through
//! [`App::jump_to`], so the reader, the highlights and the columns agree.

use crate::engine::link::facts::Status;
use crate::tui::action::Action;
use crate::tui::app::{App, Focus, Overlay};
use crate::tui::fact_filter::FactFilterState;
use crate::tui::fact_style;
use crate::tui::layout;
use crate::tui::side_by_side::{Fit, SideBySide};

impl App {
    /// Carries out the fact actions, wherever the focus is. False when
    /// `action` is not one of them.
    pub(crate) fn update_facts(&mut self, action: Action) -> bool {
        match action {
            Action::NextMention => self.step_mention(true),
            Action::PrevMention => self.step_mention(false),
            Action::NextArticle => self.step_article(1),
            Action::PrevArticle => self.step_article(-1),
            Action::NextConflict => self.step_conflict(1),
            Action::PrevConflict => self.step_conflict(-1),
            Action::FindFact => {
                self.overlay = Overlay::FindFact(FactFilterState::new(&self.facts, &self.articles))
            }
            Action::SideBySide => self.toggle_side(),
            Action::ToggleScope => self.scope = self.scope.toggled(),
            _ => return false,
        }
        true
    }

    /// Makes mention `m` current: selects its fact, opens its article and
    /// scrolls it to the middle of the reader (and of the columns).
    pub(crate) fn jump_to(&mut self, m: usize) {
        let Some(mention) = self.facts.mention(m) else {
            return;
        };
        let (article, start) = (mention.article, mention.span.start);
        self.selected_fact = self.facts.fact_of(m);
        if self.reader.article() != Some(article) {
            self.sources.selected = article;
            self.open(article);
        }
        self.current_mention = Some(m);
        self.reader.scroll_to_byte(start);
        self.refresh_highlights();
        self.fit_side();
    }

    /// Selects fact `f` without moving the reader.
    pub(crate) fn select(&mut self, f: usize) {
        self.selected_fact = Some(f);
        if self.current_mention.and_then(|m| self.facts.fact_of(m)) != Some(f) {
            self.current_mention = None;
        }
        self.refresh_highlights();
    }

    pub(crate) fn refresh_highlights(&mut self) {
        if let Some(a) = self.reader.article() {
            let mut hl = fact_style::highlights(
                &self.facts,
                a,
                self.selected_fact,
                self.current_mention,
                &self.theme,
            );
            // Search matches go over the facts' marks: they are what the
            // user asked for last.
            if let Some(s) = &self.search {
                for (i, m) in s.matches.iter().enumerate() {
                    let style = if Some(i) == s.current {
                        self.theme.search_current
                    } else {
                        self.theme.search_match
                    };
                    hl.push((m.clone(), style));
                }
            }
            // The article's base styles (Markdown, dimmed chrome) go under
            // everything.
            let mut all = self.decor.get(a).cloned().unwrap_or_default();
            all.extend(hl);
            self.reader.set_highlights(all);
        }
    }

    /// `]` / `[`: the next or previous value or quote in the open article.
    /// Entity mentions are stepped over (they are in every sentence) unless
    /// they belong to the selected fact.
    fn step_mention(&mut self, forward: bool) {
        let Some(article) = self.reader.article() else {
            return;
        };
        let list = self.facts.mentions_in(article);
        let wanted = |m: usize| {
            self.facts
                .fact_of(m)
                .is_some_and(|f| !self.facts.is_entity(f) || Some(f) == self.selected_fact)
        };
        let start = |m: usize| self.facts.mention(m).map_or(0, |m| m.span.start);
        let here = self
            .current_mention
            .and_then(|c| list.iter().position(|&m| m == c));
        // Without a current mention, start from the top of the screen.
        let top = self
            .reader
            .wrapped()
            .lines
            .get(self.reader.top())
            .map_or(0, |l| l.range.start);
        let mut candidates = list.iter().enumerate().filter(|&(_, &m)| wanted(m));
        let target = match (here, forward) {
            (Some(p), true) => candidates.find(|&(i, _)| i > p),
            (Some(p), false) => candidates.rfind(|&(i, _)| i < p),
            (None, true) => candidates.find(|&(_, &m)| start(m) >= top),
            (None, false) => candidates.rfind(|&(_, &m)| start(m) < top),
        };
        // At an end, wrap round as vim's `wrapscan` does, and say so.
        let target = target.or_else(|| {
            let mut all = list.iter().enumerate().filter(|&(_, &m)| wanted(m));
            let wrapped = if forward { all.next() } else { all.next_back() };
            if wrapped.is_some() {
                self.note = Some(if forward {
                    "] hit BOTTOM, continuing at TOP".into()
                } else {
                    "[ hit TOP, continuing at BOTTOM".into()
                });
            }
            wrapped
        });
        match target {
            Some((_, &m)) => {
                let note = self.note.take();
                self.jump_to(m);
                self.note = note;
            }
            None => self.note = Some("no value or quote in this article".into()),
        }
    }

    /// `n` / `N`: the selected fact in the next or previous article that
    /// states it, round the corpus.
    fn step_article(&mut self, delta: isize) {
        let Some(f) = self.selected_fact else {
            self.note = Some("no fact selected: ] picks one, c a conflict".into());
            return;
        };
        let list = self.facts.articles_of(f);
        let open = self.reader.article().unwrap_or(0);
        let next = match list.iter().position(|&a| a == open) {
            Some(p) => list.get((p as isize + delta).rem_euclid(list.len() as isize) as usize),
            None if delta > 0 => list.iter().find(|&&a| a > open).or(list.first()),
            None => list.iter().rev().find(|&&a| a < open).or(list.last()),
        };
        let Some(&next) = next else {
            return;
        };
        if next == open && self.current_mention.is_some() {
            self.note = Some("no other article states this fact".into());
            return;
        }
        if let Some(m) = self.facts.first_in(f, next) {
            self.jump_to(m);
        }
    }

    /// `c` / `C`: the next or previous conflicting fact, in panel order,
    /// round the corpus.
    fn step_conflict(&mut self, delta: isize) {
        let conflicts: Vec<usize> = self
            .facts
            .order()
            .iter()
            .copied()
            .filter(|&f| self.facts.status(f) == Some(Status::Conflict))
            .collect();
        if conflicts.is_empty() {
            self.note = Some("the articles do not conflict on any fact".into());
            return;
        }
        let n = conflicts.len() as isize;
        let i = match self
            .selected_fact
            .and_then(|s| conflicts.iter().position(|&f| f == s))
        {
            Some(p) => (p as isize + delta).rem_euclid(n),
            None if delta > 0 => 0,
            None => n - 1,
        };
        let f = conflicts[i as usize];
        if let Some(m) = self.facts.landing(f, self.reader.article()) {
            self.jump_to(m);
        }
    }

    /// Keys for the fact panel when it has the focus.
    pub(crate) fn update_panel(&mut self, action: Action) {
        let rows = self.facts.rows(self.scope, self.reader.article());
        if rows.is_empty() {
            return;
        }
        let last = rows.len() as isize - 1;
        let here = self
            .selected_fact
            .and_then(|f| rows.iter().position(|&r| r == f));
        let page = 10;
        let to = |delta: isize| match here {
            Some(p) => (p as isize + delta).clamp(0, last),
            None => 0,
        };
        let row = match action {
            Action::Down => to(1),
            Action::Up => to(-1),
            Action::HalfPageDown => to(page / 2),
            Action::HalfPageUp => to(-page / 2),
            Action::PageDown => to(page),
            Action::PageUp => to(-page),
            Action::Top => 0,
            Action::Bottom => last,
            Action::Open => {
                if let Some(m) = self
                    .selected_fact
                    .and_then(|f| self.facts.landing(f, self.reader.article()))
                {
                    self.jump_to(m);
                }
                return;
            }
            _ => return,
        };
        let f = rows[row as usize];
        self.select(f);
    }

    /// Keys while the `f` popup is open.
    pub(crate) fn update_find_fact(&mut self, action: Action) {
        let Overlay::FindFact(state) = &mut self.overlay else {
            return;
        };
        match action {
            Action::Insert(c) => {
                let mut q = state.query.clone();
                q.push(c);
                state.set_query(q, &self.facts, &self.articles);
            }
            Action::DeleteChar => {
                let mut q = state.query.clone();
                q.pop();
                state.set_query(q, &self.facts, &self.articles);
            }
            Action::Down => state.move_by(1),
            Action::Up => state.move_by(-1),
            Action::Open => {
                let chosen = state.chosen();
                if let Some(m) = chosen.and_then(|f| self.facts.landing(f, self.reader.article())) {
                    self.overlay = Overlay::None;
                    self.overview = None;
                    if self.side.is_none() {
                        self.focus = Focus::Reader;
                    }
                    self.jump_to(m);
                }
            }
            Action::Close => self.overlay = Overlay::None,
            _ => {}
        }
    }

    /// `s`: into side-by-side mode for the selected fact (the first one
    /// listed if none is), or back to the single reader.
    pub(crate) fn toggle_side(&mut self) {
        if self.side.take().is_some() {
            self.focus = Focus::Reader;
            if let Some(start) = self
                .current_mention
                .and_then(|m| self.facts.mention(m))
                .map(|m| m.span.start)
            {
                self.reader.scroll_to_byte(start);
            }
            return;
        }
        let open = self.reader.article();
        let Some(f) = self
            .selected_fact
            .or_else(|| self.facts.rows(self.scope, open).first().copied())
        else {
            self.note = Some("no facts to compare".into());
            return;
        };
        let current_is_of_f = self.current_mention.and_then(|m| self.facts.fact_of(m)) == Some(f);
        self.side = Some(SideBySide::default());
        if current_is_of_f {
            self.fit_side();
        } else if let Some(m) = self.facts.landing(f, open) {
            self.jump_to(m);
        }
    }

    /// Lays the columns out again after the selection or the screen changed.
    pub(crate) fn fit_side(&mut self) {
        let (Some(side), Some(fact), Some(panes)) = (
            self.side.as_ref(),
            self.selected_fact,
            layout::panes(self.screen),
        ) else {
            return;
        };
        let fit = Fit {
            index: &self.facts,
            articles: &self.articles,
            fact,
            current: self.current_mention,
            area: panes.main,
            theme: &self.theme,
        };
        self.side = Some(SideBySide::fit(side.first, &fit));
    }

    /// Keys in side-by-side mode other than the fact actions: scrolling
    /// moves every column, focus moves between columns.
    pub(crate) fn update_side(&mut self, action: Action) {
        match action {
            Action::Help => return self.overlay = Overlay::Help { scroll: 0 },
            Action::Overview => return self.open_overview(),
            Action::Close => return self.toggle_side(),
            Action::FocusNext => return self.focus_column(1, true),
            Action::FocusPrev => return self.focus_column(-1, true),
            Action::FocusRight => return self.focus_column(1, false),
            Action::FocusLeft => return self.focus_column(-1, false),
            _ if self.update_facts(action) => return,
            _ => {}
        }
        let Some(side) = self.side.as_mut() else {
            return;
        };
        let page = side.page() as isize;
        let lines = match action {
            Action::Down => 1,
            Action::Up => -1,
            Action::HalfPageDown => (page / 2).max(1),
            Action::HalfPageUp => -(page / 2).max(1),
            Action::PageDown => page,
            Action::PageUp => -page,
            Action::Top => isize::MIN / 2,
            Action::Bottom => isize::MAX / 2,
            _ => return,
        };
        side.scroll_by(lines);
    }

    fn focus_column(&mut self, delta: isize, wrap: bool) {
        let Some(side) = self.side.as_ref() else {
            return;
        };
        let n = side.columns.len() as isize;
        if n == 0 {
            return;
        }
        let open = self.reader.article();
        let here = side
            .columns
            .iter()
            .position(|c| Some(c.article) == open)
            .unwrap_or(0) as isize;
        let i = if wrap {
            (here + delta).rem_euclid(n)
        } else {
            (here + delta).clamp(0, n - 1)
        };
        if let Some(m) = side.columns[i as usize].anchor
            && i != here
        {
            self.jump_to(m);
        }
    }
}
