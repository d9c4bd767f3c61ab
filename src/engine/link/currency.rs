//! Sums stated in different currencies, compared through the shipped
//! yearly exchange rates (`engine::fx`). Each money mention's amount in
//! euros at its article's year is worked out once, when the corpus is
//! prepared, so a pair test only compares two intervals; and each value of
//! a fact that mixes currencies is converted to the fact's first currency
//! for the reader.

use super::facts::Mention;
use crate::engine::article::Article;
use crate::engine::fx::Rates;
use crate::engine::model::{Interval, Kind, Value};

/// How far two sums may differ once converted and still agree, as a
/// fraction of the larger. The table holds yearly averages while an outlet
/// converts at the day's rate, which for the euro, the dollar and the pound
/// strays a few percent from the year's mean; the outlet then rounds its
/// converted figure ("$3.3 million"). Five percent covers both, and a sum a
/// tenth or more off still clashes.
pub const RATE_TOLERANCE: f64 = 0.05;

/// Where the rates come from, as the reader is told.
pub const RATE_SOURCE: &str = "ECB yearly average";

/// How telling an agreement after conversion is (see
/// `features::specificity`): within the rate tolerance, so no closer than
/// a rounded figure's agreement, below an exact match in one currency.
pub const CONVERTED_SPECIFICITY: f32 = 0.4;

/// Why a year's rates were used for an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearBasis {
    /// The article's publication year.
    Published,
    /// The article has no date; the year most of the corpus was published.
    Story,
    /// Nothing is dated; the latest year of the table.
    Latest,
}

impl YearBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            YearBasis::Published => "published",
            YearBasis::Story => "story",
            YearBasis::Latest => "latest",
        }
    }
}

/// The year whose rates an article's sums are converted at, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateYear {
    pub year: i16,
    pub basis: YearBasis,
}

/// Each article's rate year: its publication year, else the story's year,
/// else the latest year the table has.
pub fn rate_years(articles: &[Article], story_year: Option<i16>, rates: &Rates) -> Vec<RateYear> {
    articles
        .iter()
        .map(|a| match (a.meta.published, story_year) {
            (Some(p), _) => RateYear {
                year: p.year(),
                basis: YearBasis::Published,
            },
            (None, Some(year)) => RateYear {
                year,
                basis: YearBasis::Story,
            },
            (None, None) => RateYear {
                year: *rates.years().end(),
                basis: YearBasis::Latest,
            },
        })
        .collect()
}

/// A sum's amount in euros at `at`'s rates; `None` for other values and
/// for currencies the table does not know.
pub fn in_euros(v: &Value, at: RateYear, rates: &Rates) -> Option<Interval> {
    let Value::Money { amount, currency } = v else {
        return None;
    };
    let c = rates.conversion(1.0, currency, "EUR", at.year)?;
    let euros = amount.scale(c.rate);
    // A year the table lacks (this year's news, before its average is
    // published) is converted at the nearest year's rates, which the
    // year's own may have drifted from.
    let off = (i32::from(c.requested_year) - i32::from(c.year)).unsigned_abs();
    if off == 0 || currency == "EUR" {
        return Some(euros);
    }
    let k = 1.0 + (DRIFT_PER_YEAR * f64::from(off)).min(DRIFT_MAX);
    Some(Interval {
        lo: (euros.lo / k).min(euros.lo * k),
        hi: (euros.hi * k).max(euros.hi / k),
        ..euros
    })
}

/// Sums in a currency the table lacks, put in euros at the rate the
/// corpus itself states: "14.4 billion kolars ($2.1 billion)" says what a
/// kolar is worth, and every kolar sum then compares with sums in other
/// currencies. `restated` holds the pairs of mentions where one value
/// restates the other in brackets. Each restatement bounds the rate (its
/// rounding, the table's drift); a currency whose restatements bound it
/// to no common rate keeps none.
pub fn fill_implied(
    values: &[Value],
    restated: &std::collections::HashSet<(usize, usize)>,
    eur: &mut [Option<Interval>],
) {
    let mut per_unit: std::collections::BTreeMap<&str, Option<(f64, f64)>> = Default::default();
    let mut pairs: Vec<&(usize, usize)> = restated.iter().collect();
    pairs.sort_unstable();
    for &(i, j) in pairs {
        for (unknown, known) in [(i, j), (j, i)] {
            let (Value::Money { amount, currency }, None, Some(e)) =
                (&values[unknown], &eur[unknown], &eur[known])
            else {
                continue;
            };
            if !(amount.lo > 0.0 && amount.hi.is_finite() && e.lo > 0.0 && e.hi.is_finite()) {
                continue;
            }
            let rate = (e.lo / amount.hi, e.hi / amount.lo);
            per_unit
                .entry(currency)
                .and_modify(|r| {
                    *r = r
                        .map(|(lo, hi)| (lo.max(rate.0), hi.min(rate.1)))
                        .filter(|(lo, hi)| lo <= hi)
                })
                .or_insert(Some(rate));
        }
    }
    for (v, e) in values.iter().zip(eur.iter_mut()) {
        if let (Value::Money { amount, currency }, None) = (v, &e)
            && let Some(&Some((lo, hi))) = per_unit.get(currency.as_str())
        {
            *e = Some(Interval {
                lo: amount.lo * lo,
                hi: amount.hi * hi,
                ..*amount
            });
        }
    }
}

