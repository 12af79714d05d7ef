//! Taps that only ask the edge to do something, never the backend: copying a transfer
//! detail, opening a wallet's window again. The flow decides; the hook carries them out.

mod common;

use common::*;

fn popup_wallet_step() -> State {
    let mut session = session();
    for method in &mut session.methods {
        if let MethodKind::Wallet { flow, .. } = &mut method.kind {
            *flow = WalletFlow::Popup;
        }
    }
    let events = vec![
        pay(Details::default()),
        Event::PaymentResolved(result(PAYMENT_REQUIRES_REDIRECT)),
    ];
    run_with(session, "kakaopay", events).0
}

#[test]
fn reopening_a_wallet_opens_the_checked_page_again_and_changes_nothing_else() {
    let waiting = popup_wallet_step();
    let (state, effects) = step(waiting.clone(), Event::ReopenTapped);
    assert_eq!(
        effects,
        [Effect::OpenPage {
            url: "https://wallet.example.com/approve/pay_0006".into(),
            popup: true
        }]
    );
    assert_eq!(state, waiting);
    let (state, _) = step(
        waiting,
        Event::ReturnedFromRedirect {
            payment_id: "pay_0006".into(),
            result: "approved".into(),
        },
    );
    let (_, effects) = step(state, Event::ReopenTapped);
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::OpenPage { .. })),
        "nothing opens while the answer is being checked"
    );
}

#[test]
fn copying_a_transfer_detail_is_an_effect_and_only_on_that_step() {
    let (transfer, _) = answered("transfer", PAYMENT_REQUIRES_INSTRUCTIONS);
    let (state, effects) = step(transfer.clone(), Event::CopyTapped("123-456".into()));
    assert_eq!(effects, [Effect::Copy("123-456".into())]);
    assert_eq!(state, transfer);
    let (_, effects) = step(code_step().0, Event::CopyTapped("123-456".into()));
    assert!(effects.is_empty(), "a code step has nothing to copy");
    let (_, effects) = step(popup_wallet_step(), Event::CopyTapped("x".into()));
    assert!(effects.is_empty());
}
