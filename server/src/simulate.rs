//! Test mode: deterministic outcomes for every simulated method.
//!
//! Saved cards behave by their last four digits, like the well-known test card numbers:
//!
//! | last4 | outcome |
//! |-------|---------|
//! | 0002  | failed: `card_declined` |
//! | 9995  | failed: `insufficient_funds` |
//! | 0069  | failed: `expired_card` |
//! | 0119  | failed: `processor_unavailable` (retryable) |
//! | other | succeeded |

use micro_checkout_contract::{ErrorInfo, MethodKind, PaymentStatus, codes};

/// The outcome of charging `method` in test mode: a status, and the error of a failure.
pub fn charge(method: &MethodKind) -> (PaymentStatus, Option<ErrorInfo>) {
    let fail = |code: &str, retryable: bool| {
        let error = ErrorInfo {
            code: code.to_owned(),
            retryable,
        };
        (PaymentStatus::Failed, Some(error))
    };
    match method {
        MethodKind::SavedCard { last4, .. } => match last4.as_str() {
            "0002" => fail(codes::CARD_DECLINED, false),
            "9995" => fail(codes::INSUFFICIENT_FUNDS, false),
            "0069" => fail(codes::EXPIRED_CARD, false),
            "0119" => fail(codes::PROCESSOR_UNAVAILABLE, true),
            _ => (PaymentStatus::Succeeded, None),
        },
        // Sessions with other kinds are refused at creation until they are simulated.
        _ => fail(codes::PROCESSOR_UNAVAILABLE, false),
    }
}
