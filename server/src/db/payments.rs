//! Payments: the idempotent claim → charge → record cycle. What is recorded, and how it is
//! read and listed, is in `db/records.rs`.
//!
//! A confirm runs in two short units of work around the charge, each kept whole or not at
//! all in the writer's shared transaction (`db/writer.rs`): [`claim`] records the key as in
//! flight (and the session as busy); then [`still_ours`] and [`record_charge`] charge and
//! record the payment and the answer together. A duplicate that arrives in between is told
//! the first is in progress.
//!
//! A claim is a lease. If the process dies between the two, nothing was charged (the charge
//! and its record commit together), and the key stays in flight only until the lease runs
//! out: then the next request for that key, or for that session, releases it, and the retry
//! charges exactly once. A completion whose lease was taken over meanwhile charges nothing.

use super::Error;
use super::records::{PaymentRecord, Private, insert_payment};
use super::tokens::consume_token;
use crate::methods::Card;
use micro_checkout_contract::{ErrorInfo, PaymentResult, PaymentStatus, codes};
use rusqlite::{Connection, OptionalExtension, params};
/// When a claim was made and how long it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lease {
    /// Now, in ms since the Unix epoch.
    pub now_ms: i64,
    /// How long a claim holds before another request may release it, in ms.
    pub lease_ms: i64,
}

impl Lease {
    fn expired(self, claimed_at_ms: i64) -> bool {
        self.now_ms.saturating_sub(claimed_at_ms) >= self.lease_ms
    }
}

