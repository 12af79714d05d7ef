//! Golden fixtures: each decodes into its contract type and encodes back to the same JSON.

use micro_checkout_contract::fixtures::*;
use micro_checkout_contract::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn round_trip<T: DeserializeOwned + Serialize>(fixture: &str) -> T {
    let value: T = serde_json::from_str(fixture).expect("fixture decodes");
    let original: Value = serde_json::from_str(fixture).unwrap();
    assert_eq!(
        serde_json::to_value(&value).unwrap(),
        original,
        "re-encoding changed the JSON"
    );
    value
}

#[test]
fn session_fixture_is_a_99_cent_sticker_pack_with_a_saved_visa_default() {
    let session: Session = round_trip(SESSION);
    assert_eq!(session.version, CONTRACT_VERSION);
    assert_eq!(
        session.amount,
        Money {
            amount_minor: 99,
            currency: "USD".into()
        }
    );
    let default = session
        .method(&session.default_method)
        .expect("default is listed");
    assert_eq!(
        default.kind,
        MethodKind::SavedCard {
            brand: "visa".into(),
            last4: "4242".into()
        }
    );
}

#[test]
fn krw_session_has_no_minor_unit() {
    let session: Session = round_trip(SESSION_KRW);
    assert_eq!(session.amount.amount_minor, 1200);
    assert_eq!(currency_exponent(&session.amount.currency), 0);
}

#[test]
fn requests_round_trip_and_confirm_carries_no_amount() {
    let _: CreateSessionRequest = round_trip(CREATE_SESSION_REQUEST);
    let confirm: ConfirmRequest = round_trip(CONFIRM_REQUEST);
    assert_eq!(confirm.method_id, "visa_4242");
    let raw: Value = serde_json::from_str(CONFIRM_REQUEST).unwrap();
    assert!(raw.get("amount").is_none(), "the server owns the amount");
}

#[test]
fn payment_results_carry_their_status() {
    let ok: PaymentResult = round_trip(PAYMENT_SUCCEEDED);
    assert_eq!(ok.status, PaymentStatus::Succeeded);
    let pending: PaymentResult = round_trip(PAYMENT_PROCESSING);
    assert_eq!(pending.status, PaymentStatus::Processing);
    let failed: PaymentResult = round_trip(PAYMENT_FAILED);
    assert_eq!(
        failed.status,
        PaymentStatus::Failed {
            code: DeclineCode::CardDeclined
        }
    );
}

#[test]
fn errors_carry_a_code() {
    let error: ApiError = round_trip(ERROR_IDEMPOTENCY_KEY_REUSED);
    assert_eq!(error.error.code, "idempotency_key_reused");
}

#[test]
fn unknown_fields_and_codes_are_tolerated() {
    let newer =
        r#"{"version":1,"payment_id":"p","status":"failed","code":"fraud_suspected","extra":1}"#;
    let result: PaymentResult = serde_json::from_str(newer).unwrap();
    assert_eq!(
        result.status,
        PaymentStatus::Failed {
            code: DeclineCode::Other
        }
    );
}

#[test]
fn currency_exponents_follow_iso_4217() {
    for (code, exponent) in [
        ("USD", 2),
        ("EUR", 2),
        ("JPY", 0),
        ("KRW", 0),
        ("KWD", 3),
        ("BHD", 3),
        ("TND", 3),
        ("CLF", 4),
    ] {
        assert_eq!(currency_exponent(code), exponent, "{code}");
    }
    assert!(is_currency_code("USD"));
    assert!(!is_currency_code("usd") && !is_currency_code("US") && !is_currency_code("USDT"));
}
