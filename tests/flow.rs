//! The checkout flow on the host: every transition, driven by the golden fixtures.

use micro_checkout::flow::*;
use micro_checkout_contract::fixtures::{
    PAYMENT_CANCELED, PAYMENT_FAILED, PAYMENT_PROCESSING, PAYMENT_REQUIRES_THREE_DS,
    PAYMENT_SUCCEEDED, SESSION,
};
use micro_checkout_contract::{
    CONTRACT_VERSION, ConfirmRequest, ErrorInfo, PaymentResult, Session,
};

fn session() -> Session {
    serde_json::from_str(SESSION).unwrap()
}

fn result(fixture: &str) -> PaymentResult {
    serde_json::from_str(fixture).unwrap()
}

fn pay(key: &str) -> Event {
    Event::PayTapped {
        fresh_key: key.into(),
        details: Details::default(),
    }
}

fn problem(code: &str, outcome_unknown: bool) -> Problem {
    Problem {
        code: code.into(),
        outcome_unknown,
    }
}

/// Runs events from the start, returning the last state and every effect emitted.
fn run(events: Vec<Event>) -> (State, Vec<Effect>) {
    let (mut state, mut effects) = start();
    for event in events {
        let (next, more) = step(state, event);
        state = next;
        effects.extend(more);
    }
    (state, effects)
}

fn confirms(effects: &[Effect]) -> Vec<(String, String)> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Confirm { request, key, .. } => Some((request.method_id.clone(), key.clone())),
            _ => None,
        })
        .collect()
}

fn ready() -> Vec<Event> {
    vec![Event::SessionLoaded(session())]
}

#[test]
fn starts_by_fetching_the_session() {
    assert_eq!(start(), (State::LoadingSession, vec![Effect::FetchSession]));
}

#[test]
fn loaded_session_is_ready_with_the_default_method_selected() {
    let (state, effects) = run(ready());
    let State::Ready(checkout) = state else {
        panic!("not ready: {state:?}")
    };
    assert_eq!(checkout.selected, "visa_4242");
    assert!(!checkout.others_open, "other methods start hidden");
    assert!(effects.contains(&Effect::Emit(HostEvent::Ready {
        session_id: "ses_demo".into()
    })));
}

#[test]
fn unknown_default_falls_back_to_the_first_method() {
    let mut s = session();
    s.default_method = "gone".into();
    let (state, _) = run(vec![Event::SessionLoaded(s)]);
    assert_eq!(state.checkout().unwrap().selected, "visa_4242");
}

#[test]
fn a_session_without_methods_or_of_another_version_fails_to_load() {
    let mut empty = session();
    empty.methods.clear();
    let (state, _) = run(vec![Event::SessionLoaded(empty)]);
    assert_eq!(state, State::LoadFailed(problem("no_methods", false)));
    let mut newer = session();
    newer.version = CONTRACT_VERSION + 1;
    let (state, _) = run(vec![Event::SessionLoaded(newer)]);
    assert_eq!(
        state,
        State::LoadFailed(problem("unsupported_version", false))
    );
}

#[test]
fn load_failure_reports_and_retry_fetches_again() {
    let (state, effects) = run(vec![Event::SessionFailed(problem("network", true))]);
    assert_eq!(state, State::LoadFailed(problem("network", true)));
    assert!(effects.contains(&Effect::Emit(HostEvent::Error {
        code: "network".into()
    })));
    let (state, effects) = step(state, Event::Retry);
    assert_eq!(
        (state, effects),
        (State::LoadingSession, vec![Effect::FetchSession])
    );
}

#[test]
fn pay_confirms_the_selected_method_with_the_fresh_key() {
    let mut events = ready();
    events.push(pay("k1"));
    let (state, effects) = run(events);
    assert!(matches!(state, State::Submitting { ref key, .. } if key == "k1"));
    let expected = Effect::Confirm {
        request: ConfirmRequest {
            version: CONTRACT_VERSION,
            method_id: "visa_4242".into(),
            ..ConfirmRequest::default()
        },
        key: "k1".into(),
        delay_ms: 0,
    };
    assert!(effects.contains(&expected));
}

