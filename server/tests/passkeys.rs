//! Passkeys end to end on the reference backend: enrol after a payment, then confirm the
//! next session's total with the passkey, exactly one charge; and every lie a browser could
//! tell (tampered authenticator data, a replay, a cloned passkey, another session's or amount's challenge, another
//! origin or RP ID, no user verification, a forgotten passkey) fails and charges nothing.

mod common;

use axum::http::StatusCode;
use common::Backend;
use micro_checkout_authenticator::{Authenticator, USER_PRESENT};
use micro_checkout_contract::fixtures::CREATE_SESSION_REQUEST;
use serde_json::{Value, json};

/// The fixture's session (saved Visa and Mastercard), for the merchant's buyer `buyer_7`.
fn request(amount_minor: i64) -> Value {
    let mut request: Value = serde_json::from_str(CREATE_SESSION_REQUEST).unwrap();
    request["buyer"] = json!("buyer_7");
    request["lines"][0]["amount"]["amount_minor"] = json!(amount_minor);
    request
}

async fn post(backend: &Backend, session: &str, tail: &str, body: Value) -> (StatusCode, Value) {
    let uri = format!("/api/sessions/{session}/passkeys{tail}");
    backend
        .call("POST", &uri, None, Some(body.to_string()))
        .await
}

/// A paid session and the passkey `device` registered for `visa_4242` after it.
async fn enrolled(backend: &Backend, device: &Authenticator) -> String {
    let session = backend.session_from(request(99)).await;
    let (status, paid) = backend.confirm(&session, "first-pay", "visa_4242").await;
    assert_eq!(
        (status, paid["status"].as_str()),
        (StatusCode::OK, Some("succeeded"))
    );
    let ask = json!({ "version": 1, "method_id": "visa_4242" });
    let (status, options) = post(backend, &session, "/registration", ask).await;
    assert_eq!(status, StatusCode::OK, "{options}");
    assert_eq!(options["public_key"]["rp"]["id"], "localhost");
    assert_eq!(
        options["public_key"]["authenticatorSelection"]["userVerification"],
        "required"
    );
    let credential = device.create(&options["public_key"]);
    let body = json!({ "version": 1, "method_id": "visa_4242", "credential": credential });
    let (status, registered) = post(backend, &session, "", body).await;
    assert_eq!(status, StatusCode::CREATED, "{registered}");
    assert_eq!(registered["credential_id"], device.credential_id());
    session
}

/// A new session for the buyer and the assertion options for `visa_4242` in it.
async fn challenged(backend: &Backend, amount_minor: i64) -> (String, Value) {
    let session = backend.session_from(request(amount_minor)).await;
    let ask = json!({ "version": 1, "method_id": "visa_4242" });
    let (status, options) = post(backend, &session, "/assertion", ask).await;
    assert_eq!(status, StatusCode::OK, "{options}");
    (session, options)
}

async fn confirm(backend: &Backend, session: &str, key: &str, assertion: Value) -> Value {
    let body = json!({ "version": 1, "method_id": "visa_4242", "passkey": assertion });
    let (status, result) = backend.confirm_with(session, key, body).await;
    assert_eq!(status, StatusCode::OK, "{result}");
    result
}

async fn charged(backend: &Backend, session: &str) -> usize {
    let payments = backend.payments(session).await;
    payments.iter().filter(|p| p.status == "succeeded").count()
}

/// What a lying device changes in itself before it answers.
type Lie = fn(&mut Authenticator);

fn refused(result: &Value, code: &str) {
    assert_eq!(result["status"], "failed", "{result}");
    assert_eq!(result["error"]["code"], code, "{result}");
}

