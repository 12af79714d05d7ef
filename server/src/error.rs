//! JSON errors: every failure answers with a stable code, an HTTP status and no panic.

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
}

impl Failure {
    /// A failure with `status`, machine `code` and a developer-facing `detail`. It is
    /// retryable when the server failed (5xx) or the first request is still in flight.
    pub fn new(status: StatusCode, code: &str, detail: impl Into<String>) -> Self {
        let retryable = status.is_server_error() || code == codes::IDEMPOTENCY_IN_PROGRESS;
        Self {
            status,
            body: ApiError::new(code, retryable, detail),
        }
    }

    /// 400 `invalid_request`: a field is missing, malformed or out of range.
    pub fn invalid(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid_request", detail)
    }

    /// 404 with `code`.
    pub fn not_found(code: &str, detail: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, code, detail)
    }

    /// 500 `internal_error`, for storage failures. The detail is logged, not sent.
    pub fn internal(detail: impl std::fmt::Display) -> Self {
        eprintln!("micro-checkout-server: internal error: {detail}");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal_error",
            "the server could not complete the request; see its log",
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
