//! Reading request bodies as contract JSON, with clear errors instead of plain-text rejections.
//!
//! Every state-changing endpoint takes only `Content-Type: application/json`: a browser must
//! then ask first (a CORS preflight) before another site's page may send one, so a page on
//! any site cannot post a confirm, an action or a card as a "simple" `text/plain` request.

use crate::error::Failure;
use axum::body::Bytes;
use axum::extract::Request;
use axum::extract::rejection::BytesRejection;
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use micro_checkout_contract::codes;
use serde::de::DeserializeOwned;

/// True when a `Content-Type` value names JSON: `application/json`, in any case, with or
/// without parameters such as `; charset=utf-8`.
pub fn is_json(content_type: &str) -> bool {
    content_type
        .split(';')
        .next()
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"))
}

/// Middleware for the JSON write endpoints: a `POST` of anything but `application/json` is
/// answered 415 `unsupported_media_type` before the handler sees it. (Other methods pass,
/// to be answered 405 by the router.)
pub async fn require_json(request: Request, next: Next) -> Response {
    if request.method() != Method::POST {
        return next.run(request).await;
    }
    let declared = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    if declared.is_some_and(is_json) {
        next.run(request).await
    } else {
        Failure::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            codes::UNSUPPORTED_MEDIA_TYPE,
            "writes take only Content-Type: application/json",
        )
        .into_response()
    }
}

/// The most a request body may hold. Contract bodies are far smaller.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// Decodes a JSON body, answering 400 `invalid_json` (with serde's reason) or 413.
pub fn json<T: DeserializeOwned>(body: Result<Bytes, BytesRejection>) -> Result<T, Failure> {
    let bytes = body.map_err(|rejection| {
        Failure::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            codes::BODY_TOO_LARGE,
            format!("request bodies are limited to {MAX_BODY_BYTES} bytes: {rejection}"),
        )
    })?;
    serde_json::from_slice(&bytes).map_err(|error| {
        Failure::new(
            StatusCode::BAD_REQUEST,
            codes::INVALID_JSON,
            format!("the body is not valid JSON for this endpoint: {error}"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::is_json;

    #[test]
    fn only_json_media_types_count() {
        for json in [
            "application/json",
            "Application/JSON",
            "application/json; charset=utf-8",
        ] {
            assert!(is_json(json), "{json}");
        }
        for other in [
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/jsonp",
            "application/json-seq",
            "",
        ] {
            assert!(!is_json(other), "{other}");
        }
    }
}
