//! How facts look: a symbol, a name and a colour per status, and the
//! highlights over their mentions in the reader.
//!
//! Every status is described once, in [`look`]; everything else (the
//! panel, the overview, the legend, the status bar) asks it, so a new
//! status is one new entry there.

use ratatui::style::Style;

use crate::engine::link::facts::Status;
use crate::tui::fact_index::FactIndex;
use crate::tui::reader::Highlight;
use crate::tui::theme::Theme;

/// Where a status puts a fact in the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Listed first, always.
    Disagree,
    /// Listed when agreeing facts are asked for.
    Agree,
    /// Listed with the facts stated once.
    Single,
}

/// Everything about how one status shows.
pub struct Look {
    /// Reads without colour.
    pub symbol: &'static str,
    /// For the legend: "conflict".
    pub name: &'static str,
    pub group: Group,
    pub fact: fn(&Theme) -> Style,
    pub mention: fn(&Theme) -> Style,
}

/// The statuses in the order the legend lists them.
pub const LEGEND: [Status; 5] = [
    Status::Conflict,
    Status::Unsure,
    Status::Variant,
    Status::Agree,
    Status::Single,
];

pub fn look(s: Status) -> Look {
    match s {
        Status::Conflict => Look {
            symbol: "✗",
            name: "conflict",
            group: Group::Disagree,
            fact: |t| t.fact_conflict,
            mention: |t| t.mention_conflict,
        },
        Status::Variant => Look {
            symbol: "≈",
            name: "variant",
            group: Group::Agree,
            fact: |t| t.fact_variant,
            mention: |t| t.mention_variant,
        },
        Status::Agree => Look {
            symbol: "✓",
            name: "agree",
            group: Group::Agree,
            fact: |t| t.fact_agree,
            mention: |t| t.mention_agree,
        },
        Status::Unsure => Look {
            symbol: "?",
            name: "possibly different",
            group: Group::Disagree,
            fact: |t| t.fact_unsure,
            mention: |t| t.mention_unsure,
        },
        Status::Single => Look {
            symbol: "·",
            name: "single",
            group: Group::Single,
            fact: |t| t.fact_single,
            mention: |t| t.mention_single,
        },
    }
}

/// The status's symbol, which reads without colour.
pub fn symbol(s: Status) -> &'static str {
    look(s).symbol
}

pub fn group(s: Status) -> Group {
    look(s).group
}

/// "✗ conflict".
pub fn mark(s: Status) -> String {
    let l = look(s);
    format!("{} {}", l.symbol, l.name)
}

/// "✗ conflict  ≈ variant  ✓ agree  · single".
pub fn legend() -> String {
    LEGEND.map(mark).join("  ")
}

/// "✗conflict ✓agree ·single": the statuses that `shown` holds, for
/// narrow places that list only some.
pub fn legend_compact(shown: impl Fn(Status) -> bool) -> String {
    LEGEND
        .into_iter()
        .filter(|&s| shown(s))
        .map(|s| {
            let l = look(s);
            format!("{}{}", l.symbol, l.name)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The panel's colour for a status.
pub fn status_style(s: Status, t: &Theme) -> Style {
    (look(s).fact)(t)
}

fn mention_style(s: Status, t: &Theme) -> Style {
    (look(s).mention)(t)
}

/// The highlights for one article: every mention by its fact's status, the
/// selected fact's mentions stronger, the current mention strongest.
///
/// The reader patches later highlights over earlier ones where spans
/// overlap (a name inside a quote), so the strong ones go last.
pub fn highlights(
    idx: &FactIndex,
    article: usize,
    selected: Option<usize>,
    current: Option<usize>,
    t: &Theme,
) -> Vec<Highlight> {
    let mut quiet = Vec::new();
    let mut strong = Vec::new();
    let mut strongest = Vec::new();
    for &m in idx.mentions_in(article) {
        let (Some(f), Some(mention)) = (idx.fact_of(m), idx.mention(m)) else {
            continue;
        };
        let Some(status) = idx.status(f) else {
            continue;
        };
        let span = mention.span.clone();
        let is_selected = Some(f) == selected;
        // Names recur in every paragraph; colouring each would drown the
        // values and quotes, so they stay quiet until their fact is picked.
        let base = if idx.is_entity(f) && !is_selected {
            t.mention_entity
        } else {
            mention_style(status, t)
        };
        if Some(m) == current {
            strongest.push((
                span,
                base.patch(t.mention_selected).patch(t.mention_current),
            ));
        } else if is_selected {
            strong.push((span, base.patch(t.mention_selected)));
        } else {
            quiet.push((span, base));
        }
    }
    quiet.extend(strong);
    quiet.extend(strongest);
    quiet
}
