//! Carrier billing in the reference backend: the one-time code step, its failure paths,
//! fallback to another method, and the fraud guard (velocity and spending cap).

mod common;

use axum::http::StatusCode;
use common::Backend;
use micro_checkout_server::Options;
use serde_json::{Value, json};
use std::time::Duration;

fn request(amount_minor: i64) -> Value {
    json!({
        "merchant": "Pixel Stickers",
        "lines": [{ "label": "Game credits", "quantity": 1,
                    "amount": { "amount_minor": amount_minor, "currency": "KRW", "exponent": 0 } }],
        "methods": [
            { "id": "phone", "kind": "carrier_billing", "carriers": ["skt", "kt", "lgu"] },
            { "id": "visa_4242", "kind": "saved_card", "saved": true, "one_tap": true,
              "brand": "visa", "last4": "4242" }
        ],
        "default_method": "phone"
    })
}

fn phone(number: &str) -> Value {
    json!({ "version": 1, "method_id": "phone", "carrier": "skt", "phone": number })
}

fn otp(code: &str) -> Value {
    json!({ "version": 1, "type": "otp", "code": code })
}

async fn started(backend: &Backend, number: &str) -> (String, String, Value) {
    let session = backend.session_from(request(1200)).await;
    let key = format!("key-{session}");
    let (status, body) = backend.confirm_with(&session, &key, phone(number)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let payment = body["payment_id"].as_str().unwrap().to_owned();
    (session, payment, body)
}

#[tokio::test]
async fn the_code_step_then_the_right_code_pays_once() {
    let backend = Backend::new();
    let (session, payment, first) = started(&backend, "+821012345678").await;
    assert_eq!(first["status"], "requires_action");
    assert_eq!(
        first["next_action"],
        json!({ "type": "otp", "length": 6, "expires_in_s": 180, "resend_in_s": 30,
                "phone_hint": "•••• 5678" })
    );
    let (status, wrong) = backend.act(&session, &payment, otp("000000")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(wrong["status"], "requires_action");
    assert_eq!(
        wrong["error"],
        json!({ "code": "otp_invalid", "retryable": true })
    );
    let (_, paid) = backend.act(&session, &payment, otp("123456")).await;
    assert_eq!(paid["status"], "succeeded");
    assert!(paid.get("next_action").is_none() && paid.get("error").is_none());
    let (_, again) = backend.act(&session, &payment, otp("123456")).await;
    assert_eq!(again, paid, "a repeated action answers the current result");
    let (_, polled) = backend
        .call(
            "GET",
            &format!("/api/sessions/{session}/payments/{payment}"),
            None,
            None,
        )
        .await;
    assert_eq!(polled, paid);
    let (_, replay) = backend
        .confirm_with(&session, &format!("key-{session}"), phone("+821012345678"))
        .await;
    assert_eq!(replay, paid, "the confirm key replays the final result");
    let payments = backend.payments(&session).await;
    assert_eq!(payments.len(), 1);
    assert_eq!(
        (
            payments[0].status.as_str(),
            payments[0].method_kind.as_str()
        ),
        ("succeeded", "carrier_billing")
    );
}

#[tokio::test]
async fn bad_inputs_are_refused_before_anything_starts() {
    let backend = Backend::new();
    let session = backend.session_from(request(1200)).await;
    for (i, (body, reason)) in [
        (
            json!({ "version": 1, "method_id": "phone", "carrier": "docomo", "phone": "+821012345678" }),
            "carrier",
        ),
        (
            json!({ "version": 1, "method_id": "phone", "carrier": "skt" }),
            "phone",
        ),
        (phone("01012345678"), "phone"),
        (phone("+82 10 1234 5678"), "phone"),
        (phone("+8210"), "phone"),
    ]
    .into_iter()
    .enumerate()
    {
        let (status, answer) = backend
            .confirm_with(&session, &format!("k-{i}"), body)
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{answer}");
        assert_eq!(answer["error"]["field"], reason, "{answer}");
    }
    assert!(backend.payments(&session).await.is_empty());
}

#[tokio::test]
async fn five_wrong_codes_fail_and_a_canceled_payment_stays_canceled() {
    let backend = Backend::new();
    let (session, payment, _) = started(&backend, "+821012345678").await;
    for _ in 0..4 {
        let (_, answer) = backend.act(&session, &payment, otp("999999")).await;
        assert_eq!(answer["status"], "requires_action");
    }
    let (_, failed) = backend.act(&session, &payment, otp("999999")).await;
    assert_eq!(
        (failed["status"].as_str(), failed["error"]["code"].as_str()),
        (Some("failed"), Some("otp_invalid"))
    );
    let (_, still) = backend.act(&session, &payment, otp("123456")).await;
    assert_eq!(
        still["status"], "failed",
        "the right code after failing changes nothing"
    );

    let (session, payment, _) = started(&backend, "+821087654321").await;
    let (_, canceled) = backend
        .act(
            &session,
            &payment,
            json!({ "version": 1, "type": "cancel" }),
        )
        .await;
    assert_eq!(
        (
            canceled["status"].as_str(),
            canceled["error"]["code"].as_str()
        ),
        (Some("canceled"), Some("canceled_by_buyer"))
    );
}

#[tokio::test]
async fn expired_codes_fail_and_resends_are_paced() {
    let backend = Backend::with(Options {
        otp_ttl: Duration::ZERO,
        ..Options::default()
    });
    let (session, payment, _) = started(&backend, "+821012345678").await;
    tokio::time::sleep(Duration::from_millis(5)).await;
    let (_, expired) = backend.act(&session, &payment, otp("123456")).await;
    assert_eq!(
        (
            expired["status"].as_str(),
            expired["error"]["code"].as_str()
        ),
        (Some("failed"), Some("otp_expired"))
    );

    let backend = Backend::new();
    let (session, payment, _) = started(&backend, "+821012345678").await;
    let resend = json!({ "version": 1, "type": "resend_otp" });
    let (_, early) = backend.act(&session, &payment, resend.clone()).await;
    assert_eq!(
        early["error"],
        json!({ "code": "otp_resend_too_soon", "retryable": true })
    );

    let backend = Backend::with(Options {
        otp_resend_after: Duration::ZERO,
        ..Options::default()
    });
    let (session, payment, _) = started(&backend, "+821012345678").await;
    let (_, resent) = backend.act(&session, &payment, resend).await;
    assert_eq!(resent["status"], "requires_action");
    assert!(resent.get("error").is_none(), "{resent}");
    let (status, answer) = backend
        .act(
            &session,
            &payment,
            json!({ "version": 1, "type": "three_ds", "result": "ok" }),
        )
        .await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("action_not_expected"))
    );
}

