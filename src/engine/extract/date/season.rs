//! Seasons as dates: "by the summer", "last fall", "the winter of 2019".
//!
//! Seasons are the meteorological ones of the northern hemisphere (summer
//! is June to August): the months most English-language news means.

use jiff::civil::Date;

use super::calendar;
use super::{Alt, B, Ctx, num};
use crate::engine::model::{DateValue, Granularity};

/// The alternatives for the date extractor's pattern. A season needs a
/// word that makes it a time ("this summer", "in the fall", "spring
/// 2019"): "the fall of Rome" and "a hot spring" are not dates.
pub(super) fn source() -> (&'static str, String) {
    (
        "season",
        format!(
            r"{B}(?:(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|early|late|mid))(?:-|\s+)|(?P<prep>(?i:in|by|until|till|since|during|through|throughout|over|before|after))\s+(?i:the\s+)?(?:(?P<part>(?i:early|late))\s+)?)?(?P<season>(?i:spring|summer|fall|autumn|winter))(?:\s+(?:(?i:of)\s+)?(?P<y>[0-9]{{4}}){B})?{B}"
        ),
    )
}

/// First month of each season; each runs three months.
fn first_month(season: &str) -> Option<i8> {
    match season {
        "spring" => Some(3),
        "summer" => Some(6),
        "fall" | "autumn" => Some(9),
        "winter" => Some(12),
        _ => None,
    }
}

/// The season that starts in `first` of `year` (winter runs into the next
/// year), narrowed to its first or last month for "early"/"late".
fn season_span(year: i16, first: i8, part: Option<&str>) -> Option<(Date, Date)> {
    let (skip, len) = months_of_part(part);
    let (y1, m1) = calendar::shift_month(year, first, skip.into())?;
    let (y2, m2) = calendar::shift_month(y1, m1, (len - 1).into())?;
    Some((
        calendar::month_span(y1, m1)?.0,
        calendar::month_span(y2, m2)?.1,
    ))
}

/// Which of a season's three months a part covers: months skipped from
/// its first, and how many.
fn months_of_part(part: Option<&str>) -> (i8, i8) {
    match part {
        Some("early") => (0, 1),
        Some("mid") => (1, 1),
        Some("late") => (2, 1),
        _ => (0, 3),
    }
}

/// "last", "this past", "next", "this coming": the season gone by or the
/// one ahead, as its key's word.
fn direction(rel: Option<&str>) -> Option<&'static str> {
    match rel {
        Some(r) if r == "last" || r.contains("past") => Some("last"),
        Some(r) if r == "next" || r.contains("coming") => Some("next"),
        _ => None,
    }
}

