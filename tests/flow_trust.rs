//! The flow on the host under untrusted input and faults: next-action URLs that break the
//! URL policy, messages from windows the widget did not open, paid and in-flight sessions,
//! attempts kept across reloads, offline taps, and QR payloads too long to draw.

mod common;

use common::*;

fn requires(payment_id: &str, action: NextAction) -> PaymentResult {
    PaymentResult {
        version: 1,
        payment_id: payment_id.into(),
        status: PaymentStatus::RequiresAction,
        next_action: Some(action),
        poll_after_ms: None,
        error: None,
    }
}

fn emitted_error(effects: &[Effect]) -> Option<&str> {
    effects.iter().find_map(|e| match e {
        Effect::Emit(HostEvent::Error { code }) => Some(code.as_str()),
        _ => None,
    })
}

#[test]
fn a_next_action_url_that_breaks_the_policy_is_never_used_and_the_next_method_is_offered() {
    let hostile = [
        "javascript:alert(document.domain)",
        "data:text/html,<form><input type=password></form>",
        "http://evil.example/approve",
        "blob:https://issuer.example.com/1",
    ];
    for url in hostile {
        for (method, action, flow) in [
            (
                "visa_4242",
                NextAction::ThreeDs { url: url.into() },
                WalletFlow::Popup,
            ),
            (
                "kakaopay",
                NextAction::Redirect { url: url.into() },
                WalletFlow::Popup,
            ),
            (
                "kakaopay",
                NextAction::Redirect { url: url.into() },
                WalletFlow::Redirect,
            ),
        ] {
            let mut session = session();
            for m in &mut session.methods {
                if let MethodKind::Wallet { flow: f, .. } = &mut m.kind {
                    *f = flow;
                }
            }
            let (state, effects) = run_with(
                session,
                method,
                vec![
                    pay(Details {
                        return_url: Some("https://shop.example/checkout".into()),
                        ..Details::default()
                    }),
                    Event::PaymentResolved(requires("pay_x", action)),
                ],
            );
            assert!(
                !effects.iter().any(|e| matches!(e, Effect::OpenPage { .. })),
                "{url}: nothing is opened"
            );
            let State::Failed { checkout, failure } = &state else {
                panic!("{url}: {state:?}")
            };
            assert!(
                matches!(failure, Failure::Declined(e) if e.code == "unsafe_url"),
                "{url}"
            );
            assert_ne!(
                checkout.selected, method,
                "{url}: the next method is offered"
            );
            assert!(checkout.others_open);
            assert_eq!(emitted_error(&effects), Some("unsafe_url"));
            assert_eq!(
                acts(&effects),
                [Action::Cancel],
                "{url}: the payment is canceled"
            );
        }
    }
}

#[test]
fn a_card_whose_tokenizer_breaks_the_policy_is_not_offered() {
    for url in ["javascript:alert(1)", "http://vault.evil.example/tokens"] {
        let mut session = session();
        session.tokenize_url = Some(url.into());
        let (state, _) = run_with(session, "visa_4242", vec![]);
        let offered = &state.checkout().unwrap().session.methods;
        assert!(offered.iter().all(|m| m.id != "card"), "{url}");
    }
}

fn challenge() -> State {
    answered("visa_4242", PAYMENT_REQUIRES_THREE_DS).0
}

fn message(origin: &str, opened: bool) -> Event {
    Event::PageReturned {
        payment_id: "pay_0009".into(),
        result: "authenticated".into(),
        origin: origin.into(),
        opened,
    }
}

#[test]
fn only_the_window_the_widget_opened_at_its_origin_is_heard() {
    for (forged, why) in [
        (message("https://evil.example", true), "another origin"),
        (
            message("https://issuer.example.com", false),
            "another window",
        ),
        (
            message("https://issuer.example.com:8443", true),
            "another port",
        ),
        (message("http://issuer.example.com", true), "another scheme"),
        (message("null", true), "an opaque origin"),
    ] {
        let (state, effects) = step(challenge(), forged);
        assert!(acts(&effects).is_empty(), "{why} is ignored");
        assert!(!state.busy(), "{why}");
    }
    let (state, effects) = step(challenge(), message("https://issuer.example.com", true));
    assert_eq!(
        acts(&effects),
        [Action::ThreeDs {
            result: "authenticated".into()
        }]
    );
    assert!(state.busy());
}

