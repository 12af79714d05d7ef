//! JSON errors: every failure answers with a stable code, an HTTP status and no panic.
//!
//! The body carries no prose (the widget localizes every message): a code, whether a retry
//! may succeed, and for invalid input the `field` at fault. The human-readable reason stays
//! in the code beside each check, and internal errors go to the server's log.

use axum::Json;
use axum::http::{StatusCode, header};
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
        let retryable = status.is_server_error()
            || status == StatusCode::REQUEST_TIMEOUT
            || code == codes::IDEMPOTENCY_IN_PROGRESS;
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

impl From<crate::db::Error> for Failure {
    fn from(error: crate::db::Error) -> Self {
        Self::internal(error)
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        (self.status, Json(self.body)).into_response()
    }
}

/// The code an error status stands for, when the answer was made outside a handler (an
/// extractor's rejection, a static file's error, a timeout).
fn code_for(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => codes::NOT_FOUND,
        StatusCode::METHOD_NOT_ALLOWED => codes::METHOD_NOT_ALLOWED,
        StatusCode::REQUEST_TIMEOUT => codes::REQUEST_TIMEOUT,
        StatusCode::PAYLOAD_TOO_LARGE => codes::BODY_TOO_LARGE,
        StatusCode::UNSUPPORTED_MEDIA_TYPE => codes::UNSUPPORTED_MEDIA_TYPE,
        s if s.is_server_error() => codes::INTERNAL_ERROR,
        _ => codes::INVALID_REQUEST,
    }
}

/// The last layer of the router: every 4xx and 5xx answer is a contract `ApiError`. Answers
/// made by handlers already are; this turns the rest (a path or query that cannot be read,
/// a static file's error, a timeout's empty 408) into one, keeping their status and headers
/// such as `Allow`.
pub async fn json_only(response: Response) -> Response {
    let status = response.status();
    let is_error = status.is_client_error() || status.is_server_error();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(crate::body::is_json);
    if !is_error || is_json {
        return response;
    }
    let (mut parts, _) = response.into_parts();
    let body = Failure::new(status, code_for(status), "answered outside a handler");
    let json = body.into_response();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/json"),
    );
    Response::from_parts(parts, json.into_body())
}
