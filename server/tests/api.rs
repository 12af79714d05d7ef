//! The reference backend's HTTP API, driven through `app(..).oneshot` on a real SQLite file.

mod common;

use axum::http::StatusCode;
use common::Backend;
use micro_checkout_contract::fixtures::{
    CONFIRM_REQUEST, CREATE_SESSION_REQUEST, PAYMENT_FAILED, PAYMENT_SUCCEEDED, SESSION,
};
use micro_checkout_server::{Db, Options, app};
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
async fn payments_survive_a_restart() {
    let backend = Backend::new();
    let id = backend.session().await;
    backend.confirm(&id, "key-1", "visa_4242").await;
    let reopened = app(
        Db::open(&backend.dir.path().join("test.db")).unwrap(),
        Options::default(),
    );
    let again = Backend {
        dir: tempfile::tempdir().unwrap(),
        router: reopened,
    };
    assert_eq!(again.payments(&id).await.len(), 1);
    let (status, _) = again.confirm(&id, "key-1", "visa_4242").await;
    assert_eq!(
        status,
        StatusCode::OK,
        "the stored answer replays after a restart"
    );
    assert_eq!(again.payments(&id).await.len(), 1);
}

#[tokio::test]
async fn a_payment_can_be_polled_where_it_was_made_only() {
    let backend = Backend::new();
    let id = backend.session().await;
    let (_, paid) = backend.confirm(&id, "key-1", "visa_4242").await;
    let payment = paid["payment_id"].as_str().unwrap();
    let (status, polled) = backend
        .call(
            "GET",
            &format!("/api/sessions/{id}/payments/{payment}"),
            None,
            None,
        )
        .await;
    assert_eq!((status, &polled), (StatusCode::OK, &paid));
    let other = backend.session().await;
    for uri in [
        format!("/api/sessions/{other}/payments/{payment}"),
        format!("/api/sessions/{id}/payments/pay_missing"),
    ] {
        let (status, body) = backend.call("GET", &uri, None, None).await;
        assert_eq!(
            (status, body["error"]["code"].as_str()),
            (StatusCode::NOT_FOUND, Some("payment_not_found"))
        );
    }
}

#[tokio::test]
async fn an_older_database_is_kept_not_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE sessions (id TEXT PRIMARY KEY, body TEXT NOT NULL);
             CREATE TABLE payments (id TEXT PRIMARY KEY, session_id TEXT NOT NULL);
             CREATE TABLE idempotency (key TEXT PRIMARY KEY);
             INSERT INTO payments VALUES ('pay_old', 'ses_old');",
        )
        .unwrap();
    }
    let backend = Backend {
        router: app(Db::open(&path).unwrap(), Options::default()),
        dir,
    };
    let id = backend.session().await;
    backend.confirm(&id, "key-1", "visa_4242").await;
    assert_eq!(backend.payments(&id).await.len(), 1);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let kept: String = conn
        .query_row("SELECT id FROM legacy_payments", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, "pay_old");
}

#[tokio::test]
async fn a_version_1_database_keeps_its_payments_and_its_stuck_claims_heal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    let (paid, stuck) = {
        let backend = Backend {
            router: app(Db::open(&path).unwrap(), Options::default()),
            dir: tempfile::tempdir().unwrap(),
        };
        let paid = backend.session().await;
        backend.confirm(&paid, "key-paid", "visa_4242").await;
        (paid, backend.session().await)
    };
    {
        // Back to version 1, with a claim a crash left in flight on the second session.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(&format!(
            "ALTER TABLE idempotency DROP COLUMN claimed_at_ms;
             ALTER TABLE payments DROP COLUMN fee_minor;
             ALTER TABLE payments DROP COLUMN top_up_pack;
             ALTER TABLE payments DROP COLUMN top_up_price_minor;
             ALTER TABLE payments DROP COLUMN top_up_credit_minor;
             ALTER TABLE payments DROP COLUMN balance_debited_minor;
             INSERT INTO idempotency (key, session_id, fingerprint) VALUES ('key-stuck', '{stuck}', 'x');
             UPDATE sessions SET in_flight_key = 'key-stuck' WHERE id = '{stuck}';
             PRAGMA user_version = 1;"
        ))
        .unwrap();
    }
    let backend = Backend {
        router: app(Db::open(&path).unwrap(), Options::default()),
        dir,
    };
    let kept = backend.payments(&paid).await;
    assert_eq!(kept.len(), 1);
    assert_eq!(
        (
            kept[0].status.as_str(),
            kept[0].amount_minor,
            kept[0].fee_minor
        ),
        ("succeeded", 99, 0),
        "a version 1 payment keeps its amount and has no fee"
    );
    let (status, body) = backend.confirm(&stuck, "key-new", "visa_4242").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["status"], "succeeded");
    assert_eq!(backend.payments(&stuck).await.len(), 1);
}
