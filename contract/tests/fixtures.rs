//! Golden fixtures: every file decodes into its contract type (chosen by its name) and
//! encodes back to the same JSON; the examples pin the rules of the contract.

use micro_checkout_contract::fixtures::*;
use micro_checkout_contract::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn round_trip<T: DeserializeOwned + Serialize>(name: &str, fixture: &str) -> T {
    let value: T = serde_json::from_str(fixture).unwrap_or_else(|e| panic!("{name}: {e}"));
    let original: Value = serde_json::from_str(fixture).unwrap();
    assert_eq!(
        serde_json::to_value(&value).unwrap(),
        original,
        "{name}: re-encoding changed it"
    );
    value
}

#[test]
fn every_fixture_round_trips_through_its_type() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    assert_eq!(
        std::fs::read_dir(dir).unwrap().count(),
        ALL.len(),
        "every file is in ALL"
    );
    for (name, json) in ALL {
        match *name {
            n if n.starts_with("session") => drop(round_trip::<Session>(n, json)),
            "create_session_request" => drop(round_trip::<CreateSessionRequest>(name, json)),
            n if n.starts_with("confirm_request") => drop(round_trip::<ConfirmRequest>(n, json)),
            n if n.starts_with("payment_") => drop(round_trip::<PaymentResult>(n, json)),
            n if n.starts_with("action_") => drop(round_trip::<ActionRequest>(n, json)),
            "tokenize_request" => drop(round_trip::<TokenizeRequest>(name, json)),
            "tokenize_response" => drop(round_trip::<TokenizeResponse>(name, json)),
            n if n.starts_with("error_") => drop(round_trip::<ApiError>(n, json)),
            "funnel_batch" => drop(round_trip::<FunnelBatch>(name, json)),
            "passkey_options_request" => drop(round_trip::<PasskeyOptionsRequest>(name, json)),
            "passkey_creation_options" => drop(round_trip::<PasskeyCreationOptions>(name, json)),
            "passkey_registration" => drop(round_trip::<PasskeyRegistration>(name, json)),
            "passkey_confirm_request" => drop(round_trip::<PasskeyConfirmRequest>(name, json)),
            "passkey_session" => drop(round_trip::<SessionWithPasskeys>(name, json)),
            "passkey_credential" => drop(round_trip::<PasskeyCredential>(name, json)),
            "passkey_request_options" => drop(round_trip::<PasskeyRequestOptions>(name, json)),
            other => panic!("no type known for fixture {other}"),
        }
    }
}

#[test]
fn the_all_methods_session_covers_every_method_kind() {
    let session: Session = serde_json::from_str(SESSION_ALL_METHODS).unwrap();
    let kinds: Vec<_> = session.methods.iter().map(|m| m.kind.name()).collect();
    for kind in [
        "card",
        "saved_card",
        "carrier_billing",
        "wallet",
        "qr",
        "bank_transfer",
        "balance",
    ] {
        assert!(kinds.contains(&kind), "{kind} missing");
    }
    assert!(
        session.tokenize_url.is_some(),
        "a card method comes with a tokenize_url"
    );
    let total: i64 = session.lines.iter().map(|l| l.amount.amount_minor).sum();
    assert_eq!(
        total, session.amount.amount_minor,
        "the total is the sum of the lines"
    );
}

#[test]
fn every_next_action_type_has_a_fixture() {
    let mut types = Vec::new();
    for (_, json) in ALL
        .iter()
        .filter(|(n, _)| n.starts_with("payment_requires"))
    {
        let result: PaymentResult = serde_json::from_str(json).unwrap();
        assert_eq!(result.status, PaymentStatus::RequiresAction);
        types.push(
            match result
                .next_action
                .expect("requires_action has a next action")
            {
                NextAction::Redirect { .. } => "redirect",
                NextAction::Otp { .. } => "otp",
                NextAction::Qr { .. } => "qr",
                NextAction::Instructions { .. } => "instructions",
                NextAction::ThreeDs { .. } => "three_ds",
            },
        );
    }
    types.sort();
    assert_eq!(types, ["instructions", "otp", "qr", "redirect", "three_ds"]);
}

#[test]
fn money_states_its_exponent() {
    let session: Session = serde_json::from_str(SESSION_KRW).unwrap();
    assert_eq!(session.amount, Money::new(1200, "KRW"));
    assert_eq!(session.amount.exponent, 0);
    for (code, exponent) in [
        ("USD", 2),
        ("EUR", 2),
        ("GBP", 2),
        ("JPY", 0),
        ("KRW", 0),
        ("VND", 0),
        ("CLP", 0),
        ("ISK", 0),
        ("XAF", 0),
        ("KWD", 3),
        ("BHD", 3),
        ("TND", 3),
        ("OMR", 3),
        ("JOD", 3),
        ("IQD", 3),
        ("LYD", 3),
        ("CLF", 4),
        ("UYW", 4),
        ("INR", 2),
        ("IDR", 2),
        ("THB", 2),
    ] {
        assert_eq!(currency_exponent(code), Some(exponent), "{code}");
    }
    assert_eq!(
        currency_exponent("XAU"),
        None,
        "gold is not money a buyer pays with"
    );
    assert_eq!(currency_exponent("ZZZ"), None);
    assert!(is_currency_code("USD"));
    assert!(!is_currency_code("usd") && !is_currency_code("US") && !is_currency_code("USDT"));
}

