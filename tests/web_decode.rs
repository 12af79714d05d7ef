//! Browser tests of the widget's readers: the contract decoder (JSON parsed by the browser,
//! read field by field) against serde on every golden fixture, and a fetched locale file.
#![cfg(target_arch = "wasm32")]

use micro_checkout::decode::{Decode, from_json};
use micro_checkout::i18n::{Arg, Messages, strip_isolation};
use micro_checkout::intl::Texts;
use micro_checkout_contract::fixtures::{ALL, PASSKEY_SESSION, SESSION};
use micro_checkout_contract::{PaymentResult, Session, SessionWithPasskeys};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn same_as_serde<T>(name: &str, json: &str)
where
    T: Decode + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let ours: T = from_json(json).unwrap_or_else(|field| panic!("{name}: cannot read `{field}`"));
    let serde: T = serde_json::from_str(json).unwrap();
    assert_eq!(ours, serde, "{name}");
}

#[wasm_bindgen_test]
fn the_decoder_reads_every_golden_fixture_as_serde_does() {
    let mut read = 0;
    for (name, json) in ALL {
        if name.starts_with("session") {
            same_as_serde::<Session>(name, json);
        } else if name.starts_with("payment_") {
            same_as_serde::<PaymentResult>(name, json);
        } else {
            continue;
        }
        read += 1;
    }
    assert!(read >= 12, "sessions and payment results: {read}");
}

#[wasm_bindgen_test]
fn the_decoder_refuses_what_it_cannot_read_exactly() {
    let cases = [
        (
            r#"{"amount_minor": 1.5, "currency": "USD", "exponent": 2}"#,
            "amount_minor",
        ),
        (
            r#"{"amount_minor": 9007199254740993, "currency": "USD", "exponent": 2}"#,
            "amount_minor",
        ),
        (
            r#"{"amount_minor": 99, "currency": 840, "exponent": 2}"#,
            "currency",
        ),
        (r#"{"amount_minor": 99, "currency": "USD"}"#, "exponent"),
        ("not json", "json"),
    ];
    for (json, field) in cases {
        let error = from_json::<micro_checkout_contract::Money>(json).unwrap_err();
        assert_eq!(error, field, "{json}");
    }
    let newer = SESSION.replacen("saved_card", "teleport", 1);
    let session: Session = from_json(&newer).expect("an unknown method kind is skipped");
    let ids: Vec<_> = session.methods.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["mc_0002"]);
}

#[wasm_bindgen_test]
fn a_fetched_catalog_reads_as_the_messages_it_was_compiled_from() {
    assert!(
        micro_checkout::catalog::parse("[[\"x\", [{\"s\": \"n\", \"d\": 3, \"o\": []}]]]")
            .is_none()
    );
    assert!(micro_checkout::catalog::parse("not json").is_none());
    let json = include_str!(concat!(env!("OUT_DIR"), "/by-tag/ko-KR.json"));
    let catalog = micro_checkout::catalog::parse(json).expect("the ko-KR file reads");
    micro_checkout::i18n::register("ko-KR", catalog);
    let ko = Texts::new(Messages::new("ko-KR"));
    assert_eq!(ko.locale(), "ko-KR");
    let pay = strip_isolation(&ko.get("pay-button", &[("amount", Arg::Str("₩1,200"))]));
    assert_eq!(pay, "₩1,200 결제하기");
    let card = strip_isolation(&ko.get(
        "saved-card",
        &[("brand", Arg::Str("visa")), ("last4", Arg::Str("4242"))],
    ));
    assert_eq!(
        card, "Visa (끝자리 4242)",
        "selects and references survive the file"
    );
}

/// The widget does not run the passkey ceremonies yet (contract 1.3, §3.2): a session that
/// offers passkeys reads as the same session without them, so it pays as before.
#[wasm_bindgen_test]
fn a_session_with_passkeys_reads_as_the_session_without_them() {
    let ours: Session = from_json(PASSKEY_SESSION).expect("a session with passkeys is read");
    let serde: SessionWithPasskeys = serde_json::from_str(PASSKEY_SESSION).unwrap();
    assert!(serde.passkeys.is_some(), "the fixture offers passkeys");
    assert_eq!(ours, serde.session);
}
