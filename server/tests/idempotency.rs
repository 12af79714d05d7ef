//! Idempotency in the reference backend: replays, key reuse, paid sessions, duplicates in
//! flight, and concurrent confirms that must charge exactly once.

mod common;

use axum::http::StatusCode;
use common::Backend;
use micro_checkout_contract::codes;
use micro_checkout_contract::fixtures::ERROR_IDEMPOTENCY_KEY_REUSED;
use micro_checkout_server::{Db, Options, app};
use serde_json::Value;

/// Pays a fresh session with `key-1` and `visa_4242`, then confirms again with `key` and
/// `method`: the first answer, the second's status and body, and the charges recorded.
async fn again_after_paying(key: &str, method: &str) -> (Value, StatusCode, Value, usize) {
    let backend = Backend::new();
    let id = backend.session().await;
    let (_, first) = backend.confirm(&id, "key-1", "visa_4242").await;
    let (status, second) = backend.confirm(&id, key, method).await;
    (first, status, second, backend.payments(&id).await.len())
}

#[tokio::test]
async fn the_same_key_replays_the_first_answer() {
    let (first, status, second, charges) = again_after_paying("key-1", "visa_4242").await;
    assert_eq!((status, &second), (StatusCode::OK, &first));
    assert_eq!(charges, 1);
}

#[tokio::test]
async fn the_same_key_with_another_body_is_refused() {
    let (_, status, body, charges) = again_after_paying("key-1", "mc_0002").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let golden: Value = serde_json::from_str(ERROR_IDEMPOTENCY_KEY_REUSED).unwrap();
    assert_eq!(body, golden, "the golden error fixture, exactly");
    assert_eq!(charges, 1);
}

#[tokio::test]
async fn a_paid_session_refuses_a_new_key() {
    let (_, status, body, charges) = again_after_paying("key-2", "visa_4242").await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["error"]["code"], codes::SESSION_COMPLETED);
    assert_eq!(charges, 1);
}

#[tokio::test]
async fn one_hundred_concurrent_confirms_with_one_key_charge_once() {
    let backend = std::sync::Arc::new(Backend::new());
    let id = backend.session().await;
    let mut tasks = Vec::new();
    for _ in 0..100 {
        let (backend, id) = (backend.clone(), id.clone());
        tasks.push(tokio::spawn(async move {
            backend.confirm(&id, "same-key", "visa_4242").await
        }));
    }
    let mut payment_ids = std::collections::BTreeSet::new();
    let mut in_progress = 0;
    for task in tasks {
        let (status, body) = task.await.unwrap();
        match status {
            StatusCode::OK => {
                payment_ids.insert(body["payment_id"].as_str().unwrap().to_owned());
            }
            StatusCode::CONFLICT => {
                assert_eq!(body["error"]["code"], "idempotency_in_progress", "{body}");
                assert_eq!(body["error"]["retryable"], true);
                in_progress += 1;
            }
            other => panic!("unexpected {other}: {body}"),
        }
    }
    assert_eq!(
        payment_ids.len(),
        1,
        "every answered duplicate got the first answer"
    );
    assert_eq!(backend.payments(&id).await.len(), 1, "exactly one charge");
    let (status, body) = backend.confirm(&id, "same-key", "visa_4242").await;
    assert_eq!(
        status,
        StatusCode::OK,
        "after the first finished, a duplicate replays it"
    );
    assert!(payment_ids.contains(body["payment_id"].as_str().unwrap()));
    println!("{in_progress} of 100 duplicates arrived while the first was in flight");
}

#[tokio::test]
async fn a_duplicate_in_flight_is_told_to_wait_never_charged() {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("slow.db")).unwrap();
    let options = Options {
        processor_latency: std::time::Duration::from_millis(400),
        ..Options::default()
    };
    let backend = std::sync::Arc::new(Backend {
        router: app(db, options),
        dir,
    });
    let id = backend.session().await;
    let first = {
        let (backend, id) = (backend.clone(), id.clone());
        tokio::spawn(async move { backend.confirm(&id, "key-1", "visa_4242").await })
    };
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    for key in ["key-1", "key-2"] {
        let (status, body) = backend.confirm(&id, key, "visa_4242").await;
        assert_eq!(status, StatusCode::CONFLICT, "{key}: {body}");
        assert_eq!(body["error"]["code"], "idempotency_in_progress", "{key}");
        assert_eq!(body["error"]["retryable"], true, "{key}");
    }
    let (status, paid) = first.await.unwrap();
    assert_eq!(
        (status, paid["status"].as_str()),
        (StatusCode::OK, Some("succeeded"))
    );
    let (_, replay) = backend.confirm(&id, "key-1", "visa_4242").await;
    assert_eq!(replay, paid);
    let (status, _) = backend.confirm(&id, "key-2", "visa_4242").await;
    assert_eq!(status, StatusCode::CONFLICT, "the session is paid now");
    assert_eq!(backend.payments(&id).await.len(), 1);
}

#[tokio::test]
async fn concurrent_confirms_with_different_keys_still_charge_once() {
    let backend = std::sync::Arc::new(Backend::new());
    let id = backend.session().await;
    let tasks: Vec<_> = (0..20)
        .map(|i| {
            let (backend, id) = (backend.clone(), id.clone());
            tokio::spawn(async move {
                backend
                    .confirm(&id, &format!("key-{i}"), "visa_4242")
                    .await
                    .0
            })
        })
        .collect();
    let mut ok = 0;
    for task in tasks {
        match task.await.unwrap() {
            StatusCode::OK => ok += 1,
            StatusCode::CONFLICT | StatusCode::TOO_MANY_REQUESTS => {}
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(ok, 1);
    assert_eq!(backend.payments(&id).await.len(), 1);
}