#[test]
fn a_second_pay_while_submitting_sends_no_second_confirm() {
    let mut events = ready();
    events.extend([pay("k1"), pay("k2"), pay("k3")]);
    let (state, effects) = run(events);
    assert_eq!(confirms(&effects), vec![("visa_4242".into(), "k1".into())]);
    assert!(matches!(state, State::Submitting { ref key, .. } if key == "k1"));
}

#[test]
fn success_finishes_and_tells_the_host() {
    let mut events = ready();
    events.extend([pay("k1"), Event::PaymentResolved(result(PAYMENT_SUCCEEDED))]);
    let (state, effects) = run(events);
    assert!(matches!(state, State::Succeeded { ref payment_id, .. } if payment_id == "pay_0001"));
    assert!(effects.contains(&Effect::Emit(HostEvent::Success {
        payment_id: "pay_0001".into()
    })));
    let (after, more) = step(state.clone(), pay("k9"));
    assert_eq!(
        (after, more),
        (state, vec![]),
        "a paid checkout cannot pay again"
    );
}

#[test]
fn processing_waits_without_allowing_another_pay() {
    let mut events = ready();
    events.extend([
        pay("k1"),
        Event::PaymentResolved(result(PAYMENT_PROCESSING)),
        pay("k2"),
    ]);
    let (state, effects) = run(events);
    assert!(matches!(state, State::Processing { .. }));
    assert_eq!(confirms(&effects).len(), 1);
}

#[test]
fn decline_fails_opens_other_methods_and_a_new_attempt_gets_a_new_key() {
    let mut events = ready();
    events.extend([pay("k1"), Event::PaymentResolved(result(PAYMENT_FAILED))]);
    let (state, effects) = run(events);
    let State::Failed {
        ref checkout,
        ref failure,
    } = state
    else {
        panic!("{state:?}")
    };
    let declined = ErrorInfo {
        code: "card_declined".into(),
        retryable: false,
    };
    assert_eq!(*failure, Failure::Declined(declined));
    assert!(
        checkout.others_open,
        "the other methods are offered right away"
    );
    assert_eq!(
        checkout.selected, "mc_0002",
        "the next method is the primary action"
    );
    assert_eq!(checkout.failed_method.as_deref(), Some("visa_4242"));
    assert!(effects.contains(&Effect::Emit(HostEvent::Failure {
        code: "card_declined".into()
    })));
    let (state, effects) = step(state, Event::MethodSelected("mc_0002".into()));
    assert!(
        matches!(state, State::Failed { .. }),
        "the reason stays on screen"
    );
    assert!(effects.is_empty());
    let (_, effects) = step(state, pay("k2"));
    assert_eq!(confirms(&effects), vec![("mc_0002".into(), "k2".into())]);
}

#[test]
fn a_lost_confirm_is_checked_with_the_same_key_and_body_never_shown_as_a_failure() {
    let mut events = ready();
    events.extend([pay("k1"), Event::ConfirmFailed(problem("network", true))]);
    let (state, effects) = run(events);
    let State::Submitting {
        key,
        request,
        tries: 1,
        ..
    } = &state
    else {
        panic!("{state:?}")
    };
    assert_eq!(key, "k1");
    let first = match &effects[..] {
        [.., Effect::Confirm { request, .. }, _] | [.., Effect::Confirm { request, .. }] => request,
        _ => panic!("{effects:?}"),
    };
    assert_eq!(request, first, "the same body");
    let k1 = ("visa_4242".to_owned(), "k1".to_owned());
    assert_eq!(confirms(&effects), [k1.clone(), k1]);
    assert!(effects.contains(&Effect::Emit(HostEvent::Pending {
        code: "network".into()
    })));
    assert!(
        !effects
            .iter()
            .any(|e| matches!(e, Effect::Emit(HostEvent::Failure { .. }))),
        "an unknown outcome is not a failure"
    );
    let (state, effects) = step(state, Event::PaymentResolved(result(PAYMENT_SUCCEEDED)));
    assert!(matches!(state, State::Succeeded { .. }));
    assert!(effects.contains(&Effect::Remember(None)));
}

