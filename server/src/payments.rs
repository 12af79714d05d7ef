//! `GET /api/sessions/{id}/payments/{payment_id}`: where a payment stands, for polling.

use crate::error::Failure;
use crate::{AppState, db, validate};
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
    let result = state
        .db
        .run(move |conn| db::payment_result(conn, &session_id, &payment_id))
        .await?
        .ok_or_else(missing)?;
    serde_json::from_str(&result)
        .map(Json)
        .map_err(Failure::internal)
}
