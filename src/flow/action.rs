//! Payments that wait: next actions the buyer completes inside the widget (a one-time
//! code, a wallet's page, a 3-D Secure challenge, a QR scan, a bank transfer) and polling
//! until the backend knows the outcome.

use super::rank::{fall_back, funnel};
use super::{Checkout, Effect, Event, HostEvent, Problem, State};
use micro_checkout_contract::{Action, ErrorInfo, NextAction, PaymentResult, PaymentStatus};

/// How long to wait before polling when the backend gives no hint.
const DEFAULT_POLL_MS: u32 = 2000;
/// How long to wait before polling again after a failed poll.
const RETRY_POLL_MS: u32 = 5000;

/// Where a payment answer leads.
pub(super) fn resolved(checkout: Checkout, result: PaymentResult) -> (State, Vec<Effect>) {
    let payment_id = result.payment_id.clone();
    match (result.status, result.next_action.clone()) {
        (PaymentStatus::Succeeded, _) => {
            let emit = Effect::Emit(HostEvent::Success {
                payment_id: payment_id.clone(),
            });
            let funnel = funnel(&checkout, "succeeded");
            let state = State::Succeeded {
                checkout,
                payment_id,
            };
            (state, vec![emit, funnel])
        }
        (PaymentStatus::Processing, _) => {
            let poll = poll(&payment_id, result.poll_after_ms);
            let state = State::Processing {
                checkout,
                payment_id,
            };
            (state, vec![poll])
        }
        (PaymentStatus::RequiresAction, Some(action)) => {
            let effects = begin(&checkout, &payment_id, &action, result.poll_after_ms);
            let state = State::Acting {
                checkout,
                payment_id,
                action,
                error: result.error,
                busy: false,
                round: 0,
            };
            (state, effects)
        }
        (status, _) => {
            let error = match (status, result.error) {
                (PaymentStatus::RequiresAction, _) => info("action_unsupported"),
                (_, Some(error)) => error,
                (_, None) => info("unknown"),
            };
            declined(checkout, error)
        }
    }
}

fn info(code: &str) -> ErrorInfo {
    ErrorInfo {
        code: code.to_owned(),
        retryable: false,
    }
}

/// Nothing was charged: say why and offer the next best method.
fn declined(checkout: Checkout, error: ErrorInfo) -> (State, Vec<Effect>) {
    let emit = Effect::Emit(HostEvent::Failure {
        code: error.code.clone(),
    });
    let funnel = funnel(&checkout, "failed");
    let checkout = fall_back(checkout);
    let failure = super::Failure::Declined(error);
    (State::Failed { checkout, failure }, vec![emit, funnel])
}

/// What starting a next action takes: open the wallet's page, or poll for a scan or a
/// transfer. A code and a challenge wait for the buyer.
fn begin(
    checkout: &Checkout,
    payment_id: &str,
    action: &NextAction,
    poll_after_ms: Option<u32>,
) -> Vec<Effect> {
    match action {
        NextAction::Redirect { url } => {
            let popup = !super::rank::redirects(checkout);
            let open = Effect::OpenPage {
                url: url.clone(),
                popup,
            };
            let mut effects = vec![open];
            if popup {
                effects.push(poll(payment_id, poll_after_ms));
            }
            effects
        }
        NextAction::Qr { .. } | NextAction::Instructions { .. } => {
            vec![poll(payment_id, poll_after_ms)]
        }
        NextAction::Otp { .. } | NextAction::ThreeDs { .. } => vec![],
    }
}

fn poll(payment_id: &str, delay_ms: Option<u32>) -> Effect {
    Effect::Poll {
        payment_id: payment_id.to_owned(),
        delay_ms: delay_ms.unwrap_or(DEFAULT_POLL_MS),
    }
}

