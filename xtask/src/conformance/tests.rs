//! The kit against the reference backend (it must pass) and against a deliberately broken
//! backend that charges twice on a repeated key and answers prose instead of codes (it must
//! fail, naming those checks).

use super::run;
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::routing::{get, post};
use micro_checkout_contract::fixtures::SESSION;
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

#[test]
fn the_reference_backend_conforms() {
    let dir = std::env::temp_dir().join(format!("mc-conformance-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = Db::open(&dir.join("conformance.db")).unwrap();
    let report = run(&serve(app(db, Options::default())));
    report.print();
    assert!(report.passed(), "failed: {:?}", report.failures());
    assert!(
        report.results.len() >= 15,
        "every method was walked: {}",
        report.results.len()
    );
}

static PAYMENTS: AtomicU32 = AtomicU32::new(0);

/// A backend that gets the contract wrong on purpose.
fn broken() -> Router {
    let session = || SESSION.to_owned();
    let charge = || {
        let n = PAYMENTS.fetch_add(1, Ordering::SeqCst);
        format!(r#"{{"version":1,"payment_id":"pay_{n}","status":"succeeded"}}"#)
    };
    Router::new()
        .route("/api/sessions", post(move || async move { (StatusCode::CREATED, session()) }))
        .route(
            "/api/sessions/{id}",
            get(move |Path(id): Path<String>| async move {
                if id == "ses_demo" {
                    (StatusCode::OK, session())
                } else {
                    let prose = r#"{"version":1,"error":{"code":"Sorry, we could not find that!","retryable":false}}"#;
                    (StatusCode::NOT_FOUND, prose.to_owned())
                }
            }),
        )
        .route("/api/sessions/{id}/confirm", post(move || async move { charge() }))
        .route("/api/sessions/{id}/payments/{p}", get(move || async move { charge() }))
}

#[test]
fn a_backend_that_charges_twice_and_speaks_prose_fails() {
    let report = run(&serve(broken()));
    report.print();
    assert!(!report.passed());
    let failures = report.failures();
    for check in [
        "the same key and body replay the first result",
        "the same key with another body is 422 idempotency_key_reused",
        "confirm without a key is 400 missing_idempotency_key",
        "concurrent duplicates charge once",
        "errors are stable codes",
    ] {
        assert!(
            failures.contains(&check),
            "`{check}` should fail; failures: {failures:?}"
        );
    }
}
