//! Card rules, one implementation for the widget and every backend: the brand a number's
//! prefix shows, how many digits it has, and the Luhn check.
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