/// How far a yearly average rate moves from one year to the next: in the
/// table's own rows for 2015-2026 the euro's average against the dollar,
/// the pound, the yen, the franc and the yuan moved by under 5% in most
/// years and by 10-17% in a few. Six percent a year, to a fifth at most,
/// covers the usual years without making every sum agree.
const DRIFT_PER_YEAR: f64 = 0.06;
const DRIFT_MAX: f64 = 0.2;

/// Whether two sums in euros agree within [`RATE_TOLERANCE`].
pub fn agree(x: &Interval, y: &Interval) -> bool {
    widened(x).overlaps(y)
}

/// `i` with each bound moved outwards by the rate tolerance. Stretching
/// one side by a factor (rather than both by half) keeps the test
/// symmetric: `a` within 5% of `b` exactly when `b` is within 5% of `a`.
fn widened(i: &Interval) -> Interval {
    let k = 1.0 + RATE_TOLERANCE;
    Interval {
        lo: (i.lo / k).min(i.lo * k),
        hi: (i.hi * k).max(i.hi / k),
        ..*i
    }
}

/// Two sums in different currencies: they can agree only after conversion.
pub fn converted(a: &Value, b: &Value) -> bool {
    matches!(
        (a, b),
        (Value::Money { currency: c, .. }, Value::Money { currency: d, .. }) if c != d
    )
}

/// A sum in the currency of its fact's first mention, for the reader.
#[derive(Clone, Debug, PartialEq)]
pub struct Converted {
    pub currency: String,
    pub amount: Interval,
    /// The year whose average rate was used.
    pub year: i16,
    /// The article's rate year; differs from `year` when the table lacks
    /// a rate that year.
    pub requested_year: i16,
    pub basis: YearBasis,
}

impl Converted {
    pub fn value(&self) -> Value {
        Value::Money {
            amount: self.amount,
            currency: self.currency.clone(),
        }
    }

    /// "2019 ECB yearly average", and why that year when it is not the
    /// article's publication year.
    pub fn note(&self) -> String {
        let mut note = format!("{} {RATE_SOURCE}", self.year);
        if self.year != self.requested_year {
            note.push_str(&format!(", nearest to {}", self.requested_year));
        }
        note.push_str(match self.basis {
            YearBasis::Published => "",
            YearBasis::Story => ", the story's year: article undated",
            YearBasis::Latest => ", the table's latest: nothing dated",
        });
        note
    }
}

/// For every mention, its value converted to its fact's first currency
/// when the fact mixes currencies; `None` for all others. `groups` are the
/// facts' mentions, each in reading order.
pub fn conversions(
    mentions: &[Mention],
    groups: &[Vec<usize>],
    years: &[RateYear],
    rates: &Rates,
) -> Vec<Option<Converted>> {
    let mut out = vec![None; mentions.len()];
    for g in groups {
        let Some(Value::Money { currency: to, .. }) = g.first().map(|&m| &mentions[m].value) else {
            continue;
        };
        for &m in g {
            let mention = &mentions[m];
            let Value::Money { amount, currency } = &mention.value else {
                continue;
            };
            if currency == to || mention.kind != Kind::Money {
                continue;
            }
            let Some(at) = years.get(mention.article) else {
                continue;
            };
            out[m] = rates
                .conversion(1.0, currency, to, at.year)
                .map(|c| Converted {
                    currency: to.clone(),
                    amount: amount.scale(c.rate),
                    year: c.year,
                    requested_year: c.requested_year,
                    basis: at.basis,
                });
        }
    }
    out
}

#[cfg(test)]
mod tests;
