//! Where the checkout stands ([`State`]), the loaded session with the buyer's choices
//! ([`Checkout`]), and what went wrong ([`Failure`], [`Problem`]).

use micro_checkout_contract::{ConfirmRequest, ErrorInfo, NextAction};

/// Where the checkout stands.
#[derive(Debug, Clone, PartialEq)]
pub enum State {
    /// The session is being fetched.
    LoadingSession,
    /// The session could not be loaded; the buyer may retry.
    LoadFailed(Problem),
    /// The session is shown and a method is selected: one tap pays.
    Ready(Checkout),
    /// The card is at the tokenizer; confirm follows under `key`.
    Tokenizing {
        /// What is being paid and how.
        checkout: Checkout,
        /// The idempotency key the confirm will use.
        key: String,
        /// The confirm body, waiting for the token.
        request: ConfirmRequest,
    },
    /// A confirm is in flight under `key`. Further taps do nothing. While its outcome is
    /// unknown (the answer was lost, the backend failed, or the key is still in progress)
    /// the same body is sent again under the same key, with growing pauses: the buyer sees
    /// "checking", never a failure.
    Submitting {
        /// What is being paid and how.
        checkout: Checkout,
        /// The idempotency key of this purchase attempt.
        key: String,
        /// The confirm body, replayed unchanged with the key.
        request: ConfirmRequest,
        /// How many times the outcome stayed unknown so far.
        tries: u32,
    },
    /// The payment waits for the buyer: a code, a wallet's page, a QR scan, a transfer.
    Acting(Waiting),
    /// The backend accepted the payment but has no final outcome yet.
    Processing {
        /// What is being paid and how.
        checkout: Checkout,
        /// The backend's payment id.
        payment_id: String,
    },
    /// The buyer was charged.
    Succeeded {
        /// What was paid and how.
        checkout: Checkout,
        /// The backend's payment id.
        payment_id: String,
    },
    /// The last attempt failed; the buyer may pay again, with this or another method.
    Failed {
        /// What is being paid; after a decline the next best method is selected.
        checkout: Checkout,
        /// Why the attempt failed.
        failure: Failure,
    },
}

/// A next action on screen, waiting for the buyer.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiting {
    /// What is being paid and how.
    pub checkout: Checkout,
    /// The backend's payment id.
    pub payment_id: String,
    /// What the buyer must do.
    pub action: NextAction,
    /// The last answer's error, e.g. `otp_invalid`, shown beside the step.
    pub error: Option<ErrorInfo>,
    /// True while an action call is in flight.
    pub busy: bool,
    /// How many answers this step has had: a new round restarts its countdowns.
    pub round: u32,
}

impl Waiting {
    /// A new step for `action` on payment `payment_id`: no error yet, nothing in flight.
    pub fn new(checkout: Checkout, payment_id: String, action: NextAction) -> Self {
        Self {
            checkout,
            payment_id,
            action,
            error: None,
            busy: false,
            round: 0,
        }
    }
}

/// A loaded session and the buyer's choices on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Checkout {
    /// The session as the backend sent it, methods ranked best first (shared: every state
    /// holds the one the backend sent, never a copy).
    pub session: std::rc::Rc<micro_checkout_contract::Session>,
    /// The id of the selected method: the primary Pay button uses it.
    pub selected: String,
    /// Whether "Other ways to pay" is open.
    pub others_open: bool,
    /// The top-up pack chosen for a short balance.
    pub pack: Option<String>,
    /// Whether the selected method's fields are complete (always true without fields).
    pub complete: bool,
    /// The method whose attempt failed last, to name it beside the fallback.
    pub failed_method: Option<String>,
    /// True while the browser says it is offline: a confirm waits, kept, until it is back.
    pub offline: bool,
    /// The session's message overrides, compiled once per locale (a locale the widget
    /// cannot use is left out, and shows the widget's own text).
    pub messages: crate::i18n::Compiled,
}

/// A failed payment attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The backend answered `failed` or `canceled`: nothing was charged. Paying again
    /// starts a new attempt.
    Declined(ErrorInfo),
    /// A call failed. When the outcome is unknown, `retry` holds the key and body so that
    /// paying again with the same method replays the same attempt, never a new charge.
    Problem {
        /// What went wrong.
        problem: Problem,
        /// The attempt's key and body, kept only while its outcome is unknown.
        retry: Option<(String, ConfirmRequest)>,
    },
}

/// A failed call to the backend, reduced to what the flow needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// A stable code: `network`, `server_error`, `bad_response`, or the backend's error code.
    pub code: String,
    /// True when the request may have taken effect (network loss, 5xx).
    pub outcome_unknown: bool,
}

/// The checkout inside a `&State` or a `&mut State`: the same arms serve both, since each
/// binds by the reference it is given.
macro_rules! checkout_of {
    ($state:expr) => {
        match $state {
            State::LoadingSession | State::LoadFailed(_) => None,
            State::Ready(checkout)
            | State::Tokenizing { checkout, .. }
            | State::Submitting { checkout, .. }
            | State::Acting(Waiting { checkout, .. })
            | State::Processing { checkout, .. }
            | State::Succeeded { checkout, .. }
            | State::Failed { checkout, .. } => Some(checkout),
        }
    };
}

impl State {
    /// The checkout behind this state, once the session is loaded.
    pub fn checkout(&self) -> Option<&Checkout> {
        checkout_of!(self)
    }

    /// The checkout behind this state, to change.
    pub(super) fn checkout_mut(&mut self) -> Option<&mut Checkout> {
        checkout_of!(self)
    }

    /// The payment that waits for the buyer or the backend, in `Acting` or `Processing`.
    pub fn waiting_payment(&self) -> Option<&str> {
        match self {
            State::Acting(Waiting { payment_id, .. }) | State::Processing { payment_id, .. } => {
                Some(payment_id)
            }
            _ => None,
        }
    }

    /// True while a call the buyer started is in flight (Pay is disabled).
    pub fn busy(&self) -> bool {
        matches!(
            self,
            State::Tokenizing { .. }
                | State::Submitting { .. }
                | State::Acting(Waiting { busy: true, .. })
        )
    }
}
