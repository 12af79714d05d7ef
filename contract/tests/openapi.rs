//! The committed OpenAPI 3.1 description (`contract/openapi.json`) is built from the
//! committed JSON Schema (`contract/schema/`) and the endpoints of docs/contract.md §2 and
//! §7.3, so it cannot drift from either: this test fails when it is stale. `cargo xtask test`
//! also validates it against the OpenAPI 3.1 specification's own schema (`e2e/openapi.mjs`).
//!
//! After changing a schema, regenerate with
//! `UPDATE_SCHEMA=1 cargo test -p micro-checkout-contract --test openapi`.

use serde_json::{Map, Value, json};
use std::path::PathBuf;

const MESSAGES: &[&str] = &[
    "Session",
    "CreateSessionRequest",
    "ConfirmRequest",
    "PaymentResult",
    "ActionRequest",
    "TokenizeRequest",
    "TokenizeResponse",
    "FunnelEvent",
    "ApiError",
    "PasskeyOptionsRequest",
    "PasskeyCreationOptions",
    "PasskeyRegistration",
    "PasskeyCredential",
    "PasskeyRequestOptions",
    "PasskeyConfirmRequest",
    "SessionWithPasskeys",
];

/// `value` with every `#/$defs/X` reference pointing at `#/components/schemas/X`.
fn repointed(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| match (k.as_str(), v) {
                    ("$ref", Value::String(r)) => {
                        let r = r.replace("#/$defs/", "#/components/schemas/");
                        (k, Value::String(r))
                    }
                    (_, v) => (k, repointed(v)),
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(repointed).collect()),
        other => other,
    }
}

/// Every message schema and every definition they share, as OpenAPI components.
fn components() -> Map<String, Value> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema");
    let mut all = Map::new();
    for name in MESSAGES {
        let text = std::fs::read_to_string(dir.join(format!("{name}.json"))).unwrap();
        let Value::Object(mut schema) = serde_json::from_str(&text).unwrap() else {
            panic!("{name}.json is not an object");
        };
        schema.remove("$schema");
        if let Some(Value::Object(defs)) = schema.remove("$defs") {
            // A message another message holds (a Session's PaymentResult) is its own component.
            for (def, body) in defs
                .into_iter()
                .filter(|(d, _)| !MESSAGES.contains(&d.as_str()))
            {
                let body = repointed(body);
                if let Some(seen) = all.get(&def) {
                    assert_eq!(seen, &body, "{def} differs between messages");
                }
                all.insert(def, body);
            }
        }
        all.insert((*name).to_owned(), repointed(Value::Object(schema)));
    }
    all
}

fn body(schema: &str) -> Value {
    json!({ "required": true, "content": { "application/json": {
        "schema": { "$ref": format!("#/components/schemas/{schema}") } } } })
}

fn answer(description: &str, schema: &str) -> Value {
    json!({ "description": description, "content": { "application/json": {
        "schema": { "$ref": format!("#/components/schemas/{schema}") } } } })
}

/// The error answers every operation may give (docs/contract.md §6.1).
fn errors(mut responses: Value) -> Value {
    responses["4XX"] = answer(
        "Refused, nothing done: an `ApiError` (docs/contract.md §6.1)",
        "ApiError",
    );
    responses["5XX"] = answer(
        "The outcome is unknown: an `ApiError`; retry with the same key",
        "ApiError",
    );
    responses
}

fn path_param(name: &str, description: &str) -> Value {
    json!({ "name": name, "in": "path", "required": true, "description": description,
            "schema": { "type": "string" } })
}

