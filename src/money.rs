//! Money as the buyer reads it, without floats.
//!
//! Amounts stay integer minor units; [`decimal_string`] turns them into an exact decimal
//! string ("0.99", "1200", "1.250"), which `Intl.NumberFormat` then formats for the locale.

use micro_checkout_contract::Money;

/// The exact decimal value of `money` in major units, e.g. 99 USD → "0.99", 1200 KRW → "1200",
/// using the exponent the contract states with every amount.
pub fn decimal_string(money: &Money) -> String {
    let exponent = money.exponent.min(18) as usize;
    let sign = if money.amount_minor < 0 { "-" } else { "" };
    let digits = money.amount_minor.unsigned_abs().to_string();
    if exponent == 0 {
        return format!("{sign}{digits}");
    }
    let padded = format!("{digits:0>width$}", width = exponent + 1);
    let (major, minor) = padded.split_at(padded.len() - exponent);
    format!("{sign}{major}.{minor}")
}
