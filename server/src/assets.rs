//! The built widget under `/dist/`: how long browsers may keep each file, and the names and
//! integrity values the demo page embeds it with (from `dist/manifest.json`).
//!
//! A file whose name carries its content hash (`core_bg.<16 hex>.wasm`) never changes, so it
//! is cached for a year as `immutable`, with that hash as its `ETag` (a conditional request
//! for it answers 304): a repeat visit downloads nothing but the page and the session. Every
//! other file (`micro-checkout.js`, the stable alias) is revalidated each time. Files are
//! served precompressed, as `cargo xtask build` writes them (`.br`, else `.gz`, by the
//! request's `Accept-Encoding`).

use crate::error::Failure;
use axum::extract::Request;
use axum::http::header::{CACHE_CONTROL, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use micro_checkout_contract::codes;
use std::path::Path;

/// What a content-hashed file may be cached as.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// What every other file under `/dist/` is served with: cache, but ask first.
pub const REVALIDATE: &str = "no-cache";

/// The content hash in a `name.<16 lowercase hex digits>.ext` path, the names
/// `cargo xtask build` gives.
fn content_hash(path: &str) -> Option<&str> {
    let file = path.rsplit('/').next().unwrap_or(path);
    let mut parts = file.rsplit('.');
    let (_ext, hash) = (parts.next(), parts.next());
    let hash = hash.filter(|h| {
        h.len() == 16
            && h.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    });
    parts.next().and(hash)
}

/// The longest file name a file system keeps (`NAME_MAX`); a longer one cannot name a file.
const MAX_NAME: usize = 255;

/// Sets `Cache-Control` on a `/dist/` answer by its file name. A path with a name too long
/// to exist is answered 404 here, before the file system is asked (which would fail).
pub async fn cache_policy(request: Request, next: Next) -> Response {
    if request
        .uri()
        .path()
        .split('/')
        .any(|name| name.len() > MAX_NAME)
    {
        return Failure::not_found(codes::NOT_FOUND, "no such file").into_response();
    }
    // A weak tag: the brotli, gzip and plain bodies are the same file.
    let etag = content_hash(request.uri().path()).map(|hash| format!("W/\"{hash}\""));
    let matched = etag.as_deref().is_some_and(|tag| {
        request
            .headers()
            .get(IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|asked| asked.split(',').any(|t| t.trim() == tag || t.trim() == "*"))
    });
    let mut response = next.run(request).await;
    if !(response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED) {
        return response;
    }
    if matched {
        let mut headers = std::mem::take(response.headers_mut());
        headers.remove(axum::http::header::CONTENT_LENGTH);
        headers.remove(axum::http::header::CONTENT_ENCODING);
        response = StatusCode::NOT_MODIFIED.into_response();
        *response.headers_mut() = headers;
    }
    let cache = if etag.is_some() {
        IMMUTABLE
    } else {
        REVALIDATE
    };
    let headers = response.headers_mut();
    headers.insert(CACHE_CONTROL, HeaderValue::from_static(cache));
    if let Some(value) = etag.and_then(|tag| HeaderValue::from_str(&tag).ok()) {
        headers.insert(ETAG, value);
    }
    response
}

/// The entry module and stylesheet to embed, with their integrity: from
/// `dist/manifest.json`, else the stable names without integrity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embed {
    /// The entry module's file name.
    pub entry: String,
    /// Its `integrity`, when known.
    pub entry_integrity: Option<String>,
    /// The stylesheet's file name.
    pub css: String,
    /// Its `integrity`, when known.
    pub css_integrity: Option<String>,
    /// The wasm's content-hashed name and its `integrity`, when the manifest gives them
    /// (the page preloads it, so its download starts with the page's).
    pub wasm: Option<(String, String)>,
}

impl Embed {
    /// Reads `dist`'s manifest.
    pub fn read(dist: Option<&Path>) -> Embed {
        let manifest: Option<serde_json::Value> = dist
            .and_then(|d| std::fs::read_to_string(d.join("manifest.json")).ok())
            .and_then(|text| serde_json::from_str(&text).ok());
        let field = |key: &str, f: &str| {
            manifest
                .as_ref()
                .and_then(|m| m[key][f].as_str())
                .filter(|v| !v.contains(['"', '<', '>', '&']))
                .map(str::to_owned)
        };
        Embed {
            entry: field("entry", "file").unwrap_or_else(|| "micro-checkout.js".into()),
            entry_integrity: field("entry", "integrity"),
            css: field("css", "file").unwrap_or_else(|| "micro-checkout.css".into()),
            css_integrity: field("css", "integrity"),
            wasm: field("wasm", "file").zip(field("wasm", "integrity")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_content_hashed_names_are_immutable() {
        for path in [
            "/dist/core_bg.0123456789abcdef.wasm",
            "/dist/micro-checkout.fedcba9876543210.js",
            "/dist/locales/ko-KR.54dea7c97be3d8e9.json",
        ] {
            assert!(content_hash(path).is_some(), "{path}");
        }
        for path in [
            "/dist/micro-checkout.js",
            "/dist/micro-checkout.css",
            "/dist/core_bg.0123456789ABCDEF.wasm",
            "/dist/0123456789abcdef.wasm",
            "/dist/x.0123456789abcde.js",
            "/dist/preview/core_bg.wasm",
        ] {
            assert!(content_hash(path).is_none(), "{path}");
        }
    }
}
