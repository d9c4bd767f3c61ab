//! How facts look: a symbol and a colour per status, and the highlights
//! over their mentions in the reader.

use ratatui::style::Style;

use crate::engine::link::facts::Status;
use crate::tui::fact_index::FactIndex;
use crate::tui::reader::Highlight;
use crate::tui::theme::Theme;

/// The status's symbol, which reads without colour.
pub fn symbol(s: Status) -> &'static str {
    match s {
        Status::Conflict => "✗",
        Status::Variant => "≈",
        Status::Agree => "✓",
        Status::Single => "·",
    }
}

/// "✗ conflict".
pub fn mark(s: Status) -> String {
    format!("{} {}", symbol(s), s.as_str())
}

/// The panel's colour for a status.
pub fn status_style(s: Status, t: &Theme) -> Style {
    match s {
        Status::Conflict => t.fact_conflict,
        Status::Variant => t.fact_variant,
        Status::Agree => t.fact_agree,
        Status::Single => t.fact_single,
    }
}

fn mention_style(s: Status, t: &Theme) -> Style {
    match s {
        Status::Conflict => t.mention_conflict,
        Status::Variant => t.mention_variant,
        Status::Agree => t.mention_agree,
        Status::Single => t.mention_single,
    }
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
