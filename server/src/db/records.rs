//! What is recorded of a payment, and how it is read, changed and listed: the public record
//! (`/admin/payments`), its current answer and its private state.

use super::Error;
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
) -> Result<Option<Open>, Error> {
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
) -> Result<(), Error> {
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

/// The id of the payment that decides session `session_id`: its successful one, else its
/// newest payment still in flight (`processing` or `requires_action`), else none.
pub fn deciding_payment(conn: &Connection, session_id: &str) -> Result<Option<String>, Error> {
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
pub(super) fn insert_payment(
    conn: &Connection,
    p: &PaymentRecord,
    result: &str,
    private: &Private,
) -> Result<(), Error> {
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
pub fn payments(conn: &Connection, session_id: Option<&str>) -> Result<Vec<PaymentRecord>, Error> {
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
