//! The checkout flow as a pure state machine: `step(state, event) -> (state, effects)`.
//!
//! Architecture Invariant: this module imports nothing from yew, web-sys, js-sys or gloo.
//! It decides; the edge (`hooks/`, `api`) carries out the [`Effect`]s it returns and feeds
//! what happened back in as [`Event`]s. Randomness (idempotency keys) arrives inside events.
//! The states are in `flow/state.rs`; ranking methods in `flow/rank.rs`, the buyer's choices
//! in `flow/select.rs`, the next method after a decline in `flow/fallback.rs`, funnel events
//! in `flow/funnel.rs`; next actions (codes, pages, QR, transfers) in `flow/action.rs`.

mod action;
mod fallback;
mod funnel;
mod messages;
mod rank;
mod select;
mod state;
mod url_policy;

pub use fallback::fallback;
pub use messages::{Details, Effect, Event, Field, HostEvent, Pending};
pub use rank::{payable, rank};
pub use select::{charge, due};
pub use state::{Checkout, Failure, Problem, State, Waiting};
pub use url_policy::{allowed, allowed_origin};

use micro_checkout_contract::{
    Action, CONTRACT_VERSION, ConfirmRequest, FunnelStep, Kind, NextAction, TokenizeRequest, codes,
    widget_codes,
};

/// The first pause before asking again about an attempt whose outcome is unknown; each
/// further pause doubles, up to [`MAX_BACKOFF_MS`]. The edge adds jitter.
const FIRST_BACKOFF_MS: u32 = 500;
/// The longest pause between two checks of an unknown outcome.
const MAX_BACKOFF_MS: u32 = 5000;
/// After this many unanswered checks the buyer sees "still checking" and may pay another way.
pub const SLOW_TRIES: u32 = 2;

/// The state a widget starts in, with the effects to run first.
pub fn start() -> (State, Vec<Effect>) {
    (State::LoadingSession, vec![Effect::FetchSession])
}

