//! Rules of contract 1.1 that the reference backend follows as docs/contract.md states them:
//! limits bound the total with the fee (§4), a replay counts down like a poll (§1.7), a
//! wallet decline is the buyer's cancel (§5.3), an unlisted card brand is declined (§4), the
//! `field` grammar (§1.4), balances and packs in the session's currency (§1.2), and withdrawn
//! currencies are refused (§11).

mod common;

use axum::http::StatusCode;
use common::Backend;
use serde_json::{Value, json};

fn usd(minor: i64) -> Value {
    json!({ "amount_minor": minor, "currency": "USD", "exponent": 2 })
}

fn request(methods: Value) -> Value {
    let default = methods[0]["id"].clone();
    json!({
        "merchant": "Pixel Stickers",
        "lines": [{ "label": "Sticker", "quantity": 1, "amount": usd(100) }],
        "methods": methods,
        "default_method": default
    })
}

#[tokio::test]
async fn limits_bound_the_total_with_the_fee() {
    let backend = Backend::new();
    for (max, wanted) in [
        (109, StatusCode::UNPROCESSABLE_ENTITY),
        (110, StatusCode::OK),
    ] {
        let method = json!({ "id": "visa", "kind": "saved_card", "brand": "visa", "last4": "4242",
                             "fee": usd(10), "max_amount_minor": max });
        let session = backend.session_from(request(json!([method]))).await;
        let (status, body) = backend.confirm(&session, &format!("k-{max}"), "visa").await;
        assert_eq!(status, wanted, "max {max}: {body}");
    }
}

#[tokio::test]
async fn a_replay_of_a_waiting_payment_counts_down_as_a_poll_does() {
    let backend = Backend::new();
    let session = backend
        .session_from(request(
            json!([{ "id": "qr", "kind": "qr", "scheme": "promptpay" }]),
        ))
        .await;
    let (_, first) = backend.confirm(&session, "k", "qr").await;
    let left = |v: &Value| v["next_action"]["expires_in_s"].as_u64().unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    let (status, replay) = backend.confirm(&session, "k", "qr").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(replay["payment_id"], first["payment_id"]);
    assert!(left(&replay) < left(&first), "{first} then {replay}");
}

#[tokio::test]
async fn a_transfer_asks_for_the_total_with_the_fee_that_the_ledger_records() {
    let backend = Backend::new();
    let transfer = json!({ "id": "transfer", "kind": "bank_transfer", "fee": usd(25) });
    let session = backend.session_from(request(json!([transfer]))).await;
    let (_, started) = backend.confirm(&session, "k", "transfer").await;
    assert_eq!(started["next_action"]["amount"], usd(125), "{started}");
    assert_eq!(backend.payments(&session).await[0].amount_minor, 125);
}

#[tokio::test]
async fn a_wallet_decline_is_the_buyers_cancel() {
    let backend = Backend::new();
    let wallet =
        json!({ "id": "kakaopay", "kind": "wallet", "wallet": "kakaopay", "flow": "popup" });
    let session = backend.session_from(request(json!([wallet]))).await;
    let (_, started) = backend.confirm(&session, "k", "kakaopay").await;
    let payment = started["payment_id"].as_str().unwrap();
    let (status, declined) = backend
        .call(
            "POST",
            &format!("/test/payments/{payment}/decline"),
            None,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (&declined["status"], &declined["error"]["code"]),
        (&json!("canceled"), &json!("canceled_by_buyer"))
    );
    let records = backend.payments(&session).await;
    assert_eq!(
        (records[0].status.as_str(), records[0].error_code.as_deref()),
        ("canceled", Some("canceled_by_buyer"))
    );
}

#[tokio::test]
async fn the_hooks_record_wallet_and_issuer_decisions_and_refuse_unknown_events() {
    let backend = Backend::new();
    let wallet =
        json!({ "id": "kakaopay", "kind": "wallet", "wallet": "kakaopay", "flow": "popup" });
    let session = backend.session_from(request(json!([wallet]))).await;
    let (_, started) = backend.confirm(&session, "k", "kakaopay").await;
    let payment = started["payment_id"].as_str().unwrap();
    let hook = |event: &str| format!("/test/payments/{payment}/{event}");
    let (status, unknown) = backend.call("POST", &hook("teleport"), None, None).await;
    assert_eq!(
        (status, &unknown["error"]["code"]),
        (StatusCode::NOT_FOUND, &json!("not_found"))
    );
    let (_, scanned) = backend.call("POST", &hook("scan"), None, None).await;
    assert_eq!(
        scanned["status"], "requires_action",
        "a scan does not apply to a wallet"
    );
    let (_, approved) = backend.call("POST", &hook("approve"), None, None).await;
    assert_eq!(approved["status"], "succeeded");
    let (_, again) = backend.call("POST", &hook("decline"), None, None).await;
    assert_eq!(
        again["status"], "succeeded",
        "an ended payment stays as it ended"
    );
}

