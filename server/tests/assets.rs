//! The built widget under `/dist/` as a CDN would serve it: the precompressed copy the
//! browser accepts, with the right type, a content-hash `ETag` and `immutable` caching for
//! hashed names (a conditional request answers 304), and revalidation for stable names.

mod common;

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use common::Backend;
use http_body_util::BodyExt;
use micro_checkout_server::Options;
use tower::ServiceExt;

const WASM: &str = "/dist/core_bg.0123456789abcdef.wasm";

/// A backend serving a `dist` folder, with the folder (kept alive by the caller).
fn backend() -> (Backend, tempfile::TempDir) {
    let dist = tempfile::tempdir().unwrap();
    let file = dist.path().join("core_bg.0123456789abcdef.wasm");
    std::fs::write(&file, b"\0asm plain").unwrap();
    std::fs::write(file.with_extension("wasm.br"), b"brotli body").unwrap();
    std::fs::write(file.with_extension("wasm.gz"), b"gzip body").unwrap();
    std::fs::write(dist.path().join("micro-checkout.js"), b"export {};").unwrap();
    let backend = Backend::with(Options {
        dist: Some(dist.path().to_owned()),
        ..Options::default()
    });
    (backend, dist)
}

async fn get(
    backend: &Backend,
    uri: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, HeaderMap, Vec<u8>) {
    let mut request = Request::builder().uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = request.body(Body::empty()).unwrap();
    let response = backend.router.clone().oneshot(request).await.unwrap();
    let (status, headers) = (response.status(), response.headers().clone());
    let body = response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    (status, headers, body)
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> &'a str {
    headers.get(name).map_or("", |v| v.to_str().unwrap())
}

#[tokio::test]
async fn each_browser_gets_the_copy_it_accepts_with_the_files_own_type() {
    let (backend, _dist) = backend();
    for (accept, encoding, body) in [
        ("br, gzip", "br", &b"brotli body"[..]),
        ("gzip", "gzip", b"gzip body"),
        ("identity", "", b"\0asm plain"),
    ] {
        let (status, headers, got) = get(&backend, WASM, &[("accept-encoding", accept)]).await;
        assert_eq!(status, StatusCode::OK, "{accept}");
        assert_eq!(header(&headers, "content-encoding"), encoding, "{accept}");
        assert_eq!(got, body, "{accept}");
        assert_eq!(
            header(&headers, "content-type"),
            "application/wasm",
            "{accept}"
        );
        assert_eq!(
            header(&headers, "cache-control"),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(header(&headers, "etag"), r#"W/"0123456789abcdef""#);
    }
}

#[tokio::test]
async fn a_browser_that_has_the_file_is_told_304_and_nothing_else() {
    let (backend, _dist) = backend();
    let tag = r#"W/"0123456789abcdef""#;
    let (status, headers, body) = get(
        &backend,
        WASM,
        &[("accept-encoding", "br"), ("if-none-match", tag)],
    )
    .await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
    assert!(body.is_empty());
    assert_eq!(header(&headers, "etag"), tag);
    assert_eq!(header(&headers, "content-encoding"), "");
    let (status, _, body) = get(
        &backend,
        WASM,
        &[("if-none-match", r#"W/"ffffffffffffffff""#)],
    )
    .await;
    assert_eq!(
        (status, body.as_slice()),
        (StatusCode::OK, &b"\0asm plain"[..])
    );
}

#[tokio::test]
async fn a_stable_name_is_revalidated_and_has_no_content_tag() {
    let (backend, _dist) = backend();
    let (status, headers, _) = get(&backend, "/dist/micro-checkout.js", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "cache-control"), "no-cache");
    assert_eq!(header(&headers, "etag"), "");
}
