//! SQLite storage: sessions, payments, idempotency records, fraud-guard attempts and funnel
//! events (`db/funnel.rs`), passkeys and their challenges (`db/passkeys.rs`) in one
//! database file, in WAL mode with `synchronous = FULL`. Writes go to one writer that
//! commits many requests' work at once (`db/writer.rs`); reads use their own connections,
//! which see only committed data. The claim → charge → record cycle lives in `db/payments.rs`,
//! what is recorded in `db/records.rs`, attempts in `db/attempts.rs`.

mod attempts;
pub mod commit_rate;
mod error;
pub mod funnel;
mod passkeys;
mod payments;
mod records;
mod tokens;
mod writer;

pub use attempts::{count_attempt, phone_spent};
pub use passkeys::{
    Challenge, Presented, Purpose, Stored, delete_passkey, insert_challenge, insert_passkey,
    passkeys, update_passkey, use_challenge,
};
pub use payments::{Claim, Lease, claim, plant_claim, record_charge, still_ours};
pub use records::{
    Open, PaymentRecord, Private, TopUp, deciding_payment, open_payment, payments, update_payment,
};
pub use tokens::insert_token;

pub use error::Error;
use rusqlite::{Connection, OptionalExtension, params};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use writer::Writer;
pub use writer::WriterStats;

/// The schema version this code writes (`PRAGMA user_version`).
const SCHEMA_VERSION: i64 = 4;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS sessions (
    id             TEXT PRIMARY KEY,
    body           TEXT NOT NULL,
    in_flight_key  TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    buyer          TEXT
);
CREATE TABLE IF NOT EXISTS funnel_events (
    id           INTEGER PRIMARY KEY,
    session_id   TEXT NOT NULL REFERENCES sessions(id),
    step         TEXT NOT NULL,
    method_id    TEXT,
    method_kind  TEXT,
    received_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX IF NOT EXISTS funnel_by_session ON funnel_events(session_id);
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
CREATE TABLE IF NOT EXISTS passkeys (
    credential_id TEXT PRIMARY KEY,
    buyer         TEXT NOT NULL,
    method_id     TEXT NOT NULL,
    passkey       TEXT NOT NULL,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    last_used_at  TEXT
);
CREATE INDEX IF NOT EXISTS passkeys_by_method ON passkeys(buyer, method_id);
CREATE TABLE IF NOT EXISTS passkey_challenges (
    challenge     TEXT PRIMARY KEY,
    purpose       TEXT NOT NULL,
    session_id    TEXT NOT NULL REFERENCES sessions(id),
    method_id     TEXT NOT NULL,
    amount_minor  INTEGER,
    currency      TEXT,
    state         TEXT NOT NULL,
    expires_at_ms INTEGER NOT NULL,
    used          INTEGER NOT NULL DEFAULT 0
);
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
    if (1..=2).contains(&version) {
        // Version 3 keeps the merchant's buyer reference beside each session (the funnel
        // events' table is new, made below).
        conn.execute_batch("ALTER TABLE sessions ADD COLUMN buyer TEXT;")?;
    }
    // Version 4 adds the passkeys' tables (made below, as every table is).
    conn.execute_batch(SCHEMA)?;
    conn.pragma_update(None, "user_version", SCHEMA_VERSION)
}

/// The database, shareable across handlers: one writer and a pool of readers.
#[derive(Clone)]
pub struct Db {
    writer: Writer,
    readers: Arc<Mutex<Vec<Connection>>>,
    path: Arc<PathBuf>,
}

/// How long a connection waits for a lock another process holds.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);
/// Prepared statements kept per connection: more than the queries this crate has.
const STATEMENT_CACHE: usize = 64;

impl Db {
    /// Opens (creating if needed) the database file at `path` and applies the schema.
    pub fn open(path: &Path) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
        )?;
        migrate(&conn)?;
        Ok(Self {
            writer: Writer::start(conn)?,
            readers: Arc::new(Mutex::new(Vec::new())),
            path: Arc::new(path.to_owned()),
        })
    }

    /// Runs `work` in the writer's next shared transaction, as one unit: all of it is kept
    /// or none. The work is queued at once; the future answers once it is durable.
    pub fn write<T, E, F>(&self, work: F) -> impl Future<Output = Result<T, E>> + use<T, E, F>
    where
        T: Send + 'static,
        E: From<Error> + Send + 'static,
        F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    {
        self.writer.write(work)
    }

    /// How many units of work the writer has committed since the database was opened, and
    /// in how many commits.
    pub fn stats(&self) -> WriterStats {
        self.writer.stats()
    }

    /// Runs `work` on a read-only connection on a blocking thread. It sees what was
    /// committed before it began.
    pub async fn read<T, E, F>(&self, work: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<Error> + Send + 'static,
        F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    {
        let (readers, path) = (Arc::clone(&self.readers), Arc::clone(&self.path));
        tokio::task::spawn_blocking(move || {
            let pooled = readers.lock().unwrap_or_else(|p| p.into_inner()).pop();
            let conn = match pooled {
                Some(conn) => conn,
                None => reader(&path).map_err(E::from)?,
            };
            let outcome = work(&conn);
            readers.lock().unwrap_or_else(|p| p.into_inner()).push(conn);
            outcome
        })
        .await
        .map_err(|_| E::from(Error::Panicked))?
    }
}

/// A new read-only connection to the database at `path`.
fn reader(path: &Path) -> Result<Connection, Error> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    conn.execute_batch("PRAGMA query_only = ON;")?;
    Ok(conn)
}

/// Stores a session's JSON body under its id, with the merchant's buyer reference.
pub fn insert_session(
    conn: &Connection,
    id: &str,
    body: &str,
    buyer: Option<&str>,
) -> Result<(), Error> {
    conn.prepare_cached("INSERT INTO sessions (id, body, buyer) VALUES (?1, ?2, ?3)")?
        .execute(params![id, body, buyer])?;
    Ok(())
}

/// The JSON body of session `id`, if it exists.
pub fn session_body(conn: &Connection, id: &str) -> Result<Option<String>, Error> {
    Ok(conn
        .prepare_cached("SELECT body FROM sessions WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// The merchant's buyer reference kept with session `id`, if it has one.
pub fn session_buyer(conn: &Connection, id: &str) -> Result<Option<String>, Error> {
    Ok(conn
        .prepare_cached("SELECT buyer FROM sessions WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?
        .flatten())
}
