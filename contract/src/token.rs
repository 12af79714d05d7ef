//! Card tokenization: the only request that ever carries a card number.
//!
//! The widget posts the card to the session's `tokenize_url` (a vault, never the merchant's
//! confirm endpoint) and confirms with the token it gets back.

use serde::{Deserialize, Serialize};

/// The body of `POST {tokenize_url}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TokenizeRequest {
    /// The contract version the widget speaks.
    pub version: u32,
    /// The card number, digits only.
    pub number: String,
    /// The expiry month, 1 to 12.
    pub exp_month: u32,
    /// The expiry year, four digits.
    pub exp_year: u32,
    /// The security code.
    pub cvc: String,
}

/// The answer of `POST {tokenize_url}`: a single-use token and what the buyer may see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TokenizeResponse {
    /// The contract version.
    pub version: u32,
    /// The token to confirm with.
    pub token: String,
    /// The detected brand, lower case.
    pub brand: String,
    /// The last four digits.
    pub last4: String,
}
