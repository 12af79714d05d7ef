//! Saved cards: one tap, charged at once. They behave by their last four digits:
//!
//! | last4 | outcome |
//! |-------|---------|
//! | 0002  | failed: `card_declined` |
//! | 9995  | failed: `insufficient_funds` |
//! | 0069  | failed: `expired_card` |
//! | 0119  | failed: `processor_unavailable` (retryable) |
//! | other | succeeded |

use super::Step;
use micro_checkout_contract::codes;

/// Charges the saved card ending in `last4`.
pub fn charge(last4: &str) -> Step {
    Step::done(match last4 {
        "0002" => Some((codes::CARD_DECLINED, false)),
        "9995" => Some((codes::INSUFFICIENT_FUNDS, false)),
        "0069" => Some((codes::EXPIRED_CARD, false)),
        "0119" => Some((codes::PROCESSOR_UNAVAILABLE, true)),
        _ => None,
    })
}
