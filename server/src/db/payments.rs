//! Payments: the idempotent claim → charge → complete cycle, later actions, and listing.
//!
//! A confirm runs in two short units of work around the charge (each is kept whole or not at
//! all, in the writer's shared transaction, `db/writer.rs`): [`claim`] records
//! the key as in flight (and the session as busy), [`complete`] charges and records the
//! payment and the answer in one commit. A duplicate that arrives in between is told the
//! first is in progress.
//!
//! A claim is a lease. If the process dies between the two, nothing was charged (the charge
//! and its record commit together), and the key stays in flight only until the lease runs
//! out: then the next request for that key, or for that session, releases it, and the retry
//! charges exactly once. A completion whose lease was taken over meanwhile charges nothing.

use super::tokens::consume_token;
use crate::error::Failure;
use crate::methods::Card;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

/// A payment as `GET /admin/payments` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct PaymentRecord {
    /// The payment id.
    pub id: String,
    /// The session it paid.
    pub session_id: String,
    /// The amount charged, in minor units: what the Pay button showed (the total with the
    /// method's fee, or the price of the top-up pack bought).
    pub amount_minor: i64,
    /// The method's fee, part of the total: of `amount_minor`, or of the balance's debit when
    /// a top-up pack was bought (0 when the method has none).
    #[serde(default)]
    pub fee_minor: i64,
    /// The top-up pack bought with a balance payment, if one was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_up: Option<TopUp>,
    /// The ISO 4217 code.
    pub currency: String,
    /// The method id in the session.
    pub method: String,
    /// The method kind, e.g. `saved_card`.
    pub method_kind: String,
    /// `succeeded`, `processing`, `requires_action`, `failed` or `canceled`.
    pub status: String,
    /// The error code of a failed or canceled payment.
    pub error_code: Option<String>,
    /// The idempotency key it was confirmed under.
    pub idempotency_key: String,
    /// When it was recorded (UTC, RFC 3339).
    pub created_at: String,
}

/// A top-up pack bought to pay from a balance: the buyer is charged its price, the balance
/// grows by its credit, and the balance then pays the total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct TopUp {
    /// The pack's id.
    pub pack: String,
    /// The price charged for it, in minor units (the payment's `amount_minor`).
    pub price_minor: i64,
    /// The credit it added to the balance, in minor units.
    pub credit_minor: i64,
    /// What the balance then paid for the purchase, in minor units.
    pub balance_debited_minor: i64,
}

/// The columns [`record`] reads, in its order.
const RECORD_COLUMNS: &str = "id, session_id, amount_minor, currency, method_id, method_kind,
    status, error_code, idempotency_key, created_at, fee_minor, top_up_pack, top_up_price_minor,
    top_up_credit_minor, balance_debited_minor";

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
    /// The key is now in flight, claimed at this time (ms): charge, then [`complete`].
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
) -> Result<Claim, Failure> {
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

/// Claims `key` for `session_id` unless the session is settled or another live claim holds
/// it; a claim whose lease ran out is released first. `fingerprint` is given for a new key.
fn take(
    tx: &Connection,
    key: &str,
    session_id: &str,
    fingerprint: Option<&str>,
    lease: Lease,
) -> Result<Claim, Failure> {
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
fn supersede_open(conn: &Connection, session_id: &str) -> Result<(), Failure> {
    let open: Vec<(String, String)> = conn
        .prepare_cached(
            "SELECT id, result FROM payments WHERE session_id = ?1 AND status = 'requires_action'",
        )?
        .query_map([session_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (id, result) in open {
        let mut value: serde_json::Value =
            serde_json::from_str(&result).map_err(Failure::internal)?;
        value["status"] = "canceled".into();
        value["error"] = serde_json::json!({ "code": "superseded", "retryable": false });
        if let Some(object) = value.as_object_mut() {
            object.remove("next_action");
            object.remove("poll_after_ms");
        }
        conn.prepare_cached(
            "UPDATE payments SET status = 'canceled', error_code = 'superseded', result = ?1
             WHERE id = ?2",
        )?
        .execute(params![value.to_string(), id])?;
        conn.prepare_cached(
            "UPDATE idempotency SET response = ?1
             WHERE key = (SELECT idempotency_key FROM payments WHERE id = ?2)",
        )?
        .execute(params![value.to_string(), id])?;
    }
    Ok(())
}

/// What a charge produces: the payment to record, its answer (JSON) and its private state.
pub type Charged = (PaymentRecord, String, Private);

/// Charges and records, in one commit, if the claim made at `claimed_at_ms` on `key` still
/// holds: uses up `token` (if any), calls `charge` with the card it stands for, records the
/// payment and the answer for the key, and frees the session. Answers the recorded answer,
/// or `None` when the claim was taken over (nothing is charged then).
pub fn complete(
    tx: &Connection,
    key: &str,
    claimed_at_ms: i64,
    token: Option<&str>,
    charge: impl FnOnce(Option<Card>) -> Result<Charged, Failure>,
) -> Result<Option<String>, Failure> {
    let ours: bool = tx
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM idempotency
                        WHERE key = ?1 AND response IS NULL AND claimed_at_ms = ?2)",
        )?
        .query_row(params![key, claimed_at_ms], |r| r.get(0))?;
    if !ours {
        return Ok(None);
    }
    let card = match token {
        Some(token) => consume_token(tx, token)?,
        None => None,
    };
    let (payment, response, private) = charge(card)?;
    insert_payment(tx, &payment, &response, &private)?;
    tx.prepare_cached("UPDATE idempotency SET response = ?1 WHERE key = ?2")?
        .execute(params![response, key])?;
    tx.prepare_cached(
        "UPDATE sessions SET in_flight_key = NULL WHERE id = ?1 AND in_flight_key = ?2",
    )?
    .execute(params![payment.session_id, key])?;
    Ok(Some(response))
}

/// What the server keeps of a payment and never shows: the method's simulation state
/// (e.g. the one-time code and its expiry) and the phone it bills.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Private {
    /// The method's state, as JSON.
    pub state: String,
    /// The phone number billed (carrier billing).
    pub phone: Option<String>,
}

/// A payment as the action endpoint needs it.
#[derive(Debug, Clone)]
pub struct Open {
    /// The public record.
    pub record: PaymentRecord,
    /// The current result, as JSON.
    pub result: String,
    /// The private state.
    pub private: Private,
}

/// Loads payment `id` (of session `session_id`, when given) with its private state.
pub fn open_payment(
    conn: &Connection,
    session_id: Option<&str>,
    id: &str,
) -> Result<Option<Open>, Failure> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT {RECORD_COLUMNS}, result, state, phone
                 FROM payments WHERE id = ?1 AND (?2 IS NULL OR session_id = ?2)"
            ),
            params![id, session_id],
            |r| {
                Ok(Open {
                    record: record(r)?,
                    result: r.get(15)?,
                    private: Private {
                        state: r.get(16)?,
                        phone: r.get(17)?,
                    },
                })
            },
        )
        .optional()?)
}

