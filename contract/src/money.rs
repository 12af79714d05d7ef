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
    /// `amount_minor` of `currency`, with the exponent from the ISO 4217 table.
    pub fn new(amount_minor: i64, currency: &str) -> Self {
        Self {
            amount_minor,
            currency: currency.to_owned(),
            exponent: currency_exponent(currency),
        }
    }
}

/// Codes with no minor unit (exponent 0).
const EXPONENT_0: &[&str] = &[
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
    "VUV", "XAF", "XOF", "XPF",
];
/// Codes with three decimals (exponent 3).
const EXPONENT_3: &[&str] = &["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];
/// Codes with four decimals (exponent 4).
const EXPONENT_4: &[&str] = &["CLF", "UYW"];

/// True when `code` looks like an ISO 4217 alphabetic code: three ASCII upper-case letters.
pub fn is_currency_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// The number of minor-unit digits of a currency, e.g. 2 for USD, 0 for KRW, 3 for KWD.
/// Every active code whose exponent is not 2 is listed; other codes use 2.
pub fn currency_exponent(code: &str) -> u32 {
    if EXPONENT_0.contains(&code) {
        0
    } else if EXPONENT_3.contains(&code) {
        3
    } else if EXPONENT_4.contains(&code) {
        4
    } else {
        2
    }
}
