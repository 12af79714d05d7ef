//! Helpers shared by the host flow tests: fixtures, runs of events, and what they emitted.
#![allow(dead_code, unused_imports)]

pub mod golden;

pub use micro_checkout::flow::*;
pub use micro_checkout_contract::fixtures::*;
pub use micro_checkout_contract::{
    Action, ConfirmRequest, ErrorInfo, MethodKind, NextAction, PaymentResult, PaymentStatus,
    Session, WalletFlow,
};

pub fn session() -> Session {
    serde_json::from_str(SESSION_ALL_METHODS).unwrap()
}

pub fn result(fixture: &str) -> PaymentResult {
    serde_json::from_str(fixture).unwrap()
}

pub fn answer(payment_id: &str, status: PaymentStatus, error: Option<&str>) -> PaymentResult {
    PaymentResult {
        version: 1,
        payment_id: payment_id.into(),
        status,
        next_action: None,
        poll_after_ms: None,
        error: error.map(|code| ErrorInfo {
            code: code.into(),
            retryable: false,
        }),
    }
}

pub fn pay(details: Details) -> Event {
    Event::PayTapped {
        fresh_key: "k1".into(),
        details,
    }
}

/// Runs events from a loaded `session` with `method` selected; returns the last state and
/// every effect after loading.
pub fn run_with(session: Session, method: &str, events: Vec<Event>) -> (State, Vec<Effect>) {
    let (state, _) = start();
    let (state, _) = step(state, Event::SessionLoaded(session));
    let (mut state, mut effects) = step(state, Event::MethodSelected(method.into()));
    for event in events {
        let (next, more) = step(state, event);
        state = next;
        effects.extend(more);
    }
    (state, effects)
}

pub fn run(method: &str, events: Vec<Event>) -> (State, Vec<Effect>) {
    run_with(session(), method, events)
}

pub fn confirm_request(effects: &[Effect]) -> ConfirmRequest {
    effects
        .iter()
        .find_map(|e| match e {
            Effect::Confirm { request, .. } => Some(request.clone()),
            _ => None,
        })
        .expect("a confirm")
}

pub fn acts(effects: &[Effect]) -> Vec<Action> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Act { action, .. } => Some(action.clone()),
            _ => None,
        })
        .collect()
}

pub fn phone() -> Details {
    Details {
        carrier: Some("docomo".into()),
        phone: Some("+819012345678".into()),
        ..Details::default()
    }
}

/// Carrier billing up to its code step: the fields filled, Pay tapped, the code asked for.
pub fn code_step() -> (State, Vec<Effect>) {
    run(
        "phone",
        vec![
            Event::FieldsChanged(true),
            pay(phone()),
            Event::PaymentResolved(result(PAYMENT_REQUIRES_OTP)),
        ],
    )
}

/// Pay with `method` (no fields to fill) and get `fixture` back from confirm.
pub fn answered(method: &str, fixture: &str) -> (State, Vec<Effect>) {
    run(
        method,
        vec![
            pay(Details::default()),
            Event::PaymentResolved(result(fixture)),
        ],
    )
}
