//! `POST /api/sessions/{id}/payments/{payment_id}/actions`: the buyer's answer to a next
//! action (a one-time code, a resend, a 3-D Secure result, a wallet return, a cancel).
//!
//! Safe to retry: an action on a payment that no longer waits for one answers with the
//! payment's current result and changes nothing, so a lost answer never charges twice.

use crate::error::Failure;
use crate::{AppState, body, methods, progress, validate};
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use micro_checkout_contract::{ActionRequest, Kind, PaymentResult, codes};

/// Applies an action to a payment of session `id`.
pub async fn act(
    State(state): State<AppState>,
    Path((session_id, payment_id)): Path<(String, String)>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<PaymentResult>, Failure> {
    let request: ActionRequest = body::json(body)?;
    validate::version(request.version)?;
    let ctx = state.ctx();
    let mover: progress::Mover = Box::new(move |open| {
        Kind::parse(&open.record.method_kind)
            .and_then(|kind| methods::act(kind, &open.private, &request.action, ctx))
            .ok_or_else(|| {
                Failure::new(
                    StatusCode::CONFLICT,
                    codes::ACTION_NOT_EXPECTED,
                    "this payment does not wait for that action",
                )
            })
    });
    let result = progress::advance(&state, Some(session_id), payment_id, mover).await?;
    Ok(Json(result))
}
