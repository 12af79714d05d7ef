//! The checkout flow on the host, for every method kind: fields, next actions, polling,
//! fallback after a failure, fees, and the events the host page and the funnel receive.

use micro_checkout::flow::*;
use micro_checkout_contract::fixtures::{
    PAYMENT_REQUIRES_INSTRUCTIONS, PAYMENT_REQUIRES_OTP, PAYMENT_REQUIRES_QR,
    PAYMENT_REQUIRES_REDIRECT, PAYMENT_REQUIRES_THREE_DS, SESSION_ALL_METHODS, TOKENIZE_REQUEST,
    TOKENIZE_RESPONSE,
};
use micro_checkout_contract::{
    Action, ConfirmRequest, ErrorInfo, MethodKind, NextAction, PaymentResult, PaymentStatus,
    Session, WalletFlow,
};

fn session() -> Session {
    serde_json::from_str(SESSION_ALL_METHODS).unwrap()
}

fn result(fixture: &str) -> PaymentResult {
    serde_json::from_str(fixture).unwrap()
}

fn answer(payment_id: &str, status: PaymentStatus, error: Option<&str>) -> PaymentResult {
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

fn pay(details: Details) -> Event {
    Event::PayTapped {
        fresh_key: "k1".into(),
        details,
    }
}

/// Runs events from a loaded `session` with `method` selected; returns the last state and
/// every effect after loading.
fn run_with(session: Session, method: &str, events: Vec<Event>) -> (State, Vec<Effect>) {
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

fn run(method: &str, events: Vec<Event>) -> (State, Vec<Effect>) {
    run_with(session(), method, events)
}

fn confirm_request(effects: &[Effect]) -> ConfirmRequest {
    effects
        .iter()
        .find_map(|e| match e {
            Effect::Confirm { request, .. } => Some(request.clone()),
            _ => None,
        })
        .expect("a confirm")
}

fn acts(effects: &[Effect]) -> Vec<Action> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Act { action, .. } => Some(action.clone()),
            _ => None,
        })
        .collect()
}

fn phone() -> Details {
    Details {
        carrier: Some("docomo".into()),
        phone: Some("+819012345678".into()),
        ..Details::default()
    }
}

#[test]
fn a_new_card_goes_to_the_tokenizer_and_confirm_carries_only_the_token() {
    let card = serde_json::from_str(TOKENIZE_REQUEST).unwrap();
    let details = Details {
        card: Some(card),
        ..Details::default()
    };
    let (state, effects) = run("card", vec![pay(details.clone())]);
    assert!(
        matches!(state, State::Ready(_)),
        "incomplete fields do not pay"
    );
    assert!(!effects.iter().any(|e| matches!(e, Effect::Tokenize { .. })));
    let (state, effects) = run("card", vec![Event::FieldsChanged(true), pay(details)]);
    assert!(matches!(state, State::Tokenizing { .. }));
    assert!(effects.contains(&Effect::Emit(HostEvent::Change {
        method_id: "card".into(),
        complete: true
    })));
    let Some(Effect::Tokenize { url, .. }) = effects
        .iter()
        .find(|e| matches!(e, Effect::Tokenize { .. }))
    else {
        panic!("{effects:?}")
    };
    assert_eq!(url, "https://vault.example.com/v1/tokens");
    let token = serde_json::from_str(TOKENIZE_RESPONSE).unwrap();
    let (state, effects) = step(state, Event::Tokenized(token));
    let request = confirm_request(&effects);
    assert_eq!(request.method_id, "card");
    assert!(
        request
            .token
            .as_deref()
            .is_some_and(|t| t.starts_with("tok_"))
    );
    assert!(matches!(state, State::Submitting { .. }));
}

#[test]
fn a_refused_card_at_the_tokenizer_charges_nothing_and_keeps_the_form() {
    let card = serde_json::from_str(TOKENIZE_REQUEST).unwrap();
    let details = Details {
        card: Some(card),
        ..Details::default()
    };
    let (state, _) = run("card", vec![Event::FieldsChanged(true), pay(details)]);
    let refused = Problem {
        code: "invalid_request".into(),
        outcome_unknown: true,
    };
    let (state, effects) = step(state, Event::TokenizeFailed(refused));
    let State::Failed { checkout, failure } = &state else {
        panic!("{state:?}")
    };
    assert_eq!(checkout.selected, "card");
    assert!(
        matches!(failure, Failure::Problem { retry: None, .. }),
        "no confirm to replay"
    );
    assert!(effects.contains(&Effect::Emit(HostEvent::Failure {
        code: "invalid_request".into()
    })));
}

