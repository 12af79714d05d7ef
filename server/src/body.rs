//! Reading request bodies as contract JSON, with clear errors instead of plain-text rejections.

use crate::error::Failure;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

/// The most a request body may hold. Contract bodies are far smaller.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// Decodes a JSON body, answering 400 `invalid_json` (with serde's reason) or 413.
pub fn json<T: DeserializeOwned>(body: Result<Bytes, BytesRejection>) -> Result<T, Failure> {
    let bytes = body.map_err(|rejection| {
        Failure::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "body_too_large",
            format!("request bodies are limited to {MAX_BODY_BYTES} bytes: {rejection}"),
        )
    })?;
    serde_json::from_slice(&bytes).map_err(|error| {
        Failure::new(
            StatusCode::BAD_REQUEST,
            "invalid_json",
            format!("the body is not valid JSON for this endpoint: {error}"),
        )
    })
}
