//! The checks themselves, each named in the report.

use super::client::{Client, Reply};
use super::{Report, schema};
use micro_checkout_contract::fixtures::{CREATE_SESSION_REQUEST, SESSION_ALL_METHODS};
use micro_checkout_contract::{
    ApiError, Method, MethodKind, NextAction, PaymentResult, PaymentStatus, Session,
    currency_exponent,
};
use serde_json::{Value, json};

/// True when `code` is a stable machine code: lower-case snake_case, not prose.
pub fn is_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 64
        && code.starts_with(|c: char| c.is_ascii_lowercase())
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

pub(super) fn expect(cond: bool, why: impl FnOnce() -> String) -> Result<(), String> {
    if cond { Ok(()) } else { Err(why()) }
}

pub(super) fn error_code(reply: &Reply, status: u16, code: &str) -> Result<(), String> {
    schema::check("ApiError", &reply.body)?;
    let error: ApiError = serde_json::from_value(reply.body.clone()).map_err(|e| {
        format!(
            "HTTP {}: not an ApiError ({e}): {}",
            reply.status, reply.body
        )
    })?;
    expect(reply.status == status && error.error.code == code, || {
        format!(
            "expected {status} `{code}`, got {} `{}`",
            reply.status, error.error.code
        )
    })
}

pub(super) fn result(reply: &Reply) -> Result<PaymentResult, String> {
    expect(reply.status == 200, || {
        format!("HTTP {}: {}", reply.status, reply.body)
    })?;
    schema::check("PaymentResult", &reply.body)?;
    let result: PaymentResult = serde_json::from_value(reply.body.clone())
        .map_err(|e| format!("not a PaymentResult ({e}): {}", reply.body))?;
    envelope(&result)?;
    Ok(result)
}

/// The envelope's rules: the fields each status requires.
fn envelope(r: &PaymentResult) -> Result<(), String> {
    expect(r.version == 1, || format!("version {}", r.version))?;
    match r.status {
        PaymentStatus::RequiresAction => expect(r.next_action.is_some(), || {
            "requires_action without next_action".into()
        }),
        PaymentStatus::Failed | PaymentStatus::Canceled => {
            let error = r.error.as_ref().ok_or("failed/canceled without error")?;
            expect(is_code(&error.code), || {
                format!("error code `{}` is not a code", error.code)
            })
        }
        PaymentStatus::Succeeded => expect(r.next_action.is_none() && r.error.is_none(), || {
            "succeeded with next_action or error".into()
        }),
        PaymentStatus::Processing => Ok(()),
    }
}

/// A fresh test session: every method kind when the backend accepts them, else saved cards.
pub(super) fn session(client: &Client) -> Result<(String, Session), String> {
    let mut all: Value = serde_json::from_str(SESSION_ALL_METHODS).unwrap_or(Value::Null);
    if let Some(o) = all.as_object_mut() {
        for field in ["version", "id", "amount", "tokenize_url"] {
            o.remove(field);
        }
    }
    let mut reply = client.post("/api/sessions", None, &all.to_string())?;
    if reply.status != 201 {
        reply = client.post("/api/sessions", None, CREATE_SESSION_REQUEST)?;
    }
    created(client, &reply, "Session")
}

/// The session the factory's `reply` created (201), fetched (200): its path, and its body
/// checked against the schema `name` and read as that type.
pub(super) fn created<T: serde::de::DeserializeOwned>(
    client: &Client,
    reply: &Reply,
    name: &str,
) -> Result<(String, T), String> {
    expect(reply.status == 201, || {
        format!("POST /api/sessions: HTTP {}: {}", reply.status, reply.body)
    })?;
    let id = reply.body["id"]
        .as_str()
        .ok_or("the created session has no id")?;
    let path = format!("/api/sessions/{id}");
    let fetched = client.get(&path)?;
    expect(fetched.status == 200, || {
        format!("GET {path}: HTTP {}", fetched.status)
    })?;
    schema::check(name, &fetched.body)?;
    let session = serde_json::from_value(fetched.body.clone())
        .map_err(|e| format!("not a {name} ({e}): {}", fetched.body))?;
    Ok((path, session))
}

