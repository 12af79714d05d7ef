//! The checkout flow on the host when an answer is unknown or late: lost confirms are
//! checked with the same key and body, in-progress keys and processing payments are asked
//! again after growing pauses, and nothing unknown is shown as a failure.

mod common;

use common::golden::*;

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
