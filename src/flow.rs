//! The checkout flow as a pure state machine: `step(state, event) -> (state, effects)`.
//!
//! Architecture Invariant: this module imports nothing from yew, web-sys, js-sys or gloo.
//! It decides; the edge (`hooks/`, `api`) carries out the [`Effect`]s it returns and feeds
//! what happened back in as [`Event`]s. Randomness (idempotency keys) arrives inside events.

mod messages;

pub use messages::{Effect, Event, HostEvent};

use micro_checkout_contract::{
    CONTRACT_VERSION, ConfirmRequest, ErrorInfo, Method, MethodKind, PaymentResult, PaymentStatus,
    Session,
};

/// The backend's answer while the first request with a key is still being processed.
const IN_PROGRESS: &str = "idempotency_in_progress";
/// How many times the widget waits for an in-progress key before it lets the buyer decide.
const MAX_WAITS: u32 = 5;
/// How long to wait before polling when the backend gives no hint.
const DEFAULT_POLL_MS: u32 = 2000;
/// How long to wait before polling again after a failed poll.
const RETRY_POLL_MS: u32 = 5000;

/// Where the checkout stands.
#[derive(Debug, Clone, PartialEq)]
pub enum State {
    /// The session is being fetched.
    LoadingSession,
    /// The session could not be loaded; the buyer may retry.
    LoadFailed(Problem),
    /// The session is shown and a method is selected: one tap pays.
    Ready(Checkout),
    /// A confirm is in flight under `key`. Further taps do nothing.
    Submitting {
        /// What is being paid and how.
        checkout: Checkout,
        /// The idempotency key of this purchase attempt.
        key: String,
        /// How many times the backend said this key is still in progress.
        waits: u32,
    },
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
        /// What is being paid, with other methods disclosed.
        checkout: Checkout,
        /// Why the attempt failed.
        failure: Failure,
    },
}

/// A loaded session and the buyer's choices on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Checkout {
    /// The session as the backend sent it.
    pub session: Session,
    /// The id of the selected method: the primary Pay button uses it.
    pub selected: String,
    /// Whether "Other ways to pay" is open.
    pub others_open: bool,
}

