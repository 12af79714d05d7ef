//! The kit against the reference backend (it must pass every check, none left unchecked),
//! against a deliberately broken backend (it must fail every check of a rule it breaks),
//! and against the reference without its test hooks (what needs them is not checked).

use super::run;
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use micro_checkout_contract::fixtures::SESSION_ALL_METHODS;
use micro_checkout_server::{Db, Options, app};
use std::sync::atomic::{AtomicU32, Ordering};

/// Serves `router` on a free loopback port in a background thread; returns its base URL.
fn serve(router: Router) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            axum::serve(listener, router).await.unwrap();
        });
    });
    base
}

/// A fresh database file for one test.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("mc-conformance-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.db"));
    let _ = std::fs::remove_file(&file);
    file
}

#[test]
fn the_reference_backend_conforms() {
    let db = Db::open(&scratch("conformance")).unwrap();
    let report = run(&serve(app(db, Options::default())), None);
    report.print();
    assert!(report.passed(), "failed: {:?}", report.failures());
    assert!(
        report.unchecked().is_empty(),
        "not checked: {:?}",
        report.unchecked()
    );
    assert!(
        report.results.len() >= 45,
        "every rule and method was walked: {}",
        report.results.len()
    );
    // Every check names a section that docs/contract.md has.
    let doc = include_str!("../../../docs/contract.md");
    for section in report.sections() {
        let heading = if section.contains('.') {
            format!("\n### {section} ")
        } else {
            format!("\n## {section}. ")
        };
        assert!(
            doc.contains(&heading),
            "docs/contract.md has no section {section}"
        );
    }
}

static PAYMENTS: AtomicU32 = AtomicU32::new(0);