#[test]
fn carrier_billing_asks_for_the_code_inside_the_widget_and_a_wrong_code_stays_on_the_step() {
    let (state, effects) = run(
        "phone",
        vec![
            Event::FieldsChanged(true),
            pay(phone()),
            Event::PaymentResolved(result(PAYMENT_REQUIRES_OTP)),
        ],
    );
    let request = confirm_request(&effects);
    assert_eq!(request.carrier.as_deref(), Some("docomo"));
    assert_eq!(request.phone.as_deref(), Some("+819012345678"));
    assert!(matches!(
        state,
        State::Acting {
            action: NextAction::Otp { length: 6, .. },
            ..
        }
    ));
    let (state, effects) = step(state, Event::OtpEntered("000000".into()));
    assert_eq!(
        acts(&effects),
        [Action::Otp {
            code: "000000".into()
        }]
    );
    assert!(state.busy());
    let (state, effects) = step(state.clone(), Event::OtpEntered("111111".into()));
    assert!(effects.is_empty(), "one code at a time");
    let mut wrong = result(PAYMENT_REQUIRES_OTP);
    wrong.error = Some(ErrorInfo {
        code: "otp_invalid".into(),
        retryable: true,
    });
    let (state, _) = step(state, Event::ActionAnswered(wrong));
    assert!(matches!(
        &state,
        State::Acting { error: Some(e), busy: false, .. } if e.code == "otp_invalid"
    ));
    let (state, effects) = step(state, Event::OtpResendTapped);
    assert_eq!(acts(&effects), [Action::ResendOtp]);
    let (state, _) = step(state, Event::ActionAnswered(result(PAYMENT_REQUIRES_OTP)));
    let (state, _) = step(state, Event::OtpEntered("123456".into()));
    let (state, effects) = step(
        state,
        Event::ActionAnswered(answer("pay_0005", PaymentStatus::Succeeded, None)),
    );
    assert!(matches!(state, State::Succeeded { .. }));
    assert!(effects.contains(&Effect::Emit(HostEvent::Success {
        payment_id: "pay_0005".into()
    })));
}

#[test]
fn canceling_a_step_fails_the_payment_and_offers_the_next_method() {
    let (state, _) = run(
        "phone",
        vec![
            Event::FieldsChanged(true),
            pay(phone()),
            Event::PaymentResolved(result(PAYMENT_REQUIRES_OTP)),
            Event::CancelTapped,
        ],
    );
    let canceled = answer(
        "pay_0005",
        PaymentStatus::Canceled,
        Some("canceled_by_buyer"),
    );
    let (state, _) = step(state, Event::ActionAnswered(canceled));
    let State::Failed { checkout, .. } = &state else {
        panic!("{state:?}")
    };
    assert_eq!(checkout.failed_method.as_deref(), Some("phone"));
    assert_eq!(
        checkout.selected, "visa_4242",
        "the best other method is offered"
    );
    assert_eq!(fallback(checkout).map(|m| m.id.as_str()), Some("visa_4242"));
}

#[test]
fn a_failed_action_call_keeps_the_step_and_says_why() {
    let (state, _) = run(
        "phone",
        vec![
            Event::FieldsChanged(true),
            pay(phone()),
            Event::PaymentResolved(result(PAYMENT_REQUIRES_OTP)),
            Event::OtpEntered("123456".into()),
        ],
    );
    let lost = Problem {
        code: "network".into(),
        outcome_unknown: true,
    };
    let (state, _) = step(state, Event::ActionFailed(lost));
    assert!(matches!(
        &state,
        State::Acting { error: Some(e), busy: false, action: NextAction::Otp { .. }, .. } if e.code == "network"
    ));
}

fn wallet_session(flow: WalletFlow) -> Session {
    let mut session = session();
    for method in &mut session.methods {
        if let MethodKind::Wallet { flow: f, .. } = &mut method.kind {
            *f = flow;
        }
    }
    session
}

