//! Every reachable state against every event on the host: the flow never panics, a paid
//! checkout stays paid, and no event while an attempt is in flight starts a second charge.

mod common;

use common::*;

fn problem(code: &str, outcome_unknown: bool) -> Problem {
    Problem {
        code: code.into(),
        outcome_unknown,
    }
}

/// Every kind of event, with payloads that fit the states below and some that do not.
fn events() -> Vec<Event> {
    let mut events = vec![
        Event::SessionLoaded(session()),
        Event::SessionFailed(problem("network", true)),
        Event::MethodSelected("card".into()),
        Event::MethodSelected("visa_4242".into()),
        Event::MethodSelected("nope".into()),
        Event::OtherMethodsToggled,
        Event::PackChosen("pack_5".into()),
        Event::FieldsChanged(true),
        Event::FieldsChanged(false),
        pay(Details::default()),
        Event::Retry,
        Event::Tokenized(serde_json::from_str(TOKENIZE_RESPONSE).unwrap()),
        Event::TokenizeFailed(problem("invalid_request", false)),
        Event::ConfirmFailed(problem("network", true)),
        Event::ConfirmFailed(problem("idempotency_in_progress", true)),
        Event::PollFailed(problem("network", true)),
        Event::OtpEntered("123456".into()),
        Event::OtpResendTapped,
        Event::CancelTapped,
        Event::ActionFailed(problem("network", true)),
        Event::ReturnedFromRedirect {
            payment_id: "pay_0006".into(),
            result: "approved".into(),
        },
    ];
    for fixture in [
        PAYMENT_SUCCEEDED,
        PAYMENT_PROCESSING,
        PAYMENT_FAILED,
        PAYMENT_CANCELED,
        PAYMENT_REQUIRES_OTP,
        PAYMENT_REQUIRES_QR,
        PAYMENT_REQUIRES_REDIRECT,
        PAYMENT_REQUIRES_THREE_DS,
        PAYMENT_REQUIRES_INSTRUCTIONS,
    ] {
        let answer = result(fixture);
        for payment_id in ["pay_0005", "pay_0007", "pay_other"] {
            let answer = PaymentResult {
                payment_id: payment_id.into(),
                ..answer.clone()
            };
            events.push(Event::PaymentResolved(answer.clone()));
            events.push(Event::PaymentPolled(answer.clone()));
            events.push(Event::ActionAnswered(answer.clone()));
            events.push(Event::PageReturned {
                payment_id: payment_id.into(),
                result: "approved".into(),
                origin: "https://wallet.example.com".into(),
                opened: true,
            });
        }
    }
    events
}

/// States reached by short scripts from the start.
fn states() -> Vec<State> {
    let scripts: Vec<(&str, Vec<Event>)> = vec![
        ("visa_4242", vec![]),
        ("visa_4242", vec![pay(Details::default())]),
        ("card", vec![Event::FieldsChanged(true), pay(card())]),
        ("phone", vec![Event::FieldsChanged(true), pay(phone())]),
        (
            "phone",
            vec![
                Event::FieldsChanged(true),
                pay(phone()),
                Event::PaymentResolved(result(PAYMENT_REQUIRES_OTP)),
            ],
        ),
        (
            "phone",
            vec![
                Event::FieldsChanged(true),
                pay(phone()),
                Event::PaymentResolved(result(PAYMENT_REQUIRES_OTP)),
                Event::OtpEntered("1".into()),
            ],
        ),
        (
            "promptpay",
            vec![
                pay(Details::default()),
                Event::PaymentResolved(result(PAYMENT_REQUIRES_QR)),
            ],
        ),
        (
            "visa_4242",
            vec![
                pay(Details::default()),
                Event::PaymentResolved(result(PAYMENT_PROCESSING)),
            ],
        ),
        (
            "visa_4242",
            vec![
                pay(Details::default()),
                Event::PaymentResolved(result(PAYMENT_SUCCEEDED)),
            ],
        ),
        (
            "visa_4242",
            vec![
                pay(Details::default()),
                Event::PaymentResolved(result(PAYMENT_FAILED)),
            ],
        ),
        (
            "visa_4242",
            vec![
                pay(Details::default()),
                Event::ConfirmFailed(problem("network", true)),
            ],
        ),
    ];
    let mut states = vec![start().0, State::LoadFailed(problem("network", true))];
    states.extend(
        scripts
            .into_iter()
            .map(|(method, events)| run(method, events).0),
    );
    states
}

