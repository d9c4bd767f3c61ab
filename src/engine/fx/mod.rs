//! Yearly average exchange rates, so sums stated in different currencies can
//! be compared. The table (`assets/fx/yearly.csv`, written by
//! `tools/gen_fx.py`) holds the European Central Bank's euro reference
//! rates averaged per year; other pairs cross through the euro.

#[cfg(test)]
mod tests;

use std::ops::RangeInclusive;

/// A currency code as stored: three ASCII letters, uppercase.
type Code = [u8; 3];

/// Units of every currency per euro, year by year.
#[derive(Clone, Debug)]
pub struct Rates {
    first_year: i16,
    codes: Vec<Code>,
    /// Row-major, one row per year from `first_year`, one cell per code.
    per_eur: Vec<Option<f64>>,
}

/// The result of a conversion and the rates behind it, for showing how a
/// sum was converted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Conversion {
    /// The converted amount.
    pub amount: f64,
    /// Units of the target currency per unit of the source currency.
    pub rate: f64,
    /// The year whose average rates were used.
    pub year: i16,
    /// The year asked for; differs from `year` when the table has no rate
    /// for one of the currencies that year.
    pub requested_year: i16,
}

impl Conversion {
    /// True when the rates come from another year than the one asked for.
    pub fn used_nearest_year(&self) -> bool {
        self.year != self.requested_year
    }
}

/// Why a rate table could not be read.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum FxError {
    #[error("rate table has no `year,CODE,...` header line")]
    MissingHeader,
    #[error("rate table has no rows of rates")]
    NoRows,
    #[error("rate table header: {0:?} is not a three-letter currency code")]
    BadCode(String),
    #[error("rate table line {line}: {message}")]
    BadRow { line: usize, message: String },
}

impl Rates {
    /// The table compiled into the binary.
    pub fn embedded() -> Rates {
        Rates::parse(include_str!("../../../assets/fx/yearly.csv"))
            .expect("assets/fx/yearly.csv is checked by the fx tests")
    }

    /// Reads a table in the format of `assets/fx/yearly.csv`: `#` comments,
    /// a `year,CODE,...` header, then one row per consecutive year of units
    /// per euro, a cell left empty where there is no rate.
    pub fn parse(text: &str) -> Result<Rates, FxError> {
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty());
        let (_, header) = lines.next().ok_or(FxError::MissingHeader)?;
        let mut fields = header.split(',');
        if fields.next() != Some("year") {
            return Err(FxError::MissingHeader);
        }
        let codes = fields
            .map(|field| code(field).ok_or_else(|| FxError::BadCode(field.to_string())))
            .collect::<Result<Vec<_>, _>>()?;
        if codes.is_empty() {
            return Err(FxError::MissingHeader);
        }
        let mut rates = Rates {
            first_year: 0,
            codes,
            per_eur: Vec::new(),
        };
        for (index, row) in lines {
            let bad = |message: String| FxError::BadRow {
                line: index + 1,
                message,
            };
            let mut cells = row.split(',');
            let year: i16 = cells
                .next()
                .and_then(|y| y.parse().ok())
                .ok_or_else(|| bad("no year".into()))?;
            let expected = i32::from(rates.first_year) + rates.row_count() as i32;
            if rates.per_eur.is_empty() {
                rates.first_year = year;
            } else if i32::from(year) != expected {
                return Err(bad(format!("year {year} where {expected} was expected")));
            }
            let before = rates.per_eur.len();
            for cell in cells {
                rates.per_eur.push(match cell {
                    "" => None,
                    _ => Some(
                        cell.parse::<f64>()
                            .ok()
                            .filter(|r| r.is_finite() && *r > 0.0)
                            .ok_or_else(|| bad(format!("{cell:?} is not a rate")))?,
                    ),
                });
            }
            if rates.per_eur.len() - before != rates.codes.len() {
                return Err(bad(format!("expected {} rates", rates.codes.len())));
            }
        }
        if rates.per_eur.is_empty() {
            return Err(FxError::NoRows);
        }
        Ok(rates)
    }

    /// The years the table covers; the last may be partial.
    pub fn years(&self) -> RangeInclusive<i16> {
        // parse() keeps at least one row, and every row's year was read as
        // an i16, so the last one fits.
        self.first_year..=self.first_year + (self.row_count() - 1) as i16
    }

    /// The currencies the table knows besides EUR.
    pub fn currencies(&self) -> impl Iterator<Item = &str> {
        self.codes
            .iter()
            .filter_map(|c| std::str::from_utf8(c).ok())
    }

    /// Units of `currency` per euro, averaged over `year`, if the table has
    /// that very year.
    pub fn units_per_eur(&self, currency: &str, year: i16) -> Option<f64> {
        let code = code(currency)?;
        if &code == b"EUR" {
            return self.years().contains(&year).then_some(1.0);
        }
        let column = self.codes.iter().position(|c| *c == code)?;
        let row = usize::try_from(i32::from(year) - i32::from(self.first_year)).ok()?;
        *self.per_eur.get(row * self.codes.len() + column)?
    }

    /// `amount` of `from` in `to`, at the average rate of `year` or, when the
    /// table lacks that year for either currency, of the nearest year that
    /// has both (the earlier one on a tie). ISO 4217 codes, e.g. "USD".
    /// None for an unknown currency.
    pub fn convert(&self, amount: f64, from: &str, to: &str, year: i16) -> Option<f64> {
        self.conversion(amount, from, to, year).map(|c| c.amount)
    }

    /// Like [`Rates::convert`], with the rate and the year actually used.
    pub fn conversion(&self, amount: f64, from: &str, to: &str, year: i16) -> Option<Conversion> {
        let years = self.years();
        // i32, so that years far outside the table cannot overflow.
        let (first, last, wanted) = (
            i32::from(*years.start()),
            i32::from(*years.end()),
            i32::from(year),
        );
        let furthest = (wanted - first).abs().max((last - wanted).abs());
        (0..=furthest)
            .flat_map(|distance| [wanted - distance, wanted + distance])
            .filter_map(|y| i16::try_from(y).ok())
            .find_map(|y| {
                let rate = self.units_per_eur(to, y)? / self.units_per_eur(from, y)?;
                Some(Conversion {
                    amount: amount * rate,
                    rate,
                    year: y,
                    requested_year: year,
                })
            })
    }

    fn row_count(&self) -> usize {
        self.per_eur.len() / self.codes.len()
    }
}

/// A currency code from text, if it is three ASCII letters.
fn code(text: &str) -> Option<Code> {
    let bytes: Code = text.as_bytes().try_into().ok()?;
    bytes
        .iter()
        .all(u8::is_ascii_alphabetic)
        .then(|| bytes.map(|b| b.to_ascii_uppercase()))
}
