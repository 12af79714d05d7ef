//! Minor units to exact decimal strings, for every exponent, without floats.

use micro_checkout::money::decimal_string;
use micro_checkout_contract::Money;

fn money(amount_minor: i64, currency: &str) -> Money {
    Money::new(amount_minor, currency)
}

#[test]
fn decimal_strings_respect_the_currency_exponent() {
    let cases = [
        (99, "USD", "0.99"),
        (1, "USD", "0.01"),
        (100, "EUR", "1.00"),
        (123456, "USD", "1234.56"),
        (1200, "KRW", "1200"),
        (500, "JPY", "500"),
        (1250, "KWD", "1.250"),
        (5, "BHD", "0.005"),
        (0, "USD", "0.00"),
        (-99, "USD", "-0.99"),
        (i64::MAX, "USD", "92233720368547758.07"),
        (i64::MIN, "USD", "-92233720368547758.08"),
    ];
    for (minor, code, expected) in cases {
        assert_eq!(
            decimal_string(&money(minor, code)),
            expected,
            "{minor} {code}"
        );
    }
}

#[test]
fn decimal_strings_round_trip_to_minor_units() {
    for code in ["USD", "KRW", "KWD", "CLF"] {
        for minor in [0, 1, 9, 10, 99, 100, 101, 999_999, 1_000_000_000_007] {
            let text = decimal_string(&money(minor, code));
            let digits: String = text.chars().filter(|c| c.is_ascii_digit()).collect();
            assert_eq!(digits.parse::<i64>().unwrap(), minor, "{text}");
        }
    }
}

#[test]
fn the_stated_exponent_wins() {
    let mut odd = Money::new(12345, "XTS");
    odd.exponent = 3;
    assert_eq!(decimal_string(&odd), "12.345");
}

proptest::proptest! {
    /// Minor units → decimal string → minor units round-trips for every currency.
    #[test]
    fn every_currency_round_trips_through_its_decimal_string(
        index in 0..micro_checkout_contract::CURRENCIES.len(),
        minor in -1_000_000_000_000_000i64..1_000_000_000_000_000i64,
    ) {
        let (code, exponent) = micro_checkout_contract::CURRENCIES[index];
        let text = decimal_string(&money(minor, code));
        let (major, fraction) = text.split_once('.').unwrap_or((&text, ""));
        proptest::prop_assert_eq!(fraction.len(), exponent as usize, "{}", text);
        let digits: String = format!("{major}{fraction}").chars().filter(|c| *c != '-').collect();
        let back: i64 = digits.parse().unwrap();
        proptest::prop_assert_eq!(if text.starts_with('-') { -back } else { back }, minor);
    }
}
