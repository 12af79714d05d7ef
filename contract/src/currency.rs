//! ISO 4217 minor-unit exponents.
//!
//! Every active code whose exponent is not 2 is listed; all other well-formed codes use 2.

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
