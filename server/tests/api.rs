//! The reference backend's HTTP API, driven through `app(..).oneshot` on a real SQLite file.

mod common;

use axum::http::StatusCode;
use common::Backend;
use micro_checkout_contract::fixtures::{
    CONFIRM_REQUEST, CREATE_SESSION_REQUEST, PAYMENT_FAILED, PAYMENT_SUCCEEDED, SESSION,
};
use serde_json::{Value, json};

fn keys(value: &Value) -> Vec<String> {
    let mut keys: Vec<_> = value.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    keys
}

#[tokio::test]
async fn created_sessions_match_the_golden_fixture_and_can_be_fetched() {
    let backend = Backend::new();
    let id = backend.session().await;
    let (status, mut fetched) = backend
        .call("GET", &format!("/api/sessions/{id}"), None, None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let mut golden: Value = serde_json::from_str(SESSION).unwrap();
    // The reference backend names each session's funnel events URL (docs/contract.md §3.1).
    let events = fetched.as_object_mut().unwrap().remove("events_url");
    assert_eq!(events, Some(json!(format!("/api/sessions/{id}/events"))));
    fetched["id"] = Value::Null;
    golden["id"] = Value::Null;
    assert_eq!(fetched, golden);
}

#[tokio::test]
async fn confirm_charges_once_and_records_the_payment() {
    let backend = Backend::new();
    let id = backend.session().await;
    let (status, result) = backend
        .call(
            "POST",
            &format!("/api/sessions/{id}/confirm"),
            Some("key-1"),
            Some(CONFIRM_REQUEST.into()),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{result}");
    assert_eq!(result["status"], "succeeded");
    let golden: Value = serde_json::from_str(PAYMENT_SUCCEEDED).unwrap();
    assert_eq!(
        keys(&result),
        keys(&golden),
        "same shape as the golden fixture"
    );
    let payments = backend.payments(&id).await;
    assert_eq!(payments.len(), 1);
    let p = &payments[0];
    assert_eq!(
        (p.amount_minor, p.currency.as_str(), p.method.as_str()),
        (99, "USD", "visa_4242")
    );
    assert_eq!(
        (p.status.as_str(), p.idempotency_key.as_str()),
        ("succeeded", "key-1")
    );
    assert_eq!(p.id, result["payment_id"].as_str().unwrap());
    assert!(p.created_at.ends_with('Z'), "{}", p.created_at);
}

#[tokio::test]
async fn a_test_card_declines_its_replay_declines_and_another_method_pays() {
    let backend = Backend::new();
    let id = backend.session().await;
    let (status, declined) = backend.confirm(&id, "key-1", "mc_0002").await;
    assert_eq!(status, StatusCode::OK);
    let mut golden: Value = serde_json::from_str(PAYMENT_FAILED).unwrap();
    golden["payment_id"] = declined["payment_id"].clone();
    assert_eq!(declined, golden, "a decline reads like the golden fixture");
    let (_, replay) = backend.confirm(&id, "key-1", "mc_0002").await;
    assert_eq!(
        replay, declined,
        "a replayed key returns the first result, even a failure"
    );
    let (_, paid) = backend.confirm(&id, "key-2", "visa_4242").await;
    assert_eq!(paid["status"], "succeeded");
    let statuses: Vec<_> = backend
        .payments(&id)
        .await
        .into_iter()
        .map(|p| p.status)
        .collect();
    assert_eq!(statuses, ["failed", "succeeded"]);
}

#[tokio::test]
async fn bad_confirms_get_clear_errors_and_charge_nothing() {
    let backend = Backend::new();
    let id = backend.session().await;
    let uri = format!("/api/sessions/{id}/confirm");
    let cases = [
        (
            None,
            Some(CONFIRM_REQUEST.to_owned()),
            StatusCode::BAD_REQUEST,
            "missing_idempotency_key",
        ),
        (
            Some("k"),
            Some("{not json".to_owned()),
            StatusCode::BAD_REQUEST,
            "invalid_json",
        ),
        (Some("k"), None, StatusCode::BAD_REQUEST, "invalid_json"),
        (
            Some("k"),
            Some(r#"{"version":1}"#.to_owned()),
            StatusCode::BAD_REQUEST,
            "invalid_json",
        ),
        (
            Some("k"),
            Some(r#"{"version":2,"method_id":"visa_4242"}"#.to_owned()),
            StatusCode::BAD_REQUEST,
            "unsupported_version",
        ),
        (
            Some("k"),
            Some(r#"{"version":1,"method_id":"nope"}"#.to_owned()),
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_method",
        ),
        (
            Some("k"),
            Some(format!(
                r#"{{"version":1,"method_id":"{}"}}"#,
                "x".repeat(20_000)
            )),
            StatusCode::PAYLOAD_TOO_LARGE,
            "body_too_large",
        ),
    ];
    for (key, body, status, code) in cases {
        let (got, answer) = backend.call("POST", &uri, key, body).await;
        assert_eq!(
            (got, answer["error"]["code"].as_str()),
            (status, Some(code)),
            "{answer}"
        );
    }
    let long_key = "k".repeat(256);
    let (status, answer) = backend.confirm(&id, &long_key, "visa_4242").await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_request"))
    );
    let (status, answer) = backend.confirm("ses_missing", "k", "visa_4242").await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("session_not_found"))
    );
    assert!(backend.payments(&id).await.is_empty());
}

#[tokio::test]
async fn bad_sessions_are_refused_naming_the_field() {
    let backend = Backend::new();
    let good: Value = serde_json::from_str(CREATE_SESSION_REQUEST).unwrap();
    type Change = Box<dyn Fn(&mut Value)>;
    let variants: Vec<(&str, Change)> = vec![
        (
            "lines[].amount.currency",
            Box::new(|v| v["lines"][0]["amount"]["currency"] = json!("usd")),
        ),
        (
            "lines[].amount.exponent",
            Box::new(|v| v["lines"][0]["amount"]["exponent"] = json!(0)),
        ),
        (
            "lines[].amount.amount_minor",
            Box::new(|v| v["lines"][0]["amount"]["amount_minor"] = json!(0)),
        ),
        (
            "lines[].amount.amount_minor",
            Box::new(|v| v["lines"][0]["amount"]["amount_minor"] = json!(-5)),
        ),
        (
            "lines[].label",
            Box::new(|v| v["lines"][0]["label"] = json!("x".repeat(121))),
        ),
        (
            "lines[].quantity",
            Box::new(|v| v["lines"][0]["quantity"] = json!(0)),
        ),
        ("lines", Box::new(|v| v["lines"] = json!([]))),
        (
            "methods[].fee.currency",
            Box::new(|v| {
                v["methods"][0]["fee"] =
                    json!({ "amount_minor": 5, "currency": "EUR", "exponent": 2 })
            }),
        ),
        (
            "methods[].carriers",
            Box::new(|v| {
                v["methods"][1] =
                    json!({ "id": "phone", "kind": "carrier_billing", "carriers": [] })
            }),
        ),
        ("merchant", Box::new(|v| v["merchant"] = json!("  "))),
        (
            "methods[].last4",
            Box::new(|v| v["methods"][0]["last4"] = json!("42a2")),
        ),
        (
            "default_method",
            Box::new(|v| v["default_method"] = json!("none")),
        ),
        ("methods", Box::new(|v| v["methods"] = json!([]))),
        (
            "methods[].id",
            Box::new(|v| v["methods"][1]["id"] = json!("visa_4242")),
        ),
    ];
    for (field, change) in variants {
        let mut body = good.clone();
        change(&mut body);
        let (status, answer) = backend
            .call("POST", "/api/sessions", None, Some(body.to_string()))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{field}: {answer}");
        assert_eq!(answer["error"]["code"], "invalid_request");
        assert_eq!(answer["error"]["field"], field, "{answer}");
    }
    let (status, answer) = backend
        .call("POST", "/api/sessions", None, Some("[]".into()))
        .await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_json"))
    );
}

#[tokio::test]
async fn the_demo_page_embeds_a_fresh_session_and_escapes_nothing_unsafe() {
    let backend = Backend::new();
    let (status, page) = backend.call("GET", "/?locale=ko-KR", None, None).await;
    assert_eq!(status, StatusCode::OK);
    let page = page.as_str().unwrap();
    assert!(
        page.contains(r#"<micro-checkout session-url="/api/sessions/ses_"#),
        "{page}"
    );
    assert!(page.contains(r#"locale="ko-KR""#));
    let (_, hostile) = backend
        .call("GET", "/?locale=%22%3E%3Cscript%3E", None, None)
        .await;
    assert!(
        !hostile.as_str().unwrap().contains("<script>"),
        "the locale is filtered"
    );
    let (_, won) = backend.call("GET", "/?currency=KRW", None, None).await;
    let id = won
        .as_str()
        .unwrap()
        .split("/api/sessions/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let (_, session) = backend
        .call("GET", &format!("/api/sessions/{id}"), None, None)
        .await;
    assert_eq!(
        session["amount"],
        json!({ "amount_minor": 1200, "currency": "KRW", "exponent": 0 })
    );
}

#[tokio::test]
async fn a_demo_session_for_a_page_served_elsewhere_offers_every_method() {
    let backend = Backend::new();
    let (status, session) = backend.call("POST", "/demo/sessions", None, None).await;
    assert_eq!(status, StatusCode::CREATED, "{session}");
    assert_eq!(session["amount"]["amount_minor"], 99);
    assert_eq!(session["methods"].as_array().unwrap().len(), 8);
    let id = session["id"].as_str().unwrap();
    let (status, fetched) = backend
        .call("GET", &format!("/api/sessions/{id}"), None, None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(fetched["id"], id);
    let (_, won) = backend
        .call("POST", "/demo/sessions?currency=KRW", None, None)
        .await;
    assert_eq!(
        won["amount"],
        json!({ "amount_minor": 1200, "currency": "KRW", "exponent": 0 })
    );
    let (status, error) = backend
        .call(
            "POST",
            "/demo/sessions?currency=KRW&currency=USD",
            None,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(error["error"]["code"], "invalid_request");
    let (status, _) = backend.call("GET", "/demo/sessions", None, None).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
}
