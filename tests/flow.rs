//! The checkout flow on the host: loading, paying, declines, other methods and stray
//! events, driven by the golden fixtures.

mod common;

use common::golden::*;

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
