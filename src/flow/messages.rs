//! The flow's messages: the events it reacts to, the effects it asks for, and the events the
//! host page receives. Pure data, like the rest of the flow.

use super::Problem;
use micro_checkout_contract::{ConfirmRequest, PaymentResult, Session};

/// Something that happened: a buyer's action or a backend's answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The session arrived.
    SessionLoaded(Session),
    /// Fetching the session failed.
    SessionFailed(Problem),
    /// The buyer chose a method.
    MethodSelected(String),
    /// The buyer opened or closed "Other ways to pay".
    OtherMethodsToggled,
    /// The buyer tapped Pay. `fresh_key` is a new random key the flow uses if it starts
    /// a new attempt; it is ignored when an attempt is in flight or being replayed.
    PayTapped {
        /// A freshly generated idempotency key.
        fresh_key: String,
    },
    /// The buyer asked to load the session again.
    Retry,
    /// The confirm call answered.
    PaymentResolved(PaymentResult),
    /// The confirm call failed.
    ConfirmFailed(Problem),
    /// Polling the payment answered.
    PaymentPolled(PaymentResult),
    /// Polling the payment failed; the payment still stands where it was.
    PollFailed(Problem),
}

/// Work for the edge to carry out.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Fetch the session.
    FetchSession,
    /// Call confirm with this body and idempotency key, after `delay_ms`.
    Confirm {
        /// The confirm body.
        request: ConfirmRequest,
        /// The attempt's idempotency key.
        key: String,
        /// How long to wait first (0: at once).
        delay_ms: u32,
    },
    /// Ask where payment `payment_id` stands, after `delay_ms`.
    Poll {
        /// The payment to poll.
        payment_id: String,
        /// How long to wait first.
        delay_ms: u32,
    },
    /// Tell the host page.
    Emit(HostEvent),
}

/// Events the host page receives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostEvent {
    /// The session is loaded and the widget is ready to pay.
    Ready {
        /// The session id.
        session_id: String,
    },
    /// The buyer paid.
    Success {
        /// The payment id.
        payment_id: String,
    },
    /// A payment attempt failed.
    Failure {
        /// The machine code of the failure.
        code: String,
    },
    /// The widget hit an error that is not a payment outcome (e.g. loading failed).
    Error {
        /// The machine code of the error.
        code: String,
    },
}
