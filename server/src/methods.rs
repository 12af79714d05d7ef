//! Test-mode simulation of every method the reference backend supports, one file per kind.
//!
//! A confirm [`start`]s a payment: it succeeds or fails at once (saved cards) or waits for
//! the buyer with a next action (carrier billing's one-time code). An action request
//! [`act`]s on a waiting payment. Both are deterministic, driven by test values documented in
//! each method's file, and return the new result plus the private state to store.

mod card;
mod carrier_billing;
mod saved_card;

pub use card::{Card, brand_of, luhn};

use crate::db::Private;
use crate::error::Failure;
use micro_checkout_contract::{
    Action, ConfirmRequest, ErrorInfo, Method, MethodKind, NextAction, PaymentStatus, Session,
};
use std::time::Duration;

/// The simulation's clock and knobs.
#[derive(Debug, Clone, Copy)]
pub struct Ctx {
    /// Now, in Unix milliseconds.
    pub now_ms: i64,
    /// How long a one-time code lives.
    pub otp_ttl: Duration,
    /// How long before a new one-time code may be sent.
    pub otp_resend_after: Duration,
}

/// A payment's new standing: its result fields and the private state to keep.
#[derive(Debug, Clone)]
pub struct Step {
    /// Where the payment stands.
    pub status: PaymentStatus,
    /// What the buyer must do, with `requires_action`.
    pub next_action: Option<NextAction>,
    /// Why it failed, or why the last action did not take.
    pub error: Option<ErrorInfo>,
    /// What the server keeps and never shows.
    pub private: Private,
}

impl Step {
    /// A final step: succeeded, or failed with `code`.
    pub fn done(error: Option<(&str, bool)>) -> Self {
        let status = if error.is_some() {
            PaymentStatus::Failed
        } else {
            PaymentStatus::Succeeded
        };
        Step {
            status,
            next_action: None,
            error: error.map(|(code, retryable)| ErrorInfo {
                code: code.to_owned(),
                retryable,
            }),
            private: Private::default(),
        }
    }
}

/// Whether the reference backend simulates `kind` (others are refused at session creation).
pub fn simulated(kind: &MethodKind) -> bool {
    matches!(
        kind,
        MethodKind::Card { .. } | MethodKind::SavedCard { .. } | MethodKind::CarrierBilling { .. }
    )
}

/// Checks a confirm's method-specific inputs before anything is claimed or charged.
pub fn check(method: &Method, request: &ConfirmRequest) -> Result<(), Failure> {
    match &method.kind {
        MethodKind::CarrierBilling { carriers } => carrier_billing::check(carriers, request),
        MethodKind::Card { .. } if request.token.is_none() => Err(Failure::invalid(
            "a card confirm needs the token that tokenize_url returned",
        )),
        _ => Ok(()),
    }
}

/// What the confirm resolved before the charge: the card behind a token, if any.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// The tokenized card (consumed), for `card` methods.
    pub card: Option<Card>,
    /// The id the new payment will have.
    pub payment_id: String,
}

/// Starts the payment a confirm asked for.
pub fn start(
    (session, method, request): (&Session, &Method, &ConfirmRequest),
    inputs: &Inputs,
    ctx: Ctx,
) -> Step {
    match &method.kind {
        MethodKind::Card { .. } => card::start(inputs),
        MethodKind::SavedCard { last4, .. } => saved_card::charge(last4),
        MethodKind::CarrierBilling { .. } => carrier_billing::start(session, request, ctx),
        _ => Step::done(Some(("processor_unavailable", false))),
    }
}

/// Applies a buyer's action to a payment that waits for one.
pub fn act(kind: &str, private: &Private, action: &Action, ctx: Ctx) -> Option<Step> {
    match kind {
        "carrier_billing" => carrier_billing::act(private, action, ctx),
        "card" => card::act(action),
        _ => None,
    }
}
