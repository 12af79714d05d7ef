//! New cards in the reference backend: the vault tokenizes (and forgets the number),
//! confirm takes a single-use token, and 3-D Secure runs as a next action.

mod common;

use axum::http::StatusCode;
use common::Backend;
use serde_json::{Value, json};

fn request() -> Value {
    json!({
        "merchant": "Pixel Stickers",
        "lines": [{ "label": "Sticker pack", "quantity": 1,
                    "amount": { "amount_minor": 99, "currency": "USD", "exponent": 2 } }],
        "methods": [{ "id": "card", "kind": "card", "brands": ["visa", "mastercard"] }],
        "default_method": "card"
    })
}

/// A card body with a security code of the length the number's brand has.
fn card(number: &str) -> Value {
    let brand = micro_checkout_contract::card::brand(number);
    let cvc = &"1234"[..micro_checkout_contract::card::cvc_length(brand)];
    json!({ "version": 1, "number": number, "exp_month": 12, "exp_year": 2040, "cvc": cvc })
}

async fn tokenize(backend: &Backend, number: &str) -> Value {
    let (status, body) = backend
        .call(
            "POST",
            "/vault/tokens",
            None,
            Some(card(number).to_string()),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

async fn pay(backend: &Backend, number: &str) -> (String, Value) {
    let session = backend.session_from(request()).await;
    let token = tokenize(backend, number).await["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let body = json!({ "version": 1, "method_id": "card", "token": token });
    let (status, result) = backend
        .confirm_with(&session, &format!("k-{session}"), body)
        .await;
    assert_eq!(status, StatusCode::OK, "{result}");
    (session, result)
}

#[tokio::test]
async fn a_card_is_tokenized_then_paid_and_its_number_is_never_stored() {
    let backend = Backend::new();
    let session = backend.session_from(request()).await;
    let (_, fetched) = backend
        .call("GET", &format!("/api/sessions/{session}"), None, None)
        .await;
    assert_eq!(fetched["tokenize_url"], "/vault/tokens");
    let token = tokenize(&backend, "4242424242424242").await;
    assert_eq!(
        (token["brand"].as_str(), token["last4"].as_str()),
        (Some("visa"), Some("4242"))
    );
    let body = json!({ "version": 1, "method_id": "card", "token": token["token"] });
    let (_, paid) = backend.confirm_with(&session, "k-1", body.clone()).await;
    assert_eq!(paid["status"], "succeeded");
    let other = backend.session_from(request()).await;
    let (_, reused) = backend.confirm_with(&other, "k-2", body).await;
    assert_eq!(
        reused["error"]["code"], "token_invalid",
        "tokens are single-use"
    );
    for file in std::fs::read_dir(backend.dir.path()).unwrap() {
        let bytes = std::fs::read(file.unwrap().path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("4242424242424242"),
            "the card number reached the database"
        );
    }
}

#[tokio::test]
async fn test_numbers_decline_or_ask_for_3ds() {
    let backend = Backend::new();
    let (_, declined) = pay(&backend, "4000000000000002").await;
    assert_eq!(
        declined["error"],
        json!({ "code": "card_declined", "retryable": false })
    );
    let (_, busy) = pay(&backend, "4000000000000119").await;
    assert_eq!(
        busy["error"],
        json!({ "code": "processor_unavailable", "retryable": true })
    );

    let (session, challenged) = pay(&backend, "4000000000003220").await;
    assert_eq!(challenged["status"], "requires_action");
    let payment = challenged["payment_id"].as_str().unwrap();
    assert_eq!(
        challenged["next_action"],
        json!({ "type": "three_ds", "url": format!("/vault/3ds/{payment}") })
    );
    let (status, page) = backend
        .call("GET", &format!("/vault/3ds/{payment}"), None, None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.as_str().unwrap().contains("Authenticate"));
    let forged = json!({ "version": 1, "type": "three_ds", "result": "authenticated" });
    let (_, claimed) = backend.act(&session, payment, forged.clone()).await;
    assert_eq!(
        claimed["status"], "requires_action",
        "a browser cannot authenticate by itself"
    );
    assert_eq!(
        backend.payments(&session).await[0].status,
        "requires_action"
    );
    let (status, _, answer) = backend
        .form(&format!("/vault/3ds/{payment}"), "decision=authenticate")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        answer.contains(r#"type: "three_ds""#) && answer.contains(r#"result: "authenticated""#),
        "{answer}"
    );
    let (_, paid) = backend.act(&session, payment, forged.clone()).await;
    assert_eq!(paid["status"], "succeeded");
    let records = backend.payments(&session).await;
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].status, "succeeded");

    // The issuer fails the buyer: a forged "authenticated" afterwards changes nothing.
    let (session, challenged) = pay(&backend, "4000000000003220").await;
    let payment = challenged["payment_id"].as_str().unwrap();
    let (status, _, answer) = backend
        .form(&format!("/vault/3ds/{payment}"), "decision=fail")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(answer.contains(r#"result: "failed""#), "{answer}");
    let (_, failed) = backend.act(&session, payment, forged.clone()).await;
    assert_eq!(failed["error"]["code"], "authentication_failed");
    let (status, _, _) = backend
        .form(&format!("/vault/3ds/{payment}"), "decision=authenticate")
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, still) = backend.act(&session, payment, forged).await;
    assert_eq!(still["status"], "failed", "a decision is final");
    assert_eq!(backend.payments(&session).await[0].status, "failed");
}

#[tokio::test]
async fn the_challenge_page_refuses_bad_forms_in_json() {
    let backend = Backend::new();
    let (session, challenged) = pay(&backend, "4000000000003220").await;
    let payment = challenged["payment_id"].as_str().unwrap();
    let uri = format!("/vault/3ds/{payment}");
    for body in ["decision=maybe", "", "decision=%FF%FE", "other=1"] {
        let (status, kind, answer) = backend.form(&uri, body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}: {answer}");
        assert_eq!(kind, "application/json", "{body}");
        let error: serde_json::Value = serde_json::from_str(&answer).unwrap();
        assert_eq!(
            error["error"],
            json!({ "code": "invalid_request", "retryable": false, "field": "decision" }),
            "{body}"
        );
    }
    let (status, kind, _) = backend
        .form("/vault/3ds/pay_missing", "decision=fail")
        .await;
    assert_eq!(
        (status, kind.as_str()),
        (StatusCode::NOT_FOUND, "application/json")
    );
    let (status, kind, _) = backend
        .raw("GET", "/vault/3ds/%3Cscript%3E", None, "")
        .await;
    assert_eq!(
        (status, kind.as_str()),
        (StatusCode::NOT_FOUND, "application/json")
    );
    let records = backend.payments(&session).await;
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].status, "requires_action", "nothing was decided");
}

