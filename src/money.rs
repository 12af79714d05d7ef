//! Money as the buyer reads it, without floats.
//!
//! Amounts stay integer minor units; [`decimal_string`] (the contract's, shared with the
//! reference backend) turns them into an exact decimal string ("0.99", "1200", "1.250"),
//! which `Intl.NumberFormat` then formats for the locale.

pub use micro_checkout_contract::decimal_string;