/// What [`claim`] found for an idempotency key.
#[derive(Debug, PartialEq, Eq)]
pub enum Claim {
    /// The key is now in flight, claimed at this time (ms): charge, then [`record_charge`].
    Claimed(i64),
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

/// Looks up `key` and, when it is new (or its claim's lease ran out) and the session is free
/// (or held by a claim whose lease ran out), marks both in flight.
pub fn claim(
    tx: &Connection,
    key: &str,
    session_id: &str,
    fingerprint: &str,
    lease: Lease,
) -> Result<Claim, Error> {
    let known: Option<(String, Option<String>, i64)> = tx
        .prepare_cached(
            "SELECT fingerprint, response, claimed_at_ms FROM idempotency WHERE key = ?1",
        )?
        .query_row([key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let claim = match known {
        Some((stored, _, _)) if stored != fingerprint => Claim::Reused,
        Some((_, Some(response), _)) => Claim::Replay(response),
        Some((_, None, claimed_at)) if !lease.expired(claimed_at) => Claim::InFlight,
        // A claim left by a crash: nothing was charged under it. Take it over.
        Some((_, None, _)) => take(tx, key, session_id, None, lease)?,
        None => take(tx, key, session_id, Some(fingerprint), lease)?,
    };
    Ok(claim)
}

/// Test only (the `stale_claim` hook): records `key` as claimed for `session_id` at
/// `claimed_at_ms` with nothing charged, as a crash between claim and charge leaves it.
/// False when the key is known or the session is settled (nothing is planted then).
pub fn plant_claim(
    tx: &Connection,
    key: &str,
    session_id: &str,
    fingerprint: &str,
    claimed_at_ms: i64,
) -> Result<bool, Error> {
    let known: bool = tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM idempotency WHERE key = ?1)")?
        .query_row([key], |r| r.get(0))?;
    if known || session_settled(tx, session_id)? {
        return Ok(false);
    }
    tx.prepare_cached(
        "INSERT INTO idempotency (key, session_id, fingerprint, claimed_at_ms) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![key, session_id, fingerprint, claimed_at_ms])?;
    tx.prepare_cached("UPDATE sessions SET in_flight_key = ?1 WHERE id = ?2")?
        .execute(params![key, session_id])?;
    Ok(true)
}

/// Claims `key` for `session_id` unless the session is settled or another live claim holds
/// it; a claim whose lease ran out is released first. `fingerprint` is given for a new key.
fn take(
    tx: &Connection,
    key: &str,
    session_id: &str,
    fingerprint: Option<&str>,
    lease: Lease,
) -> Result<Claim, Error> {
    if session_settled(tx, session_id)? {
        return Ok(Claim::SessionCompleted);
    }
    let holder: Option<String> = tx
        .prepare_cached("SELECT in_flight_key FROM sessions WHERE id = ?1")?
        .query_row([session_id], |r| r.get(0))?;
    if let Some(other) = holder.filter(|other| other != key) {
        let claimed_at: Option<i64> = tx
            .prepare_cached(
                "SELECT claimed_at_ms FROM idempotency WHERE key = ?1 AND response IS NULL",
            )?
            .query_row([&other], |r| r.get(0))
            .optional()?;
        match claimed_at {
            Some(at) if !lease.expired(at) => return Ok(Claim::SessionBusy),
            // Released: that key's retry is a new attempt, refused while this one holds.
            Some(_) => {
                tx.prepare_cached("DELETE FROM idempotency WHERE key = ?1 AND response IS NULL")?
                    .execute([&other])?;
            }
            None => {}
        }
    }
    match fingerprint {
        Some(fingerprint) => tx
            .prepare_cached(
                "INSERT INTO idempotency (key, session_id, fingerprint, claimed_at_ms)
             VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![key, session_id, fingerprint, lease.now_ms])?,
        None => tx
            .prepare_cached("UPDATE idempotency SET claimed_at_ms = ?1 WHERE key = ?2")?
            .execute(params![lease.now_ms, key])?,
    };
    tx.prepare_cached("UPDATE sessions SET in_flight_key = ?1 WHERE id = ?2")?
        .execute(params![key, session_id])?;
    supersede_open(tx, session_id)?;
    Ok(Claim::Claimed(lease.now_ms))
}

/// Cancels the session's payments still waiting for the buyer (an OTP, a QR scan…): the
/// buyer chose to pay another way, so the old attempt must never complete as well.
fn supersede_open(conn: &Connection, session_id: &str) -> Result<(), Error> {
    let open: Vec<(String, String)> = conn
        .prepare_cached(
            "SELECT id, result FROM payments WHERE session_id = ?1 AND status = 'requires_action'",
        )?
        .query_map([session_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (id, result) in open {
        let waiting: PaymentResult = serde_json::from_str(&result)?;
        let canceled = PaymentResult {
            status: PaymentStatus::Canceled,
            next_action: None,
            poll_after_ms: None,
            error: Some(ErrorInfo {
                code: codes::SUPERSEDED.to_owned(),
                retryable: false,
            }),
            ..waiting
        };
        let json = serde_json::to_string(&canceled)?;
        conn.prepare_cached(
            "UPDATE payments SET status = ?1, error_code = ?2, result = ?3 WHERE id = ?4",
        )?
        .execute(params![
            PaymentStatus::Canceled.as_str(),
            codes::SUPERSEDED,
            json,
            id
        ])?;
        conn.prepare_cached(
            "UPDATE idempotency SET response = ?1
             WHERE key = (SELECT idempotency_key FROM payments WHERE id = ?2)",
        )?
        .execute(params![json, id])?;
    }
    Ok(())
}

/// Whether the claim made at `claimed_at_ms` on `key` still holds, and if so uses up
/// `token` (if any): `Some` with the card it stands for (`None` for no token, or one unknown
/// or used), or `None` when the claim was taken over (then nothing may be charged). The
/// token is used up only if the unit of work this runs in is kept; [`record_charge`] the
/// charge in the same one.
pub fn still_ours(
    tx: &Connection,
    key: &str,
    claimed_at_ms: i64,
    token: Option<&str>,
) -> Result<Option<Option<Card>>, Error> {
    let ours: bool = tx
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM idempotency
                        WHERE key = ?1 AND response IS NULL AND claimed_at_ms = ?2)",
        )?
        .query_row(params![key, claimed_at_ms], |r| r.get(0))?;
    if !ours {
        return Ok(None);
    }
    Ok(Some(match token {
        Some(token) => consume_token(tx, token)?,
        None => None,
    }))
}

/// Records a charge made under `key`: the payment, its answer (JSON) as the key's stored
/// answer, and its private state; frees the session.
pub fn record_charge(
    tx: &Connection,
    key: &str,
    payment: &PaymentRecord,
    response: &str,
    private: &Private,
) -> Result<(), Error> {
    insert_payment(tx, payment, response, private)?;
    tx.prepare_cached("UPDATE idempotency SET response = ?1 WHERE key = ?2")?
        .execute(params![response, key])?;
    tx.prepare_cached(
        "UPDATE sessions SET in_flight_key = NULL WHERE id = ?1 AND in_flight_key = ?2",
    )?
    .execute(params![payment.session_id, key])?;
    Ok(())
}

/// True when session `id` already has a payment that succeeded or is processing.
fn session_settled(conn: &Connection, id: &str) -> Result<bool, Error> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM payments WHERE session_id = ?1
                        AND status IN ('succeeded', 'processing'))",
        )?
        .query_row([id], |r| r.get(0))?)
}
