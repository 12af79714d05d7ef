//! Helpers for the flow tests that run from the start on the golden session: fixtures,
//! runs of events, and the confirms they emitted.

pub use micro_checkout::flow::*;
pub use micro_checkout_contract::fixtures::{
    PAYMENT_CANCELED, PAYMENT_FAILED, PAYMENT_PROCESSING, PAYMENT_REQUIRES_THREE_DS,
    PAYMENT_SUCCEEDED, SESSION,
};
pub use micro_checkout_contract::{
    CONTRACT_VERSION, ConfirmRequest, ErrorInfo, PaymentResult, Session,
};

pub fn session() -> Session {
    serde_json::from_str(SESSION).unwrap()
}

pub fn result(fixture: &str) -> PaymentResult {
    serde_json::from_str(fixture).unwrap()
}

pub fn pay(key: &str) -> Event {
    Event::PayTapped {
        fresh_key: key.into(),
        details: Details::default(),
    }
}

pub fn problem(code: &str, outcome_unknown: bool) -> Problem {
    Problem {
        code: code.into(),
        outcome_unknown,
    }
}

/// Runs events from the start, returning the last state and every effect emitted.
pub fn run(events: Vec<Event>) -> (State, Vec<Effect>) {
    let (mut state, mut effects) = start();
    for event in events {
        let (next, more) = step(state, event);
        state = next;
        effects.extend(more);
    }
    (state, effects)
}

pub fn confirms(effects: &[Effect]) -> Vec<(String, String)> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Confirm { request, key, .. } => Some((request.method_id.clone(), key.clone())),
            _ => None,
        })
        .collect()
}

pub fn ready() -> Vec<Event> {
    vec![Event::SessionLoaded(session())]
}
