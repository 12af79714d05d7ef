//! Test mode: deterministic outcomes for every simulated method.
//!
//! Saved cards behave by their last four digits, like the well-known test card numbers:
//!
//! | last4 | outcome |
//! |-------|---------|
//! | 0002  | declined: `card_declined` |
//! | 9995  | declined: `insufficient_funds` |
//! | 0069  | declined: `expired_card` |
//! | other | succeeded |

use micro_checkout_contract::{DeclineCode, MethodKind, PaymentStatus};

/// The outcome of charging `method` in test mode.
pub fn charge(method: &MethodKind) -> PaymentStatus {
    match method {
        MethodKind::SavedCard { last4, .. } => match last4.as_str() {
            "0002" => PaymentStatus::Failed {
                code: DeclineCode::CardDeclined,
            },
            "9995" => PaymentStatus::Failed {
                code: DeclineCode::InsufficientFunds,
            },
            "0069" => PaymentStatus::Failed {
                code: DeclineCode::ExpiredCard,
            },
            _ => PaymentStatus::Succeeded,
        },
    }
}

/// The stored name of a method kind.
pub fn kind_name(method: &MethodKind) -> &'static str {
    match method {
        MethodKind::SavedCard { .. } => "saved_card",
    }
}
