//! JSON errors: every failure answers with a stable code, an HTTP status and no panic.
//!
//! The body carries no prose (the widget localizes every message): a code, whether a retry
//! may succeed, and for invalid input the `field` at fault. The human-readable reason stays
//! in the code beside each check, and internal errors go to the server's log.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use micro_checkout_contract::{ApiError, codes};

/// A failed request: the status to answer with and the contract's error body.
#[derive(Debug)]
pub struct Failure {
    /// The HTTP status.
    pub status: StatusCode,
    /// The JSON body.
    pub body: ApiError,
    /// Why, for people reading the code or a debugger; never sent.
    pub reason: String,
}

impl Failure {
    /// A failure with `status` and machine `code`; `reason` says why, for developers. It is
    /// retryable when the server failed (5xx) or the first request is still in flight.
    pub fn new(status: StatusCode, code: &str, reason: impl Into<String>) -> Self {
        let retryable = status.is_server_error() || code == codes::IDEMPOTENCY_IN_PROGRESS;
        Self {
            status,
            body: ApiError::new(code, retryable, None),
            reason: reason.into(),
        }
    }

    /// 400 `invalid_request` naming the `field` that is missing, malformed or out of range.
    pub fn invalid(field: &str, reason: impl Into<String>) -> Self {
        let mut failure = Self::new(StatusCode::BAD_REQUEST, codes::INVALID_REQUEST, reason);
        failure.body.error.field = Some(field.to_owned());
        failure
    }

    /// 404 with `code`.
    pub fn not_found(code: &str, reason: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, code, reason)
    }

    /// 500 `internal_error`, for storage failures; the reason goes to the server's log.
    pub fn internal(reason: impl std::fmt::Display) -> Self {
        eprintln!("micro-checkout-server: internal error: {reason}");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            codes::INTERNAL_ERROR,
            reason.to_string(),
        )
    }
}

impl From<rusqlite::Error> for Failure {
    fn from(error: rusqlite::Error) -> Self {
        Self::internal(error)
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        (self.status, Json(self.body)).into_response()
    }
}
