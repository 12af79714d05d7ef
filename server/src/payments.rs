//! `GET /api/sessions/{id}/payments/{payment_id}`: where a payment stands, for polling. A
//! waiting payment whose time is up (a QR code, a virtual account) expires here.

use crate::error::Failure;
use crate::{AppState, progress};
use axum::Json;
use axum::extract::{Path, State};
use micro_checkout_contract::PaymentResult;

/// Answers with the payment's current result envelope, or 404 `payment_not_found`.
pub async fn status(
    State(state): State<AppState>,
    Path((session_id, payment_id)): Path<(String, String)>,
) -> Result<Json<PaymentResult>, Failure> {
    let result = progress::tick(&state, session_id, payment_id).await?;
    Ok(Json(result))
}
