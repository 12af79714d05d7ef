//! `POST /api/sessions/{id}/confirm`: charge once per idempotency key, and once per session.
//!
//! In one transaction: a known key with the same request replays the stored answer (even a
//! decline); a known key with another request is refused; a session that already has a
//! successful payment refuses new keys; otherwise the method is charged in test mode and
//! both the payment and the answer are recorded.

use crate::db::{self, PaymentRecord};
use crate::error::Failure;
use crate::{AppState, body, sessions, simulate, validate};
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use micro_checkout_contract::{
    CONTRACT_VERSION, ConfirmRequest, IDEMPOTENCY_HEADER, PaymentResult,
};

/// Confirms a payment for session `id`.
pub async fn confirm(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<PaymentResult>, Failure> {
    let key = headers
        .get(IDEMPOTENCY_HEADER)
        .ok_or_else(|| {
            Failure::new(
                StatusCode::BAD_REQUEST,
                "missing_idempotency_key",
                "confirm needs an Idempotency-Key header, one per purchase attempt",
            )
        })?
        .to_str()
        .map_err(|_| Failure::invalid("Idempotency-Key must be visible ASCII"))?
        .to_owned();
    validate::idempotency_key(&key)?;
    let request: ConfirmRequest = body::json(body)?;
    if request.version != CONTRACT_VERSION {
        return Err(Failure::new(
            StatusCode::BAD_REQUEST,
            "unsupported_version",
            format!("this backend speaks contract version {CONTRACT_VERSION}"),
        ));
    }
    let session = sessions::load(&state, id).await?;
    let method = session
        .method(&request.method_id)
        .ok_or_else(|| {
            Failure::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "unknown_method",
                format!("session has no method `{}`", request.method_id),
            )
        })?
        .clone();
    let fingerprint = format!("{}|{}", session.id, request.method_id);
    let result = state
        .db
        .run(move |conn| {
            let tx = db::begin(conn)?;
            if let Some((stored_fingerprint, response)) = db::idempotency_record(&tx, &key)? {
                if stored_fingerprint != fingerprint {
                    return Err(Failure::new(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "idempotency_key_reused",
                        "this Idempotency-Key was used for a different request",
                    ));
                }
                return serde_json::from_str(&response).map_err(Failure::internal);
            }
            if db::session_settled(&tx, &session.id)? {
                return Err(Failure::new(
                    StatusCode::CONFLICT,
                    "session_completed",
                    "this session is already paid",
                ));
            }
            let (status, error) = simulate::charge(&method.kind);
            let result = PaymentResult {
                version: CONTRACT_VERSION,
                payment_id: format!("pay_{}", uuid::Uuid::new_v4().simple()),
                status,
                next_action: None,
                poll_after_ms: None,
                error,
            };
            let status_name = serde_json::to_value(status)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            db::insert_payment(
                &tx,
                &PaymentRecord {
                    id: result.payment_id.clone(),
                    session_id: session.id.clone(),
                    amount_minor: session.amount.amount_minor,
                    currency: session.amount.currency.clone(),
                    method: method.id.clone(),
                    method_kind: method.kind.name().to_owned(),
                    status: status_name,
                    error_code: result.error.as_ref().map(|e| e.code.clone()),
                    idempotency_key: key.clone(),
                    created_at: String::new(),
                },
            )?;
            let response = serde_json::to_string(&result).map_err(Failure::internal)?;
            db::insert_idempotency(&tx, &key, &fingerprint, &response)?;
            tx.commit()?;
            Ok(result)
        })
        .await?;
    Ok(Json(result))
}