#[tokio::test]
async fn the_carrier_can_refuse_after_the_code() {
    let backend = Backend::new();
    let (session, payment, _) = started(&backend, "+821012340000").await;
    let (_, refused) = backend.act(&session, &payment, otp("123456")).await;
    assert_eq!(refused["error"]["code"], "carrier_declined");
}

#[tokio::test]
async fn falling_back_to_a_card_cancels_the_waiting_code_for_good() {
    let backend = Backend::new();
    let (session, payment, _) = started(&backend, "+821012345678").await;
    let card = json!({ "version": 1, "method_id": "visa_4242" });
    let (status, paid) = backend.confirm_with(&session, "key-2", card).await;
    assert_eq!(
        (status, paid["status"].as_str()),
        (StatusCode::OK, Some("succeeded")),
        "{paid}"
    );
    let (_, late) = backend.act(&session, &payment, otp("123456")).await;
    assert_eq!(
        (late["status"].as_str(), late["error"]["code"].as_str()),
        (Some("canceled"), Some("superseded"))
    );
    let statuses: Vec<_> = backend
        .payments(&session)
        .await
        .into_iter()
        .map(|p| p.status)
        .collect();
    assert_eq!(statuses, ["canceled", "succeeded"], "exactly one charge");
}

#[tokio::test]
async fn a_phone_has_a_velocity_limit_and_a_spending_cap() {
    let backend = Backend::new();
    for attempt in 1..=6 {
        let session = backend.session_from(request(1000)).await;
        let (status, answer) = backend
            .confirm_with(&session, &format!("v-{attempt}"), phone("+821055550001"))
            .await;
        if attempt <= 5 {
            assert_eq!(status, StatusCode::OK, "attempt {attempt}: {answer}");
        } else {
            assert_eq!(
                (status, answer["error"]["code"].as_str()),
                (StatusCode::TOO_MANY_REQUESTS, Some("velocity_limit"))
            );
        }
    }
    let big = backend.session_from(request(250_000)).await;
    let (_, started) = backend
        .confirm_with(&big, "cap-1", phone("+821066660002"))
        .await;
    let payment = started["payment_id"].as_str().unwrap();
    let (_, paid) = backend.act(&big, payment, otp("123456")).await;
    assert_eq!(paid["status"], "succeeded");
    let more = backend.session_from(request(60_000)).await;
    let (status, answer) = backend
        .confirm_with(&more, "cap-2", phone("+821066660002"))
        .await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("spending_cap"))
    );
    let fits = backend.session_from(request(50_000)).await;
    let (status, _) = backend
        .confirm_with(&fits, "cap-3", phone("+821066660002"))
        .await;
    assert_eq!(status, StatusCode::OK, "up to the cap is fine");
}

#[tokio::test]
async fn the_session_names_its_payment_in_flight_then_paid_and_never_a_failed_one() {
    let backend = Backend::new();
    let get = |session: String| {
        let backend = &backend;
        async move {
            let (status, body) = backend
                .call("GET", &format!("/api/sessions/{session}"), None, None)
                .await;
            assert_eq!(status, StatusCode::OK, "{body}");
            body
        }
    };
    let fresh = backend.session_from(request(1200)).await;
    assert!(get(fresh).await.get("payment").is_none(), "nothing yet");
    let (session, payment, first) = started(&backend, "+821012345678").await;
    let open = get(session.clone()).await;
    assert_eq!(
        open["payment"], first,
        "the payment in flight, as a poll answers it"
    );
    let (_, paid) = backend.act(&session, &payment, otp("123456")).await;
    assert_eq!(paid["status"], "succeeded");
    let after = get(session.clone()).await;
    assert_eq!(after["payment"], paid, "the paid session names its payment");
    let (status, body) = backend
        .confirm_with(&session, "another-key", phone("+821012345678"))
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("session_completed"))
    );
    let (declined, payment, _) = started(&backend, "+821099990000").await;
    let (_, canceled) = backend
        .act(
            &declined,
            &payment,
            json!({ "version": 1, "type": "cancel" }),
        )
        .await;
    assert_eq!(canceled["status"], "canceled");
    assert!(
        get(declined).await.get("payment").is_none(),
        "a canceled payment does not decide the session"
    );
}
