//! `GET /api/sessions/{id}/payments/{payment_id}`: where a payment stands, for polling. A
//! waiting payment whose time is up (a QR code, a virtual account) expires here.

use crate::error::Failure;
use crate::{AppState, outside, validate};
use axum::Json;
use axum::extract::{Path, State};
use micro_checkout_contract::{PaymentResult, codes};

/// Answers with the payment's current result envelope, or 404 `payment_not_found`.
pub async fn status(
    State(state): State<AppState>,
    Path((session_id, payment_id)): Path<(String, String)>,
) -> Result<Json<PaymentResult>, Failure> {
    let missing =
        || Failure::not_found(codes::PAYMENT_NOT_FOUND, "no such payment in this session");
    validate::id("session id", &session_id).map_err(|_| missing())?;
    validate::id("payment id", &payment_id).map_err(|_| missing())?;
    let result = outside::tick(&state, session_id, payment_id).await?;
    Ok(Json(result))
}
