//! The request rules of docs/contract.md §1 and §2: the session factory's answer, versions,
//! the body limit, JSON-only writes, the key's form and scope, what a refused confirm leaves
//! behind, the order of checks, and a paid session's `payment`.

use super::checks::{confirm_body, error_code, expect, result, session};
use super::client::{Client, Reply};
use super::{Report, Skip};
use micro_checkout_contract::fixtures::CREATE_SESSION_REQUEST;
use micro_checkout_contract::{PaymentStatus, Session};
use serde_json::{Value, json};

/// A fresh session, its confirm URL and the body that pays it with its default method.
pub(super) fn payable(client: &Client) -> Result<(String, Session, String), String> {
    let (path, s) = session(client)?;
    let method = s
        .method(&s.default_method)
        .ok_or("default_method is not listed")?;
    let body = confirm_body(client, &s, method)?.to_string();
    Ok((format!("{path}/confirm"), s, body))
}

/// `reply` is 400 `invalid_request` naming `field`.
pub(super) fn invalid(reply: &Reply, field: &str) -> Result<(), String> {
    error_code(reply, 400, "invalid_request")?;
    let named = reply.body["error"]["field"].as_str().unwrap_or("<none>");
    expect(named == field, || {
        format!("field `{named}`, expected `{field}`")
    })
}

/// Runs the checks of this file into `report`.
pub fn all(client: &Client, report: &mut Report) {
    report.record(
        "2",
        "the factory answers 201 with the session and its Location",
        factory(client),
    );
    let rules = payable(client);
    let (confirm, s, body) = match rules {
        Ok(found) => found,
        Err(why) => {
            return report.record("1.1", "a session to check the request rules on", Err(why));
        }
    };
    let method = json!(s.default_method);
    let post =
        |key: &str, body: &str| client.post(&confirm, Some(&format!("{key}-{}", s.id)), body);
    report.record(
        "1.1",
        "a confirm without `version` is 400 invalid_json",
        post(
            "conformance-nover",
            &json!({ "method_id": method }).to_string(),
        )
        .and_then(|r| error_code(&r, 400, "invalid_json")),
    );
    report.record(
        "1.1",
        "a confirm in version 2 is 400 unsupported_version",
        post(
            "conformance-v2",
            &json!({ "version": 2, "method_id": method }).to_string(),
        )
        .and_then(|r| error_code(&r, 400, "unsupported_version")),
    );
    let big = json!({ "version": 1, "method_id": method, "pad": "x".repeat(64 * 1024) });
    report.record(
        "1.6",
        "a body over 64 KiB is 413 body_too_large",
        post("conformance-big", &big.to_string())
            .and_then(|r| error_code(&r, 413, "body_too_large")),
    );
    let plain = client.post_as(
        &confirm,
        Some("text/plain"),
        Some("conformance-plain"),
        &body,
    );
    report.record(
        "1.5",
        "a text/plain confirm is 415 unsupported_media_type",
        plain.and_then(|r| error_code(&r, 415, "unsupported_media_type")),
    );
    report.record(
        "1.7",
        "a malformed Idempotency-Key is 400 invalid_request naming it",
        malformed_keys(client, &confirm, &body),
    );
    report.record(
        "1.8",
        "faults are answered in the order of checks",
        order(client, &confirm, &body),
    );
    report.record(
        "1.7",
        "a refused confirm leaves its key unused",
        refused_keeps_key(client),
    );
    report.record(
        "1.7",
        "a key sent to another session is 422 idempotency_key_reused",
        key_scope(client),
    );
    report.record(
        "3",
        "a paid session's GET names its succeeded payment",
        paid(client),
    );
}

/// §2: 201, the session as `GET` answers it, and `Location` naming its path.
fn factory(client: &Client) -> Result<(), String> {
    let reply = client.post("/api/sessions", None, CREATE_SESSION_REQUEST)?;
    expect(reply.status == 201, || format!("HTTP {}", reply.status))?;
    let id = reply.body["id"].as_str().ok_or("no id")?.to_owned();
    let location = reply.location.clone().ok_or("no Location header")?;
    let path = format!("/api/sessions/{id}");
    expect(location.ends_with(&path), || {
        format!("Location `{location}` does not name {path}")
    })?;
    let fetched = client.get(&path)?;
    expect(fetched.body == reply.body, || {
        format!("201 answered {}, GET answers {}", reply.body, fetched.body)
    })
}

