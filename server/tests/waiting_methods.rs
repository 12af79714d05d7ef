//! Methods that wait on the outside world in the reference backend: wallets (approval page),
//! QR codes (scan) and bank transfers (arrival), plus stored balances with top-up packs.

mod common;

use axum::http::StatusCode;
use common::Backend;
use micro_checkout_contract::fixtures::SESSION_ALL_METHODS;
use serde_json::{Value, json};

/// The all-methods golden session, as a create request.
fn request() -> Value {
    let mut v: Value = serde_json::from_str(SESSION_ALL_METHODS).unwrap();
    let o = v.as_object_mut().unwrap();
    for field in ["version", "id", "amount", "tokenize_url"] {
        o.remove(field);
    }
    v
}

async fn start(backend: &Backend, body: Value) -> (String, String, Value) {
    let session = backend.session_from(request()).await;
    let (status, result) = backend
        .confirm_with(&session, &format!("k-{session}"), body)
        .await;
    assert_eq!(status, StatusCode::OK, "{result}");
    let payment = result["payment_id"].as_str().unwrap_or_default().to_owned();
    (session, payment, result)
}

/// Calls a test hook (`scan`, `transfer`) of payment `payment`.
async fn hook(backend: &Backend, payment: &str, name: &str) -> (StatusCode, Value) {
    let uri = format!("/test/payments/{payment}/{name}");
    backend.call("POST", &uri, None, None).await
}