fn openapi() -> Value {
    let session = path_param(
        "session_id",
        "The session's id (its URL is the session URL)",
    );
    let payment = path_param("payment_id", "A payment of the session");
    let key = json!({ "name": "Idempotency-Key", "in": "header", "required": true,
        "description": "One per purchase attempt, reused on its retries (docs/contract.md §1.7)",
        "schema": { "type": "string", "minLength": 1, "maxLength": 255, "pattern": "^[!-~]+$" } });
    let funnel_batch = json!({ "type": "array", "minItems": 1, "maxItems": micro_checkout_contract::MAX_EVENTS_PER_BATCH,
        "items": { "$ref": "#/components/schemas/FunnelEvent" } });
    let paid = answer(
        "The payment's result envelope, whatever its outcome (docs/contract.md §5.2)",
        "PaymentResult",
    );
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "micro-checkout contract",
            "version": "1.3",
            "description": "The JSON contract between the micro-checkout widget and any merchant backend, as docs/contract.md states it (the rules there are the contract; this file describes its shapes). Paths are shown as the reference backend lays them out: a session URL `/api/sessions/{session_id}`, and `/vault/tokens` for the session's `tokenize_url`. A backend may put its session URLs and tokenizer anywhere; the widget follows the URLs it is given. The factory and the `/test/` hooks exist only in test mode (§7).",
            "license": { "name": "MIT OR Apache-2.0", "identifier": "MIT OR Apache-2.0" }
        },
        "servers": [{ "url": "http://127.0.0.1:8080", "description": "the reference backend, `cargo xtask demo`" }],
        "paths": {
            "/api/sessions": { "post": {
                "operationId": "createSession",
                "summary": "Test mode: the session factory (docs/contract.md §2)",
                "requestBody": body("CreateSessionRequest"),
                "responses": errors(json!({ "201": {
                    "description": "The new session, as GET answers it",
                    "headers": { "Location": { "description": "The session's path", "schema": { "type": "string" } } },
                    "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SessionWithPasskeys" } } }
                } }))
            } },
            "/api/sessions/{session_id}": { "get": {
                "operationId": "getSession",
                "summary": "The session, with the payment that decides it (docs/contract.md §3)",
                "parameters": [session],
                "responses": errors(json!({ "200": answer("The session (with `passkeys` where the backend offers them, §3.2)", "SessionWithPasskeys") }))
            } },
            "/api/sessions/{session_id}/confirm": { "post": {
                "operationId": "confirm",
                "summary": "Pay with one of the session's methods (docs/contract.md §5.1); with a saved method's passkey, its assertion too (§3.2)",
                "parameters": [session, key],
                "requestBody": body("PasskeyConfirmRequest"),
                "responses": errors(json!({ "200": paid }))
            } },
            "/api/sessions/{session_id}/payments/{payment_id}": { "get": {
                "operationId": "pollPayment",
                "summary": "Where a payment stands (docs/contract.md §5.2)",
                "parameters": [session, payment],
                "responses": errors(json!({ "200": paid }))
            } },
            "/api/sessions/{session_id}/payments/{payment_id}/actions": { "post": {
                "operationId": "act",
                "summary": "The buyer's answer to a next action (docs/contract.md §5.4)",
                "parameters": [session, payment],
                "requestBody": body("ActionRequest"),
                "responses": errors(json!({ "200": paid }))
            } },
            "/api/sessions/{session_id}/events": { "post": {
                "operationId": "recordFunnelEvents",
                "summary": "A batch of the widget's funnel events, at the session's events_url; sent with sendBeacon, so as text/plain (docs/contract.md §3.1)",
                "parameters": [session],
                "requestBody": { "required": true, "content": {
                    "text/plain": { "schema": funnel_batch.clone() },
                    "application/json": { "schema": funnel_batch }
                } },
                "responses": errors(json!({ "204": { "description": "Stored, all of the batch" } }))
            } },
            "/api/sessions/{session_id}/passkeys/registration": { "post": {
                "operationId": "passkeyRegistrationOptions",
                "summary": "Options to create a passkey for the saved method that paid the session, at the session's passkey_url (docs/contract.md §3.2)",
                "parameters": [session],
                "requestBody": body("PasskeyOptionsRequest"),
                "responses": errors(json!({ "200": answer("WebAuthn's creation options", "PasskeyCreationOptions") }))
            } },
            "/api/sessions/{session_id}/passkeys": { "post": {
                "operationId": "registerPasskey",
                "summary": "The passkey the browser created (docs/contract.md §3.2)",
                "parameters": [session],
                "requestBody": body("PasskeyRegistration"),
                "responses": errors(json!({ "201": answer("Registered", "PasskeyCredential") }))
            } },
            "/api/sessions/{session_id}/passkeys/assertion": { "post": {
                "operationId": "passkeyAssertionOptions",
                "summary": "Options to confirm the session's total with one of the method's passkeys (docs/contract.md §3.2)",
                "parameters": [session],
                "requestBody": body("PasskeyOptionsRequest"),
                "responses": errors(json!({ "200": answer("WebAuthn's request options, bound to the session, method and total", "PasskeyRequestOptions") }))
            } },
            "/api/sessions/{session_id}/passkeys/forget": { "post": {
                "operationId": "forgetPasskey",
                "summary": "The backend no longer accepts the passkey (docs/contract.md §3.2)",
                "parameters": [session],
                "requestBody": body("PasskeyCredential"),
                "responses": errors(json!({ "200": answer("Forgotten", "PasskeyCredential") }))
            } },
            "/vault/tokens": { "post": {
                "operationId": "tokenize",
                "summary": "Turn a card into a single-use token, at the session's tokenize_url (docs/contract.md §7.2)",
                "requestBody": body("TokenizeRequest"),
                "responses": errors(json!({ "200": answer("The token", "TokenizeResponse") }))
            } },
            "/test/payments/{payment_id}/{event}": { "post": {
                "operationId": "testHook",
                "summary": "Test mode: make the outside world happen to a waiting payment (docs/contract.md §7.3)",
                "parameters": [payment, { "name": "event", "in": "path", "required": true,
                    "schema": { "enum": ["scan", "transfer", "approve", "decline", "authenticate", "fail"] } }],
                "responses": errors(json!({ "200": paid }))
            } },
            "/test/sessions/{session_id}/stale_claim": { "post": {
                "operationId": "staleClaim",
                "summary": "Test mode: leave a confirm's key claimed a lease ago, as a crash would (docs/contract.md §7.3)",
                "parameters": [session, key],
                "requestBody": body("ConfirmRequest"),
                "responses": errors(json!({ "204": { "description": "Planted" } }))
            } }
        },
        "components": { "schemas": Value::Object(components()) }
    })
}

#[test]
fn the_committed_openapi_is_built_from_the_committed_schema() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("openapi.json");
    let text = serde_json::to_string_pretty(&openapi()).unwrap() + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &text).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing; regenerate it (see this file's doc)",
            path.display()
        )
    });
    assert_eq!(
        committed,
        text,
        "{} is stale; regenerate it (see this file's doc)",
        path.display()
    );
}