#[test]
fn a_paid_session_is_shown_paid_and_never_offers_pay() {
    let mut paid = session();
    paid.payment = Some(Box::new(result(PAYMENT_SUCCEEDED)));
    let (state, effects) = step(start().0, Event::SessionLoaded(paid));
    assert!(matches!(state, State::Succeeded { ref payment_id, .. } if payment_id == "pay_0001"));
    assert!(effects.contains(&Effect::Emit(HostEvent::Success {
        payment_id: "pay_0001".into()
    })));
    let (state, effects) = step(state, pay(Details::default()));
    assert!(effects.is_empty(), "Pay does nothing on a paid session");
    let (_, effects) = step(
        state,
        Event::Recalled(Pending::Confirm {
            key: "k0".into(),
            request: ConfirmRequest::default(),
        }),
    );
    assert!(effects.iter().all(|e| !matches!(e, Effect::Confirm { .. })));
}

#[test]
fn a_session_with_a_payment_in_flight_resumes_its_step_without_opening_pages() {
    for (fixture, polls) in [
        (PAYMENT_REQUIRES_OTP, false),
        (PAYMENT_REQUIRES_QR, true),
        (PAYMENT_REQUIRES_INSTRUCTIONS, true),
        (PAYMENT_REQUIRES_THREE_DS, true),
        (PAYMENT_REQUIRES_REDIRECT, true),
    ] {
        let mut open = session();
        let payment = result(fixture);
        let id = payment.payment_id.clone();
        open.payment = Some(Box::new(payment.clone()));
        let (state, effects) = step(start().0, Event::SessionLoaded(open));
        assert!(
            matches!(&state, State::Acting(Waiting { action, payment_id, .. })
                if Some(action) == payment.next_action.as_ref() && *payment_id == id),
            "{fixture}"
        );
        assert!(!effects.iter().any(|e| matches!(e, Effect::OpenPage { .. })));
        assert!(!effects.iter().any(|e| matches!(e, Effect::Confirm { .. })));
        assert_eq!(
            effects.iter().any(|e| matches!(e, Effect::Poll { .. })),
            polls,
            "{fixture}"
        );
    }
    let mut processing = session();
    processing.payment = Some(Box::new(result(PAYMENT_PROCESSING)));
    let (state, effects) = step(start().0, Event::SessionLoaded(processing));
    assert!(matches!(state, State::Processing { .. }));
    assert!(effects.iter().any(|e| matches!(e, Effect::Poll { .. })));
}

#[test]
fn an_attempt_kept_across_a_reload_is_replayed_with_its_key_or_polled() {
    let request = ConfirmRequest {
        version: 1,
        method_id: "phone".into(),
        carrier: Some("docomo".into()),
        phone: Some("+819012345678".into()),
        ..ConfirmRequest::default()
    };
    let (loaded, _) = step(start().0, Event::SessionLoaded(session()));
    let (state, effects) = step(
        loaded.clone(),
        Event::Recalled(Pending::Confirm {
            key: "k-before-reload".into(),
            request: request.clone(),
        }),
    );
    assert!(matches!(&state, State::Submitting { key, .. } if key == "k-before-reload"));
    assert_eq!(state.checkout().unwrap().selected, "phone");
    assert_eq!(confirm_request(&effects), request, "the same body");
    let (state, effects) = step(
        loaded,
        Event::Recalled(Pending::Payment {
            payment_id: "pay_0005".into(),
        }),
    );
    assert!(matches!(state, State::Processing { .. }));
    assert_eq!(
        effects,
        [Effect::Poll {
            payment_id: "pay_0005".into(),
            delay_ms: 0
        }]
    );
    let (state, effects) = step(state, Event::PaymentPolled(result(PAYMENT_REQUIRES_OTP)));
    assert!(matches!(
        state,
        State::Acting(Waiting {
            action: NextAction::Otp { .. },
            ..
        })
    ));
    assert!(effects.contains(&Effect::Remember(Some(Pending::Payment {
        payment_id: "pay_0005".into()
    }))));
}