async fn poll(backend: &Backend, session: &str, payment: &str) -> Value {
    let uri = format!("/api/sessions/{session}/payments/{payment}");
    let (status, body) = backend.call("GET", &uri, None, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

#[tokio::test]
async fn every_kind_of_the_golden_session_is_accepted() {
    let backend = Backend::new();
    let session = backend.session_from(request()).await;
    let (_, fetched) = backend
        .call("GET", &format!("/api/sessions/{session}"), None, None)
        .await;
    assert_eq!(fetched["methods"].as_array().unwrap().len(), 7);
    assert_eq!(
        fetched["amount"]["amount_minor"], 298,
        "the total is the sum of the lines"
    );
}

#[tokio::test]
async fn a_qr_code_is_paid_by_a_scan_seen_by_polling() {
    let backend = Backend::new();
    let (session, payment, shown) =
        start(&backend, json!({ "version": 1, "method_id": "promptpay" })).await;
    assert_eq!(shown["next_action"]["type"], "qr");
    assert_eq!(
        shown["next_action"]["payload"],
        format!("micro-checkout-test:{payment}")
    );
    assert_eq!(shown["poll_after_ms"], 2000);
    assert_eq!(
        poll(&backend, &session, &payment).await["status"],
        "requires_action"
    );
    let (_, scanned) = hook(&backend, &payment, "scan").await;
    assert_eq!(scanned["status"], "succeeded");
    assert_eq!(
        poll(&backend, &session, &payment).await["status"],
        "succeeded"
    );
    let (_, again) = hook(&backend, &payment, "scan").await;
    assert_eq!(
        again["status"], "succeeded",
        "a second scan changes nothing"
    );
    assert_eq!(backend.payments(&session).await.len(), 1);
}

#[tokio::test]
async fn an_unscanned_qr_code_expires_and_a_late_scan_cannot_pay_it() {
    let backend = Backend::with(micro_checkout_server::Options {
        qr_ttl: std::time::Duration::ZERO,
        ..Default::default()
    });
    let (session, payment, _) =
        start(&backend, json!({ "version": 1, "method_id": "promptpay" })).await;
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    let expired = poll(&backend, &session, &payment).await;
    assert_eq!(
        (
            expired["status"].as_str(),
            expired["error"]["code"].as_str()
        ),
        (Some("failed"), Some("expired"))
    );
    let (_, late) = hook(&backend, &payment, "scan").await;
    assert_eq!(
        late["status"], "failed",
        "a scan after expiry changes nothing"
    );
}

#[tokio::test]
async fn a_bank_transfer_shows_instructions_and_completes_when_the_money_arrives() {
    let backend = Backend::new();
    let (session, payment, shown) =
        start(&backend, json!({ "version": 1, "method_id": "transfer" })).await;
    let next = &shown["next_action"];
    assert_eq!(next["type"], "instructions");
    assert_eq!(
        next["amount"],
        json!({ "amount_minor": 298, "currency": "USD", "exponent": 2 })
    );
    assert_eq!(next["holder"], "Pixel Stickers");
    assert!(next["reference"].as_str().unwrap().starts_with("MC-"));
    let (_, arrived) = hook(&backend, &payment, "transfer").await;
    assert_eq!(arrived["status"], "succeeded");
    assert_eq!(
        poll(&backend, &session, &payment).await["status"],
        "succeeded"
    );
}

#[tokio::test]
async fn a_wallet_decision_is_recorded_by_the_wallet_page_not_claimed_by_the_widget() {
    let backend = Backend::new();
    let (status, refused) = backend
        .confirm_with(
            &backend.session_from(request()).await,
            "no-url",
            json!({ "version": 1, "method_id": "kakaopay" }),
        )
        .await;
    assert_eq!(
        (status, refused["error"]["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_request"))
    );

    let body = json!({ "version": 1, "method_id": "kakaopay", "return_url": "https://shop.example.com/done" });
    let (session, payment, shown) = start(&backend, body).await;
    assert_eq!(
        shown["next_action"],
        json!({ "type": "redirect", "url": format!("/wallet/{payment}") })
    );
    let claim = json!({ "version": 1, "type": "redirect_return", "result": "approved" });
    let (_, claimed) = backend.act(&session, &payment, claim.clone()).await;
    assert_eq!(
        claimed["status"], "requires_action",
        "the widget cannot approve by itself"
    );
    let (status, page) = backend
        .call("GET", &format!("/wallet/{payment}"), None, None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.as_str().unwrap().contains("Approve"));
    let decision = axum::http::Request::builder()
        .method("POST")
        .uri(format!("/wallet/{payment}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(axum::body::Body::from("decision=approve"))
        .unwrap();
    let response = tower::ServiceExt::oneshot(backend.router.clone(), decision)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let location = response.headers()["location"].to_str().unwrap();
    assert_eq!(
        location,
        format!("https://shop.example.com/done?mc_payment={payment}&mc_result=approved")
    );
    let (_, returned) = backend.act(&session, &payment, claim).await;
    assert_eq!(returned["status"], "succeeded");
}

#[tokio::test]
async fn a_balance_pays_when_it_covers_the_total_or_with_a_top_up_pack() {
    let backend = Backend::new();
    let (_, _, short) = start(&backend, json!({ "version": 1, "method_id": "credits" })).await;
    assert_eq!(
        short["error"]["code"], "insufficient_funds",
        "1.50 does not cover 2.98"
    );
    let (_, _, topped) = start(
        &backend,
        json!({ "version": 1, "method_id": "credits", "top_up_pack": "pack_5" }),
    )
    .await;
    assert_eq!(topped["status"], "succeeded");
    let session = backend.session_from(request()).await;
    backend
        .confirm_with(
            &session,
            "with-pack",
            json!({ "version": 1, "method_id": "credits", "top_up_pack": "pack_5" }),
        )
        .await;
    let [bought] = &backend.payments(&session).await[..] else {
        panic!("one payment")
    };
    assert_eq!(
        (bought.amount_minor, bought.fee_minor),
        (400, 0),
        "the pack's price is what was charged"
    );
    let top_up = bought
        .top_up
        .as_ref()
        .expect("the pack purchase is recorded");
    assert_eq!(
        (
            top_up.pack.as_str(),
            top_up.price_minor,
            top_up.credit_minor,
            top_up.balance_debited_minor
        ),
        ("pack_5", 400, 500, 298)
    );
    let session = backend.session_from(request()).await;
    let (status, _) = backend
        .confirm_with(
            &session,
            "bad-pack",
            json!({ "version": 1, "method_id": "credits", "top_up_pack": "pack_9" }),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn amounts_outside_a_methods_limits_are_refused() {
    let backend = Backend::new();
    let mut small = request();
    small["lines"] = json!([{ "label": "Sticker", "quantity": 1, "amount": { "amount_minor": 150, "currency": "USD", "exponent": 2 } }]);
    let session = backend.session_from(small).await;
    let (status, body) = backend
        .confirm_with(
            &session,
            "k",
            json!({ "version": 1, "method_id": "transfer" }),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("amount_out_of_range")
        )
    );
}

#[tokio::test]
async fn a_method_fee_is_charged_and_recorded_as_its_own_field() {
    let backend = Backend::new();
    let session = backend.session_from(request()).await;
    let body = json!({ "version": 1, "method_id": "phone", "carrier": "docomo", "phone": "+819012345678" });
    let (status, result) = backend.confirm_with(&session, "k-fee", body).await;
    assert_eq!(status, StatusCode::OK, "{result}");
    let [payment] = &backend.payments(&session).await[..] else {
        panic!("one payment")
    };
    assert_eq!(
        (payment.amount_minor, payment.fee_minor),
        (298 + 10, 10),
        "the total the Pay button showed, and the fee in it"
    );
    assert_eq!(payment.top_up, None);
}

#[tokio::test]
async fn polling_and_fetching_the_session_report_the_time_actually_left() {
    let backend = Backend::with(micro_checkout_server::Options {
        qr_ttl: std::time::Duration::from_secs(5),
        ..Default::default()
    });
    let (session, payment, shown) =
        start(&backend, json!({ "version": 1, "method_id": "promptpay" })).await;
    assert_eq!(shown["next_action"]["expires_in_s"], 5);
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    let polled = poll(&backend, &session, &payment).await;
    assert_eq!(polled["status"], "requires_action", "{polled}");
    let left = polled["next_action"]["expires_in_s"].as_u64().unwrap();
    assert!(
        (1..5).contains(&left),
        "a second later, less than 5 s: {polled}"
    );
    let (_, fetched) = backend
        .call("GET", &format!("/api/sessions/{session}"), None, None)
        .await;
    let left = fetched["payment"]["next_action"]["expires_in_s"]
        .as_u64()
        .unwrap();
    assert!((1..5).contains(&left), "{fetched}");
}