/// A backend that gets the contract wrong on purpose: it offers every method kind, then
/// charges on every request, never waits, keeps no key, checks nothing and answers prose.
/// With `optional`, its sessions offer the optional parts on this backend (an `events_url`,
/// and `passkeys` for the saved card); without, neither.
fn broken(optional: bool) -> Router {
    let events_url = r#""events_url": "https://shop.example.com/api/sessions/ses_demo/events","#;
    let offered = concat!(
        r#""events_url": "/api/sessions/ses_demo/events","#,
        r#""passkeys": {"url": "/api/sessions/ses_demo/passkeys", "methods": []},"#,
    );
    let session = move || {
        SESSION_ALL_METHODS
            .replace("https://vault.example.com/v1/tokens", "/vault/tokens")
            .replace(events_url, if optional { offered } else { "" })
    };
    let charge = || {
        let n = PAYMENTS.fetch_add(1, Ordering::SeqCst);
        format!(r#"{{"version":1,"payment_id":"pay_{n}","status":"succeeded"}}"#)
    };
    Router::new()
        .route("/api/sessions", post(move || async move { (StatusCode::CREATED, session()) }))
        .route(
            "/api/sessions/{id}",
            get(move |Path(id): Path<String>| async move {
                if id.contains("missing") {
                    let prose = r#"{"version":1,"error":{"code":"Sorry, we could not find that!","retryable":false}}"#;
                    (StatusCode::NOT_FOUND, prose.to_owned())
                } else {
                    (StatusCode::OK, session())
                }
            }),
        )
        .fallback(move || async move { charge() })
}

/// The checks of rules the broken backend keeps: it serves a valid session and answers
/// well-formed envelopes.
const BROKEN_PASSES: &[&str] = &[
    "a test session can be created and fetched",
    "the session follows the money and method rules",
    "confirm answers the result envelope",
    "a batch as sendBeacon sends it (text/plain) is kept",
    "a batch sent as application/json is kept",
    "a session for a buyer offers passkeys",
];

#[test]
fn a_backend_that_breaks_every_rule_fails_every_check_of_it() {
    let report = run(&serve(broken(true)), None);
    report.print();
    assert!(!report.passed());
    assert!(
        report.unchecked().is_empty(),
        "nothing is left unchecked: {:?}",
        report.unchecked()
    );
    let failures = report.failures();
    for (_, name, _) in &report.results {
        assert!(
            failures.contains(&name.as_str()) || BROKEN_PASSES.contains(&name.as_str()),
            "`{name}` should fail against the broken backend"
        );
    }
    for check in [
        "the same key and body replay the first result",
        "confirm without a key is 400 missing_idempotency_key",
        "a forged three_ds result does not pay",
        "a new attempt supersedes a waiting payment",
        "a claim left by a crash heals on the retry",
        "an event for a method the session does not offer is refused, naming its field",
        "a form body is refused with 415",
        "errors are stable codes",
    ] {
        assert!(
            failures.contains(&check),
            "`{check}` should fail; failures: {failures:?}"
        );
    }
}

/// The reference backend without its test hooks: what needs them is not checked, never
/// passed, and the rest passes.
#[test]
fn checks_that_need_a_missing_hook_are_not_checked_never_passed() {
    let db = Db::open(&scratch("hookless")).unwrap();
    let hookless = app(db, Options::default()).layer(axum::middleware::from_fn(
        |request: axum::extract::Request, next: axum::middleware::Next| async move {
            if request.uri().path().starts_with("/test/") {
                let body = r#"{"version":1,"error":{"code":"not_found","retryable":false}}"#;
                let json = [(axum::http::header::CONTENT_TYPE, "application/json")];
                return (StatusCode::NOT_FOUND, json, body).into_response();
            }
            next.run(request).await
        },
    ));
    let report = run(&serve(hookless), None);
    report.print();
    assert!(report.passed(), "failed: {:?}", report.failures());
    let unchecked = report.unchecked();
    for check in [
        "the wallet's recorded decision decides redirect_return",
        "the issuer's recorded decision decides three_ds",
        "a scanned QR pays",
        "a claim left by a crash heals on the retry",
    ] {
        assert!(
            unchecked.contains(&check),
            "`{check}` is not checked; unchecked: {unchecked:?}"
        );
    }
    assert!(
        report
            .summary()
            .ends_with(&format!("{} not checked", unchecked.len()))
    );
}

/// Funnel events (contract 1.2) and passkeys (1.3) are optional: a backend whose sessions
/// carry no `events_url` and no `passkeys` does not offer them, and the kit says so instead
/// of failing it.
#[test]
fn a_backend_without_the_optional_parts_is_told_they_are_not_offered() {
    let report = run(&serve(broken(false)), None);
    assert_eq!(report.unchecked(), ["funnel events", "passkeys"]);
    assert!(
        !report
            .failures()
            .iter()
            .any(|name| name.contains("batch") || name.contains("passkey")),
        "no event or passkey check ran: {:?}",
        report.failures()
    );
}

/// The reference backend behind a proxy that drops every confirm's `passkey`, as a backend
/// that charges without verifying would: each lie a browser could tell is then caught.
#[test]
fn a_backend_that_ignores_the_assertion_fails_every_lie() {
    let db = Db::open(&scratch("careless")).unwrap();
    let careless = app(db, Options::default()).layer(axum::middleware::from_fn(
        |request: axum::extract::Request, next: axum::middleware::Next| async move {
            if !request.uri().path().ends_with("/confirm") {
                return next.run(request).await;
            }
            let (parts, body) = request.into_parts();
            let bytes = axum::body::to_bytes(body, 1 << 16)
                .await
                .unwrap_or_default();
            let mut json: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
            if let Some(body) = json.as_object_mut() {
                body.remove("passkey");
            }
            let body = axum::body::Body::from(json.to_string());
            next.run(axum::extract::Request::from_parts(parts, body))
                .await
        },
    ));
    let report = run(&serve(careless), None);
    report.print();
    let failures = report.failures();
    for check in [
        "tampered authenticator data: failed passkey_invalid",
        "another origin: failed passkey_invalid",
        "no verified buyer: failed passkey_invalid",
        "an assertion for another session's total: failed passkey_invalid",
        "the same assertion in another session: failed passkey_replayed",
        "an unknown passkey: failed passkey_unknown",
    ] {
        assert!(
            failures.contains(&check),
            "`{check}` should fail; failures: {failures:?}"
        );
    }
    assert!(
        !failures.contains(&"the passkey is registered: 201"),
        "registration itself is untouched: {failures:?}"
    );
}