#[test]
fn a_popup_wallet_opens_its_page_polls_and_reports_the_page_result() {
    let (state, effects) = run_with(
        wallet_session(WalletFlow::Popup),
        "kakaopay",
        vec![
            pay(Details::default()),
            Event::PaymentResolved(result(PAYMENT_REQUIRES_REDIRECT)),
        ],
    );
    assert!(effects.contains(&Effect::OpenPage {
        url: "https://wallet.example.com/approve/pay_0006".into(),
        popup: true
    }));
    assert!(effects.contains(&Effect::Poll {
        payment_id: "pay_0006".into(),
        delay_ms: 3000
    }));
    let stranger = Event::PageReturned {
        payment_id: "pay_other".into(),
        result: "approved".into(),
    };
    let (state, effects) = step(state, stranger);
    assert!(
        acts(&effects).is_empty(),
        "another payment's page is ignored"
    );
    let (state, effects) = step(
        state,
        Event::PageReturned {
            payment_id: "pay_0006".into(),
            result: "approved".into(),
        },
    );
    assert_eq!(
        acts(&effects),
        [Action::RedirectReturn {
            result: "approved".into()
        }]
    );
    let (state, _) = step(
        state,
        Event::ActionAnswered(answer("pay_0006", PaymentStatus::Succeeded, None)),
    );
    assert!(matches!(state, State::Succeeded { .. }));
}

#[test]
fn a_redirect_wallet_leaves_the_page_and_reports_the_return_after_reload() {
    let details = Details {
        return_url: Some("https://shop.example.com/checkout".into()),
        ..Details::default()
    };
    let (_, effects) = run_with(
        wallet_session(WalletFlow::Redirect),
        "kakaopay",
        vec![
            pay(details),
            Event::PaymentResolved(result(PAYMENT_REQUIRES_REDIRECT)),
        ],
    );
    assert_eq!(
        confirm_request(&effects).return_url.as_deref(),
        Some("https://shop.example.com/checkout")
    );
    assert!(effects.contains(&Effect::OpenPage {
        url: "https://wallet.example.com/approve/pay_0006".into(),
        popup: false
    }));
    let back = Event::ReturnedFromRedirect {
        payment_id: "pay_0006".into(),
        result: "declined".into(),
    };
    let (state, effects) = run_with(wallet_session(WalletFlow::Redirect), "kakaopay", vec![back]);
    assert_eq!(
        acts(&effects),
        [Action::RedirectReturn {
            result: "declined".into()
        }]
    );
    let declined = answer("pay_0006", PaymentStatus::Failed, Some("card_declined"));
    let (state, _) = step(state, Event::ActionAnswered(declined));
    assert!(matches!(
        state,
        State::Failed {
            failure: Failure::Declined(_),
            ..
        }
    ));
}

#[test]
fn three_d_secure_waits_for_the_challenge_result() {
    let (state, effects) = run(
        "visa_4242",
        vec![
            pay(Details::default()),
            Event::PaymentResolved(result(PAYMENT_REQUIRES_THREE_DS)),
        ],
    );
    assert!(matches!(
        state,
        State::Acting {
            action: NextAction::ThreeDs { .. },
            ..
        }
    ));
    assert!(
        !effects
            .iter()
            .any(|e| matches!(e, Effect::Poll { .. } | Effect::OpenPage { .. }))
    );
    let payment_id = match &state {
        State::Acting { payment_id, .. } => payment_id.clone(),
        _ => unreachable!(),
    };
    let (_, effects) = step(
        state,
        Event::PageReturned {
            payment_id,
            result: "authenticated".into(),
        },
    );
    assert_eq!(
        acts(&effects),
        [Action::ThreeDs {
            result: "authenticated".into()
        }]
    );
}

