//! Funnel events and the report: the events endpoint refuses every bad batch clearly and
//! keeps none of it, keeps every event of concurrent beacons, and the report's figures
//! equal figures computed here, independently, from a generated funnel with known outcomes.

mod common;

use axum::http::StatusCode;
use common::Backend;
use serde_json::{Value, json};

const TEXT: Option<&str> = Some("text/plain;charset=UTF-8");

/// A session of `variant` for `buyer`, whose best method is `default`.
fn request(variant: &str, buyer: &str, default: &str) -> Value {
    json!({
        "merchant": "Pixel Stickers",
        "lines": [{ "label": "Sticker pack", "quantity": 1,
                    "amount": { "amount_minor": 99, "currency": "USD", "exponent": 2 } }],
        "methods": [
            { "id": "visa_4242", "kind": "saved_card", "saved": true, "one_tap": true, "brand": "visa", "last4": "4242" },
            { "id": "mc_0002", "kind": "saved_card", "saved": true, "one_tap": true, "brand": "mastercard", "last4": "0002" },
            { "id": "phone", "kind": "carrier_billing", "carriers": ["skt"] }
        ],
        "default_method": default,
        "variant": variant,
        "buyer": buyer,
        "messages": { "en-US": { "pay-button": "Buy now { $amount }" } }
    })
}

async fn events(backend: &Backend, session: &str, batch: Value) -> (StatusCode, String) {
    let uri = format!("/api/sessions/{session}/events");
    let (status, _, body) = backend.raw("POST", &uri, TEXT, &batch.to_string()).await;
    (status, body)
}

fn event(step: &str, method: &str, variant: &str) -> Value {
    json!({ "step": step, "method_id": method, "variant": variant })
}