#[tokio::test]
async fn a_passkey_enrolled_after_a_payment_confirms_the_next_session_once() {
    let backend = Backend::new();
    let mut device = Authenticator::new(3);
    enrolled(&backend, &device).await;
    let (session, options) = challenged(&backend, 150).await;
    assert_eq!(options["amount"]["amount_minor"], 150);
    assert_eq!(options["payee"], "Pixel Stickers");
    assert_eq!(
        options["public_key"]["allowCredentials"][0]["id"],
        device.credential_id()
    );
    let (_, shown) = backend
        .call("GET", &format!("/api/sessions/{session}"), None, None)
        .await;
    let offered = &shown["passkeys"];
    assert_eq!(offered["url"], format!("/api/sessions/{session}/passkeys"));
    assert_eq!(offered["methods"].as_array().unwrap().len(), 1, "{shown}");
    assert_eq!(offered["methods"][0]["method_id"], "visa_4242");
    assert_eq!(
        offered["methods"][0]["credentials"][0],
        device.credential_id()
    );
    let assertion = device.get(&options["public_key"]);
    let result = confirm(&backend, &session, "pk-1", assertion.clone()).await;
    assert_eq!(result["status"], "succeeded", "{result}");
    // A network retry with the same key replays the answer; it charges nothing more.
    let again = confirm(&backend, &session, "pk-1", assertion).await;
    assert_eq!(again, result);
    assert_eq!(charged(&backend, &session).await, 1);
}

#[tokio::test]
async fn a_replayed_assertion_is_refused_and_charges_nothing() {
    let backend = Backend::new();
    let mut device = Authenticator::new(4);
    enrolled(&backend, &device).await;
    // A copy of the passkey, taken before its counter moves on.
    let mut copy = device.clone();
    let (first, options) = challenged(&backend, 99).await;
    let assertion = device.get(&options["public_key"]);
    let paid = confirm(&backend, &first, "pk-a", assertion.clone()).await;
    assert_eq!(paid["status"], "succeeded");
    // The same assertion under a new key, in another session of the same amount.
    let (second, _) = challenged(&backend, 99).await;
    let result = confirm(&backend, &second, "pk-b", assertion).await;
    refused(&result, "passkey_replayed");
    assert_eq!(charged(&backend, &second).await, 0);
    // The copy, whose counter did not move on, signs a fresh challenge.
    let (third, options) = challenged(&backend, 99).await;
    let result = confirm(&backend, &third, "pk-c", copy.get(&options["public_key"])).await;
    refused(&result, "passkey_replayed");
    assert_eq!(charged(&backend, &third).await, 0);
}

#[tokio::test]
async fn an_assertion_for_another_session_or_amount_is_refused() {
    let backend = Backend::new();
    let mut device = Authenticator::new(5);
    enrolled(&backend, &device).await;
    let (own, cheap) = challenged(&backend, 10).await;
    let (dear, _) = challenged(&backend, 500).await;
    let assertion = device.get(&cheap["public_key"]);
    let result = confirm(&backend, &dear, "pk-c", assertion.clone()).await;
    refused(&result, "passkey_invalid");
    assert_eq!(charged(&backend, &dear).await, 0);
    // Its challenge was used up all the same: its own session now refuses it as a replay.
    let result = confirm(&backend, &own, "pk-c2", assertion).await;
    refused(&result, "passkey_replayed");
    assert_eq!(charged(&backend, &own).await, 0);
}