#[test]
fn a_qr_code_polls_until_paid_and_an_expired_one_offers_the_next_method() {
    let (state, effects) = run(
        "promptpay",
        vec![
            pay(Details::default()),
            Event::PaymentResolved(result(PAYMENT_REQUIRES_QR)),
        ],
    );
    assert!(effects.contains(&Effect::Poll {
        payment_id: "pay_0007".into(),
        delay_ms: 2000
    }));
    let (state, effects) = step(state, Event::PaymentPolled(result(PAYMENT_REQUIRES_QR)));
    assert!(matches!(
        state,
        State::Acting {
            action: NextAction::Qr { .. },
            ..
        }
    ));
    assert_eq!(
        effects,
        [Effect::Poll {
            payment_id: "pay_0007".into(),
            delay_ms: 2000
        }]
    );
    let (state, effects) = step(
        state,
        Event::PollFailed(Problem {
            code: "network".into(),
            outcome_unknown: true,
        }),
    );
    assert_eq!(
        effects,
        [Effect::Poll {
            payment_id: "pay_0007".into(),
            delay_ms: 5000
        }]
    );
    let paid = step(
        state.clone(),
        Event::PaymentPolled(answer("pay_0007", PaymentStatus::Succeeded, None)),
    );
    assert!(matches!(paid.0, State::Succeeded { .. }));
    let expired = answer("pay_0007", PaymentStatus::Failed, Some("expired"));
    let (state, _) = step(state, Event::PaymentPolled(expired));
    let State::Failed {
        checkout,
        failure: Failure::Declined(error),
    } = &state
    else {
        panic!("{state:?}")
    };
    assert_eq!(error.code, "expired");
    assert_eq!(checkout.selected, "visa_4242");
}

#[test]
fn a_bank_transfer_shows_instructions_and_polls_for_the_money() {
    let (state, effects) = run(
        "transfer",
        vec![
            pay(Details::default()),
            Event::PaymentResolved(result(PAYMENT_REQUIRES_INSTRUCTIONS)),
        ],
    );
    assert!(matches!(
        state,
        State::Acting {
            action: NextAction::Instructions { .. },
            ..
        }
    ));
    assert!(effects.iter().any(|e| matches!(e, Effect::Poll { .. })));
}

#[test]
fn a_short_balance_starts_with_the_cheapest_pack_that_covers_the_total() {
    let (state, effects) = run("credits", vec![pay(Details::default())]);
    let checkout = state.checkout().unwrap();
    assert_eq!(checkout.pack.as_deref(), Some("pack_5"));
    assert_eq!(
        confirm_request(&effects).top_up_pack.as_deref(),
        Some("pack_5")
    );
    let mut rich = session();
    for method in &mut rich.methods {
        if let MethodKind::Balance { balance, .. } = &mut method.kind {
            balance.amount_minor = 1000;
        }
    }
    let (state, effects) = run_with(rich.clone(), "credits", vec![pay(Details::default())]);
    assert_eq!(state.checkout().unwrap().pack, None);
    assert_eq!(confirm_request(&effects).top_up_pack, None);
    let (state, _) = run_with(rich, "kakaopay", vec![]);
    assert_eq!(
        state.checkout().unwrap().session.methods[1].id,
        "credits",
        "a covering balance ranks right after the default"
    );
}

#[test]
fn the_fee_is_part_of_what_is_due_before_the_buyer_taps() {
    let (state, _) = run("phone", vec![]);
    let checkout = state.checkout().unwrap();
    assert_eq!(due(checkout).amount_minor, 298 + 10);
    let (state, _) = run("kakaopay", vec![]);
    assert_eq!(due(state.checkout().unwrap()).amount_minor, 298);
}

#[test]
fn the_host_and_the_funnel_hear_every_step_with_the_variant() {
    let (mut state, _) = start();
    let mut all = Vec::new();
    for event in [
        Event::SessionLoaded(session()),
        Event::MethodSelected("kakaopay".into()),
        pay(Details::default()),
        Event::PaymentResolved(answer("pay_1", PaymentStatus::Succeeded, None)),
    ] {
        let (next, more) = step(state, event);
        state = next;
        all.extend(more);
    }
    let mut funnel = Vec::new();
    for effect in &all {
        if let Effect::Emit(HostEvent::Funnel { step, variant, .. }) = effect {
            assert_eq!(variant.as_deref(), Some("pay-button-b"));
            funnel.push(*step);
        }
    }
    assert_eq!(
        funnel,
        ["viewed", "method_selected", "pay_tapped", "succeeded"]
    );
    let names: Vec<_> = all
        .iter()
        .filter_map(|e| match e {
            Effect::Emit(event) => Some(event.name()),
            _ => None,
        })
        .filter(|n| *n != "mc-funnel")
        .collect();
    assert_eq!(
        names,
        ["mc-ready", "mc-method-selected", "mc-submit", "mc-success"]
    );
}
