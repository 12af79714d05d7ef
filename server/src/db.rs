//! SQLite storage: sessions, payments and idempotency records in one database file.
//!
//! One connection behind a mutex; every confirm runs inside one `IMMEDIATE` transaction,
//! so checking the idempotency key, charging and recording the answer are atomic.

use crate::error::Failure;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::Serialize;
use std::path::Path;
use std::sync::{Arc, Mutex};

const SCHEMA: &str = "
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS sessions (
    id          TEXT PRIMARY KEY,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE IF NOT EXISTS payments (
    id              TEXT PRIMARY KEY,
    session_id      TEXT NOT NULL REFERENCES sessions(id),
    amount_minor    INTEGER NOT NULL,
    currency        TEXT NOT NULL,
    method_id       TEXT NOT NULL,
    method_kind     TEXT NOT NULL,
    status          TEXT NOT NULL,
    error_code    TEXT,
    idempotency_key TEXT NOT NULL UNIQUE,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX IF NOT EXISTS payments_by_session ON payments(session_id);
CREATE TABLE IF NOT EXISTS idempotency (
    key          TEXT PRIMARY KEY,
    fingerprint  TEXT NOT NULL,
    response     TEXT NOT NULL,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
";

/// A payment as `GET /admin/payments` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct PaymentRecord {
    /// The payment id.
    pub id: String,
    /// The session it paid.
    pub session_id: String,
    /// The amount charged, in minor units.
    pub amount_minor: i64,
    /// The ISO 4217 code.
    pub currency: String,
    /// The method id in the session.
    pub method: String,
    /// The method kind, e.g. `saved_card`.
    pub method_kind: String,
    /// `succeeded`, `processing` or `failed`.
    pub status: String,
    /// The decline code of a failed payment.
    pub error_code: Option<String>,
    /// The idempotency key it was confirmed under.
    pub idempotency_key: String,
    /// When it was recorded (UTC, RFC 3339).
    pub created_at: String,
}

/// The database, shareable across handlers.
#[derive(Clone)]
pub struct Db {
    conn: Arc<Mutex<Connection>>,
}

impl Db {
    /// Opens (creating if needed) the database file at `path` and applies the schema.
    pub fn open(path: &Path) -> Result<Self, rusqlite::Error> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.execute_batch(SCHEMA)?;
        Ok(Self {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `work` on the connection on a blocking thread.
    pub async fn run<T, F>(&self, work: F) -> Result<T, Failure>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, Failure> + Send + 'static,
    {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            let mut guard = conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            work(&mut guard)
        })
        .await
        .map_err(Failure::internal)?
    }
}

/// Stores a session's JSON body under its id.
pub fn insert_session(conn: &Connection, id: &str, body: &str) -> Result<(), Failure> {
    conn.execute(
        "INSERT INTO sessions (id, body) VALUES (?1, ?2)",
        params![id, body],
    )?;
    Ok(())
}

/// The JSON body of session `id`, if it exists.
pub fn session_body(conn: &Connection, id: &str) -> Result<Option<String>, Failure> {
    Ok(conn
        .query_row("SELECT body FROM sessions WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?)
}

/// Opens the transaction a confirm runs in.
pub fn begin(conn: &mut Connection) -> Result<rusqlite::Transaction<'_>, Failure> {
    Ok(conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
}

/// The fingerprint and stored response of idempotency key `key`.
pub fn idempotency_record(
    conn: &Connection,
    key: &str,
) -> Result<Option<(String, String)>, Failure> {
    Ok(conn
        .query_row(
            "SELECT fingerprint, response FROM idempotency WHERE key = ?1",
            [key],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// Records the response given for key `key`.
pub fn insert_idempotency(
    conn: &Connection,
    key: &str,
    fingerprint: &str,
    response: &str,
) -> Result<(), Failure> {
    conn.execute(
        "INSERT INTO idempotency (key, fingerprint, response) VALUES (?1, ?2, ?3)",
        params![key, fingerprint, response],
    )?;
    Ok(())
}

/// True when session `id` already has a payment that succeeded or is processing.
pub fn session_settled(conn: &Connection, id: &str) -> Result<bool, Failure> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM payments WHERE session_id = ?1
                        AND status IN ('succeeded', 'processing'))",
        [id],
        |r| r.get(0),
    )?)
}

/// Records a payment.
pub fn insert_payment(conn: &Connection, p: &PaymentRecord) -> Result<(), Failure> {
    conn.execute(
        "INSERT INTO payments (id, session_id, amount_minor, currency, method_id, method_kind,
                               status, error_code, idempotency_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            p.id,
            p.session_id,
            p.amount_minor,
            p.currency,
            p.method,
            p.method_kind,
            p.status,
            p.error_code,
            p.idempotency_key
        ],
    )?;
    Ok(())
}

/// Recorded payments, oldest first, optionally only those of one session.
pub fn payments(
    conn: &Connection,
    session_id: Option<&str>,
) -> Result<Vec<PaymentRecord>, Failure> {
    let mut stmt = conn.prepare(
        "SELECT id, session_id, amount_minor, currency, method_id, method_kind, status,
                error_code, idempotency_key, created_at
         FROM payments WHERE ?1 IS NULL OR session_id = ?1 ORDER BY created_at, rowid",
    )?;
    let rows = stmt.query_map([session_id], |r| {
        Ok(PaymentRecord {
            id: r.get(0)?,
            session_id: r.get(1)?,
            amount_minor: r.get(2)?,
            currency: r.get(3)?,
            method: r.get(4)?,
            method_kind: r.get(5)?,
            status: r.get(6)?,
            error_code: r.get(7)?,
            idempotency_key: r.get(8)?,
            created_at: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
