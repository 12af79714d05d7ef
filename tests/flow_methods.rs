//! The checkout flow on the host for methods with fields or balances: a new card and its
//! tokenizer, top-up packs, fees, and the events the host page and the funnel receive.

mod common;

use common::*;

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
fn a_short_balance_starts_with_the_cheapest_pack_that_covers_the_total() {
    let (state, effects) = run("credits", vec![pay(Details::default())]);
    let checkout = state.checkout().unwrap();
    assert_eq!(checkout.pack.as_deref(), Some("pack_5"));
    let pack_price = match &checkout.session.method("credits").unwrap().kind {
        MethodKind::Balance { packs, .. } => packs
            .iter()
            .find(|p| p.id == "pack_5")
            .unwrap()
            .price
            .clone(),
        _ => unreachable!("credits is a balance"),
    };
    assert_eq!(
        charge(checkout),
        pack_price,
        "the Pay button charges the pack's price"
    );
    assert_ne!(
        charge(checkout),
        due(checkout),
        "the balance then pays the total"
    );
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
    let checkout = state.checkout().unwrap();
    assert_eq!(
        charge(checkout),
        due(checkout),
        "no pack: the total is charged"
    );
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
    assert_eq!(
        charge(checkout),
        due(checkout),
        "the Pay button shows the total with the fee"
    );
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
            funnel.push(step.name());
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

#[test]
fn methods_are_ranked_best_first_and_those_whose_limits_exclude_the_total_are_hidden() {
    let all = session();
    let ids = |session: &Session| -> Vec<String> {
        let (state, _) = step(start().0, Event::SessionLoaded(session.clone()));
        let checkout = state.checkout().expect("ready").clone();
        checkout
            .session
            .methods
            .iter()
            .map(|m| m.id.clone())
            .collect()
    };
    assert_eq!(
        ids(&all),
        [
            "visa_4242",
            "kakaopay",
            "card",
            "phone",
            "promptpay",
            "transfer",
            "credits"
        ],
        "default, wallet, new card, then the rest (a short balance too) in the merchant's order"
    );
    let mut capped = all.clone();
    capped.methods[2].max_amount_minor = Some(300);
    assert!(
        !ids(&capped).contains(&"phone".to_owned()),
        "2.98 plus the 0.10 fee is over the cap"
    );
    let mut japan = all.clone();
    japan.country = Some("JP".into());
    assert_eq!(
        ids(&japan)[1],
        "phone",
        "carrier billing ranks with wallets in Japan"
    );
    let mut vaultless = all.clone();
    vaultless.tokenize_url = None;
    assert!(
        !ids(&vaultless).contains(&"card".to_owned()),
        "no tokenizer, no card form"
    );
    let mut none = all;
    for method in &mut none.methods {
        method.max_amount_minor = Some(100);
    }
    let (state, _) = step(start().0, Event::SessionLoaded(none));
    assert!(matches!(state, State::LoadFailed(ref p) if p.code == "no_methods"));
    assert!(payable(&session().methods[0], &session()));
}