fn card() -> Details {
    Details {
        card: Some(serde_json::from_str(TOKENIZE_REQUEST).unwrap()),
        ..Details::default()
    }
}

fn in_flight_key(state: &State) -> Option<Option<&str>> {
    match state {
        State::Tokenizing { key, .. } | State::Submitting { key, .. } => Some(Some(key)),
        State::Acting(Waiting { .. }) | State::Processing { .. } | State::Succeeded { .. } => {
            Some(None)
        }
        _ => None,
    }
}

#[test]
fn no_state_and_event_panics_or_charges_twice() {
    let states = states();
    assert!(states.len() >= 12);
    let mut pairs = 0;
    for state in &states {
        for event in events() {
            let (next, effects) = step(state.clone(), event.clone());
            pairs += 1;
            let confirms: Vec<&str> = effects
                .iter()
                .filter_map(|e| match e {
                    Effect::Confirm { key, .. } => Some(key.as_str()),
                    _ => None,
                })
                .collect();
            assert!(confirms.len() <= 1, "{event:?} confirmed twice");
            if let Some(in_flight) = in_flight_key(state) {
                // While an attempt is in flight, only waiting on the same key may confirm.
                for key in &confirms {
                    assert_eq!(
                        Some(*key),
                        in_flight,
                        "a second charge from {state:?} on {event:?}"
                    );
                }
            }
            if matches!(state, State::Succeeded { .. }) {
                assert_eq!(&next, state, "a paid checkout stays paid");
                assert!(effects.is_empty());
            }
        }
    }
    assert!(pairs > 1000, "{pairs} pairs");
}

#[test]
fn answers_for_another_payment_change_nothing_while_one_waits() {
    for state in states() {
        let waiting = match &state {
            State::Acting(Waiting { payment_id, .. }) | State::Processing { payment_id, .. } => {
                payment_id.clone()
            }
            _ => continue,
        };
        assert_ne!(waiting, "pay_other");
        for fixture in [PAYMENT_SUCCEEDED, PAYMENT_FAILED] {
            let stray = PaymentResult {
                payment_id: "pay_other".into(),
                ..result(fixture)
            };
            for event in [
                Event::PaymentPolled(stray.clone()),
                Event::ActionAnswered(stray),
            ] {
                let (next, effects) = step(state.clone(), event);
                assert_eq!((&next, effects.len()), (&state, 0));
            }
        }
    }
}

/// A code step that shows `otp_invalid` beside it.
fn code_step_with_an_error() -> State {
    let (state, _) = step(code_step().0, Event::OtpEntered("000000".into()));
    let mut wrong = result(PAYMENT_REQUIRES_OTP);
    wrong.error = Some(ErrorInfo {
        code: "otp_invalid".into(),
        retryable: true,
    });
    let (state, _) = step(state, Event::ActionAnswered(wrong));
    state
}

#[test]
fn an_error_beside_a_step_survives_every_event_that_does_not_answer_it() {
    let problem = Problem {
        code: "network".into(),
        outcome_unknown: true,
    };
    let mut elsewhere = result(PAYMENT_REQUIRES_OTP);
    elsewhere.payment_id = "pay_other".into();
    let unrelated = [
        Event::OtherMethodsToggled,
        Event::MethodSelected("visa_4242".into()),
        Event::PackChosen("pack5".into()),
        Event::FieldsChanged(false),
        Event::FieldsChanged(true),
        Event::Retry,
        Event::StopWaiting,
        Event::Connectivity(false),
        Event::Connectivity(true),
        Event::PaymentResolved(result(PAYMENT_REQUIRES_OTP)),
        Event::ConfirmFailed(problem.clone()),
        Event::TokenizeFailed(problem.clone()),
        Event::PaymentPolled(elsewhere.clone()),
        Event::ActionAnswered(elsewhere),
        Event::ReturnedFromRedirect {
            payment_id: "pay_0001".into(),
            result: "approved".into(),
        },
        Event::SessionLoaded(session()),
        Event::SessionFailed(problem),
    ];
    let shown = code_step_with_an_error();
    for event in unrelated {
        let label = format!("{event:?}");
        let (after, effects) = step(shown.clone(), event);
        assert!(
            matches!(&after, State::Acting(Waiting { error: Some(e), .. }) if e.code == "otp_invalid"),
            "{label} wiped the error"
        );
        assert!(
            !effects.iter().any(|e| matches!(e, Effect::Act { .. })),
            "{label} acted"
        );
    }
}