#[tokio::test]
async fn bad_cards_and_tokenless_confirms_are_refused() {
    let backend = Backend::new();
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let (year_now, month_now) = micro_checkout_contract::card::year_month(now_ms);
    let mut cases = vec![
        ("4242 4242 4242 4242", 12, 2040, "123", "number"),
        ("4242424242424241", 12, 2040, "123", "number"),
        ("4242424242424242", 13, 2040, "123", "exp_month"),
        ("4242424242424242", 12, 2001, "123", "exp_year"),
        ("4242424242424242", 12, year_now + 21, "123", "exp_year"),
        ("4242424242424242", 12, 2040, "12a", "cvc"),
        ("4242424242424242", 12, 2040, "1234", "cvc"),
        ("378282246310005", 12, 2040, "123", "cvc"),
    ];
    if month_now > 1 {
        // Earlier this year: expired, though the year is current.
        cases.push((
            "4242424242424242",
            month_now - 1,
            year_now,
            "123",
            "exp_month",
        ));
    }
    for (number, month, year, cvc, reason) in cases {
        let body = json!({ "version": 1, "number": number, "exp_month": month, "exp_year": year, "cvc": cvc });
        let (status, answer) = backend
            .call("POST", "/vault/tokens", None, Some(body.to_string()))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{reason}: {answer}");
        assert_eq!(answer["error"]["field"], reason, "{answer}");
        assert!(
            !answer.to_string().contains(number),
            "errors never echo the number"
        );
    }
    let session = backend.session_from(request()).await;
    let (status, answer) = backend
        .confirm_with(&session, "k", json!({ "version": 1, "method_id": "card" }))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(answer["error"]["field"], "token");
}

#[tokio::test]
async fn the_vault_names_brands_by_the_contract_rules_the_widget_uses() {
    let backend = Backend::new();
    for (number, brand) in [
        ("4242424242424242", "visa"),
        ("5555555555554444", "mastercard"),
        ("2223003122003222", "mastercard"),
        ("378282246310005", "amex"),
        ("3530111333300000", "jcb"),
        ("6011111111111117", "discover"),
        ("6500000000000002", "discover"),
        ("6200000000000005", "unionpay"),
        // A "35" prefix below JCB's 3528 is no brand the contract names.
        ("3500000000000009", "unknown"),
    ] {
        let digits = number.to_owned();
        assert_eq!(
            micro_checkout_contract::card::brand(&digits).unwrap_or("unknown"),
            brand,
            "{number}: the contract's rule"
        );
        assert_eq!(tokenize(&backend, number).await["brand"], brand, "{number}");
    }
    let (status, answer) = backend
        .call(
            "POST",
            "/vault/tokens",
            None,
            Some(card("424242424242").to_string()),
        )
        .await;
    assert_eq!(
        (status, answer["error"]["field"].as_str()),
        (StatusCode::BAD_REQUEST, Some("number")),
        "a 12-digit number passes Luhn but is no card the widget would send: {answer}"
    );
}
