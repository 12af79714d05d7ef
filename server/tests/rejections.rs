//! Every rejection of the reference backend is a contract error in JSON: unknown routes and
//! methods, bad paths, queries and bodies, static-file errors, and writes that are not JSON
//! (which a page on another site could send without a preflight).

mod common;

use axum::http::StatusCode;
use common::Backend;
use micro_checkout_contract::fixtures::CREATE_SESSION_REQUEST;
use micro_checkout_server::Options;
use serde_json::{Value, json};

#[tokio::test]
async fn unknown_routes_and_methods_answer_json() {
    let backend = Backend::new();
    let (status, body) = backend.call("GET", "/api/nothing", None, None).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("not_found"))
    );
    let (status, body) = backend.call("DELETE", "/api/sessions", None, None).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::METHOD_NOT_ALLOWED, Some("method_not_allowed"))
    );
}

/// A request (method, URI, `Content-Type`, body) and the status and code it must get.
type Case<'a> = (
    &'a str,
    String,
    Option<&'a str>,
    &'a str,
    StatusCode,
    &'a str,
);

#[tokio::test]
async fn every_rejection_is_a_contract_error_in_json() {
    let dist = tempfile::tempdir().unwrap();
    std::fs::write(dist.path().join("micro-checkout.js"), "export {};").unwrap();
    let backend = Backend::with(Options {
        dist: Some(dist.path().to_owned()),
        ..Options::default()
    });
    let session = backend.session().await;
    let (_, paying) = backend
        .confirm_with(
            &session,
            "k-wallet",
            json!({ "version": 1, "method_id": "visa_4242" }),
        )
        .await;
    let payment = paying["payment_id"].as_str().unwrap().to_owned();
    let long = "a".repeat(5000);
    let cases: Vec<Case> = vec![
        (
            "GET",
            "/api/sessions/%C0%AF".into(),
            None,
            "",
            StatusCode::BAD_REQUEST,
            "invalid_request",
        ),
        (
            "GET",
            format!("/api/sessions/{session}/payments/%FF"),
            None,
            "",
            StatusCode::BAD_REQUEST,
            "invalid_request",
        ),
        (
            "GET",
            "/admin/payments?session_id=a&session_id=b".into(),
            None,
            "",
            StatusCode::BAD_REQUEST,
            "invalid_request",
        ),
        (
            "GET",
            format!("/dist/{long}.js"),
            None,
            "",
            StatusCode::NOT_FOUND,
            "not_found",
        ),
        (
            "GET",
            "/dist/missing.0123456789abcdef.wasm".into(),
            None,
            "",
            StatusCode::NOT_FOUND,
            "not_found",
        ),
        (
            "GET",
            "/dist/../Cargo.toml".into(),
            None,
            "",
            StatusCode::NOT_FOUND,
            "not_found",
        ),
        (
            "POST",
            format!("/wallet/{payment}"),
            Some("application/x-www-form-urlencoded"),
            "decision=maybe",
            StatusCode::BAD_REQUEST,
            "invalid_request",
        ),
        (
            "POST",
            format!("/wallet/{payment}"),
            Some("application/x-www-form-urlencoded"),
            "",
            StatusCode::BAD_REQUEST,
            "invalid_request",
        ),
        (
            "POST",
            format!("/wallet/{payment}"),
            Some("text/plain"),
            "decision=approve",
            StatusCode::BAD_REQUEST,
            "invalid_request",
        ),
        (
            "POST",
            "/wallet/%00".into(),
            Some("application/x-www-form-urlencoded"),
            "decision=approve",
            StatusCode::NOT_FOUND,
            "payment_not_found",
        ),
        (
            "PUT",
            format!("/api/sessions/{session}/confirm"),
            Some("application/json"),
            "{}",
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
        ),
        (
            "GET",
            "/nothing/here".into(),
            None,
            "",
            StatusCode::NOT_FOUND,
            "not_found",
        ),
    ];
    for (method, uri, content_type, body, status, code) in cases {
        let shown = &uri[..uri.len().min(60)];
        let (got, kind, answer) = backend.raw(method, &uri, content_type, body).await;
        assert_eq!(
            (got, kind.as_str()),
            (status, "application/json"),
            "{method} {shown}: {answer}"
        );
        let error: Value = serde_json::from_str(&answer).unwrap();
        assert_eq!(error["version"], 1, "{method} {shown}");
        assert_eq!(error["error"]["code"], code, "{method} {shown}: {answer}");
    }
    // Files that exist are still served as themselves.
    let (status, kind, body) = backend
        .raw("GET", "/dist/micro-checkout.js", None, "")
        .await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "export {};"));
    assert!(kind.contains("javascript"), "{kind}");
}

#[tokio::test]
async fn writes_take_only_json_so_no_other_site_can_send_them_without_a_preflight() {
    let backend = Backend::new();
    let session = backend
        .session_from(json!({
            "merchant": "Pixel Stickers",
            "lines": [{ "label": "Game credits", "quantity": 1,
                        "amount": { "amount_minor": 1200, "currency": "KRW", "exponent": 0 } }],
            "methods": [
                { "id": "phone", "kind": "carrier_billing", "carriers": ["skt"] },
                { "id": "visa_4242", "kind": "saved_card", "saved": true, "one_tap": true,
                  "brand": "visa", "last4": "4242" }
            ],
            "default_method": "phone"
        }))
        .await;
    let phone =
        json!({ "version": 1, "method_id": "phone", "carrier": "skt", "phone": "+821055501234" });
    let (_, paying) = backend.confirm_with(&session, "k-first", phone).await;
    let payment = paying["payment_id"].as_str().unwrap();
    let confirm = json!({ "version": 1, "method_id": "visa_4242" }).to_string();
    let action = json!({ "version": 1, "type": "cancel" }).to_string();
    let card = json!({ "version": 1, "number": "4242424242424242", "exp_month": 12, "exp_year": 2040, "cvc": "123" }).to_string();
    let writes = [
        (
            "/api/sessions".to_owned(),
            CREATE_SESSION_REQUEST.to_owned(),
        ),
        (format!("/api/sessions/{session}/confirm"), confirm),
        (
            format!("/api/sessions/{session}/payments/{payment}/actions"),
            action,
        ),
        ("/vault/tokens".to_owned(), card),
    ];
    let simple = [
        Some("text/plain"),
        Some("text/plain;charset=UTF-8"),
        Some("application/x-www-form-urlencoded"),
        Some("multipart/form-data; boundary=x"),
        Some("application/jsonp"),
        None,
    ];
    for (uri, body) in &writes {
        for content_type in simple {
            let (status, kind, answer) = backend.raw("POST", uri, content_type, body).await;
            assert_eq!(
                status,
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "{uri} as {content_type:?}: {answer}"
            );
            assert_eq!(kind, "application/json");
            let error: Value = serde_json::from_str(&answer).unwrap();
            assert_eq!(
                error,
                json!({ "version": 1, "error": { "code": "unsupported_media_type", "retryable": false } })
            );
        }
    }
    // Nothing was carried out: the code step still waits, the visa was never charged.
    let records = backend.payments(&session).await;
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].status, "requires_action");
    // The same writes as JSON, any case, with a charset, work.
    let (status, _, answer) = backend
        .raw(
            "POST",
            &writes[2].0,
            Some("Application/JSON; charset=utf-8"),
            &writes[2].1,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    // Reads and other methods are untouched: GET answers, DELETE is still 405.
    let (status, _) = backend
        .call("GET", &format!("/api/sessions/{session}"), None, None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = backend.raw("DELETE", "/api/sessions", None, "").await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
}