/// Events while a payment waits for the buyer or the backend.
pub(super) fn step(state: State, event: Event) -> (State, Vec<Effect>) {
    match (state, event) {
        (
            State::Processing {
                checkout,
                payment_id,
            },
            Event::PaymentPolled(result),
        ) if result.payment_id == payment_id => resolved(checkout, result),
        (state @ State::Acting { .. }, Event::PaymentPolled(result))
            if state.waiting_payment() == Some(&result.payment_id) =>
        {
            if result.status != PaymentStatus::RequiresAction {
                let State::Acting { checkout, .. } = state else {
                    unreachable!("matched above")
                };
                return resolved(checkout, result);
            }
            // Still waiting for a scan, a transfer or the wallet: keep the step on screen
            // (its countdown keeps running) and ask again.
            let again = poll(&result.payment_id, result.poll_after_ms);
            (state, vec![again])
        }
        (state, Event::PollFailed(_)) if state.waiting_payment().is_some() => {
            let again = poll(
                state.waiting_payment().unwrap_or_default(),
                Some(RETRY_POLL_MS),
            );
            (state, vec![again])
        }
        (
            State::Acting {
                checkout,
                payment_id,
                action,
                busy: false,
                round,
                ..
            },
            event,
        ) => act(checkout, payment_id, (action, round), event),
        (
            State::Acting {
                checkout,
                payment_id,
                action: current,
                busy: true,
                round,
                ..
            },
            event,
        ) => answered(checkout, payment_id, (current, round), event),
        (state, _) => (state, vec![]),
    }
}

/// The buyer answers the step: a code, a resend, a page's result, or cancel.
fn act(
    checkout: Checkout,
    payment_id: String,
    (next, round): (NextAction, u32),
    event: Event,
) -> (State, Vec<Effect>) {
    let action = match (&next, event) {
        (NextAction::Otp { .. }, Event::OtpEntered(code)) => Action::Otp { code },
        (NextAction::Otp { .. }, Event::OtpResendTapped) => Action::ResendOtp,
        (
            NextAction::Redirect { .. },
            Event::PageReturned {
                payment_id: p,
                result,
            },
        ) if p == payment_id => Action::RedirectReturn { result },
        (
            NextAction::ThreeDs { .. },
            Event::PageReturned {
                payment_id: p,
                result,
            },
        ) if p == payment_id => Action::ThreeDs { result },
        (_, Event::CancelTapped) => Action::Cancel,
        _ => {
            let state = State::Acting {
                checkout,
                payment_id,
                action: next,
                error: None,
                busy: false,
                round,
            };
            return (state, vec![]);
        }
    };
    let effect = Effect::Act {
        payment_id: payment_id.clone(),
        action,
    };
    let state = State::Acting {
        checkout,
        payment_id,
        action: next,
        error: None,
        busy: true,
        round,
    };
    (state, vec![effect])
}

/// An action call came back: a new step (e.g. a fresh code, or `otp_invalid` beside the
/// same step), an outcome, or a failed call that leaves the step as it was.
fn answered(
    checkout: Checkout,
    payment_id: String,
    (current, round): (NextAction, u32),
    event: Event,
) -> (State, Vec<Effect>) {
    match event {
        Event::ActionAnswered(result) if result.payment_id == payment_id => {
            let same_step = match &result.next_action {
                None => true,
                Some(next) => std::mem::discriminant(next) == std::mem::discriminant(&current),
            };
            if result.status == PaymentStatus::RequiresAction && same_step {
                let state = State::Acting {
                    checkout,
                    payment_id,
                    action: result.next_action.unwrap_or(current),
                    error: result.error,
                    busy: false,
                    round: round + 1,
                };
                return (state, vec![]);
            }
            resolved(checkout, result)
        }
        Event::ActionFailed(Problem { code, .. }) => {
            let state = State::Acting {
                checkout,
                payment_id,
                action: current,
                error: Some(ErrorInfo {
                    code,
                    retryable: true,
                }),
                busy: false,
                round,
            };
            (state, vec![])
        }
        _ => {
            let state = State::Acting {
                checkout,
                payment_id,
                action: current,
                error: None,
                busy: true,
                round,
            };
            (state, vec![])
        }
    }
}