#[test]
fn unknown_outcomes_back_off_from_half_a_second_to_five_and_never_give_up() {
    let delays: Vec<u32> = (0..8).map(backoff).collect();
    assert_eq!(delays, [0, 500, 1000, 2000, 4000, 5000, 5000, 5000]);
    let mut events = ready();
    events.push(pay("k1"));
    let (mut state, _) = run(events);
    for tries in 1..=20u32 {
        let (next, effects) = step(state, Event::ConfirmFailed(problem("timeout", true)));
        assert_eq!(
            confirms(&effects),
            [("visa_4242".into(), "k1".into())],
            "try {tries}"
        );
        assert!(matches!(next, State::Submitting { tries: t, .. } if t == tries));
        state = next;
    }
}

#[test]
fn a_buyer_who_stops_waiting_may_replay_the_same_key_or_pay_another_way() {
    let mut events = ready();
    events.push(pay("k1"));
    let (state, _) = run(events);
    let (state, _) = step(state, Event::ConfirmFailed(problem("server_error", true)));
    let (early, effects) = step(state.clone(), Event::StopWaiting);
    assert!(effects.is_empty());
    assert!(
        matches!(early, State::Submitting { .. }),
        "not offered before a few checks went unanswered"
    );
    let (state, _) = step(state, Event::ConfirmFailed(problem("server_error", true)));
    let (stopped, effects) = step(state, Event::StopWaiting);
    assert!(effects.is_empty());
    assert!(matches!(
        &stopped,
        State::Failed { failure: Failure::Problem { retry: Some((k, _)), .. }, checkout }
            if k == "k1" && checkout.others_open
    ));
    let (_, effects) = step(stopped.clone(), pay("k2"));
    assert_eq!(confirms(&effects), vec![("visa_4242".into(), "k1".into())]);
    let (other, _) = step(stopped.clone(), Event::MethodSelected("mc_0002".into()));
    let (_, effects) = step(other, pay("k2"));
    assert_eq!(confirms(&effects), vec![("mc_0002".into(), "k2".into())]);
    let (late, _) = step(stopped, Event::PaymentResolved(result(PAYMENT_SUCCEEDED)));
    assert!(
        matches!(late, State::Succeeded { .. }),
        "a late answer to the replay still shows the truth"
    );
}

#[test]
fn a_rejected_confirm_starts_a_new_attempt_next_time() {
    let mut events = ready();
    events.extend([
        pay("k1"),
        Event::ConfirmFailed(problem("unknown_method", false)),
    ]);
    let (state, _) = run(events);
    let (_, effects) = step(state, pay("k2"));
    assert_eq!(confirms(&effects), vec![("visa_4242".into(), "k2".into())]);
}

#[test]
fn session_completed_is_never_nothing_was_charged_the_session_is_looked_up() {
    let mut events = ready();
    events.extend([
        pay("k1"),
        Event::ConfirmFailed(problem("session_completed", false)),
    ]);
    let (state, effects) = run(events);
    assert_eq!(state, State::LoadingSession);
    assert_eq!(effects.last(), Some(&Effect::FetchSession));
    assert!(
        !effects
            .iter()
            .any(|e| matches!(e, Effect::Emit(HostEvent::Failure { .. })))
    );
    let mut paid = session();
    paid.payment = Some(Box::new(result(PAYMENT_SUCCEEDED)));
    let (state, effects) = step(state, Event::SessionLoaded(paid));
    assert!(matches!(state, State::Succeeded { ref payment_id, .. } if payment_id == "pay_0001"));
    assert!(effects.contains(&Effect::Emit(HostEvent::Success {
        payment_id: "pay_0001".into()
    })));
}

#[test]
fn switching_method_after_a_lost_confirm_drops_the_old_key() {
    let mut events = ready();
    events.extend([
        pay("k1"),
        Event::ConfirmFailed(problem("server_error", true)),
        Event::ConfirmFailed(problem("server_error", true)),
        Event::StopWaiting,
        Event::MethodSelected("mc_0002".into()),
        pay("k2"),
    ]);
    let (_, effects) = run(events);
    assert_eq!(
        confirms(&effects).last(),
        Some(&("mc_0002".into(), "k2".into()))
    );
}