#[test]
fn confirm_carries_no_amount_and_no_card_number() {
    for (name, json) in ALL.iter().filter(|(n, _)| n.starts_with("confirm_request")) {
        let raw: Value = serde_json::from_str(json).unwrap();
        assert!(
            raw.get("amount").is_none(),
            "{name}: the server owns the amount"
        );
        assert!(
            !json.contains("4242424242424242"),
            "{name}: confirm sees tokens only"
        );
    }
}

#[test]
fn failures_carry_codes_and_retryable_never_prose_for_buyers() {
    let failed: PaymentResult = serde_json::from_str(PAYMENT_FAILED).unwrap();
    assert_eq!(
        failed.error,
        Some(ErrorInfo {
            code: codes::CARD_DECLINED.into(),
            retryable: false
        })
    );
    let busy: ApiError = serde_json::from_str(ERROR_IDEMPOTENCY_IN_PROGRESS).unwrap();
    assert_eq!(
        (busy.error.code.as_str(), busy.error.retryable),
        (codes::IDEMPOTENCY_IN_PROGRESS, true)
    );
}

#[test]
fn unknown_fields_are_ignored_and_missing_tag_fields_are_named() {
    let newer = r#"{"version":1,"payment_id":"p","status":"succeeded","receipt_url":"https://x"}"#;
    let result: PaymentResult = serde_json::from_str(newer).unwrap();
    assert_eq!(result.status, PaymentStatus::Succeeded);
    let broken = r#"{"id":"m","kind":"saved_card","brand":"visa"}"#;
    let error = serde_json::from_str::<Method>(broken)
        .unwrap_err()
        .to_string();
    assert!(error.contains("`saved_card` needs `last4`"), "{error}");
    let otp = r#"{"type":"otp","length":6}"#;
    let error = serde_json::from_str::<NextAction>(otp)
        .unwrap_err()
        .to_string();
    assert!(error.contains("`otp` needs `expires_in_s`"), "{error}");
}

#[test]
fn the_specification_documents_every_error_code_and_method_kind() {
    let spec = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/contract.md"))
        .unwrap();
    for code in codes::ALL.iter().chain(widget_codes::ALL) {
        assert!(
            spec.contains(&format!("`{code}`")),
            "docs/contract.md lacks `{code}`"
        );
    }
    for kind in Kind::ALL.map(Kind::name) {
        assert!(
            spec.contains(&format!("| `{kind}` |")),
            "docs/contract.md lacks kind `{kind}`"
        );
    }
}

#[test]
fn each_method_kind_has_one_name_that_every_reader_parses() {
    let session: Session = serde_json::from_str(SESSION_ALL_METHODS).unwrap();
    let kinds: Vec<Kind> = session.methods.iter().map(|m| m.kind.kind()).collect();
    for kind in Kind::ALL {
        assert!(kinds.contains(&kind), "the fixture shows `{}`", kind.name());
        assert_eq!(Kind::parse(kind.name()), Some(kind));
        assert_eq!(
            serde_json::to_value(kind).unwrap(),
            kind.name(),
            "serde spells it as name() does"
        );
    }
    assert_eq!(
        Kind::parse("crypto"),
        None,
        "a kind this contract does not know"
    );
    assert_eq!(Kind::parse("Card"), None, "names are lower case");
}

#[test]
fn the_currency_table_is_sorted_unique_and_complete_enough() {
    assert!(CURRENCIES.len() >= 150, "{} codes", CURRENCIES.len());
    assert!(
        CURRENCIES.windows(2).all(|w| w[0].0 < w[1].0),
        "sorted and unique"
    );
    assert!(
        CURRENCIES
            .iter()
            .all(|(c, e)| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) && *e <= 4)
    );
    for (code, exponent) in CURRENCIES {
        assert_eq!(Money::new(1, code).exponent, *exponent, "{code}");
    }
}

#[test]
fn the_published_currency_table_is_the_one_the_code_uses() {
    let spec = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/contract.md"))
        .unwrap();
    let table = spec
        .split("## 11. Currencies")
        .nth(1)
        .expect("docs/contract.md has its currency table");
    let mut published: Vec<(String, u32)> = table
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let exponent = cells.get(1)?.parse::<u32>().ok()?;
            Some(
                cells
                    .get(2)?
                    .split(' ')
                    .map(move |c| (c.to_owned(), exponent)),
            )
        })
        .flatten()
        .collect();
    published.sort();
    let code: Vec<(String, u32)> = CURRENCIES
        .iter()
        .map(|(c, e)| (c.to_string(), *e))
        .collect();
    assert_eq!(
        published, code,
        "docs/contract.md §11 and CURRENCIES differ"
    );
    for withdrawn in ["ANG", "BGN", "HRK", "SLL", "ZWL", "CUC"] {
        assert!(!is_currency_code(withdrawn), "{withdrawn} was withdrawn");
    }
}

#[test]
fn each_action_names_the_type_serde_writes() {
    let actions = [
        Action::Otp { code: "1".into() },
        Action::ResendOtp,
        Action::RedirectReturn {
            result: "approved".into(),
        },
        Action::ThreeDs {
            result: "authenticated".into(),
        },
        Action::Cancel,
    ];
    for action in actions {
        let name = action.name();
        let request = ActionRequest {
            version: CONTRACT_VERSION,
            action,
        };
        let json = serde_json::to_value(&request).unwrap();
        assert_eq!(json["type"], name);
    }
}
