//! The widget's hand-written request encoder (`src/encode.rs`) writes exactly what serde
//! writes for the contract types: every request fixture, and arbitrary text.

use micro_checkout::encode;
use micro_checkout::flow::Pending;
use micro_checkout_contract::fixtures::{ALL, TOKENIZE_REQUEST};
use micro_checkout_contract::{
    Action, ActionRequest, CONTRACT_VERSION, ConfirmRequest, TokenizeRequest,
};
use proptest::prelude::*;

/// `fixture`, read by serde as `T`, is written by `encode` exactly as serde writes it.
fn same_as_serde<T>(name: &str, fixture: &str, encode: fn(&T) -> String)
where
    T: serde::de::DeserializeOwned + serde::Serialize,
{
    let value: T = serde_json::from_str(fixture).unwrap();
    assert_eq!(
        encode(&value),
        serde_json::to_string(&value).unwrap(),
        "{name}"
    );
}

#[test]
fn every_request_fixture_is_written_as_serde_writes_it() {
    let mut seen = 0;
    for (name, fixture) in ALL {
        if name.starts_with("confirm_request") {
            same_as_serde::<ConfirmRequest>(name, fixture, encode::confirm);
            seen += 1;
        } else if name.starts_with("action_") {
            same_as_serde::<ActionRequest>(name, fixture, encode::action);
            seen += 1;
        }
    }
    assert!(seen >= 12, "{seen} fixtures");
    same_as_serde::<TokenizeRequest>("tokenize_request", TOKENIZE_REQUEST, encode::tokenize);
}

#[test]
fn a_pending_attempt_is_kept_as_its_key_and_the_very_body_sent() {
    let request = ConfirmRequest {
        version: CONTRACT_VERSION,
        method_id: "phone".into(),
        phone: Some("+821012345678".into()),
        ..Default::default()
    };
    let kept = encode::pending(&Pending::Confirm {
        key: "k\"1".into(),
        request: request.clone(),
    });
    let read: serde_json::Value = serde_json::from_str(&kept).unwrap();
    assert_eq!(read["key"], "k\"1");
    assert_eq!(read["request"], serde_json::to_value(&request).unwrap());
    let kept = encode::pending(&Pending::Payment {
        payment_id: "pay_1".into(),
    });
    assert_eq!(kept, r#"{"payment_id":"pay_1"}"#);
}

proptest! {
    #[test]
    fn any_text_is_escaped_as_serde_escapes_it(
        text in any::<String>(),
        other in "[\\x00-\\x20\"\\\\/\\x7f\u{80}-\u{10ffff}]{0,8}",
        version in any::<u32>(),
        month in 1u32..13,
    ) {
        let request = ConfirmRequest {
            version,
            method_id: text.clone(),
            token: Some(other.clone()),
            return_url: Some(format!("{other}{text}")),
            ..Default::default()
        };
        prop_assert_eq!(encode::confirm(&request), serde_json::to_string(&request).unwrap());
        for action in [
            Action::Otp { code: text.clone() },
            Action::ThreeDs { result: other.clone() },
            Action::RedirectReturn { result: text.clone() },
            Action::ResendOtp,
            Action::Cancel,
        ] {
            let request = ActionRequest { version, action };
            prop_assert_eq!(encode::action(&request), serde_json::to_string(&request).unwrap());
        }
        let card = TokenizeRequest { version, number: other.clone(), exp_month: month, exp_year: version, cvc: text.clone() };
        prop_assert_eq!(encode::tokenize(&card), serde_json::to_string(&card).unwrap());
    }
}