fn malformed_keys(client: &Client, confirm: &str, body: &str) -> Result<(), String> {
    for key in ["k".repeat(256), "two words".to_owned(), String::new()] {
        let reply = client.post(confirm, Some(&key), body)?;
        invalid(&reply, "Idempotency-Key").map_err(|why| format!("key {key:?}: {why}"))?;
    }
    Ok(())
}

/// §1.8: a request with two faults gets the error of the earlier check.
fn order(client: &Client, confirm: &str, body: &str) -> Result<(), String> {
    let missing = "/api/sessions/ses_conformance_missing/confirm";
    let v2 = r#"{"version":2,"method_id":"no_such_method"}"#;
    let cases: [(&str, Result<Reply, String>, u16, &str); 4] = [
        (
            "text/plain without a key",
            client.post_as(confirm, Some("text/plain"), None, body),
            415,
            "unsupported_media_type",
        ),
        (
            "no key and bad JSON",
            client.post(confirm, None, "{"),
            400,
            "missing_idempotency_key",
        ),
        (
            "bad JSON to an unknown session",
            client.post(missing, Some("conformance-order"), "{"),
            400,
            "invalid_json",
        ),
        (
            "version 2 with an unknown method",
            client.post(confirm, Some("conformance-order"), v2),
            400,
            "unsupported_version",
        ),
    ];
    for (what, reply, status, code) in cases {
        error_code(&reply?, status, code).map_err(|why| format!("{what}: {why}"))?;
    }
    Ok(())
}

/// §1.7: a 4xx stores nothing under its key; the same key then pays.
fn refused_keeps_key(client: &Client) -> Result<(), String> {
    let (confirm, s, body) = payable(client)?;
    let key = format!("conformance-refused-{}", s.id);
    let unknown = json!({ "version": 1, "method_id": "no_such_method" }).to_string();
    error_code(
        &client.post(&confirm, Some(&key), &unknown)?,
        422,
        "unknown_method",
    )?;
    let paid = result(&client.post(&confirm, Some(&key), &body)?)?;
    expect(paid.status == PaymentStatus::Succeeded, || {
        format!("the key, refused once, then answered {:?}", paid.status)
    })
}

/// §1.7: keys are the backend's, not the session's.
fn key_scope(client: &Client) -> Result<(), String> {
    let (first, s, body) = payable(client)?;
    let (second, _, other) = payable(client)?;
    let key = format!("conformance-scope-{}", s.id);
    result(&client.post(&first, Some(&key), &body)?)?;
    error_code(
        &client.post(&second, Some(&key), &other)?,
        422,
        "idempotency_key_reused",
    )
}

/// §3: once paid, `GET {session}` carries the payment as a poll answers it.
fn paid(client: &Client) -> Result<(), String> {
    let (confirm, s, body) = payable(client)?;
    let key = format!("conformance-paid-{}", s.id);
    let payment = result(&client.post(&confirm, Some(&key), &body)?)?;
    expect(payment.status == PaymentStatus::Succeeded, || {
        format!("the default method answered {:?}", payment.status)
    })?;
    names_payment(
        client,
        confirm.trim_end_matches("/confirm"),
        &payment.payment_id,
    )
}

/// §3: `GET {session}` at `path` names `payment_id` as its succeeded payment.
pub(super) fn names_payment(client: &Client, path: &str, payment_id: &str) -> Result<(), String> {
    let fetched = client.get(path)?;
    let named: Value = fetched.body["payment"].clone();
    expect(
        named["payment_id"] == payment_id && named["status"] == "succeeded",
        || format!("the session's payment is {named}, not {payment_id}"),
    )
}

/// Whether a hook answer means "this backend has no such hook" (§7.3).
pub(super) fn no_hook(reply: &Reply) -> bool {
    reply.status == 405 || (reply.status == 404 && reply.body["error"]["code"] == "not_found")
}

/// Calls test hook `event` on `payment_id`; not checked when the backend lacks it.
pub(super) fn hook(client: &Client, payment_id: &str, event: &str) -> Result<(), Skip> {
    let reply = client.post_as(
        &format!("/test/payments/{payment_id}/{event}"),
        None,
        None,
        "",
    )?;
    if no_hook(&reply) {
        return Err(Skip::NotChecked(format!("no test hook `{event}` (§7.3)")));
    }
    result(&reply).map(drop).map_err(Skip::from)
}
