//! Money: integer minor units, an ISO 4217 code and that code's exponent, never a float.

use serde::{Deserialize, Serialize};

/// An amount of money, e.g. `{"amount_minor": 99, "currency": "USD", "exponent": 2}` for
/// $0.99 or `{"amount_minor": 1200, "currency": "KRW", "exponent": 0}` for ₩1,200.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Money {
    /// The amount in the currency's minor unit.
    pub amount_minor: i64,
    /// The ISO 4217 alphabetic code, upper case.
    pub currency: String,
    /// The number of minor-unit digits of `currency` (ISO 4217), stated so no client
    /// needs a table: 2 for USD, 0 for KRW and JPY, 3 for KWD.
    pub exponent: u32,
}

impl Money {
    /// `amount_minor` of `currency`, with the exponent from the ISO 4217 table (2 for a code
    /// the table does not know; check [`is_currency_code`] first where that matters).
    pub fn new(amount_minor: i64, currency: &str) -> Self {
        Self {
            amount_minor,
            currency: currency.to_owned(),
            exponent: currency_exponent(currency).unwrap_or(2),
        }
    }
}

/// Every active ISO 4217 currency that payments use, sorted by code, with its exponent
/// (the number of minor-unit digits): ISO 4217 List One as published on 2026-01-01.
/// Precious metals, accounting units (XAU, XDR, XAD…) and test codes are not money a buyer
/// pays with, so they are not listed; nor are withdrawn codes (ANG, BGN, HRK…). The same
/// table is published in docs/contract.md §11, and a test keeps the two equal.
pub const CURRENCIES: &[(&str, u32)] = &[
    ("AED", 2),
    ("AFN", 2),
    ("ALL", 2),
    ("AMD", 2),
    ("AOA", 2),
    ("ARS", 2),
    ("AUD", 2),
    ("AWG", 2),
    ("AZN", 2),
    ("BAM", 2),
    ("BBD", 2),
    ("BDT", 2),
    ("BHD", 3),
    ("BIF", 0),
    ("BMD", 2),
    ("BND", 2),
    ("BOB", 2),
    ("BOV", 2),
    ("BRL", 2),
    ("BSD", 2),
    ("BTN", 2),
    ("BWP", 2),
    ("BYN", 2),
    ("BZD", 2),
    ("CAD", 2),
    ("CDF", 2),
    ("CHE", 2),
    ("CHF", 2),
    ("CHW", 2),
    ("CLF", 4),
    ("CLP", 0),
    ("CNY", 2),
    ("COP", 2),
    ("COU", 2),
    ("CRC", 2),
    ("CUP", 2),
    ("CVE", 2),
    ("CZK", 2),
    ("DJF", 0),
    ("DKK", 2),
    ("DOP", 2),
    ("DZD", 2),
    ("EGP", 2),
    ("ERN", 2),
    ("ETB", 2),
    ("EUR", 2),
    ("FJD", 2),
    ("FKP", 2),
    ("GBP", 2),
    ("GEL", 2),
    ("GHS", 2),
    ("GIP", 2),
    ("GMD", 2),
    ("GNF", 0),
    ("GTQ", 2),
    ("GYD", 2),
    ("HKD", 2),
    ("HNL", 2),
    ("HTG", 2),
    ("HUF", 2),
    ("IDR", 2),
    ("ILS", 2),
    ("INR", 2),
    ("IQD", 3),
    ("IRR", 2),
    ("ISK", 0),
    ("JMD", 2),
    ("JOD", 3),
    ("JPY", 0),
    ("KES", 2),
    ("KGS", 2),
    ("KHR", 2),
    ("KMF", 0),
    ("KPW", 2),
    ("KRW", 0),
    ("KWD", 3),
    ("KYD", 2),
    ("KZT", 2),
    ("LAK", 2),
    ("LBP", 2),
    ("LKR", 2),
    ("LRD", 2),
    ("LSL", 2),
    ("LYD", 3),
    ("MAD", 2),
    ("MDL", 2),
    ("MGA", 2),
    ("MKD", 2),
    ("MMK", 2),
    ("MNT", 2),
    ("MOP", 2),
    ("MRU", 2),
    ("MUR", 2),
    ("MVR", 2),
    ("MWK", 2),
    ("MXN", 2),
    ("MXV", 2),
    ("MYR", 2),
    ("MZN", 2),
    ("NAD", 2),
    ("NGN", 2),
    ("NIO", 2),
    ("NOK", 2),
    ("NPR", 2),
    ("NZD", 2),
    ("OMR", 3),
    ("PAB", 2),
    ("PEN", 2),
    ("PGK", 2),
    ("PHP", 2),
    ("PKR", 2),
    ("PLN", 2),
    ("PYG", 0),
    ("QAR", 2),
    ("RON", 2),
    ("RSD", 2),
    ("RUB", 2),
    ("RWF", 0),
    ("SAR", 2),
    ("SBD", 2),
    ("SCR", 2),
    ("SDG", 2),
    ("SEK", 2),
    ("SGD", 2),
    ("SHP", 2),
    ("SLE", 2),
    ("SOS", 2),
    ("SRD", 2),
    ("SSP", 2),
    ("STN", 2),
    ("SVC", 2),
    ("SYP", 2),
    ("SZL", 2),
    ("THB", 2),
    ("TJS", 2),
    ("TMT", 2),
    ("TND", 3),
    ("TOP", 2),
    ("TRY", 2),
    ("TTD", 2),
    ("TWD", 2),
    ("TZS", 2),
    ("UAH", 2),
    ("UGX", 0),
    ("USD", 2),
    ("USN", 2),
    ("UYI", 0),
    ("UYU", 2),
    ("UYW", 4),
    ("UZS", 2),
    ("VED", 2),
    ("VES", 2),
    ("VND", 0),
    ("VUV", 0),
    ("WST", 2),
    ("XAF", 0),
    ("XCD", 2),
    ("XCG", 2),
    ("XOF", 0),
    ("XPF", 0),
    ("YER", 2),
    ("ZAR", 2),
    ("ZMW", 2),
    ("ZWG", 2),
];

/// True when `code` is an active ISO 4217 currency of [`CURRENCIES`].
pub fn is_currency_code(code: &str) -> bool {
    currency_exponent(code).is_some()
}

/// The exponent of `code` (2 for USD, 0 for KRW, 3 for KWD), or `None` for an unknown code.
pub fn currency_exponent(code: &str) -> Option<u32> {
    CURRENCIES
        .binary_search_by(|(c, _)| c.cmp(&code))
        .ok()
        .map(|i| CURRENCIES[i].1)
}

/// The exact decimal value of `money` in major units, e.g. 99 USD → "0.99", 1200 KRW → "1200",
/// using the exponent the contract states with every amount. No floats: the widget hands
/// this string to `Intl.NumberFormat`, and the reference backend's report prints it.
pub fn decimal_string(money: &Money) -> String {
    let exponent = money.exponent.min(18) as usize;
    // Digits, least significant first, at least one before the point; written by hand, as
    // `format!` with padding costs the widget's wasm more.
    let mut digits = Vec::with_capacity(24);
    let mut rest = money.amount_minor.unsigned_abs();
    while rest > 0 || digits.len() <= exponent {
        digits.push(b'0' + (rest % 10) as u8);
        rest /= 10;
    }
    let mut out = String::with_capacity(digits.len() + 2);
    if money.amount_minor < 0 {
        out.push('-');
    }
    for (i, digit) in digits.iter().rev().enumerate() {
        if exponent > 0 && i == digits.len() - exponent {
            out.push('.');
        }
        out.push(char::from(*digit));
    }
    out
}