#[tokio::test]
async fn a_tampered_assertion_another_origin_or_no_verified_buyer_charges_nothing() {
    let backend = Backend::new();
    let mut device = Authenticator::new(6);
    enrolled(&backend, &device).await;
    let (session, options) = challenged(&backend, 99).await;
    let mut assertion = device.get(&options["public_key"]);
    let data = assertion["response"]["authenticatorData"].as_str().unwrap();
    let bumped = format!(
        "{}{}",
        &data[..data.len() - 1],
        if data.ends_with('B') { 'C' } else { 'B' }
    );
    assertion["response"]["authenticatorData"] = json!(bumped);
    let result = confirm(&backend, &session, "pk-tampered", assertion).await;
    refused(&result, "passkey_invalid");
    assert_eq!(charged(&backend, &session).await, 0);
    let lies: [(&str, Lie); 3] = [
        ("origin", |d| d.origin = "https://evil.example".into()),
        ("rp-id", |d| d.rp_id = "evil.example".into()),
        ("unverified", |d| d.flags = USER_PRESENT),
    ];
    for (lie, tell) in lies {
        let (session, options) = challenged(&backend, 99).await;
        let mut liar = device.clone();
        tell(&mut liar);
        let assertion = liar.get(&options["public_key"]);
        let result = confirm(&backend, &session, &format!("pk-{lie}"), assertion).await;
        refused(&result, "passkey_invalid");
        assert_eq!(charged(&backend, &session).await, 0, "{lie}");
    }
    // The honest device still pays.
    let (session, options) = challenged(&backend, 99).await;
    let assertion = device.get(&options["public_key"]);
    let result = confirm(&backend, &session, "pk-honest", assertion).await;
    assert_eq!(result["status"], "succeeded", "{result}");
}

#[tokio::test]
async fn a_forgotten_or_unknown_passkey_is_refused_and_the_method_still_pays_without_one() {
    let backend = Backend::new();
    let device = Authenticator::new(8);
    enrolled(&backend, &device).await;
    let (session, options) = challenged(&backend, 99).await;
    let mut stranger = Authenticator::new(9);
    let assertion = stranger.get(&options["public_key"]);
    let result = confirm(&backend, &session, "pk-x", assertion).await;
    refused(&result, "passkey_unknown");
    let forget = json!({
        "version": 1, "method_id": "visa_4242", "credential_id": device.credential_id()
    });
    let (status, _) = post(&backend, &session, "/forget", forget.clone()).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = post(&backend, &session, "/forget", forget).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"]["code"], "passkey_unknown");
    let ask = json!({ "version": 1, "method_id": "visa_4242" });
    let (status, body) = post(&backend, &session, "/assertion", ask).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"]["code"], "passkey_unknown");
    let (_, shown) = backend
        .call("GET", &format!("/api/sessions/{session}"), None, None)
        .await;
    assert!(shown["passkeys"].get("methods").is_none(), "{shown}");
    // The method's normal path: one tap, no passkey.
    let (status, paid) = backend.confirm(&session, "plain", "visa_4242").await;
    assert_eq!(
        (status, paid["status"].as_str()),
        (StatusCode::OK, Some("succeeded"))
    );
}

#[tokio::test]
async fn a_passkey_is_created_only_for_the_saved_method_that_paid_and_only_once_per_challenge() {
    let backend = Backend::new();
    let device = Authenticator::new(10);
    let session = backend.session_from(request(99)).await;
    let ask = json!({ "version": 1, "method_id": "visa_4242" });
    let (status, body) = post(&backend, &session, "/registration", ask.clone()).await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (StatusCode::BAD_REQUEST, Some("method_id"))
    );
    backend.confirm(&session, "pay", "visa_4242").await;
    let other = json!({ "version": 1, "method_id": "mc_0002" });
    let (status, _) = post(&backend, &session, "/registration", other).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (_, options) = post(&backend, &session, "/registration", ask).await;
    let credential = device.create(&options["public_key"]);
    let body = json!({ "version": 1, "method_id": "visa_4242", "credential": credential });
    let (status, _) = post(&backend, &session, "", body.clone()).await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, again) = post(&backend, &session, "", body).await;
    assert_eq!(
        (status, again["error"]["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("passkey_replayed"))
    );
}

#[tokio::test]
async fn a_session_without_a_buyer_offers_no_passkeys() {
    let backend = Backend::new();
    let session = backend.session().await;
    let (_, shown) = backend
        .call("GET", &format!("/api/sessions/{session}"), None, None)
        .await;
    assert!(shown.get("passkeys").is_none(), "{shown}");
    let ask = json!({ "version": 1, "method_id": "visa_4242" });
    let (status, _) = post(&backend, &session, "/assertion", ask).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
