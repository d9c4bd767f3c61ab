use super::{FxError, Rates};

const MAJORS: [&str; 10] = [
    "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "INR", "ZAR",
];

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

#[test]
fn embedded_table_spans_1999_to_recent_years_for_the_majors() {
    let rates = Rates::embedded();
    assert_eq!(*rates.years().start(), 1999);
    assert!(*rates.years().end() >= 2025, "{:?}", rates.years());
    let known: Vec<&str> = rates.currencies().collect();
    for code in MAJORS.iter().filter(|&&c| c != "EUR") {
        assert!(known.contains(code), "{code} missing from {known:?}");
    }
}

#[test]
fn eur_to_usd_in_known_years_is_in_a_sane_band() {
    let rates = Rates::embedded();
    // The euro traded near $1.47 on average in 2008 and near $0.90 in 2001.
    let y2008 = rates.convert(1.0, "EUR", "USD", 2008).unwrap();
    assert!((1.40..1.55).contains(&y2008), "{y2008}");
    let y2001 = rates.convert(1.0, "EUR", "USD", 2001).unwrap();
    assert!((0.85..0.95).contains(&y2001), "{y2001}");
    let pounds = rates.convert(1_000_000.0, "USD", "GBP", 2015).unwrap();
    assert!((600_000.0..720_000.0).contains(&pounds), "{pounds}");
}

#[test]
fn conversions_round_trip_between_every_pair_of_majors() {
    let rates = Rates::embedded();
    for from in MAJORS {
        for to in MAJORS {
            for year in [1999, 2008, 2020] {
                let there = rates.convert(1234.5, from, to, year).unwrap();
                let back = rates.convert(there, to, from, year).unwrap();
                assert!(close(back, 1234.5), "{from}->{to} {year}: {back}");
            }
        }
    }
}

#[test]
fn crosses_go_through_the_euro() {
    let rates = Rates::embedded();
    let (gbp, jpy) = (
        rates.units_per_eur("GBP", 2012).unwrap(),
        rates.units_per_eur("JPY", 2012).unwrap(),
    );
    let c = rates.conversion(10.0, "GBP", "JPY", 2012).unwrap();
    assert!(close(c.rate, jpy / gbp) && close(c.amount, 10.0 * jpy / gbp));
    assert!(!c.used_nearest_year());
    assert_eq!(rates.convert(7.0, "CHF", "CHF", 2010), Some(7.0));
}

#[test]
fn codes_are_iso_letters_in_either_case_and_unknown_ones_give_none() {
    let rates = Rates::embedded();
    assert_eq!(
        rates.convert(5.0, "usd", "eur", 2010),
        rates.convert(5.0, "USD", "EUR", 2010)
    );
    for bad in ["XYZ", "US", "", "EURO", "U$D", "€"] {
        assert_eq!(rates.convert(1.0, bad, "USD", 2010), None, "{bad:?}");
        assert_eq!(rates.convert(1.0, "USD", bad, 2010), None, "{bad:?}");
    }
}

#[test]
fn a_missing_year_falls_back_to_the_nearest_and_says_so() {
    let rates = Rates::embedded();
    let last = *rates.years().end();
    // The ECB has published a yuan rate only since 2005.
    let yuan = rates.conversion(1.0, "USD", "CNY", 2001).unwrap();
    assert_eq!((yuan.year, yuan.requested_year), (2005, 2001));
    assert!(yuan.used_nearest_year());
    let early = rates.conversion(1.0, "EUR", "USD", 1990).unwrap();
    assert_eq!(early.year, 1999);
    let late = rates.conversion(1.0, "EUR", "USD", last + 30).unwrap();
    assert_eq!(late.year, last);
    for year in [i16::MIN, -1, 0, i16::MAX] {
        assert!(
            rates.conversion(1.0, "EUR", "GBP", year).is_some(),
            "{year}"
        );
    }
}

#[test]
fn a_tie_between_two_nearest_years_takes_the_earlier() {
    let rates = Rates::parse("# test\nyear,USD,ISK\n2000,1,10\n2001,1.1,\n2002,1.2,30\n").unwrap();
    assert_eq!(rates.years(), 2000..=2002);
    let c = rates.conversion(1.0, "EUR", "ISK", 2001).unwrap();
    assert_eq!((c.year, c.amount), (2000, 10.0));
    assert_eq!(rates.units_per_eur("ISK", 2001), None);
    assert_eq!(rates.units_per_eur("USD", 2001), Some(1.1));
}

#[test]
fn malformed_tables_are_errors_not_panics() {
    let error = |text: &str| Rates::parse(text).err();
    let bad_row = |text: &str| matches!(error(text), Some(FxError::BadRow { .. }));
    assert_eq!(error("# only\n"), Some(FxError::MissingHeader));
    assert_eq!(error("year\n2000\n"), Some(FxError::MissingHeader));
    assert_eq!(error("date,USD\n"), Some(FxError::MissingHeader));
    assert_eq!(error("year,USD\n"), Some(FxError::NoRows));
    assert_eq!(error("year,US1\n"), Some(FxError::BadCode("US1".into())));
    assert!(bad_row("year,USD\n2000,1\n2002,1\n"), "gap in years");
    assert!(bad_row("year,USD\n2000,1,2\n"), "too many cells");
    assert!(bad_row("year,USD,GBP\n2000,1\n"), "too few cells");
    assert!(bad_row("year,USD\n2000,-1\n"), "negative rate");
    assert!(bad_row("year,USD\n2000,abc\n"), "not a number");
    assert!(bad_row("year,USD\nyesterday,1\n"), "not a year");
    assert!(bad_row("year,USD\n32767,1\n-32768,1\n"), "year overflow");
}