#[tokio::test]
async fn a_card_of_a_brand_the_method_does_not_list_is_declined() {
    let backend = Backend::new();
    let card = json!({ "id": "card", "kind": "card", "brands": ["visa"] });
    let session = backend.session_from(request(json!([card]))).await;
    let number = json!({ "version": 1, "number": "5555555555554444", "exp_month": 12, "exp_year": 2040, "cvc": "123" });
    let (status, token) = backend
        .call("POST", "/vault/tokens", None, Some(number.to_string()))
        .await;
    assert_eq!(status, StatusCode::OK, "{token}");
    let body = json!({ "version": 1, "method_id": "card", "token": token["token"] });
    let (status, result) = backend.confirm_with(&session, "k", body).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (&result["status"], &result["error"]["code"]),
        (&json!("failed"), &json!("card_declined"))
    );
}

#[tokio::test]
async fn fields_are_named_by_their_path_and_every_amount_is_checked() {
    let backend = Backend::new();
    let balance = |balance: Value, packs: Value| json!({ "id": "credits", "kind": "balance", "balance": balance, "packs": packs });
    let eur = json!({ "amount_minor": 500, "currency": "EUR", "exponent": 2 });
    for (method, field) in [
        (
            json!({ "id": "v", "kind": "saved_card", "brand": "Visa Card", "last4": "4242" }),
            "methods[].brand",
        ),
        (
            json!({ "id": "c", "kind": "card", "brands": ["visa card"] }),
            "methods[].brands[]",
        ),
        (
            json!({ "id": "p", "kind": "carrier_billing", "carriers": ["s k t"] }),
            "methods[].carriers[]",
        ),
        (
            balance(usd(-1), json!([])),
            "methods[].balance.amount_minor",
        ),
        (
            balance(eur.clone(), json!([])),
            "methods[].balance.currency",
        ),
        (
            balance(
                usd(0),
                json!([{ "id": "p5", "credit": eur, "price": usd(400) }]),
            ),
            "methods[].packs[].credit.currency",
        ),
        (
            balance(
                usd(0),
                json!([{ "id": "p5", "credit": usd(500), "price": usd(0) }]),
            ),
            "methods[].packs[].price.amount_minor",
        ),
        (
            json!({ "id": "v", "kind": "saved_card", "brand": "visa", "last4": "4242", "fee": usd(0) }),
            "methods[].fee.amount_minor",
        ),
    ] {
        let (status, body) = backend
            .call(
                "POST",
                "/api/sessions",
                None,
                Some(request(json!([method])).to_string()),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{field}: {body}");
        assert_eq!(body["error"]["field"], field, "{body}");
    }
    let mut huge =
        request(json!([{ "id": "v", "kind": "saved_card", "brand": "visa", "last4": "4242" }]));
    huge["lines"] = json!([
        { "label": "a", "quantity": 1, "amount": usd(1_000_000_000_000) },
        { "label": "b", "quantity": 1, "amount": usd(1) }
    ]);
    let (_, body) = backend
        .call("POST", "/api/sessions", None, Some(huge.to_string()))
        .await;
    assert_eq!(body["error"]["field"], "lines", "{body}");
}

#[tokio::test]
async fn withdrawn_currencies_are_refused() {
    let backend = Backend::new();
    for code in ["BGN", "ANG", "HRK"] {
        let mut body =
            request(json!([{ "id": "v", "kind": "saved_card", "brand": "visa", "last4": "4242" }]));
        body["lines"][0]["amount"] =
            json!({ "amount_minor": 100, "currency": code, "exponent": 2 });
        let (status, answer) = backend
            .call("POST", "/api/sessions", None, Some(body.to_string()))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{code}: {answer}");
        assert_eq!(answer["error"]["field"], "lines[].amount.currency");
    }
}
