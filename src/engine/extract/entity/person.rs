//! Which capitalised runs name a person: a name after a title
//! ("Secretary of State Marco Rubio") or a run of uncommon words that is
//! neither a place nor an organisation.

use super::{Scanner, is_all_caps, is_capitalised, is_connector};
use crate::engine::extract::entity::names::Tok;
use crate::engine::model::Kind;

impl Scanner<'_> {
    /// "Secretary of State Marco Rubio": the name after the last title.
    pub(super) fn titled_person(&mut self, run: &[Tok]) -> bool {
        for t in (0..run.len()).rev() {
            if !self.lex.is_title(self.w(&run[t])) {
                continue;
            }
            let mut n = t + 1;
            if n < run.len() && matches!(self.w(&run[n]), "of" | "for") {
                n += 1;
                while n < run.len() && self.lex.is_complement(self.w(&run[n])) {
                    n += 1;
                }
                if n == t + 2 {
                    return false;
                }
            }
            let rest = &run[n.min(run.len())..];
            // "Secretary of State Marco Rubio and the Colombian ..."
            let cut = rest
                .iter()
                .position(|x| matches!(self.w(x), "and" | "of" | "for" | "the"))
                .unwrap_or(rest.len());
            let (name, after) = rest.split_at(cut);
            let ok = !name.is_empty()
                && is_capitalised(self.w(&name[0]))
                && name.iter().all(|x| {
                    let w = self.w(x);
                    !self.lex.is_org_word(w) && !self.lex.is_title(w)
                })
                && name.len() <= 6
                && !self.gaz.is_place(self.slice(name))
                && !self.lex.is_known_org(self.slice(name));
            if !ok {
                return false;
            }
            let cue_start = (0..t)
                .rev()
                .take_while(|&k| {
                    let w = self.w(&run[k]);
                    self.lex.is_title(w) || self.lex.is_complement(w) || self.lex.is_common(w)
                })
                .last()
                .unwrap_or(t);
            let cue = self.text[run[cue_start].start..run[n - 1].end].to_string();
            self.push(
                name[0].start..name[name.len() - 1].end,
                Kind::Person,
                Some(cue),
            );
            if cue_start > 0 {
                self.unexplained_nonperson(&run[..cue_start]);
            }
            if after.len() > 1 {
                self.classify(&after[1..]);
            }
            return true;
        }
        false
    }

    pub(super) fn unexplained(&mut self, run: &[Tok]) {
        if self.org(run) {
            return;
        }
        // Without an organisation word, "of"/"and" join separate names:
        // "Gustavo Petro of Colombia", "Smith and Jones".
        if let Some(k) = run
            .iter()
            .position(|t| matches!(self.w(t), "of" | "for" | "the" | "and"))
        {
            self.classify(&run[..k]);
            self.classify(&run[k + 1..]);
            return;
        }
        if self.known_org_inside(run) {
            return;
        }
        if self.gaz.is_demonym(self.slice(run)) {
            return;
        }
        let covered = self.places(run, false);
        // Leading demonyms describe a person, they are not part of the name.
        let lead = run
            .iter()
            .take_while(|t| self.gaz.is_demonym(self.w(t)))
            .count();
        let name = self.trim(&run[lead..]);
        let core: Vec<&Tok> = name
            .iter()
            .filter(|t| {
                let w = self.w(t);
                let initial = w.len() <= 2 && w.ends_with('.');
                !(is_connector(w, self.lex) || initial)
            })
            .collect();
        let uncommon = core.iter().any(|t| {
            let idx = run.iter().position(|r| r.start == t.start).unwrap_or(0);
            let w = self.w(t);
            !covered[idx] && !self.lex.is_common(w) && !self.gaz.is_demonym(w)
        });
        let clean = core.iter().all(|t| {
            let w = self.w(t);
            !w.chars().any(|c| c.is_ascii_digit())
                && !is_all_caps(w)
                && !self.lex.is_title(w)
                && !self.lex.is_org_word(w)
        });
        // "Truth Social", "Plaza de Bolívar": a name that opens with an
        // ordinary word names a thing, not a person.
        let opens_common = core.first().is_some_and(|t| self.lex.is_common(self.w(t)));
        // "the California Democrat", "the Ohio Republican": a run after
        // "the" describes someone; a person's name takes no article.
        let described = !name.is_empty() && after_article(&self.text[..name[0].start]);
        if (2..=4).contains(&core.len())
            && uncommon
            && clean
            && !opens_common
            && !described
            && !name.is_empty()
        {
            let span = name[0].start..name[name.len() - 1].end;
            return self.push(span, Kind::Person, None);
        }
        self.places(run, true);
        if core.len() == 1 && !covered.iter().any(|&c| c) && uncommon && clean {
            self.pending.push(core[0].start..core[0].end);
        }
    }
}

/// Whether `before` ends with an article ("the", "a", "an", any case):
/// "a Midwestern Democrat", "a Rust Belt congressman" describe someone.
fn after_article(before: &str) -> bool {
    let head = before.trim_end();
    let word_start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &head[word_start..];
    ["the", "a", "an"]
        .iter()
        .any(|a| word.eq_ignore_ascii_case(a))
}
