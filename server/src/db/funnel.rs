//! Funnel events as the widget reported them, and what the report reads: each session's
//! variant and buyer, every event, and every succeeded payment (the backend's own record,
//! which is what counts as paid).

use super::Error;
use rusqlite::{Connection, params};

/// One event to store: the step, and the method with its kind as the session holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvent {
    /// The step's wire name.
    pub step: &'static str,
    /// The method's id, when the event names one.
    pub method_id: Option<String>,
    /// That method's kind in the session, e.g. `saved_card`.
    pub method_kind: Option<String>,
}

/// Stores a batch of events for session `session_id`, inside the caller's transaction.
pub fn insert_events(
    conn: &Connection,
    session_id: &str,
    events: &[NewEvent],
) -> Result<(), Error> {
    let mut insert = conn.prepare_cached(
        "INSERT INTO funnel_events (session_id, step, method_id, method_kind)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for event in events {
        insert.execute(params![
            session_id,
            event.step,
            event.method_id,
            event.method_kind
        ])?;
    }
    Ok(())
}

/// A session as the report groups it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    /// The session's id.
    pub id: String,
    /// Its variant (the backend's, not what a browser said).
    pub variant: Option<String>,
    /// The merchant's buyer reference, when it gave one.
    pub buyer: Option<String>,
}

/// A stored funnel event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    /// The session it belongs to.
    pub session_id: String,
    /// The step's wire name.
    pub step: String,
    /// The method's id, when the event names one.
    pub method_id: Option<String>,
    /// The method's kind, when the event names a method.
    pub method_kind: Option<String>,
}

/// A succeeded payment, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaidRow {
    /// The session it paid.
    pub session_id: String,
    /// What was charged, in minor units.
    pub amount_minor: i64,
    /// Its ISO 4217 code.
    pub currency: String,
    /// The method's id.
    pub method_id: String,
    /// The method's kind.
    pub method_kind: String,
}

/// Every session, with its variant and buyer, oldest first.
pub fn sessions(conn: &Connection) -> Result<Vec<SessionRow>, Error> {
    let mut query = conn.prepare_cached(
        "SELECT id, json_extract(body, '$.variant'), buyer FROM sessions ORDER BY rowid",
    )?;
    let rows = query.query_map([], |r| {
        Ok(SessionRow {
            id: r.get(0)?,
            variant: r.get(1)?,
            buyer: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Every funnel event, in the order received.
pub fn events(conn: &Connection) -> Result<Vec<EventRow>, Error> {
    let mut query = conn.prepare_cached(
        "SELECT session_id, step, method_id, method_kind FROM funnel_events ORDER BY id",
    )?;
    let rows = query.query_map([], |r| {
        Ok(EventRow {
            session_id: r.get(0)?,
            step: r.get(1)?,
            method_id: r.get(2)?,
            method_kind: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Every succeeded payment, oldest first.
pub fn paid(conn: &Connection) -> Result<Vec<PaidRow>, Error> {
    let mut query = conn.prepare_cached(
        "SELECT session_id, amount_minor, currency, method_id, method_kind FROM payments
         WHERE status = 'succeeded' ORDER BY rowid",
    )?;
    let rows = query.query_map([], |r| {
        Ok(PaidRow {
            session_id: r.get(0)?,
            amount_minor: r.get(1)?,
            currency: r.get(2)?,
            method_id: r.get(3)?,
            method_kind: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