#[test]
fn a_confirm_is_kept_before_it_is_sent_and_forgotten_once_it_ends() {
    let (state, effects) = run("visa_4242", vec![pay(Details::default())]);
    let kept = effects
        .iter()
        .position(|e| matches!(e, Effect::Remember(Some(Pending::Confirm { .. }))));
    let sent = effects
        .iter()
        .position(|e| matches!(e, Effect::Confirm { .. }));
    assert!(kept.is_some() && kept < sent, "{effects:?}");
    for end in [PAYMENT_SUCCEEDED, PAYMENT_FAILED] {
        let (_, effects) = step(state.clone(), Event::PaymentResolved(result(end)));
        assert!(effects.contains(&Effect::Remember(None)), "{end}");
    }
}

#[test]
fn a_pay_tapped_offline_is_kept_and_sent_once_when_back_online() {
    let (state, effects) = run(
        "visa_4242",
        vec![Event::Connectivity(false), pay(Details::default())],
    );
    assert!(matches!(state, State::Submitting { .. }));
    assert!(!effects.iter().any(|e| matches!(e, Effect::Confirm { .. })));
    assert!(
        effects.iter().any(
            |e| matches!(e, Effect::Remember(Some(Pending::Confirm { key, .. })) if key == "k1")
        )
    );
    let (state, effects) = step(state, pay(Details::default()));
    assert!(effects.is_empty(), "a second tap adds nothing");
    let (back, effects) = step(state.clone(), Event::Connectivity(true));
    let confirms: Vec<_> = effects
        .iter()
        .filter_map(|e| match e {
            Effect::Confirm { key, .. } => Some(key.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(confirms, ["k1"]);
    let (_, effects) = step(back, Event::Connectivity(true));
    assert!(effects.is_empty(), "sent once");
    let (canceled, effects) = step(state, Event::CancelTapped);
    assert!(matches!(canceled, State::Ready(_)));
    assert_eq!(effects, [Effect::Remember(None)]);
}

#[test]
fn going_offline_mid_confirm_holds_the_retry_until_the_connection_is_back() {
    let (state, _) = run("visa_4242", vec![pay(Details::default())]);
    let (state, _) = step(state, Event::Connectivity(false));
    let lost = Problem {
        code: "network".into(),
        outcome_unknown: true,
    };
    let (state, effects) = step(state, Event::ConfirmFailed(lost));
    assert!(!effects.iter().any(|e| matches!(e, Effect::Confirm { .. })));
    let (_, effects) = step(state, Event::Connectivity(true));
    assert_eq!(confirm_request(&effects).method_id, "visa_4242");
}

#[test]
fn a_qr_payload_too_long_to_draw_offers_the_next_method() {
    let long = "0".repeat(8000);
    assert!(!micro_checkout_contract::qr::fits(&long));
    let (state, effects) = run(
        "promptpay",
        vec![
            pay(Details::default()),
            Event::PaymentResolved(requires(
                "pay_q",
                NextAction::Qr {
                    payload: long,
                    expires_in_s: 300,
                },
            )),
        ],
    );
    assert!(matches!(
        &state,
        State::Failed { failure: Failure::Declined(e), checkout } if e.code == "qr_unreadable" && checkout.selected != "promptpay"
    ));
    assert_eq!(emitted_error(&effects), Some("qr_unreadable"));
    assert_eq!(acts(&effects), [Action::Cancel]);
}

#[test]
fn a_payment_found_by_polling_after_a_reload_opens_no_page_on_its_own() {
    let (loaded, _) = step(start().0, Event::SessionLoaded(session()));
    let (state, _) = step(
        loaded,
        Event::Recalled(Pending::Payment {
            payment_id: "pay_0006".into(),
        }),
    );
    let (state, effects) = step(
        state,
        Event::PaymentPolled(result(PAYMENT_REQUIRES_REDIRECT)),
    );
    assert!(matches!(
        state,
        State::Acting(Waiting {
            action: NextAction::Redirect { .. },
            ..
        })
    ));
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::OpenPage { .. })),
        "the step offers a button; nothing opens without the buyer"
    );
}
