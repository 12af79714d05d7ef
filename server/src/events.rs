//! `POST /api/sessions/{id}/events`: the funnel events a widget sends for its session (the
//! session's `events_url`), stored as they came, each with its method's kind.
//!
//! The widget sends them with `sendBeacon`, as `text/plain`, so this endpoint takes
//! `text/plain` as well as `application/json` (a form or any other body is refused 415).
//! Events are a measure: they change no payment, and the report counts paid sessions from
//! the payments recorded, never from an event.

use crate::body;
use crate::db::funnel::{NewEvent, insert_events};
use crate::error::Failure;
use crate::{AppState, sessions};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use micro_checkout_contract::{FunnelBatch, MAX_EVENTS_PER_BATCH, Session, codes};

/// Stores a batch of funnel events for session `id`: all of it, or (with a 4xx that names
/// the first bad field) none of it. Answers 204.
pub async fn record(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<StatusCode, Failure> {
    let declared = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !(body::is_json(declared) || is_text(declared)) {
        return Err(Failure::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            codes::UNSUPPORTED_MEDIA_TYPE,
            "funnel events take Content-Type: text/plain or application/json",
        ));
    }
    let batch: FunnelBatch = body::json(body)?;
    let session = sessions::load(&state, id.clone()).await?;
    let events = checked(&session, batch)?;
    state
        .db
        .write(move |conn| insert_events(conn, &id, &events))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `text/plain`, in any case, with any parameters (`sendBeacon` adds `;charset=UTF-8`).
fn is_text(content_type: &str) -> bool {
    content_type
        .split(';')
        .next()
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("text/plain"))
}

/// The batch's events, each with its method's kind, once every one of them fits the
/// session: 1 to [`MAX_EVENTS_PER_BATCH`] events, methods the session offers, and its own
/// variant.
fn checked(session: &Session, batch: FunnelBatch) -> Result<Vec<NewEvent>, Failure> {
    if batch.is_empty() || batch.len() > MAX_EVENTS_PER_BATCH {
        return Err(Failure::invalid(
            "events",
            format!("a batch holds 1 to {MAX_EVENTS_PER_BATCH} events"),
        ));
    }
    batch
        .into_iter()
        .enumerate()
        .map(|(i, event)| {
            let method_kind = match &event.method_id {
                Some(method_id) => match session.method(method_id) {
                    Some(method) => Some(method.kind.name().to_owned()),
                    None => {
                        return Err(Failure::invalid(
                            &format!("events[{i}].method_id"),
                            format!("the session offers no method `{method_id}`"),
                        ));
                    }
                },
                None => None,
            };
            if event.variant.is_some() && event.variant != session.variant {
                return Err(Failure::invalid(
                    &format!("events[{i}].variant"),
                    "an event's variant must be its session's",
                ));
            }
            Ok(NewEvent {
                step: event.step.name(),
                method_id: event.method_id,
                method_kind,
            })
        })
        .collect()
}
