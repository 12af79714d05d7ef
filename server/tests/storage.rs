//! The reference backend's records on its SQLite file: payments survive a restart, a payment
//! is polled only where it was made, and an older database is upgraded with nothing lost.

mod common;

use axum::http::StatusCode;
use common::Backend;
use micro_checkout_server::{Db, Options, app};

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
             DROP TABLE funnel_events;
             ALTER TABLE sessions DROP COLUMN buyer;
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