/// Advances the flow by one event. Events that do not apply to the state change nothing.
pub fn step(state: State, event: Event) -> (State, Vec<Effect>) {
    match (state, event) {
        (state, Event::Connectivity(online)) => connectivity(state, online),
        (State::Submitting { checkout, .. }, Event::CancelTapped) if checkout.offline => {
            // Nothing was sent: the queued payment can simply be dropped.
            (State::Ready(checkout), vec![Effect::Remember(None)])
        }
        (State::LoadingSession, Event::SessionLoaded(session)) => select::loaded(session),
        (State::LoadingSession, Event::SessionFailed(problem)) => load_failed(problem),
        (State::LoadFailed(_), Event::Retry) => start(),
        (State::Ready(checkout), Event::PayTapped { fresh_key, details }) => {
            pay(checkout, fresh_key, details)
        }
        (State::Failed { checkout, failure }, Event::PayTapped { fresh_key, details }) => {
            match failure {
                Failure::Problem {
                    retry: Some((key, request)),
                    ..
                } if request.method_id == checkout.selected => submit(checkout, key, request, 0),
                _ => pay(checkout, fresh_key, details),
            }
        }
        (State::Ready(checkout), Event::ReturnedFromRedirect { payment_id, result }) => {
            let effect = Effect::Act {
                payment_id: payment_id.clone(),
                action: Action::RedirectReturn { result },
            };
            let redirect = NextAction::Redirect { url: String::new() };
            let waiting = Waiting {
                busy: true,
                ..Waiting::new(checkout, payment_id, redirect)
            };
            (State::Acting(waiting), vec![effect])
        }
        (State::Ready(checkout), Event::Recalled(pending)) => recalled(checkout, pending),
        (State::Ready(checkout), event) => select::choose(checkout, event, State::Ready),
        // A replay sent before the buyer stopped waiting may still answer: show the truth.
        (
            State::Failed {
                checkout,
                failure: Failure::Problem { retry: Some(_), .. },
            },
            Event::PaymentResolved(result),
        ) => action::answer(checkout, result, action::Arrival::Tapped),
        (State::Failed { checkout, failure }, event) => {
            select::choose(checkout, event, |checkout| State::Failed {
                checkout,
                failure,
            })
        }
        (
            State::Tokenizing {
                checkout,
                key,
                mut request,
            },
            Event::Tokenized(token),
        ) => {
            request.token = Some(token.token);
            submit(checkout, key, request, 0)
        }
        (State::Tokenizing { checkout, .. }, Event::TokenizeFailed(problem)) => {
            let problem = Problem {
                outcome_unknown: false,
                ..problem
            };
            failed_call(checkout, problem, None)
        }
        (State::Submitting { checkout, .. }, Event::PaymentResolved(result)) => {
            action::answer(checkout, result, action::Arrival::Tapped)
        }
        (
            State::Submitting {
                checkout,
                key,
                request,
                tries,
            },
            Event::ConfirmFailed(problem),
        ) => {
            if problem.code == codes::SESSION_COMPLETED {
                // Paid already, perhaps by this very attempt: never say "nothing was
                // charged". The session names its payment; load it and show the truth.
                (State::LoadingSession, vec![Effect::FetchSession])
            } else if problem.outcome_unknown {
                let (state, mut effects) = submit(checkout, key, request, tries + 1);
                if tries == 0 {
                    effects.push(Effect::Emit(HostEvent::Pending { code: problem.code }));
                }
                (state, effects)
            } else {
                failed_call(checkout, problem, None)
            }
        }
        (
            State::Submitting {
                checkout,
                key,
                request,
                tries,
            },
            Event::StopWaiting,
        ) if tries >= SLOW_TRIES => {
            // The attempt may still complete: keep its key, so that Pay with the same
            // method replays it; another method is safe, the backend pays a session once.
            let problem = Problem {
                code: widget_codes::OUTCOME_UNKNOWN.into(),
                outcome_unknown: true,
            };
            let mut checkout = checkout;
            checkout.others_open = true;
            let failure = Failure::Problem {
                problem,
                retry: Some((key, request)),
            };
            (State::Failed { checkout, failure }, vec![])
        }
        (state @ (State::Acting(_) | State::Processing { .. }), event) => {
            action::step(state, event)
        }
        (state, _) => (state, vec![]),
    }
}

/// The session could not be loaded: say so, and tell the host page.
fn load_failed(problem: Problem) -> (State, Vec<Effect>) {
    let emit = Effect::Emit(HostEvent::Error {
        code: problem.code.clone(),
    });
    (State::LoadFailed(problem), vec![emit])
}

/// Starts an attempt with the selected method: a card goes to the tokenizer first.
fn pay(checkout: Checkout, key: String, details: Details) -> (State, Vec<Effect>) {
    if !checkout.complete {
        return (State::Ready(checkout), vec![]);
    }
    let request = ConfirmRequest {
        version: CONTRACT_VERSION,
        method_id: checkout.selected.clone(),
        carrier: details.carrier,
        phone: details.phone,
        top_up_pack: checkout.pack.clone(),
        return_url: details.return_url.filter(|_| select::redirects(&checkout)),
        token: None,
    };
    let tapped = funnel::funnel(&checkout, FunnelStep::PayTapped);
    let rescue = (checkout.failed_method.is_some())
        .then(|| funnel::funnel(&checkout, FunnelStep::FallbackUsed));
    let submit_event = Effect::Emit(HostEvent::Submit {
        method_id: checkout.selected.clone(),
    });
    let needs_card = select::selected_kind(&checkout) == Some(Kind::Card);
    let tokenizer = checkout.session.tokenize_url.clone();
    let (state, mut effects) = match (details.card, tokenizer) {
        (Some(card), Some(url)) if needs_card => tokenize(checkout, key, request, card, &url),
        (None, _) if needs_card => return (State::Ready(checkout), vec![]),
        _ => submit(checkout, key, request, 0),
    };
    if let Some(rescue) = rescue {
        effects.insert(0, rescue);
    }
    effects.insert(0, tapped);
    effects.insert(0, submit_event);
    (state, effects)
}

