//! Fuzz target: arbitrary requests through the reference backend's router (`app()`, on a
//! real SQLite file). The first bytes pick the method, an endpoint and a content type; the
//! rest is the body or the path's tail. Every answer must come without a panic, and every
//! 4xx or 5xx must be a contract `ApiError` in JSON.
#![no_main]

use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use libfuzzer_sys::fuzz_target;
use micro_checkout_contract::ApiError;
use micro_checkout_server::{Db, Options, app};
use std::sync::OnceLock;
use tower::ServiceExt;

struct Backend {
    runtime: tokio::runtime::Runtime,
    router: axum::Router,
    session: String,
    _dir: std::path::PathBuf,
}

fn backend() -> &'static Backend {
    static BACKEND: OnceLock<Backend> = OnceLock::new();
    BACKEND.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("micro-checkout-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let db = Db::open(&dir.join("fuzz.db")).unwrap();
        let router = app(db, Options::default());
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let request = Request::post("/api/sessions")
            .header("content-type", "application/json")
            .body(Body::from(
                micro_checkout_contract::fixtures::CREATE_SESSION_REQUEST,
            ))
            .unwrap();
        let session = runtime.block_on(async {
            let answer = router.clone().oneshot(request).await.unwrap();
            let bytes = answer.into_body().collect().await.unwrap().to_bytes();
            let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            value["id"].as_str().unwrap().to_owned()
        });
        Backend {
            runtime,
            router,
            session,
            _dir: dir,
        }
    })
}

const METHODS: [&str; 4] = ["GET", "POST", "PUT", "DELETE"];
const TYPES: [&str; 4] = [
    "application/json",
    "text/plain",
    "application/x-www-form-urlencoded",
    "",
];

fuzz_target!(|data: &[u8]| {
    let [method, endpoint, kind, rest @ ..] = data else {
        return;
    };
    let backend = backend();
    let session = &backend.session;
    let tail: String = String::from_utf8_lossy(rest)
        .chars()
        .filter(|c| c.is_ascii_graphic() && !matches!(c, '#' | '?'))
        .take(64)
        .collect();
    let path = match endpoint % 10 {
        0 => "/api/sessions".to_owned(),
        1 => format!("/api/sessions/{session}"),
        2 => format!("/api/sessions/{session}/confirm"),
        3 => format!("/api/sessions/{session}/payments/pay_{tail}"),
        4 => format!("/api/sessions/{session}/payments/pay_x/actions"),
        5 => "/vault/tokens".to_owned(),
        6 => format!("/vault/3ds/pay_{tail}"),
        7 => format!("/wallet/pay_{tail}"),
        8 => format!("/admin/payments?session_id={tail}"),
        _ => format!("/{tail}"),
    };
    let mut request = Request::builder()
        .method(METHODS[usize::from(*method) % METHODS.len()])
        .uri(path.as_str());
    let kind = TYPES[usize::from(*kind) % TYPES.len()];
    if !kind.is_empty() {
        request = request.header("content-type", kind);
    }
    if method & 0x80 != 0 {
        request = request.header("Idempotency-Key", format!("fuzz-{}", rest.len()));
    }
    let Ok(request) = request.body(Body::from(rest.to_vec())) else {
        return; // not a request HTTP can carry
    };
    let (status, content_type, bytes) = backend.runtime.block_on(async {
        let answer = backend.router.clone().oneshot(request).await.unwrap();
        let status = answer.status();
        let content_type = answer
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        (
            status,
            content_type,
            answer.into_body().collect().await.unwrap().to_bytes(),
        )
    });
    if status.is_client_error() || status.is_server_error() {
        assert_eq!(content_type, "application/json", "{status} for {path}");
        let error: ApiError = serde_json::from_slice(&bytes).expect("an ApiError");
        assert!(!error.error.code.is_empty());
    }
    assert!(!status.is_server_error(), "{status} for {path}");
});
