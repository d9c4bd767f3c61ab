use super::*;
use crate::engine::link::compat::compatible_converted;

fn money(amount: f64, currency: &str) -> Value {
    Value::Money {
        amount: Interval::exact(amount),
        currency: currency.into(),
    }
}

fn published(year: i16) -> RateYear {
    RateYear {
        year,
        basis: YearBasis::Published,
    }
}

/// The two sums compared the way the linker compares them: each in euros
/// at its own article's year.
fn compare(a: &Value, ya: i16, b: &Value, yb: i16) -> Option<bool> {
    let rates = Rates::embedded();
    let (ea, eb) = (
        in_euros(a, published(ya), &rates),
        in_euros(b, published(yb), &rates),
    );
    compatible_converted(a, b, ea.as_ref(), eb.as_ref())
}

#[test]
fn sums_within_the_rate_tolerance_agree() {
    // At 2019's averages €3m is £2.63m and $3.36m; outlets round.
    let euros = money(3e6, "EUR");
    assert_eq!(
        compare(&euros, 2019, &money(2.6e6, "GBP"), 2019),
        Some(true)
    );
    assert_eq!(
        compare(&money(3.3e6, "USD"), 2019, &euros, 2019),
        Some(true)
    );
    assert_eq!(
        compare(&money(2.6e6, "GBP"), 2019, &money(3.3e6, "USD"), 2019),
        Some(true)
    );
}

#[test]
fn sums_beyond_the_rate_tolerance_conflict() {
    let euros = money(3e6, "EUR");
    assert_eq!(
        compare(&euros, 2019, &money(4.5e6, "USD"), 2019),
        Some(false)
    );
    assert_eq!(
        compare(&money(3.2e6, "GBP"), 2019, &euros, 2019),
        Some(false)
    );
}

#[test]
fn the_tolerance_is_five_percent_either_way() {
    let rates = Rates::embedded();
    let euros = |x: f64| in_euros(&money(x, "EUR"), published(2019), &rates).unwrap();
    let a = euros(100.0);
    for (other, agrees) in [(104.0, true), (96.0, true), (106.0, false), (94.0, false)] {
        let b = euros(other);
        assert_eq!(agree(&a, &b), agrees, "100 against {other}");
        assert_eq!(agree(&b, &a), agrees, "{other} against 100");
    }
}

#[test]
fn the_article_year_decides_the_rate() {
    // A euro cost $1.47 on average in 2008 but $1.13 in 2017.
    let euros = money(1e6, "EUR");
    let dollars = money(1.47e6, "USD");
    assert_eq!(compare(&euros, 2008, &dollars, 2008), Some(true));
    assert_eq!(compare(&euros, 2017, &dollars, 2017), Some(false));
}

#[test]
fn an_unknown_currency_is_not_compared() {
    let euros = money(3e6, "EUR");
    let rand_symbol = money(3e6, "R");
    let unlisted = money(3e6, "XQZ");
    assert_eq!(compare(&euros, 2019, &rand_symbol, 2019), None);
    assert_eq!(compare(&unlisted, 2019, &euros, 2019), None);
}

#[test]
fn same_currency_sums_compare_as_before() {
    let (a, b) = (money(3e6, "EUR"), money(3.1e6, "EUR"));
    assert_eq!(
        compare(&a, 2019, &b, 2019),
        Some(false),
        "no rate tolerance"
    );
    assert!(!converted(&a, &b));
    assert!(converted(&a, &money(3e6, "GBP")));
}

fn mention(article: usize, value: Value) -> Mention {
    Mention {
        article,
        span: 0..1,
        kind: Kind::Money,
        value,
        cue: None,
    }
}

#[test]
fn a_mixed_fact_is_shown_in_its_first_currency_with_the_year_used() {
    let rates = Rates::embedded();
    let mentions = vec![
        mention(0, money(3e6, "USD")),
        mention(1, money(2.6e6, "GBP")),
        mention(2, money(3.3e6, "USD")),
    ];
    let years = [published(2019), published(2019), published(2019)];
    let shown = conversions(&mentions, &[vec![0, 1, 2]], &years, &rates);
    assert_eq!(shown[0], None, "already in the fact's currency");
    assert_eq!(shown[2], None);
    let pounds = shown[1].as_ref().expect("pounds converted to dollars");
    assert_eq!((pounds.currency.as_str(), pounds.year), ("USD", 2019));
    let expected = 2.6e6 / 0.877771 * 1.11947;
    assert!((pounds.amount.point() - expected).abs() < 1.0, "{pounds:?}");
    assert_eq!(pounds.note(), "2019 ECB yearly average");
}

#[test]
fn a_year_past_the_table_uses_the_nearest_and_says_so() {
    let rates = Rates::embedded();
    let last = *rates.years().end();
    let mentions = vec![mention(0, money(1e6, "EUR")), mention(1, money(1e6, "GBP"))];
    let years = [published(2091), published(2091)];
    let shown = conversions(&mentions, &[vec![0, 1]], &years, &rates);
    let pounds = shown[1].as_ref().expect("converted");
    assert_eq!((pounds.year, pounds.requested_year), (last, 2091));
    assert_eq!(
        pounds.note(),
        format!("{last} ECB yearly average, nearest to 2091")
    );
}

#[test]
fn undated_articles_take_the_story_year_or_else_the_latest() {
    let rates = Rates::embedded();
    let article = |published| Article {
        id: "a".into(),
        path: "a.txt".into(),
        text: String::new(),
        meta: crate::engine::article::Meta {
            published,
            ..Default::default()
        },
        offsets: Default::default(),
    };
    let articles = [article(Some(jiff::civil::date(2019, 5, 14))), article(None)];
    let years = rate_years(&articles, Some(2018), &rates);
    assert_eq!(years[0], published(2019));
    assert_eq!(
        years[1],
        RateYear {
            year: 2018,
            basis: YearBasis::Story
        }
    );
    let latest = rate_years(&articles[1..], None, &rates)[0];
    assert_eq!(latest.year, *rates.years().end());
    assert_eq!(latest.basis, YearBasis::Latest);
    let note = Converted {
        currency: "USD".into(),
        amount: Interval::exact(1.0),
        year: 2018,
        requested_year: 2018,
        basis: YearBasis::Story,
    }
    .note();
    assert_eq!(
        note,
        "2018 ECB yearly average, the story's year: article undated"
    );
}

#[test]
fn a_year_past_the_table_converts_with_room_for_the_rate_to_have_moved() {
    let rates = Rates::embedded();
    let last = *rates.years().end();
    // 7% apart at the last year's rates: a clash within the table, an
    // agreement a year past it, and a clash again well beyond the drift.
    let euros = money(8.4e9, "EUR");
    let per_eur = rates.conversion(1.0, "EUR", "USD", last).unwrap().rate;
    let dollars = money(8.4e9 * per_eur * 1.07, "USD");
    assert_eq!(compare(&euros, last, &dollars, last), Some(false));
    assert_eq!(compare(&euros, last + 1, &dollars, last + 1), Some(true));
    let far = money(8.4e9 * per_eur * 1.3, "USD");
    assert_eq!(compare(&euros, last + 1, &far, last + 1), Some(false));
}
