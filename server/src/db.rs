//! SQLite storage: sessions, payments, idempotency records and fraud-guard attempts in one
//! database file, behind one connection. Payments live in `db/payments.rs`, attempts in
//! `db/attempts.rs`.

mod attempts;
mod payments;
mod tokens;

pub use attempts::{count_attempt, phone_spent};
pub use payments::{
    Claim, Lease, Open, PaymentRecord, Private, TopUp, claim, complete, deciding_payment,
    open_payment, payment_result, payments, update_payment,
};
pub use tokens::insert_token;

use crate::error::Failure;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use std::path::Path;
use std::sync::{Arc, Mutex};

/// The schema version this code writes (`PRAGMA user_version`).
const SCHEMA_VERSION: i64 = 2;

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
    state           TEXT NOT NULL DEFAULT '{}',
    phone           TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    fee_minor       INTEGER NOT NULL DEFAULT 0,
    top_up_pack     TEXT,
    top_up_price_minor    INTEGER,
    top_up_credit_minor   INTEGER,
    balance_debited_minor INTEGER
);
CREATE INDEX IF NOT EXISTS payments_by_session ON payments(session_id);
CREATE INDEX IF NOT EXISTS payments_by_phone ON payments(phone);
CREATE TABLE IF NOT EXISTS attempts (
    scope  TEXT NOT NULL,
    value  TEXT NOT NULL,
    key    TEXT NOT NULL,
    at_ms  INTEGER NOT NULL,
    PRIMARY KEY (scope, value, key)
);
CREATE TABLE IF NOT EXISTS tokens (
    token       TEXT PRIMARY KEY,
    brand       TEXT NOT NULL,
    last4       TEXT NOT NULL,
    used        INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX IF NOT EXISTS attempts_by_value ON attempts(scope, value, at_ms);
CREATE TABLE IF NOT EXISTS idempotency (
    key          TEXT PRIMARY KEY,
    session_id   TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    response     TEXT,
    claimed_at_ms INTEGER NOT NULL DEFAULT 0,
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
    if version == 1 {
        // Version 2 dates each claim, so that one left in flight by a crash can be released
        // (claims already in flight count as stale at once), and records a payment's fee and
        // top-up pack beside its amount.
        conn.execute_batch(
            "ALTER TABLE idempotency ADD COLUMN claimed_at_ms INTEGER NOT NULL DEFAULT 0;
             ALTER TABLE payments ADD COLUMN fee_minor INTEGER NOT NULL DEFAULT 0;
             ALTER TABLE payments ADD COLUMN top_up_pack TEXT;
             ALTER TABLE payments ADD COLUMN top_up_price_minor INTEGER;
             ALTER TABLE payments ADD COLUMN top_up_credit_minor INTEGER;
             ALTER TABLE payments ADD COLUMN balance_debited_minor INTEGER;",
        )?;
    }
    conn.execute_batch(SCHEMA)?;
    conn.pragma_update(None, "user_version", SCHEMA_VERSION)
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
