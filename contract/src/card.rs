//! Card rules, one implementation for the widget and every backend: the brand a number's
//! prefix shows, how many digits it has, the Luhn check, which brands a method accepts,
//! the security code's length and the expiry's range.
//!
//! Brands are the contract's lower-case names (`Method::brands`, `TokenizeResponse::brand`):
//!
//! | brand | prefixes |
//! |---|---|
//! | `visa` | 4 |
//! | `amex` | 34, 37 |
//! | `mastercard` | 51–55, 2221–2720 |
//! | `jcb` | 3528–3589 |
//! | `discover` | 6011, 65 |
//! | `unionpay` | 62 |
//!
//! An Amex number has 15 digits; every other number 16 to 19, also of a brand not listed.

/// What a tokenizer answers as `brand` for a number of no brand the contract names.
pub const UNKNOWN_BRAND: &str = "unknown";

/// The brand a card number's leading digits show, if it is one the contract names.
pub fn brand(digits: &str) -> Option<&'static str> {
    let prefix = |n: usize| digits.get(..n).and_then(|p| p.parse::<u32>().ok());
    match (prefix(1), prefix(2), prefix(4)) {
        (Some(4), _, _) => Some("visa"),
        (_, Some(34 | 37), _) => Some("amex"),
        (_, Some(51..=55), _) | (_, _, Some(2221..=2720)) => Some("mastercard"),
        (_, _, Some(3528..=3589)) => Some("jcb"),
        (_, _, Some(6011)) | (_, Some(65), _) => Some("discover"),
        (_, Some(62), _) => Some("unionpay"),
        _ => None,
    }
}

/// How many digits a card of `brand` may have: 15 for Amex, else 16 to 19.
pub fn lengths(brand: Option<&str>) -> std::ops::RangeInclusive<usize> {
    match brand {
        Some("amex") => 15..=15,
        _ => 16..=19,
    }
}

/// True when `digits` is a non-empty string of ASCII digits whose Luhn checksum holds.
pub fn luhn(digits: &str) -> bool {
    let mut sum = 0;
    for (i, c) in digits.chars().rev().enumerate() {
        let Some(mut d) = c.to_digit(10) else {
            return false;
        };
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    !digits.is_empty() && sum % 10 == 0
}

/// Whether a method whose `brands` list is `accepted` takes a card of `brand`: an empty
/// list takes any brand, a list takes only the brands it names.
#[inline(always)]
pub fn accepts(accepted: &[String], brand: Option<&str>) -> bool {
    accepted.is_empty() || brand.is_some_and(|b| accepted.iter().any(|a| a == b))
}

/// How many digits a card of `brand`'s security code has: 4 for Amex, else 3.
#[inline(always)]
pub fn cvc_length(brand: Option<&str>) -> usize {
    if brand == Some("amex") { 4 } else { 3 }
}

/// What is wrong with an expiry (`month` 1–12 of a four-digit `year`) on `today`
/// (year, month), if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expiry {
    /// Not a month, or more than 20 years ahead.
    Invalid,
    /// A month already past: a card is valid through the end of its expiry month.
    Past,
}

/// Checks an expiry against `today` (year, month).
#[inline(always)]
pub fn expiry(month: u32, year: u32, today: (u32, u32)) -> Result<(), Expiry> {
    if !(1..=12).contains(&month) || year > today.0 + 20 {
        Err(Expiry::Invalid)
    } else if (year, month) < today {
        Err(Expiry::Past)
    } else {
        Ok(())
    }
}

/// The (year, month) in UTC of a Unix time in milliseconds, for backends that check an
/// expiry against their clock.
pub fn year_month(unix_ms: i64) -> (u32, u32) {
    // Days to a civil date (proleptic Gregorian), after Howard Hinnant's `civil_from_days`.
    let days = unix_ms.div_euclid(86_400_000) + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (u32::try_from(year).unwrap_or(0), month as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_of_unix_times() {
        assert_eq!(year_month(0), (1970, 1));
        // 2026-12-01T00:00:00Z, and the millisecond before it.
        assert_eq!(year_month(1_796_083_200_000), (2026, 12));
        assert_eq!(year_month(1_796_083_199_999), (2026, 11));
        // 2024-02-29T12:00:00Z, a leap day; 2000-03-01T00:00:00Z.
        assert_eq!(year_month(1_709_208_000_000), (2024, 2));
        assert_eq!(year_month(951_868_800_000), (2000, 3));
    }

    #[test]
    fn expiries() {
        let today = (2026, 12);
        assert_eq!(expiry(12, 2026, today), Ok(()));
        assert_eq!(expiry(11, 2026, today), Err(Expiry::Past));
        assert_eq!(expiry(12, 2025, today), Err(Expiry::Past));
        assert_eq!(expiry(13, 2030, today), Err(Expiry::Invalid));
        assert_eq!(expiry(0, 2030, today), Err(Expiry::Invalid));
        assert_eq!(expiry(1, 2046, today), Ok(()));
        assert_eq!(expiry(1, 2047, today), Err(Expiry::Invalid));
    }

    #[test]
    fn brands_a_method_accepts() {
        let listed = ["visa".to_owned(), "amex".to_owned()];
        assert!(accepts(&[], Some("jcb")) && accepts(&[], None));
        assert!(accepts(&listed, Some("visa")));
        assert!(!accepts(&listed, Some("jcb")) && !accepts(&listed, None));
        assert_eq!(
            (
                cvc_length(Some("amex")),
                cvc_length(Some("visa")),
                cvc_length(None)
            ),
            (4, 3, 3)
        );
    }
}