fn session_rules(s: &Session) -> Result<(), String> {
    expect(s.version == 1, || format!("version {}", s.version))?;
    let sum: i64 = s.lines.iter().map(|l| l.amount.amount_minor).sum();
    expect(sum == s.amount.amount_minor, || {
        format!("lines sum to {sum}, amount is {}", s.amount.amount_minor)
    })?;
    let mut amounts = vec![&s.amount];
    amounts.extend(s.lines.iter().map(|l| &l.amount));
    amounts.extend(s.methods.iter().filter_map(|m| m.fee.as_ref()));
    for money in amounts {
        expect(money.currency == s.amount.currency, || {
            format!("{} in a {} session", money.currency, s.amount.currency)
        })?;
        expect(
            Some(money.exponent) == currency_exponent(&money.currency),
            || format!("{} exponent {}", money.currency, money.exponent),
        )?;
    }
    expect(s.method(&s.default_method).is_some(), || {
        "default_method is not listed".into()
    })?;
    let cards = s
        .methods
        .iter()
        .any(|m| matches!(m.kind, MethodKind::Card { .. }));
    expect(!cards || s.tokenize_url.is_some(), || {
        "a card method without tokenize_url".into()
    })
}

/// A confirm body with the inputs `method`'s kind needs.
pub(super) fn confirm_body(client: &Client, s: &Session, method: &Method) -> Result<Value, String> {
    let mut body = json!({ "version": 1, "method_id": method.id });
    match &method.kind {
        MethodKind::Card { .. } => {
            let url = s.tokenize_url.as_deref().ok_or("no tokenize_url")?;
            let card = json!({ "version": 1, "number": "4242424242424242", "exp_month": 12, "exp_year": 2040, "cvc": "123" });
            let reply = client.post(url, None, &card.to_string())?;
            expect(reply.status == 200, || {
                format!("tokenize: HTTP {}", reply.status)
            })?;
            schema::check("TokenizeResponse", &reply.body)?;
            body["token"] = reply.body["token"].clone();
        }
        MethodKind::CarrierBilling { carriers } => {
            body["carrier"] = json!(carriers.first());
            // A number of its own per session, so repeated runs stay under velocity limits.
            let digits: String =
                s.id.bytes()
                    .rev()
                    .map(|b| char::from(b'0' + b % 10))
                    .take(8)
                    .collect();
            body["phone"] = json!(format!("+8210{digits}"));
        }
        MethodKind::Wallet { .. } => {
            body["return_url"] = json!("https://conformance.invalid/return")
        }
        _ => {}
    }
    Ok(body)
}

/// Runs every check into `report`.
pub fn all(client: &Client, report: &mut Report) {
    let (path, s) = match session(client) {
        Ok(found) => found,
        Err(why) => {
            return report.record("2", "a test session can be created and fetched", Err(why));
        }
    };
    report.record("2", "a test session can be created and fetched", Ok(()));
    report.record(
        "1.2",
        "the session follows the money and method rules",
        session_rules(&s),
    );
    let missing = client.get("/api/sessions/ses_conformance_missing");
    report.record(
        "1.8",
        "an unknown session is 404 session_not_found",
        missing.and_then(|r| error_code(&r, 404, "session_not_found")),
    );
    let confirm = format!("{path}/confirm");
    let default = s.method(&s.default_method).cloned();
    let body = default
        .as_ref()
        .map(|m| confirm_body(client, &s, m))
        .transpose();
    let body = match body {
        Ok(Some(body)) => body.to_string(),
        other => {
            return report.record(
                "5.1",
                "the default method can be confirmed",
                other.map(drop),
            );
        }
    };
    let no_key = client.post(&confirm, None, &body);
    report.record(
        "1.7",
        "confirm without a key is 400 missing_idempotency_key",
        no_key.and_then(|r| error_code(&r, 400, "missing_idempotency_key")),
    );
    let bad = client.post(&confirm, Some("conformance-bad-json"), "{");
    report.record(
        "1.4",
        "malformed JSON is 400 invalid_json",
        bad.and_then(|r| error_code(&r, 400, "invalid_json")),
    );
    let unknown = client.post(
        &confirm,
        Some("conformance-unknown"),
        r#"{"version":1,"method_id":"no_such_method"}"#,
    );
    report.record(
        "1.8",
        "an unknown method is 422 unknown_method",
        unknown.and_then(|r| error_code(&r, 422, "unknown_method")),
    );
    idempotency(client, report, &confirm, &body, &s);
    concurrency(client, report);
    methods(client, report);
}

