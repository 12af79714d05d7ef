//! SQLite storage: sessions, payments and idempotency records in one database file.
//!
//! A confirm runs in two short `IMMEDIATE` transactions around the charge: [`claim`] records
//! the key as in flight (and the session as busy), [`complete`] records the payment and the
//! answer. A duplicate that arrives in between is told the first is in progress; a crash in
//! between leaves the key in flight, so a retry can never charge a second time.

use crate::error::Failure;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::Serialize;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// The schema version this code writes (`PRAGMA user_version`).
const SCHEMA_VERSION: i64 = 1;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS sessions (
    id             TEXT PRIMARY KEY,
    body           TEXT NOT NULL,
    in_flight_key  TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE IF NOT EXISTS payments (
    id              TEXT PRIMARY KEY,
    session_id      TEXT NOT NULL REFERENCES sessions(id),
    amount_minor    INTEGER NOT NULL,
    currency        TEXT NOT NULL,
    method_id       TEXT NOT NULL,
    method_kind     TEXT NOT NULL,
    status          TEXT NOT NULL,
    error_code      TEXT,
    idempotency_key TEXT NOT NULL UNIQUE,
    result          TEXT NOT NULL,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX IF NOT EXISTS payments_by_session ON payments(session_id);
CREATE TABLE IF NOT EXISTS idempotency (
    key          TEXT PRIMARY KEY,
    session_id   TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    response     TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
";

/// Applies the schema. A database from before schema versioning keeps its tables, renamed
/// `legacy_*`, so opening an old file loses nothing.
fn migrate(conn: &Connection) -> Result<(), rusqlite::Error> {
    conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;")?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let has_tables: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sessions')",
        [],
        |r| r.get(0),
    )?;
    if version == 0 && has_tables {
        eprintln!("micro-checkout-server: keeping an older database's tables as legacy_*");
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF;
             ALTER TABLE sessions RENAME TO legacy_sessions;
             ALTER TABLE payments RENAME TO legacy_payments;
             ALTER TABLE idempotency RENAME TO legacy_idempotency;
             DROP INDEX IF EXISTS payments_by_session;
             PRAGMA foreign_keys = ON;",
        )?;
    }
    conn.execute_batch(SCHEMA)?;
    conn.pragma_update(None, "user_version", SCHEMA_VERSION)
}

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
        migrate(&conn)?;
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

/// Opens a write transaction.
fn begin(conn: &mut Connection) -> Result<rusqlite::Transaction<'_>, Failure> {
    Ok(conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
}

/// What [`claim`] found for an idempotency key.
#[derive(Debug, PartialEq, Eq)]
pub enum Claim {
    /// The key is new and now in flight: charge, then [`complete`].
    Claimed,
    /// The key answered before: this is the stored answer.
    Replay(String),
    /// The key is in flight: its first request has not answered yet.
    InFlight,
    /// The key was used with another request.
    Reused,
    /// Another key's attempt on this session is in flight.
    SessionBusy,
    /// The session already has a successful (or processing) payment.
    SessionCompleted,
}

/// Looks up `key` and, when it is new and the session is free, marks both in flight.
pub fn claim(
    conn: &mut Connection,
    key: &str,
    session_id: &str,
    fingerprint: &str,
) -> Result<Claim, Failure> {
    let tx = begin(conn)?;
    let known: Option<(String, Option<String>)> = tx
        .query_row(
            "SELECT fingerprint, response FROM idempotency WHERE key = ?1",
            [key],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let claim = match known {
        Some((stored, _)) if stored != fingerprint => Claim::Reused,
        Some((_, Some(response))) => Claim::Replay(response),
        Some((_, None)) => Claim::InFlight,
        None if session_settled(&tx, session_id)? => Claim::SessionCompleted,
        None => {
            let busy: Option<String> = tx.query_row(
                "SELECT in_flight_key FROM sessions WHERE id = ?1",
                [session_id],
                |r| r.get(0),
            )?;
            if busy.is_some() {
                Claim::SessionBusy
            } else {
                tx.execute(
                    "INSERT INTO idempotency (key, session_id, fingerprint) VALUES (?1, ?2, ?3)",
                    params![key, session_id, fingerprint],
                )?;
                tx.execute(
                    "UPDATE sessions SET in_flight_key = ?1 WHERE id = ?2",
                    params![key, session_id],
                )?;
                Claim::Claimed
            }
        }
    };
    tx.commit()?;
    Ok(claim)
}

/// Records the charged payment and the answer for its key, and frees the session.
pub fn complete(
    conn: &mut Connection,
    payment: &PaymentRecord,
    response: &str,
) -> Result<(), Failure> {
    let tx = begin(conn)?;
    insert_payment(&tx, payment, response)?;
    tx.execute(
        "UPDATE idempotency SET response = ?1 WHERE key = ?2",
        params![response, payment.idempotency_key],
    )?;
    tx.execute(
        "UPDATE sessions SET in_flight_key = NULL WHERE id = ?1 AND in_flight_key = ?2",
        params![payment.session_id, payment.idempotency_key],
    )?;
    tx.commit()?;
    Ok(())
}

/// True when session `id` already has a payment that succeeded or is processing.
fn session_settled(conn: &Connection, id: &str) -> Result<bool, Failure> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM payments WHERE session_id = ?1
                        AND status IN ('succeeded', 'processing'))",
        [id],
        |r| r.get(0),
    )?)
}

/// The stored result (a `PaymentResult` as JSON) of payment `id` in session `session_id`.
pub fn payment_result(
    conn: &Connection,
    session_id: &str,
    id: &str,
) -> Result<Option<String>, Failure> {
    Ok(conn
        .query_row(
            "SELECT result FROM payments WHERE id = ?1 AND session_id = ?2",
            [id, session_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// Records a payment and its result (`created_at` is the database's clock).
fn insert_payment(conn: &Connection, p: &PaymentRecord, result: &str) -> Result<(), Failure> {
    conn.execute(
        "INSERT INTO payments (id, session_id, amount_minor, currency, method_id, method_kind,
                               status, error_code, idempotency_key, result)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            p.id,
            p.session_id,
            p.amount_minor,
            p.currency,
            p.method,
            p.method_kind,
            p.status,
            p.error_code,
            p.idempotency_key,
            result
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