pub(super) fn season(ctx: &mut Ctx, rel_patterns: &super::relative::Patterns, c: &Alt) {
    let (Some(whole), Some(name)) = (c.whole(), c.name("season")) else {
        return;
    };
    let lower = |g: &str| c.name(g).map(|m| m.as_str().to_ascii_lowercase());
    let (rel, prep, year) = (lower("rel"), lower("prep"), num::<i16>(c, "y"));
    if rel.is_none() && prep.is_none() && year.is_none() {
        return;
    }
    // "the fall of Rome", "the spring of his career"; "in Spring Valley"
    // and "the Summer Olympics" are names.
    let after = ctx.text[whole.end()..].trim_start();
    let named = after.chars().next().is_some_and(char::is_uppercase)
        && !after.starts_with(char::is_numeric);
    if year.is_none() && (after.to_ascii_lowercase().starts_with("of ") || named) {
        return;
    }
    // "The river's flow in summer", "the pass is closed in winter": a
    // season with no article, year or part after "in" is every year's,
    // no time of the story.
    let every_year = year.is_none()
        && rel.is_none()
        && c.name("part").is_none()
        && matches!(prep.as_deref(), Some("in" | "during" | "throughout"))
        && !whole
            .as_str()
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("the"));
    if every_year {
        return;
    }
    let season = name.as_str().to_ascii_lowercase();
    let Some(first) = first_month(&season) else {
        return;
    };
    let part = match rel.as_deref() {
        Some(p @ ("early" | "late" | "mid")) => Some(p.to_string()),
        _ => lower("part"),
    };
    let part = part.as_deref();
    let span = match (year, ctx.published) {
        // Winter 2019 is the one that ends early in 2019.
        (Some(y), _) if first == 12 => season_span(y - 1, first, part),
        (Some(y), _) => season_span(y, first, part),
        (None, Some(pd)) => {
            // "would stay on until a congress in the spring": a clause
            // heading into the future looks ahead, as for a weekday.
            let ahead = matches!(prep.as_deref(), Some("by" | "until" | "till" | "before"))
                || direction(rel.as_deref()) == Some("next")
                || (rel.is_none() && super::relative::future_cue(ctx, rel_patterns, whole.start()));
            let gone = matches!(prep.as_deref(), Some("since" | "after"))
                || direction(rel.as_deref()) == Some("last");
            // "This spring" in a November story is the spring of its
            // year, gone by, not the one nearer ahead.
            if rel.as_deref() == Some("this") && !ahead {
                this_years_season(pd, first, part)
            } else {
                nearest_season(pd, first, part, ahead, gone)
            }
        }
        (None, None) => None,
    };
    if year.is_some() && span.is_none() {
        return;
    }
    let v = match span {
        Some(s) => calendar::resolved(Granularity::Month, s),
        None => {
            let which = direction(rel.as_deref()).map_or(String::new(), |d| format!("{d} "));
            let named = if season == "autumn" { "fall" } else { &season };
            DateValue {
                // Winter spans the turn of the year, which a month range
                // cannot hold.
                months: (first != 12).then(|| {
                    let (skip, len) = months_of_part(part);
                    (first + skip, first + skip + len - 1)
                }),
                relative: Some(format!("{which}{}{named}", part_words(part))),
                ..calendar::partial(Granularity::Month)
            }
        }
    };
    // The span is the season's own words, not the preposition before it.
    let start = c
        .name("rel")
        .or_else(|| c.name("part"))
        .map_or(name.start(), |m| m.start());
    ctx.push(start..whole.end(), v);
}

fn part_words(part: Option<&str>) -> String {
    part.map(|p| format!("{p} ")).unwrap_or_default()
}

/// The season of `pd`'s year nearest to it, under way or not: in a
/// November story "this spring" is the one gone by, "this winter" the one
/// to come; in April "this winter" is the one just ended.
fn this_years_season(pd: Date, first: i8, part: Option<&str>) -> Option<(Date, Date)> {
    let distance = |(s, e): &(Date, Date)| {
        if pd < *s {
            calendar::days_between(pd, *s)
        } else if pd > *e {
            calendar::days_between(*e, pd)
        } else {
            0
        }
    };
    (pd.year() - 1..=pd.year())
        .filter_map(|y| season_span(y, first, part))
        .filter(|(s, e)| s.year() == pd.year() || e.year() == pd.year())
        .min_by_key(distance)
}

