//! Years for wire datelines that give none ("LONDON, Jan 7 (Reuters) —"):
//! the year that puts the day nearest the other articles' dates. A story's
//! reports are written days apart, so the nearest reading is the one meant,
//! across a new year too ("Dec 31" beside reports of January 2).

use jiff::civil::Date;

use super::Corpus;

pub(super) fn date_datelines(corpus: &mut Corpus) {
    let mut dated: Vec<Date> = corpus
        .articles
        .iter()
        .filter_map(|a| a.meta.published)
        .collect();
    dated.sort_unstable();
    let middle = dated.get(dated.len() / 2).copied();
    for a in &mut corpus.articles {
        let meta = &mut a.meta;
        let Some(day) = meta
            .dateline_day
            .as_ref()
            .filter(|_| meta.published.is_none())
        else {
            continue;
        };
        // The dateline's day is the page's own, not a fact of the story,
        // even when no other article gives it a year.
        meta.published_span = Some(day.span.clone());
        meta.published = middle.and_then(|m| nearest(m, day.month, day.day));
    }
}

/// The date with this month and day nearest `to`.
fn nearest(to: Date, month: i8, day: i8) -> Option<Date> {
    [to.year() - 1, to.year(), to.year() + 1]
        .into_iter()
        .filter_map(|y| Date::new(y, month, day).ok())
        .min_by_key(|d| (*d - to).get_days().abs())
}

#[cfg(test)]
mod tests {
    use super::nearest;
    use jiff::civil::date;

    #[test]
    fn the_nearest_year_is_taken_across_new_year() {
        assert_eq!(nearest(date(2026, 5, 5), 5, 4), Some(date(2026, 5, 4)));
        assert_eq!(nearest(date(2027, 1, 2), 12, 31), Some(date(2026, 12, 31)));
        assert_eq!(nearest(date(2026, 12, 30), 1, 2), Some(date(2027, 1, 2)));
        // No 29 February in the years around 2026.
        assert_eq!(nearest(date(2026, 5, 5), 2, 29), None);
    }
}
