//! Test-mode simulation of every method the reference backend supports, one file per kind.
//!
//! A confirm [`start`]s a payment: it succeeds or fails at once (saved cards) or waits for
//! the buyer with a next action (carrier billing's one-time code). An action request
//! [`act`]s on a waiting payment. Both are deterministic, driven by test values documented in
//! each method's file, and return the new result plus the private state to store.

mod balance;
mod bank_transfer;
mod card;
mod carrier_billing;
mod qr;
mod saved_card;
mod wallet;

pub use card::Card;

use crate::db::Private;
use crate::error::Failure;
use micro_checkout_contract::{
    Action, CONTRACT_VERSION, ConfirmRequest, ErrorInfo, Kind, Method, MethodKind, NextAction,
    PaymentResult, PaymentStatus, Session,
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
    /// How long a QR code stays payable.
    pub qr_ttl: Duration,
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
    /// When the widget should poll again, while the payment waits on the outside world.
    pub poll_after_ms: Option<u32>,
    /// What the server keeps and never shows.
    pub private: Private,
}

impl Step {
    /// The payment's answer for this step, and the private state to keep: the one
    /// conversion confirm and every later move share.
    pub fn into_result(self, payment_id: String) -> (PaymentResult, Private) {
        let result = PaymentResult {
            version: CONTRACT_VERSION,
            payment_id,
            status: self.status,
            next_action: self.next_action,
            poll_after_ms: self.poll_after_ms,
            error: self.error,
        };
        (result, self.private)
    }

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
            poll_after_ms: None,
            private: Private::default(),
        }
    }
}

/// A step that waits for the buyer or the outside world, keeping `pending` as its state.
fn waiting<T: serde::Serialize>(next: NextAction, poll_after_ms: Option<u32>, pending: &T) -> Step {
    Step {
        status: PaymentStatus::RequiresAction,
        next_action: Some(next),
        error: None,
        poll_after_ms,
        private: Private {
            state: serde_json::to_string(pending).unwrap_or_default(),
            phone: None,
        },
    }
}

/// The buyer gave up (or declined on the wallet's page).
fn canceled() -> Step {
    Step {
        status: PaymentStatus::Canceled,
        ..Step::done(Some((
            micro_checkout_contract::codes::CANCELED_BY_BUYER,
            false,
        )))
    }
}

/// Where a redirect-flow wallet payment sends the buyer back, if it does.
pub fn wallet_return_url(private: &Private) -> Option<String> {
    serde_json::from_str::<wallet::Pending>(&private.state)
        .ok()
        .and_then(|p| p.return_url)
}

/// Something outside the widget that moves a waiting payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outside {
    /// The buyer decided on the wallet's page.
    WalletDecision(bool),
    /// The issuer's 3-D Secure page recorded its decision: authenticated or not.
    ThreeDsDecision(bool),
    /// The QR code was scanned and paid.
    QrScanned,
    /// The bank transfer arrived.
    TransferArrived,
    /// Time passed: expire what has expired.
    Tick,
}

/// Applies an outside event to a waiting payment of `kind`; `None` when it does not apply.
pub fn outside(kind: Kind, private: &Private, event: Outside, ctx: Ctx) -> Option<Step> {
    let expired = || {
        serde_json::from_str::<qr::Pending>(&private.state)
            .is_ok_and(|p| ctx.now_ms > p.expires_at_ms)
    };
    match (kind, event) {
        (Kind::Wallet, Outside::WalletDecision(approved)) => Some(wallet::decide(approved)),
        (Kind::Card, Outside::ThreeDsDecision(authenticated)) => Some(card::decide(authenticated)),
        (Kind::Qr | Kind::BankTransfer, _) if expired() => Some(Step::done(Some((
            micro_checkout_contract::codes::EXPIRED,
            false,
        )))),
        (Kind::Qr, Outside::QrScanned) | (Kind::BankTransfer, Outside::TransferArrived) => {
            Some(Step::done(None))
        }
        _ => None,
    }
}

/// `result` with its countdowns (`expires_in_s`, `resend_in_s`) counted from `now_ms` to the
/// deadlines kept in the payment's private state (`expires_at_ms`, `resend_at_ms`), rounded
/// up; a next action without a deadline is left as it is.
pub fn time_left(mut result: PaymentResult, private: &Private, now_ms: i64) -> PaymentResult {
    let Ok(state) = serde_json::from_str::<serde_json::Value>(&private.state) else {
        return result;
    };
    let left = |key: &str, stored: u32| {
        state[key].as_i64().map_or(stored, |at_ms| {
            u32::try_from(((at_ms - now_ms).max(0) + 999) / 1000).unwrap_or(0)
        })
    };
    match result.next_action.as_mut() {
        Some(NextAction::Otp {
            expires_in_s,
            resend_in_s,
            ..
        }) => {
            *expires_in_s = left("expires_at_ms", *expires_in_s);
            *resend_in_s = left("resend_at_ms", *resend_in_s);
        }
        Some(
            NextAction::Qr { expires_in_s, .. } | NextAction::Instructions { expires_in_s, .. },
        ) => {
            *expires_in_s = left("expires_at_ms", *expires_in_s);
        }
        _ => {}
    }
    result
}

/// Checks a confirm's method-specific inputs before anything is claimed or charged.
pub fn check(method: &Method, request: &ConfirmRequest) -> Result<(), Failure> {
    match &method.kind {
        MethodKind::CarrierBilling { carriers } => carrier_billing::check(carriers, request),
        MethodKind::Card { .. } if request.token.is_none() => Err(Failure::invalid(
            "token",
            "a card confirm needs the token that tokenize_url returned",
        )),
        MethodKind::Wallet { flow, .. } => wallet::check(*flow, request),
        MethodKind::Balance { .. } => balance::check(method, request),
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
        MethodKind::Card { brands } => card::start(inputs, brands),
        MethodKind::SavedCard { last4, .. } => saved_card::charge(last4),
        MethodKind::CarrierBilling { .. } => carrier_billing::start(request, ctx),
        MethodKind::Wallet { .. } => wallet::start(request, &inputs.payment_id),
        MethodKind::Qr { .. } => qr::start(&inputs.payment_id, ctx),
        MethodKind::BankTransfer => bank_transfer::start(session, method, &inputs.payment_id, ctx),
        MethodKind::Balance { balance, .. } => balance::pay(
            balance,
            method,
            request,
            session.total_with(method).amount_minor,
        ),
    }
}

/// Applies a buyer's action to a payment that waits for one: `Some(Some(step))` moves it,
/// `Some(None)` leaves it as it is, `None` means the action does not apply.
pub fn act(kind: Kind, private: &Private, action: &Action, ctx: Ctx) -> Option<Option<Step>> {
    match (kind, action) {
        (Kind::CarrierBilling, _) => carrier_billing::act(private, action, ctx).map(Some),
        // The outcome was recorded where it was decided (the issuer's or the wallet's page):
        // the buyer's "done" changes nothing by itself, it only asks where the payment stands.
        (Kind::Card, Action::ThreeDs { .. }) | (Kind::Wallet, Action::RedirectReturn { .. }) => {
            Some(None)
        }
        (Kind::Card | Kind::Wallet | Kind::Qr | Kind::BankTransfer, Action::Cancel) => {
            Some(Some(canceled()))
        }
        _ => None,
    }
}
