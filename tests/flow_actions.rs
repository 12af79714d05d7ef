//! The checkout flow on the host for payments that wait for the buyer: the one-time code,
//! wallet pages (popup and redirect), 3-D Secure, QR codes and bank transfers, cancel and
//! fallback after a failure.

mod common;

use common::*;

#[test]
fn carrier_billing_asks_for_the_code_inside_the_widget_and_a_wrong_code_stays_on_the_step() {
    let (state, effects) = code_step();
    let request = confirm_request(&effects);
    assert_eq!(request.carrier.as_deref(), Some("docomo"));
    assert_eq!(request.phone.as_deref(), Some("+819012345678"));
    assert!(matches!(
        state,
        State::Acting(Waiting {
            action: NextAction::Otp { length: 6, .. },
            ..
        })
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
        State::Acting(Waiting { error: Some(e), busy: false, .. }) if e.code == "otp_invalid"
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
    let (state, _) = step(code_step().0, Event::CancelTapped);
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

fn code_sent() -> State {
    step(code_step().0, Event::OtpEntered("123456".into())).0
}

#[test]
fn a_refused_action_call_keeps_the_step_and_says_why() {
    let refused = Problem {
        code: "action_not_expected".into(),
        outcome_unknown: false,
    };
    let (state, _) = step(code_sent(), Event::ActionFailed(refused));
    assert!(matches!(
        &state,
        State::Acting(Waiting { error: Some(e), busy: false, action: NextAction::Otp { .. }, .. })
            if e.code == "action_not_expected"
    ));
}

#[test]
fn a_lost_answer_to_the_code_is_never_shown_as_a_failure_the_payment_is_looked_up() {
    let lost = Problem {
        code: "network".into(),
        outcome_unknown: true,
    };
    let (state, effects) = step(code_sent(), Event::ActionFailed(lost));
    assert!(matches!(
        &state,
        State::Acting(Waiting {
            error: None,
            busy: true,
            ..
        })
    ));
    assert_eq!(
        effects,
        [Effect::Poll {
            payment_id: "pay_0005".into(),
            delay_ms: 500
        }]
    );
    let (paid, effects) = step(
        state.clone(),
        Event::PaymentPolled(answer("pay_0005", PaymentStatus::Succeeded, None)),
    );
    assert!(matches!(paid, State::Succeeded { .. }));
    assert!(effects.contains(&Effect::Emit(HostEvent::Success {
        payment_id: "pay_0005".into()
    })));
    assert!(
        !effects
            .iter()
            .any(|e| matches!(e, Effect::Emit(HostEvent::Failure { .. })))
    );
    let mut wrong = result(PAYMENT_REQUIRES_OTP);
    wrong.error = Some(ErrorInfo {
        code: "otp_invalid".into(),
        retryable: true,
    });
    let (again, effects) = step(state, Event::PaymentPolled(wrong));
    assert!(effects.is_empty(), "a code step does not poll on its own");
    assert!(matches!(
        &again,
        State::Acting(Waiting { error: Some(e), busy: false, .. }) if e.code == "otp_invalid"
    ));
    let (kept, _) = step(again, Event::OtherMethodsToggled);
    assert!(
        matches!(&kept, State::Acting(Waiting { error: Some(e), .. }) if e.code == "otp_invalid"),
        "an unrelated event keeps the error beside the step"
    );
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
        origin: "https://wallet.example.com".into(),
        opened: true,
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
            origin: "https://wallet.example.com".into(),
            opened: true,
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
    let (state, effects) = answered("visa_4242", PAYMENT_REQUIRES_THREE_DS);
    assert!(matches!(
        state,
        State::Acting(Waiting {
            action: NextAction::ThreeDs { .. },
            ..
        })
    ));
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::OpenPage { .. })),
        "the challenge is framed, not opened"
    );
    assert!(
        effects.contains(&Effect::Poll {
            payment_id: "pay_0009".into(),
            delay_ms: 2000
        }),
        "the widget polls while the challenge is open, so a page that posts nothing still completes"
    );
    let payment_id = match &state {
        State::Acting(Waiting { payment_id, .. }) => payment_id.clone(),
        _ => unreachable!(),
    };
    let (_, effects) = step(
        state,
        Event::PageReturned {
            payment_id,
            result: "authenticated".into(),
            origin: "https://issuer.example.com".into(),
            opened: true,
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
    let (state, effects) = answered("promptpay", PAYMENT_REQUIRES_QR);
    assert!(effects.contains(&Effect::Poll {
        payment_id: "pay_0007".into(),
        delay_ms: 2000
    }));
    let (state, effects) = step(state, Event::PaymentPolled(result(PAYMENT_REQUIRES_QR)));
    assert!(matches!(
        state,
        State::Acting(Waiting {
            action: NextAction::Qr { .. },
            ..
        })
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
    let (state, effects) = answered("transfer", PAYMENT_REQUIRES_INSTRUCTIONS);
    assert!(matches!(
        state,
        State::Acting(Waiting {
            action: NextAction::Instructions { .. },
            ..
        })
    ));
    assert!(effects.iter().any(|e| matches!(e, Effect::Poll { .. })));
}
