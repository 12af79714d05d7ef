//! `POST /test/sessions/{id}/stale_claim`, the crash test hook of docs/contract.md §7.3:
//! with a confirm's `Idempotency-Key` and body, it leaves that key claimed one lease ago and
//! nothing charged, as a process killed between claim and charge would. The conformance kit
//! then checks that the retry charges exactly once (§1.7).

use crate::error::Failure;
use crate::{AppState, body, confirm, db, sessions, validate};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use micro_checkout_contract::{PasskeyConfirmRequest, codes};

/// Plants the claim; 204 when planted, 409 when the key is known or the session is paid.
pub async fn plant(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<StatusCode, Failure> {
    let key = confirm::idempotency_key(&headers)?;
    let request: PasskeyConfirmRequest = body::json(body)?;
    validate::version(request.request.version)?;
    let session = sessions::load(&state, id).await?;
    let fingerprint = confirm::fingerprint(&session.id, &request);
    let claimed_at = state.ctx().now_ms.saturating_sub(state.lease_ms());
    let planted = state
        .db
        .write(move |conn| db::plant_claim(conn, &key, &session.id, &fingerprint, claimed_at))
        .await?;
    if planted {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(Failure::new(
            StatusCode::CONFLICT,
            codes::IDEMPOTENCY_IN_PROGRESS,
            "the key is known, or the session is paid: nothing was planted",
        ))
    }
}