fn tokenize(
    checkout: Checkout,
    key: String,
    request: ConfirmRequest,
    card: TokenizeRequest,
    url: &str,
) -> (State, Vec<Effect>) {
    let effect = Effect::Tokenize {
        url: url.to_owned(),
        card,
    };
    let state = State::Tokenizing {
        checkout,
        key,
        request,
    };
    (state, vec![effect])
}

/// Confirms under `key`. The first try goes at once; after `tries` unknown outcomes it
/// first pauses 0.5 s, 1 s, 2 s, 4 s, then 5 s each time.
fn submit(
    checkout: Checkout,
    key: String,
    request: ConfirmRequest,
    tries: u32,
) -> (State, Vec<Effect>) {
    let mut effects = vec![Effect::Remember(Some(Pending::Confirm {
        key: key.clone(),
        request: request.clone(),
    }))];
    // Offline, the confirm is kept (above) and sent when the connection is back.
    if !checkout.offline {
        effects.push(Effect::Confirm {
            request: request.clone(),
            key: key.clone(),
            delay_ms: backoff(tries),
        });
    }
    let state = State::Submitting {
        checkout,
        key,
        request,
        tries,
    };
    (state, effects)
}

/// The browser went offline or came back. A confirm waiting for the connection is sent
/// once it is back, under its key.
fn connectivity(mut state: State, online: bool) -> (State, Vec<Effect>) {
    let Some(checkout) = state.checkout_mut() else {
        return (state, vec![]);
    };
    let was_offline = std::mem::replace(&mut checkout.offline, !online);
    match state {
        State::Submitting {
            checkout,
            key,
            request,
            ..
        } if online && was_offline => submit(checkout, key, request, 0),
        state => (state, vec![]),
    }
}

/// The pause before try number `tries + 1` of an attempt whose outcome is unknown.
pub fn backoff(tries: u32) -> u32 {
    match tries {
        0 => 0,
        n => FIRST_BACKOFF_MS
            .saturating_mul(1 << (n - 1).min(16))
            .min(MAX_BACKOFF_MS),
    }
}

/// The browser's storage held an attempt for this session from before a reload, a crash
/// or in another tab: resume it rather than start another. A confirm whose answer never
/// came is replayed with its key and body; a payment is asked where it stands.
fn recalled(checkout: Checkout, pending: Pending) -> (State, Vec<Effect>) {
    match pending {
        Pending::Confirm { key, request }
            if checkout.session.method(&request.method_id).is_some() =>
        {
            let mut checkout = checkout;
            checkout.selected = request.method_id.clone();
            submit(checkout, key, request, 0)
        }
        Pending::Payment { payment_id } => {
            let poll = Effect::Poll {
                payment_id: payment_id.clone(),
                delay_ms: 0,
            };
            (
                State::Processing {
                    checkout,
                    payment_id,
                },
                vec![poll],
            )
        }
        Pending::Confirm { .. } => (State::Ready(checkout), vec![Effect::Remember(None)]),
    }
}

/// A call failed. With an unknown outcome the same method stays selected so that Pay
/// replays the attempt; otherwise the other methods open.
fn failed_call(
    mut checkout: Checkout,
    problem: Problem,
    retry: Option<(String, ConfirmRequest)>,
) -> (State, Vec<Effect>) {
    let mut effects = vec![
        Effect::Emit(HostEvent::Failure {
            code: problem.code.clone(),
        }),
        funnel::funnel(&checkout, FunnelStep::Failed),
        Effect::Remember(None),
    ];
    if problem.code == widget_codes::UNSAFE_URL {
        effects.push(Effect::Emit(HostEvent::Error {
            code: problem.code.clone(),
        }));
    }
    checkout.others_open = retry.is_none();
    let failure = Failure::Problem { problem, retry };
    (State::Failed { checkout, failure }, effects)
}