/// Stores a payment's new status, result and private state.
pub fn update_payment(
    tx: &Connection,
    record: &PaymentRecord,
    result: &str,
    state: &str,
) -> Result<(), Failure> {
    tx.prepare_cached(
        "UPDATE payments SET status = ?1, error_code = ?2, result = ?3, state = ?4 WHERE id = ?5",
    )?
    .execute(params![
        record.status,
        record.error_code,
        result,
        state,
        record.id
    ])?;
    tx.prepare_cached("UPDATE idempotency SET response = ?1 WHERE key = ?2")?
        .execute(params![result, record.idempotency_key])?;
    Ok(())
}

/// True when session `id` already has a payment that succeeded or is processing.
fn session_settled(conn: &Connection, id: &str) -> Result<bool, Failure> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM payments WHERE session_id = ?1
                        AND status IN ('succeeded', 'processing'))",
        )?
        .query_row([id], |r| r.get(0))?)
}

/// The id of the payment that decides session `session_id`: its successful one, else its
/// newest payment still in flight (`processing` or `requires_action`), else none.
pub fn deciding_payment(conn: &Connection, session_id: &str) -> Result<Option<String>, Failure> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM payments
             WHERE session_id = ?1 AND status IN ('succeeded', 'processing', 'requires_action')
             ORDER BY status = 'succeeded' DESC, created_at DESC, rowid DESC LIMIT 1",
        )?
        .query_row([session_id], |r| r.get(0))
        .optional()?)
}

/// Records a payment and its result (`created_at` is the database's clock).
fn insert_payment(
    conn: &Connection,
    p: &PaymentRecord,
    result: &str,
    private: &Private,
) -> Result<(), Failure> {
    conn.prepare_cached(
        "INSERT INTO payments (id, session_id, amount_minor, currency, method_id, method_kind,
                               status, error_code, idempotency_key, result, state, phone,
                               fee_minor, top_up_pack, top_up_price_minor, top_up_credit_minor,
                               balance_debited_minor)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?
    .execute(params![
        p.id,
        p.session_id,
        p.amount_minor,
        p.currency,
        p.method,
        p.method_kind,
        p.status,
        p.error_code,
        p.idempotency_key,
        result,
        private.state,
        private.phone,
        p.fee_minor,
        p.top_up.as_ref().map(|t| &t.pack),
        p.top_up.as_ref().map(|t| t.price_minor),
        p.top_up.as_ref().map(|t| t.credit_minor),
        p.top_up.as_ref().map(|t| t.balance_debited_minor),
    ])?;
    Ok(())
}

/// Recorded payments, oldest first, optionally only those of one session.
pub fn payments(
    conn: &Connection,
    session_id: Option<&str>,
) -> Result<Vec<PaymentRecord>, Failure> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {RECORD_COLUMNS}
         FROM payments WHERE ?1 IS NULL OR session_id = ?1 ORDER BY created_at, rowid"
    ))?;
    let rows = stmt.query_map([session_id], record)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn record(r: &rusqlite::Row<'_>) -> rusqlite::Result<PaymentRecord> {
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
        fee_minor: r.get(10)?,
        top_up: match r.get::<_, Option<String>>(11)? {
            Some(pack) => Some(TopUp {
                pack,
                price_minor: r.get(12)?,
                credit_minor: r.get(13)?,
                balance_debited_minor: r.get(14)?,
            }),
            None => None,
        },
    })
}
