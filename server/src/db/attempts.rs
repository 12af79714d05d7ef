//! The fraud guard's memory: attempts per scope (session, phone) and what a phone was billed.

use super::Error;
use rusqlite::{Connection, params};

/// Records attempt `key` under `scope`/`value` at `now_ms` (once per key: retries of one
/// attempt count once) and returns how many attempts the window ending now holds.
pub fn count_attempt(
    tx: &Connection,
    (scope, value, key): (&str, &str, &str),
    now_ms: i64,
    window_ms: i64,
) -> Result<i64, Error> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO attempts (scope, value, key, at_ms) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![scope, value, key, now_ms])?;
    let count = tx
        .prepare_cached(
            "SELECT COUNT(*) FROM attempts WHERE scope = ?1 AND value = ?2 AND at_ms > ?3",
        )?
        .query_row(params![scope, value, now_ms - window_ms], |r| r.get(0))?;
    Ok(count)
}

/// What `phone` was billed (succeeded carrier payments) in `currency` over the last 30 days.
pub fn phone_spent(conn: &Connection, phone: &str, currency: &str) -> Result<i64, Error> {
    Ok(conn
        .prepare_cached(
            "SELECT COALESCE(SUM(amount_minor), 0) FROM payments
         WHERE phone = ?1 AND currency = ?2 AND status = 'succeeded'
           AND created_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-30 days')",
        )?
        .query_row(params![phone, currency], |r| r.get(0))?)
}