async fn report(backend: &Backend) -> Value {
    let (status, body) = backend.call("GET", "/admin/report.json", None, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

fn stored(backend: &Backend) -> i64 {
    let conn = rusqlite::Connection::open(backend.dir.path().join("test.db")).unwrap();
    conn.query_row("SELECT count(*) FROM funnel_events", [], |r| r.get(0))
        .unwrap()
}

#[tokio::test]
async fn the_session_names_its_events_url_and_carries_its_variant_s_messages() {
    let backend = Backend::new();
    let (status, session) = backend
        .call(
            "POST",
            "/api/sessions",
            None,
            Some(request("b", "u1", "visa_4242").to_string()),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{session}");
    let id = session["id"].as_str().unwrap();
    assert_eq!(session["events_url"], format!("/api/sessions/{id}/events"));
    assert_eq!(
        session["messages"]["en-US"]["pay-button"],
        "Buy now { $amount }"
    );
    assert_eq!(
        session.get("buyer"),
        None,
        "the buyer reference stays on the server"
    );
    let (status, fetched) = backend
        .call("GET", &format!("/api/sessions/{id}"), None, None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(fetched, session);
}

#[tokio::test]
async fn bad_session_messages_are_refused_with_the_field() {
    let backend = Backend::new();
    for (messages, field) in [
        (json!({ "en US": { "pay-button": "x" } }), "messages"),
        (json!({ "en-US": {} }), "messages.en-US"),
        (json!({ "en-US": { "Pay": "x" } }), "messages.en-US.Pay"),
        (
            json!({ "en-US": { "pay-button": "Pay { $amount" } }),
            "messages.en-US.pay-button",
        ),
        (
            json!({ "en-US": { "pay-button": "Pay { amount }" } }),
            "messages.en-US.pay-button",
        ),
        (
            json!({ "en-US": { "pay-button": "" } }),
            "messages.en-US.pay-button",
        ),
        (
            json!({ "en-US": { "pay-button": "x".repeat(201) } }),
            "messages.en-US.pay-button",
        ),
    ] {
        let mut body = request("b", "u1", "visa_4242");
        body["messages"] = messages.clone();
        let (status, error) = backend
            .call("POST", "/api/sessions", None, Some(body.to_string()))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{messages}: {error}");
        assert_eq!(error["error"]["field"], field, "{messages}: {error}");
    }
    let mut body = request("a b", "u1", "visa_4242");
    let (status, error) = backend
        .call("POST", "/api/sessions", None, Some(body.to_string()))
        .await;
    assert_eq!(
        (status, &error["error"]["field"]),
        (StatusCode::BAD_REQUEST, &json!("variant"))
    );
    body["variant"] = json!("b");
    body["buyer"] = json!("someone@example.com");
    let (status, error) = backend
        .call("POST", "/api/sessions", None, Some(body.to_string()))
        .await;
    assert_eq!(
        (status, &error["error"]["field"]),
        (StatusCode::BAD_REQUEST, &json!("buyer"))
    );
}

#[tokio::test]
async fn the_events_endpoint_refuses_bad_batches_and_keeps_none_of_them() {
    let backend = Backend::new();
    let id = backend.session_from(request("b", "u1", "visa_4242")).await;
    let uri = format!("/api/sessions/{id}/events");
    let good = event("viewed", "visa_4242", "b");
    let many: Vec<Value> = (0..65).map(|_| good.clone()).collect();
    for (body, status, code, field) in [
        ("not json".to_owned(), 400, "invalid_json", None),
        (
            json!({ "step": "viewed" }).to_string(),
            400,
            "invalid_json",
            None,
        ),
        (
            json!([{ "step": "clicked" }]).to_string(),
            400,
            "invalid_json",
            None,
        ),
        (
            json!([{ "method_id": "visa_4242" }]).to_string(),
            400,
            "invalid_json",
            None,
        ),
        (
            json!([]).to_string(),
            400,
            "invalid_request",
            Some("events"),
        ),
        (
            json!(many).to_string(),
            400,
            "invalid_request",
            Some("events"),
        ),
        (
            json!([good, event("pay_tapped", "amex_1", "b")]).to_string(),
            400,
            "invalid_request",
            Some("events[1].method_id"),
        ),
        (
            json!([good, event("pay_tapped", "visa_4242", "a")]).to_string(),
            400,
            "invalid_request",
            Some("events[1].variant"),
        ),
        ("x".repeat(17 * 1024), 413, "body_too_large", None),
    ] {
        let (got, kind, text) = backend.raw("POST", &uri, TEXT, &body).await;
        assert_eq!(got.as_u16(), status, "{text}");
        assert!(kind.starts_with("application/json"), "{kind}");
        let error: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(error["error"]["code"], code, "{text}");
        if let Some(field) = field {
            assert_eq!(error["error"]["field"], field, "{text}");
        }
    }
    let (status, _, text) = backend
        .raw(
            "POST",
            &uri,
            Some("application/x-www-form-urlencoded"),
            "step=viewed",
        )
        .await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{text}");
    let (status, text) = events(&backend, "ses_nobody", json!([good])).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{text}");
    assert!(text.contains("session_not_found"), "{text}");
    let (status, _, _) = backend.raw("GET", &uri, None, "").await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(
        stored(&backend),
        0,
        "no refused batch kept any of its events"
    );
    // A good batch, as text/plain (sendBeacon) or as JSON, is kept whole.
    let (status, text) = events(
        &backend,
        &id,
        json!([good, event("pay_tapped", "visa_4242", "b")]),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{text}");
    let (status, _, text) = backend
        .raw(
            "POST",
            &uri,
            Some("application/json"),
            &json!([{ "step": "method_shown" }]).to_string(),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{text}");
    assert_eq!(stored(&backend), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_beacons_lose_nothing() {
    let backend = std::sync::Arc::new(Backend::new());
    let mut ids = Vec::new();
    for i in 0..8 {
        ids.push(
            backend
                .session_from(request("b", &format!("u{i}"), "visa_4242"))
                .await,
        );
    }
    let batch: Vec<Value> = (0..25)
        .map(|i| {
            event(
                ["viewed", "method_selected", "pay_tapped"][i % 3],
                "visa_4242",
                "b",
            )
        })
        .collect();
    let batch = json!(batch);
    let sends = (0..48).map(|i| {
        let (backend, id, batch) = (backend.clone(), ids[i % ids.len()].clone(), batch.clone());
        tokio::spawn(async move { events(&backend, &id, batch).await })
    });
    for send in sends.collect::<Vec<_>>() {
        let (status, text) = send.await.unwrap();
        assert_eq!(status, StatusCode::NO_CONTENT, "{text}");
    }
    assert_eq!(stored(&backend), 48 * 25);
}

/// One generated buyer: which variant, what they did, and how it ended.
struct Buyer {
    variant: &'static str,
    buyer: String,
    taps: bool,
    /// The best method declines; Pay on the fallback (visa) then pays.
    declined_first: bool,
    pays: bool,
}

/// A funnel with known outcomes: per variant, `views` buyers of whom `taps` tap Pay and
/// `paid` pay (`rescued` of them after a decline); buyers repeat every `repeat` sessions.
fn generate(
    variant: &'static str,
    views: usize,
    taps: usize,
    paid: usize,
    rescued: usize,
    repeat: usize,
) -> Vec<Buyer> {
    (0..views)
        .map(|i| Buyer {
            variant,
            buyer: format!("{variant}-buyer-{}", i % repeat),
            taps: i < taps,
            declined_first: i < rescued,
            pays: i < paid,
        })
        .collect()
}

/// Plays `buyer` through the real API: the session, its events as a widget sends them,
/// and real confirms (a decline, then the fallback).
async fn play(backend: &Backend, buyer: &Buyer, n: usize) {
    let default = if buyer.declined_first {
        "mc_0002"
    } else {
        "visa_4242"
    };
    let id = backend
        .session_from(request(buyer.variant, &buyer.buyer, default))
        .await;
    let v = buyer.variant;
    let mut batch = vec![event("viewed", default, v)];
    if buyer.taps {
        batch.push(event("pay_tapped", default, v));
        if buyer.declined_first {
            let (status, body) = backend.confirm(&id, &format!("k{n}a"), "mc_0002").await;
            assert_eq!(
                (status, body["status"].as_str()),
                (StatusCode::OK, Some("failed")),
                "{body}"
            );
            batch.push(event("failed", "mc_0002", v));
            batch.push(event("fallback_offered", "visa_4242", v));
        }
        if buyer.pays {
            if buyer.declined_first {
                batch.push(event("pay_tapped", "visa_4242", v));
                batch.push(event("fallback_used", "visa_4242", v));
            }
            let (status, body) = backend.confirm(&id, &format!("k{n}b"), "visa_4242").await;
            assert_eq!(
                (status, body["status"].as_str()),
                (StatusCode::OK, Some("succeeded")),
                "{body}"
            );
            batch.push(event("succeeded", "visa_4242", v));
        }
    }
    let (status, text) = events(backend, &id, json!(batch)).await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{text}");
}

/// The Wilson score interval, written here from its definition.
fn wilson(x: f64, n: f64) -> (f64, f64) {
    let z = 1.959_963_984_540_054_f64;
    let p = x / n;
    let denominator = 1.0 + z * z / n;
    let center = p + z * z / (2.0 * n);
    let spread = z * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt();
    (
        (center - spread) / denominator,
        (center + spread) / denominator,
    )
}

#[tokio::test]
async fn the_report_s_figures_equal_figures_computed_independently() {
    let backend = Backend::new();
    let mut buyers = generate("control", 90, 60, 27, 0, 30);
    buyers.extend(generate("buy-now", 90, 75, 54, 9, 45));
    for (n, buyer) in buyers.iter().enumerate() {
        play(&backend, buyer, n).await;
    }
    // One paid session whose events never arrived: paid, but outside the funnel.
    let lost = backend
        .session_from(request("control", "lost", "visa_4242"))
        .await;
    assert_eq!(
        backend.confirm(&lost, "lost", "visa_4242").await.0,
        StatusCode::OK
    );
    let report = report(&backend).await;
    assert_eq!(report["control"], "control");
    assert_eq!(report["paid_without_view"], 1);
    let variants = report["variants"].as_array().unwrap();
    assert_eq!(variants[0]["variant"], "control", "the control comes first");
    for (name, views, taps, paid, rescued, repeat) in [
        ("control", 90u64, 60u64, 27u64, 0u64, 30u64),
        ("buy-now", 90, 75, 54, 9, 45),
    ] {
        let v = variants.iter().find(|v| v["variant"] == name).unwrap();
        assert_eq!(v["views"], views, "{name}");
        assert_eq!(v["pay_taps"], taps, "{name}");
        assert_eq!(v["successes"], paid, "{name}");
        assert_eq!(v["rescued_by_fallback"], rescued, "{name}");
        assert_eq!(v["drop_off"][0]["lost"], views - taps);
        assert_eq!(v["drop_off"][1]["lost"], taps - paid);
        let conversion = &v["conversion"];
        let p = paid as f64 / views as f64;
        let (low, high) = wilson(paid as f64, views as f64);
        assert!((conversion["value"].as_f64().unwrap() - p).abs() < 1e-12);
        assert!(
            (conversion["low"].as_f64().unwrap() - low).abs() < 1e-9,
            "{name}"
        );
        assert!(
            (conversion["high"].as_f64().unwrap() - high).abs() < 1e-9,
            "{name}"
        );
        let revenue = &v["revenue"][0];
        let total = paid as i64 * 99;
        let buyers = paid.min(repeat);
        assert_eq!(revenue["revenue"]["amount_minor"], total);
        assert_eq!(revenue["paying_buyers"], buyers);
        assert_eq!(revenue["purchases"], paid);
        let arppu = (total as f64 / buyers as f64).round() as i64;
        let arpu = (total as f64 / views as f64).round() as i64;
        assert_eq!(revenue["arppu"]["amount_minor"], arppu, "{name}");
        assert_eq!(revenue["arpu"]["amount_minor"], arpu, "{name}");
        assert_eq!(revenue["arppu"]["currency"], "USD");
    }
    // 27/90 against 54/90: pooled z = (0.6 − 0.3) / sqrt(0.45 · 0.55 · 2/90) ≈ 4.02.
    let verdict = &report["verdicts"][0];
    assert_eq!(verdict["challenger"], "buy-now");
    assert_eq!(verdict["winner"], "buy-now");
    let z = (0.6 - 0.3) / (0.45_f64 * 0.55 * 2.0 / 90.0).sqrt();
    assert!((verdict["test"]["z"].as_f64().unwrap() - z).abs() < 1e-9);
    assert!(verdict["test"]["p_value"].as_f64().unwrap() < 0.001);
    assert!(
        verdict["summary"]
            .as_str()
            .unwrap()
            .starts_with("buy-now beats control")
    );
    let kinds: Vec<&Value> = report["methods"].as_array().unwrap().iter().collect();
    let saved = kinds
        .iter()
        .find(|m| m["variant"] == "buy-now" && m["kind"] == "saved_card")
        .unwrap();
    assert_eq!(saved["views"], 90);
    assert_eq!(saved["successes"], 54);
    // The page states the same, under a strict policy.
    let (status, kind, page) = backend.raw("GET", "/admin/report", None, "").await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.starts_with("text/html"), "{kind}");
    assert!(page.contains("buy-now beats control"), "{page}");
    assert!(page.contains("<svg"), "the charts are inline SVG");
    assert!(
        !page.contains("style=") && !page.contains("<script"),
        "nothing inline"
    );
}

#[tokio::test]
async fn a_small_test_says_it_is_too_early_and_how_many_views_it_needs() {
    let backend = Backend::new();
    let mut buyers = generate("control", 10, 5, 2, 0, 10);
    buyers.extend(generate("b", 10, 6, 4, 0, 10));
    for (n, buyer) in buyers.iter().enumerate() {
        play(&backend, buyer, n).await;
    }
    let verdict = &report(&backend).await["verdicts"][0];
    assert_eq!(verdict["winner"], Value::Null);
    assert_eq!(verdict["test"], Value::Null);
    assert!(
        verdict["summary"]
            .as_str()
            .unwrap()
            .starts_with("Too early to tell"),
        "{verdict}"
    );
    assert!(verdict["more_views_needed"].as_u64().unwrap() >= 20);
}