fn idempotency(client: &Client, report: &mut Report, confirm: &str, body: &str, s: &Session) {
    let key = format!("conformance-{}", s.id);
    let first = client
        .post(confirm, Some(&key), body)
        .and_then(|r| result(&r));
    let first = match first {
        Ok(first) => first,
        Err(why) => return report.record("5.2", "confirm answers the result envelope", Err(why)),
    };
    report.record("5.2", "confirm answers the result envelope", Ok(()));
    let again = client
        .post(confirm, Some(&key), body)
        .and_then(|r| result(&r));
    report.record(
        "1.7",
        "the same key and body replay the first result",
        again.and_then(|a| expect(a == first, || format!("first {first:?}, replay {a:?}"))),
    );
    let other = s.methods.iter().find(|m| {
        m.id != s.default_method
            && matches!(
                m.kind,
                MethodKind::SavedCard { .. } | MethodKind::Qr { .. } | MethodKind::BankTransfer
            )
    });
    let changed = match other {
        Some(m) => json!({ "version": 1, "method_id": m.id }).to_string(),
        None => body.replacen(
            '{',
            r#"{"return_url":"https://conformance.invalid/other","#,
            1,
        ),
    };
    let reused = client.post(confirm, Some(&key), &changed);
    report.record(
        "1.7",
        "the same key with another body is 422 idempotency_key_reused",
        reused.and_then(|r| error_code(&r, 422, "idempotency_key_reused")),
    );
    if first.status == PaymentStatus::Succeeded {
        let paid = client.post(confirm, Some(&format!("{key}-again")), body);
        report.record(
            "1.7",
            "a paid session refuses a new key with 409 session_completed",
            paid.and_then(|r| error_code(&r, 409, "session_completed")),
        );
    }
    let poll = client.get(&format!(
        "{}/payments/{}",
        confirm.trim_end_matches("/confirm"),
        first.payment_id
    ));
    report.record(
        "2",
        "the payment can be polled",
        poll.and_then(|r| result(&r)).and_then(|p| {
            expect(p.payment_id == first.payment_id, || {
                "another payment id".into()
            })
        }),
    );
}

fn concurrency(client: &Client, report: &mut Report) {
    let (path, s) = match session(client) {
        Ok(found) => found,
        Err(why) => return report.record("1.7", "concurrent duplicates charge once", Err(why)),
    };
    let Some(method) = s
        .methods
        .iter()
        .find(|m| m.one_tap && matches!(m.kind, MethodKind::SavedCard { .. }))
    else {
        return report.record(
            "1.7",
            "concurrent duplicates charge once",
            Err("no saved one-tap method to confirm".into()),
        );
    };
    let body = json!({ "version": 1, "method_id": method.id }).to_string();
    let (confirm, key) = (
        format!("{path}/confirm"),
        format!("conformance-race-{}", s.id),
    );
    let answers: Vec<Result<Reply, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..20)
            .map(|_| scope.spawn(|| client.post(&confirm, Some(&key), &body)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err("thread panicked".into())))
            .collect()
    });
    let mut ids = std::collections::BTreeSet::new();
    let mut outcome = Ok(());
    for answer in answers {
        match answer {
            Ok(r) if r.status == 200 => match result(&r) {
                Ok(p) => drop(ids.insert(p.payment_id)),
                Err(why) => outcome = Err(why),
            },
            Ok(r) => {
                if let Err(why) = error_code(&r, 409, "idempotency_in_progress") {
                    outcome = Err(why);
                }
            }
            Err(why) => outcome = Err(why),
        }
    }
    report.record(
        "1.7",
        "concurrent duplicates charge once",
        outcome.and_then(|()| {
            expect(ids.len() == 1, || {
                format!("{} different payments for one key", ids.len())
            })
        }),
    );
}

fn methods(client: &Client, report: &mut Report) {
    let Ok((_, template)) = session(client) else {
        return;
    };
    for method in &template.methods {
        let name = format!(
            "`{}` ({}) starts with a valid result and polls",
            method.id,
            method.kind.name()
        );
        let outcome = (|| {
            let (path, s) = session(client)?;
            let body = confirm_body(client, &s, method)?;
            let reply = client.post(
                &format!("{path}/confirm"),
                Some(&format!("conformance-{}-{}", method.id, s.id)),
                &body.to_string(),
            )?;
            let first = result(&reply)?;
            let wanted = matches!(
                (&method.kind, &first.next_action),
                (_, None)
                    | (
                        MethodKind::CarrierBilling { .. },
                        Some(NextAction::Otp { .. })
                    )
                    | (MethodKind::Wallet { .. }, Some(NextAction::Redirect { .. }))
                    | (MethodKind::Qr { .. }, Some(NextAction::Qr { .. }))
                    | (
                        MethodKind::BankTransfer,
                        Some(NextAction::Instructions { .. })
                    )
                    | (
                        MethodKind::Card { .. } | MethodKind::SavedCard { .. },
                        Some(NextAction::ThreeDs { .. })
                    )
            );
            expect(wanted, || {
                format!("next action {:?} does not fit the kind", first.next_action)
            })?;
            let polled = result(&client.get(&format!("{path}/payments/{}", first.payment_id))?)?;
            expect(polled.payment_id == first.payment_id, || {
                "polling answered another payment".into()
            })
        })();
        report.record("5.3", &name, outcome);
    }
}