/// The season meant against the publication day: the one under way,
/// else the next one for a time ahead ("by the summer"), the last one for
/// a time gone ("since the spring"), otherwise the closer of the two.
fn nearest_season(
    pd: Date,
    first: i8,
    part: Option<&str>,
    ahead: bool,
    gone: bool,
) -> Option<(Date, Date)> {
    let spans: Vec<(Date, Date)> = (pd.year() - 2..=pd.year() + 1)
        .filter_map(|y| season_span(y, first, part))
        .collect();
    let under_way = spans.iter().find(|(s, e)| *s <= pd && pd <= *e);
    let next = spans.iter().find(|(s, _)| *s > pd);
    let last = spans.iter().rev().find(|(_, e)| *e < pd);
    if ahead {
        return next.copied();
    }
    if gone {
        return last.copied();
    }
    if let Some(s) = under_way {
        return Some(*s);
    }
    match (last, next) {
        (Some(l), Some(n)) => {
            let back = calendar::days_between(l.1, pd);
            let fwd = calendar::days_between(pd, n.0);
            Some(if back <= fwd { *l } else { *n })
        }
        (l, n) => l.or(n).copied(),
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use crate::engine::extract::date::{dates_compatible, extract};
    use crate::engine::model::{DateValue, DocInfo, Value};

    fn found(text: &str, published: Option<jiff::civil::Date>) -> Vec<(String, DateValue)> {
        extract(text, &DocInfo { published })
            .into_iter()
            .filter_map(|e| match e.value {
                Value::Date(v) => Some((text[e.span].to_string(), v)),
                _ => None,
            })
            .collect()
    }

    fn days(v: &DateValue) -> Option<(String, String)> {
        Some((v.start?.to_string(), v.end?.to_string()))
    }

    #[test]
    fn seasons_resolve_against_the_publication_day() {
        let pd = Some(date(2018, 4, 20));
        let cases = [
            (
                "Troops leave by the summer.",
                "summer",
                ("2018-06-01", "2018-08-31"),
            ),
            (
                "It was set last spring.",
                "last spring",
                ("2017-03-01", "2017-05-31"),
            ),
            (
                "They met last fall.",
                "last fall",
                ("2017-09-01", "2017-11-30"),
            ),
            (
                "The winter of 2019 was cold.",
                "winter of 2019",
                ("2018-12-01", "2019-02-28"),
            ),
            (
                "It opens in late summer.",
                "late summer",
                ("2018-08-01", "2018-08-31"),
            ),
            (
                "Talks resume in autumn 2020.",
                "autumn 2020",
                ("2020-09-01", "2020-11-30"),
            ),
        ];
        for (text, span, (s, e)) in cases {
            let all = found(text, pd);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
            assert_eq!(all[0].0, span, "{text}");
            assert_eq!(days(&all[0].1), Some((s.into(), e.into())), "{text}");
        }
    }

    #[test]
    fn this_season_is_the_one_of_the_page_s_year_even_when_gone_by() {
        let november = Some(date(2027, 11, 18));
        let day = |text: &str, pd| days(&found(text, pd)[0].1);
        let spring_2027 = Some(("2027-03-01".into(), "2027-05-31".into()));
        assert_eq!(
            day("They sprayed the maize this spring.", november),
            spring_2027
        );
        // Its winter is still to come, and one under way is this one.
        assert_eq!(
            day("Prices will rise this winter.", november),
            Some(("2027-12-01".into(), "2028-02-29".into()))
        );
        assert_eq!(
            day("Snow fell this winter.", Some(date(2028, 1, 20))),
            Some(("2027-12-01".into(), "2028-02-29".into()))
        );
        assert_eq!(
            day("Hives were lost this winter.", Some(date(2027, 4, 14))),
            Some(("2026-12-01".into(), "2027-02-28".into()))
        );
        // "This coming spring" still looks ahead.
        assert_eq!(
            day("They plant this coming spring.", november),
            Some(("2028-03-01".into(), "2028-05-31".into()))
        );
    }

    #[test]
    fn a_season_with_no_article_after_in_is_every_year_s_and_no_date() {
        let pd = Some(date(2027, 2, 10));
        for text in [
            "It takes 18% of the river's flow in summer, when farmers ration water.",
            "In winter, cold air settles over the valley.",
            "The pass is often closed during winter.",
        ] {
            assert!(found(text, pd).is_empty(), "{text}");
        }
        // With its article, its year or a part, a season is a time.
        for (text, span) in [
            ("The mine opens in the summer.", "summer"),
            ("The mine opens in summer 2028.", "summer 2028"),
            ("The mine opens in late summer.", "late summer"),
        ] {
            let all = found(text, pd);
            assert_eq!(all.len(), 1, "{text}");
            assert_eq!(all[0].0, span, "{text}");
        }
    }

    #[test]
    fn an_unresolved_season_keeps_its_months_and_words() {
        let all = found("Troops will leave by the summer.", None);
        let summer = &all[0].1;
        assert_eq!(summer.months, Some((6, 8)));
        assert_eq!(summer.relative.as_deref(), Some("summer"));
        let july = &found("They leave in July.", None)[0].1;
        let may = &found("They leave in May.", None)[0].1;
        assert!(dates_compatible(summer, july));
        assert!(!dates_compatible(summer, may));
        let last = &found("It was set last autumn.", None)[0].1;
        assert_eq!(last.relative.as_deref(), Some("last fall"));
    }

    #[test]
    fn season_words_in_other_senses_are_not_dates() {
        for text in [
            "The fall of Rome took centuries.",
            "They bathed in a hot spring.",
            "She trained for the Summer Olympics.",
            "The family moved to Spring Valley.",
            "Prices may fall sharply.",
            "A winter storm closed roads.",
        ] {
            assert!(found(text, Some(date(2018, 4, 20))).is_empty(), "{text}");
        }
    }
}