/// A failed payment attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The backend answered `failed` or `canceled`: nothing was charged. Paying again
    /// starts a new attempt.
    Declined(ErrorInfo),
    /// The confirm call failed. When the outcome is unknown, `retry_key` holds the key so
    /// that paying again with the same method replays the same attempt, never a new charge.
    Problem {
        /// What went wrong.
        problem: Problem,
        /// The attempt's key, kept only while its outcome is unknown.
        retry_key: Option<String>,
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

/// The state a widget starts in, with the effects to run first.
pub fn start() -> (State, Vec<Effect>) {
    (State::LoadingSession, vec![Effect::FetchSession])
}

/// Advances the flow by one event. Events that do not apply to the state change nothing.
pub fn step(state: State, event: Event) -> (State, Vec<Effect>) {
    match (state, event) {
        (State::LoadingSession, Event::SessionLoaded(session)) => session_loaded(session),
        (State::LoadingSession, Event::SessionFailed(problem)) => {
            let emit = Effect::Emit(HostEvent::Error {
                code: problem.code.clone(),
            });
            (State::LoadFailed(problem), vec![emit])
        }
        (State::LoadFailed(_), Event::Retry) => start(),
        (State::Ready(checkout), Event::MethodSelected(id)) => {
            (State::Ready(select(checkout, id)), vec![])
        }
        (State::Failed { checkout, failure }, Event::MethodSelected(id)) => {
            if id == checkout.selected {
                (State::Failed { checkout, failure }, vec![])
            } else {
                (State::Ready(select(checkout, id)), vec![])
            }
        }
        (State::Ready(mut checkout), Event::OtherMethodsToggled) => {
            checkout.others_open = !checkout.others_open;
            (State::Ready(checkout), vec![])
        }
        (
            State::Failed {
                mut checkout,
                failure,
            },
            Event::OtherMethodsToggled,
        ) => {
            checkout.others_open = !checkout.others_open;
            (State::Failed { checkout, failure }, vec![])
        }
        (State::Ready(checkout), Event::PayTapped { fresh_key }) => submit(checkout, fresh_key, 0),
        (State::Failed { checkout, failure }, Event::PayTapped { fresh_key }) => {
            let key = match failure {
                Failure::Problem {
                    retry_key: Some(key),
                    ..
                } => key,
                _ => fresh_key,
            };
            submit(checkout, key, 0)
        }
        (State::Submitting { checkout, .. }, Event::PaymentResolved(result)) => {
            resolved(checkout, result)
        }
        (
            State::Submitting {
                checkout,
                key,
                waits,
            },
            Event::ConfirmFailed(problem),
        ) if problem.code == IN_PROGRESS && waits < MAX_WAITS => submit(checkout, key, waits + 1),
        (
            State::Processing {
                checkout,
                payment_id,
            },
            Event::PaymentPolled(result),
        ) if result.payment_id == payment_id => resolved(checkout, result),
        (
            State::Processing {
                checkout,
                payment_id,
            },
            Event::PollFailed(_),
        ) => {
            let poll = Effect::Poll {
                payment_id: payment_id.clone(),
                delay_ms: RETRY_POLL_MS,
            };
            (
                State::Processing {
                    checkout,
                    payment_id,
                },
                vec![poll],
            )
        }
        (
            State::Submitting {
                mut checkout, key, ..
            },
            Event::ConfirmFailed(problem),
        ) => {
            let emit = Effect::Emit(HostEvent::Failure {
                code: problem.code.clone(),
            });
            let retry_key = problem.outcome_unknown.then_some(key);
            checkout.others_open = !problem.outcome_unknown;
            let failure = Failure::Problem { problem, retry_key };
            (State::Failed { checkout, failure }, vec![emit])
        }
        (state, _) => (state, vec![]),
    }
}

/// Whether the widget can pay with `method` for `amount_minor`: its kind is one the
/// widget handles, and the amount is within the method's limits.
pub fn payable(method: &Method, amount_minor: i64) -> bool {
    matches!(method.kind, MethodKind::SavedCard { .. }) && method.accepts(amount_minor)
}

fn session_loaded(mut session: Session) -> (State, Vec<Effect>) {
    if session.version != CONTRACT_VERSION {
        return load_problem("unsupported_version");
    }
    let total = session.amount.amount_minor;
    session.methods.retain(|m| payable(m, total));
    let selected = match session.method(&session.default_method) {
        Some(method) => method.id.clone(),
        None => match session.methods.first() {
            Some(method) => method.id.clone(),
            None => return load_problem("no_methods"),
        },
    };
    let emit = Effect::Emit(HostEvent::Ready {
        session_id: session.id.clone(),
    });
    let checkout = Checkout {
        session,
        selected,
        others_open: false,
    };
    (State::Ready(checkout), vec![emit])
}

fn load_problem(code: &str) -> (State, Vec<Effect>) {
    let problem = Problem {
        code: code.to_owned(),
        outcome_unknown: false,
    };
    step(State::LoadingSession, Event::SessionFailed(problem))
}

fn select(mut checkout: Checkout, id: String) -> Checkout {
    if checkout.session.method(&id).is_some() {
        checkout.selected = id;
    }
    checkout
}

/// Confirms under `key`; after `waits` "still in progress" answers, it first pauses
/// `waits` seconds.
fn submit(checkout: Checkout, key: String, waits: u32) -> (State, Vec<Effect>) {
    let request = ConfirmRequest {
        version: CONTRACT_VERSION,
        method_id: checkout.selected.clone(),
        ..ConfirmRequest::default()
    };
    let effect = Effect::Confirm {
        request,
        key: key.clone(),
        delay_ms: 1000 * waits,
    };
    let state = State::Submitting {
        checkout,
        key,
        waits,
    };
    (state, vec![effect])
}

fn resolved(mut checkout: Checkout, result: PaymentResult) -> (State, Vec<Effect>) {
    let payment_id = result.payment_id;
    match result.status {
        PaymentStatus::Succeeded => {
            let emit = Effect::Emit(HostEvent::Success {
                payment_id: payment_id.clone(),
            });
            (
                State::Succeeded {
                    checkout,
                    payment_id,
                },
                vec![emit],
            )
        }
        PaymentStatus::Processing => {
            let poll = Effect::Poll {
                payment_id: payment_id.clone(),
                delay_ms: result.poll_after_ms.unwrap_or(DEFAULT_POLL_MS),
            };
            let state = State::Processing {
                checkout,
                payment_id,
            };
            (state, vec![poll])
        }
        PaymentStatus::RequiresAction | PaymentStatus::Failed | PaymentStatus::Canceled => {
            let error = match (result.status, result.error) {
                (PaymentStatus::RequiresAction, _) => ErrorInfo {
                    code: "action_unsupported".to_owned(),
                    retryable: false,
                },
                (_, Some(error)) => error,
                (_, None) => ErrorInfo {
                    code: "unknown".to_owned(),
                    retryable: false,
                },
            };
            let emit = Effect::Emit(HostEvent::Failure {
                code: error.code.clone(),
            });
            checkout.others_open = true;
            let failure = Failure::Declined(error);
            (State::Failed { checkout, failure }, vec![emit])
        }
    }
}

impl State {
    /// The checkout behind this state, once the session is loaded.
    pub fn checkout(&self) -> Option<&Checkout> {
        match self {
            State::LoadingSession | State::LoadFailed(_) => None,
            State::Ready(checkout)
            | State::Submitting { checkout, .. }
            | State::Processing { checkout, .. }
            | State::Succeeded { checkout, .. }
            | State::Failed { checkout, .. } => Some(checkout),
        }
    }
}