#[test]
fn other_methods_toggle_and_unknown_methods_are_ignored() {
    let mut events = ready();
    events.extend([
        Event::OtherMethodsToggled,
        Event::MethodSelected("nope".into()),
    ]);
    let (state, _) = run(events);
    let State::Ready(checkout) = &state else {
        panic!()
    };
    assert!(checkout.others_open);
    assert_eq!(checkout.selected, "visa_4242");
    let (state, _) = step(state, Event::OtherMethodsToggled);
    assert!(!state.checkout().unwrap().others_open);
}

#[test]
fn stray_events_change_nothing() {
    let (loading, _) = start();
    for event in [
        pay("k"),
        Event::PaymentResolved(result(PAYMENT_SUCCEEDED)),
        Event::Retry,
    ] {
        assert_eq!(step(loading.clone(), event), (loading.clone(), vec![]));
    }
    let (ready_state, _) = run(ready());
    for event in [
        Event::PaymentResolved(result(PAYMENT_SUCCEEDED)),
        Event::ConfirmFailed(problem("network", true)),
        Event::SessionLoaded(session()),
        Event::Retry,
    ] {
        assert_eq!(
            step(ready_state.clone(), event),
            (ready_state.clone(), vec![])
        );
    }
}

#[test]
fn canceled_and_unsupported_actions_fail_with_a_code_and_offer_other_methods() {
    let mut bare = result(PAYMENT_REQUIRES_THREE_DS);
    bare.next_action = None;
    for (answer, code) in [
        (result(PAYMENT_CANCELED), "otp_expired"),
        (bare, "action_unsupported"),
    ] {
        let mut events = ready();
        events.extend([pay("k1"), Event::PaymentResolved(answer)]);
        let (state, effects) = run(events);
        let State::Failed {
            checkout,
            failure: Failure::Declined(error),
        } = state
        else {
            panic!("{code}")
        };
        assert_eq!(error.code, code);
        assert!(checkout.others_open);
        assert!(effects.contains(&Effect::Emit(HostEvent::Failure { code: code.into() })));
    }
}

fn in_progress() -> Event {
    Event::ConfirmFailed(problem("idempotency_in_progress", true))
}

#[test]
fn an_in_progress_key_is_asked_again_with_the_same_key_after_growing_pauses() {
    let mut events = ready();
    events.push(pay("k1"));
    let (mut state, _) = run(events);
    for tries in 1..=6u32 {
        let (next, effects) = step(state, in_progress());
        let Some((key, delay_ms)) = effects.iter().find_map(|e| match e {
            Effect::Confirm { key, delay_ms, .. } => Some((key, delay_ms)),
            _ => None,
        }) else {
            panic!("{effects:?}")
        };
        assert_eq!((key.as_str(), *delay_ms), ("k1", backoff(tries)));
        assert!(matches!(next, State::Submitting { tries: t, .. } if t == tries));
        state = next;
    }
}

#[test]
fn processing_polls_until_a_final_answer() {
    let mut events = ready();
    events.extend([
        pay("k1"),
        Event::PaymentResolved(result(PAYMENT_PROCESSING)),
    ]);
    let (state, effects) = run(events);
    assert!(effects.contains(&Effect::Poll {
        payment_id: "pay_0002".into(),
        delay_ms: 2000
    }));
    let (state, effects) = step(state, Event::PollFailed(problem("network", true)));
    assert_eq!(
        effects,
        vec![Effect::Poll {
            payment_id: "pay_0002".into(),
            delay_ms: 5000
        }]
    );
    let mut other = result(PAYMENT_SUCCEEDED);
    other.payment_id = "pay_other".into();
    let (state, effects) = step(state, Event::PaymentPolled(other));
    assert!(
        matches!(state, State::Processing { .. }) && effects.is_empty(),
        "another payment's answer is ignored"
    );
    let mut done = result(PAYMENT_SUCCEEDED);
    done.payment_id = "pay_0002".into();
    let (state, effects) = step(state, Event::PaymentPolled(done));
    assert!(matches!(state, State::Succeeded { .. }));
    assert!(effects.contains(&Effect::Emit(HostEvent::Success {
        payment_id: "pay_0002".into()
    })));
}
