//! Payments that wait: next actions the buyer completes inside the widget (a one-time
//! code, a wallet's page, a 3-D Secure challenge, a QR scan, a bank transfer) and polling
//! until the backend knows the outcome.

use super::fallback::after_decline;
use super::funnel::funnel;
use super::url_policy::allowed_origin;
use super::{Checkout, Effect, Event, HostEvent, Pending, Problem, State, Waiting};
use micro_checkout_contract::{
    Action, ErrorInfo, FunnelStep, NextAction, PaymentResult, PaymentStatus, widget_codes,
};

/// How long to wait before polling when the backend gives no hint.
const DEFAULT_POLL_MS: u32 = 2000;
/// How long to wait before polling again after a failed poll.
const RETRY_POLL_MS: u32 = 5000;
/// How long to wait before asking where a payment stands when an action's answer was lost.
const LOST_ANSWER_POLL_MS: u32 = 500;

/// How a payment answer arrived, which decides what it may do beyond showing the truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Arrival {
    /// It answers what the buyer just did: it may open a wallet's page.
    Tapped,
    /// Polling found it: it opens no page (the buyer did not just ask for one).
    Polled,
    /// It came with the session after a reload or a reopen: it opens no page and counts
    /// no second funnel step.
    Resumed,
}

/// Where a payment answer leads: success, polling, a step for the buyer, or a decline that
/// selects the next best method.
pub(super) fn answer(
    checkout: Checkout,
    result: PaymentResult,
    arrival: Arrival,
) -> (State, Vec<Effect>) {
    let payment_id = result.payment_id.clone();
    let waiting = Effect::Remember(Some(Pending::Payment {
        payment_id: payment_id.clone(),
    }));
    match (result.status, result.next_action.clone()) {
        (PaymentStatus::Succeeded, _) => {
            let mut effects = vec![
                Effect::Remember(None),
                Effect::Emit(HostEvent::Success {
                    payment_id: payment_id.clone(),
                }),
            ];
            if arrival != Arrival::Resumed {
                effects.push(funnel(&checkout, FunnelStep::Succeeded));
            }
            let state = State::Succeeded {
                checkout,
                payment_id,
            };
            (state, effects)
        }
        (PaymentStatus::Processing, _) => {
            let poll = poll(&payment_id, result.poll_after_ms);
            let state = State::Processing {
                checkout,
                payment_id,
            };
            (state, vec![waiting, poll])
        }
        (PaymentStatus::RequiresAction, Some(action)) => {
            if let Some(code) = unusable(&action) {
                return refused(checkout, payment_id, code);
            }
            let mut effects = vec![waiting];
            if arrival == Arrival::Tapped {
                effects.push(funnel(&checkout, FunnelStep::ActionRequired));
            }
            effects.extend(begin(
                &checkout,
                &payment_id,
                &action,
                result.poll_after_ms,
                arrival == Arrival::Tapped,
            ));
            let waiting = Waiting {
                error: result.error,
                ..Waiting::new(checkout, payment_id, action)
            };
            (State::Acting(waiting), effects)
        }
        (status, _) => {
            let error = match (status, result.error) {
                (PaymentStatus::RequiresAction, _) => info(widget_codes::ACTION_UNSUPPORTED),
                (_, Some(error)) => error,
                (_, None) => info(widget_codes::UNKNOWN),
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
    let failed = funnel(&checkout, FunnelStep::Failed);
    let checkout = after_decline(checkout);
    let failure = super::Failure::Declined(error);
    let mut effects = vec![Effect::Remember(None), emit, failed];
    if checkout.failed_method.as_ref() != Some(&checkout.selected) {
        effects.push(funnel(&checkout, FunnelStep::FallbackOffered));
    }
    (State::Failed { checkout, failure }, effects)
}

/// Why the widget cannot show a next action, if it cannot: its page's URL breaks the URL
/// policy (`javascript:`, `data:`, `http:` to another host…), or its QR payload is too long
/// for a QR code.
fn unusable(action: &NextAction) -> Option<&'static str> {
    match action {
        NextAction::Redirect { url } | NextAction::ThreeDs { url }
            if allowed_origin(url).is_none() =>
        {
            Some(widget_codes::UNSAFE_URL)
        }
        NextAction::Qr { payload, .. } if !micro_checkout_contract::qr::fits(payload) => {
            Some(widget_codes::QR_UNREADABLE)
        }
        _ => None,
    }
}

/// The payment's next action cannot be shown: cancel that payment at the backend (it has
/// charged nothing while it waits for the buyer), tell the host page, and offer the next
/// best method.
fn refused(checkout: Checkout, payment_id: String, code: &str) -> (State, Vec<Effect>) {
    let cancel = Effect::Act {
        payment_id,
        action: Action::Cancel,
    };
    let error = Effect::Emit(HostEvent::Error {
        code: code.to_owned(),
    });
    let (state, mut effects) = declined(checkout, info(code));
    // Two inserts, not a splice: `Vec::insert` is already in the wasm, a splice's drop is not.
    effects.insert(0, error);
    effects.insert(0, cancel);
    (state, effects)
}

/// What starting a next action takes: open the wallet's page, or poll for a scan or a
/// transfer. A code and a challenge wait for the buyer.
fn begin(
    checkout: &Checkout,
    payment_id: &str,
    action: &NextAction,
    poll_after_ms: Option<u32>,
    open_pages: bool,
) -> Vec<Effect> {
    let popup = !super::select::redirects(checkout);
    let mut effects = Vec::new();
    if let NextAction::Redirect { url } = action
        && open_pages
    {
        effects.push(Effect::OpenPage {
            url: url.clone(),
            popup,
        });
    }
    if polls(action, popup) {
        effects.push(poll(payment_id, poll_after_ms));
    }
    effects
}

/// Whether the widget polls while this step is on screen: a scan, a transfer, a wallet's
/// window or a challenge may complete without a word to the widget.
fn polls(action: &NextAction, popup: bool) -> bool {
    match action {
        NextAction::Redirect { .. } => popup,
        NextAction::Qr { .. } | NextAction::Instructions { .. } | NextAction::ThreeDs { .. } => {
            true
        }
        NextAction::Otp { .. } => false,
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
    let waiting = match state {
        State::Acting(waiting) => waiting,
        State::Processing {
            checkout,
            payment_id,
        } => return processing(checkout, payment_id, event),
        state => return (state, vec![]),
    };
    match event {
        Event::PaymentPolled(result) if result.payment_id == waiting.payment_id => {
            waiting.polled(result)
        }
        Event::CopyTapped(text) if matches!(waiting.action, NextAction::Instructions { .. }) => {
            (State::Acting(waiting), vec![Effect::Copy(text)])
        }
        Event::ReopenTapped if !waiting.busy => reopen(waiting),
        Event::PollFailed(_) => {
            let again = poll(&waiting.payment_id, Some(RETRY_POLL_MS));
            (State::Acting(waiting), vec![again])
        }
        event @ (Event::ActionAnswered(_) | Event::ActionFailed(_)) if waiting.busy => {
            answered(waiting, event)
        }
        _ if waiting.busy => waiting.keep(),
        event => act(waiting, event),
    }
}

/// The buyer asked to open the wallet's window again: it opens as it did the first time,
/// at the URL the flow checked then. Nothing else changes.
fn reopen(waiting: Waiting) -> (State, Vec<Effect>) {
    let effects = match &waiting.action {
        NextAction::Redirect { url } if !url.is_empty() => vec![Effect::OpenPage {
            url: url.clone(),
            popup: !super::select::redirects(&waiting.checkout),
        }],
        _ => vec![],
    };
    (State::Acting(waiting), effects)
}

/// Events while the backend works on a payment: polling finds its outcome.
fn processing(checkout: Checkout, payment_id: String, event: Event) -> (State, Vec<Effect>) {
    let effects = match event {
        Event::PaymentPolled(result) if result.payment_id == payment_id => {
            return answer(checkout, result, Arrival::Polled);
        }
        Event::PollFailed(_) => vec![poll(&payment_id, Some(RETRY_POLL_MS))],
        _ => vec![],
    };
    let state = State::Processing {
        checkout,
        payment_id,
    };
    (state, effects)
}

impl Waiting {
    /// Polling answered. An outcome ends the step; a payment still waiting for a scan, a
    /// transfer, the wallet or the challenge keeps it on screen (its countdown keeps
    /// running) and asks again. A poll that stood in for a lost action answer ends the wait
    /// on that answer.
    fn polled(self, result: PaymentResult) -> (State, Vec<Effect>) {
        if result.status != PaymentStatus::RequiresAction {
            return answer(self.checkout, result, Arrival::Tapped);
        }
        let polled = polls(&self.action, !super::select::redirects(&self.checkout));
        let again = polled.then(|| poll(&self.payment_id, result.poll_after_ms));
        let stand_in = self.busy && !polled;
        let waiting = Waiting {
            error: if stand_in { result.error } else { self.error },
            busy: self.busy && !stand_in,
            round: self.round + u32::from(stand_in),
            ..self
        };
        (State::Acting(waiting), again.into_iter().collect())
    }

    /// The step, as it was.
    fn keep(self) -> (State, Vec<Effect>) {
        (State::Acting(self), vec![])
    }
}

/// Whether `origin` and `opened` say a page's message comes from the window the widget
/// opened for `url`, at that URL's origin.
pub(super) fn from_opened_page(url: &str, origin: &str, opened: bool) -> bool {
    opened && allowed_origin(url).is_some_and(|expected| expected == origin)
}

/// The buyer answers the step: a code, a resend, a page's result, a return from a
/// redirect, or cancel. Anything else leaves the step as it was, its error included.
fn act(waiting: Waiting, event: Event) -> (State, Vec<Effect>) {
    let same = |p: &str| p == waiting.payment_id;
    let action = match (&waiting.action, event) {
        (NextAction::Otp { .. }, Event::OtpEntered(code)) => Action::Otp { code },
        (NextAction::Otp { .. }, Event::OtpResendTapped) => Action::ResendOtp,
        (
            NextAction::Redirect { url } | NextAction::ThreeDs { url },
            Event::PageReturned {
                payment_id,
                result,
                origin,
                opened,
            },
        ) if same(&payment_id) && from_opened_page(url, &origin, opened) => {
            page_said(&waiting.action, result)
        }
        (NextAction::Redirect { .. }, Event::ReturnedFromRedirect { payment_id, result })
            if same(&payment_id) =>
        {
            Action::RedirectReturn { result }
        }
        (_, Event::CancelTapped) => Action::Cancel,
        _ => return waiting.keep(),
    };
    let effect = Effect::Act {
        payment_id: waiting.payment_id.clone(),
        action,
    };
    let waiting = Waiting {
        error: None,
        busy: true,
        ..waiting
    };
    (State::Acting(waiting), vec![effect])
}

/// What the page the widget opened for `step` said, as the action that asks the backend
/// where the payment stands (the page's word decides nothing).
fn page_said(step: &NextAction, result: String) -> Action {
    match step {
        NextAction::ThreeDs { .. } => Action::ThreeDs { result },
        _ => Action::RedirectReturn { result },
    }
}

/// An action call came back: a new step (e.g. a fresh code, or `otp_invalid` beside the
/// same step), an outcome, or a failed call. A failed call whose outcome is unknown is
/// never shown as an error: the payment is asked where it stands instead.
fn answered(waiting: Waiting, event: Event) -> (State, Vec<Effect>) {
    let round = waiting.round;
    match event {
        Event::ActionAnswered(result) if result.payment_id == waiting.payment_id => {
            let same_step = match &result.next_action {
                None => true,
                Some(next) => {
                    std::mem::discriminant(next) == std::mem::discriminant(&waiting.action)
                }
            };
            if result.status == PaymentStatus::RequiresAction && same_step {
                let waiting = Waiting {
                    action: result.next_action.unwrap_or(waiting.action),
                    error: result.error,
                    busy: false,
                    round: round + 1,
                    ..waiting
                };
                return (State::Acting(waiting), vec![]);
            }
            answer(waiting.checkout, result, Arrival::Tapped)
        }
        Event::ActionFailed(problem) if problem.outcome_unknown => {
            let polled = polls(
                &waiting.action,
                !super::select::redirects(&waiting.checkout),
            );
            if polled {
                // The step's own polling will find out.
                return Waiting {
                    busy: false,
                    ..waiting
                }
                .keep();
            }
            let check = poll(&waiting.payment_id, Some(LOST_ANSWER_POLL_MS));
            (State::Acting(waiting), vec![check])
        }
        Event::ActionFailed(Problem { code, .. }) => Waiting {
            error: Some(ErrorInfo {
                code,
                retryable: true,
            }),
            busy: false,
            ..waiting
        }
        .keep(),
        _ => waiting.keep(),
    }
}
