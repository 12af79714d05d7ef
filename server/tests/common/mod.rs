//! The test backend shared by the server's API tests: the real router on a real SQLite file
//! in a temporary folder, called through `oneshot`.
#![allow(dead_code)]

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use micro_checkout_contract::fixtures::CREATE_SESSION_REQUEST;
use micro_checkout_server::{Db, Options, PaymentRecord, app};
use serde_json::{Value, json};
use tempfile::TempDir;
use tower::ServiceExt;

pub struct Backend {
    pub dir: TempDir,
    pub router: Router,
}

impl Backend {
    pub fn new() -> Self {
        Self::with(Options::default())
    }

    pub fn with(options: Options) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("test.db")).unwrap();
        Self {
            router: app(db, options),
            dir,
        }
    }

    pub async fn call(
        &self,
        method: &str,
        uri: &str,
        key: Option<&str>,
        body: Option<String>,
    ) -> (StatusCode, Value) {
        let mut request = Request::builder().method(method).uri(uri);
        if let Some(key) = key {
            request = request.header("Idempotency-Key", key);
        }
        let request = request
            .header("content-type", "application/json")
            .body(body.map(Body::from).unwrap_or_else(Body::empty))
            .unwrap();
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let value = serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into()));
        (status, value)
    }

    pub async fn session(&self) -> String {
        let (status, body) = self
            .call(
                "POST",
                "/api/sessions",
                None,
                Some(CREATE_SESSION_REQUEST.into()),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["id"].as_str().unwrap().to_owned()
    }

    pub async fn confirm(&self, session: &str, key: &str, method_id: &str) -> (StatusCode, Value) {
        let body = json!({ "version": 1, "method_id": method_id }).to_string();
        self.call(
            "POST",
            &format!("/api/sessions/{session}/confirm"),
            Some(key),
            Some(body),
        )
        .await
    }

    pub async fn payments(&self, session: &str) -> Vec<PaymentRecord> {
        let (status, body) = self
            .call(
                "GET",
                &format!("/admin/payments?session_id={session}"),
                None,
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        serde_json::from_value(body).unwrap()
    }
}

impl Backend {
    /// Creates a session from `request` (a `CreateSessionRequest` as JSON), returning its id.
    pub async fn session_from(&self, request: Value) -> String {
        let (status, body) = self
            .call("POST", "/api/sessions", None, Some(request.to_string()))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["id"].as_str().unwrap().to_owned()
    }

    /// Confirms with a full body.
    pub async fn confirm_with(&self, session: &str, key: &str, body: Value) -> (StatusCode, Value) {
        let uri = format!("/api/sessions/{session}/confirm");
        self.call("POST", &uri, Some(key), Some(body.to_string()))
            .await
    }

    /// Sends `body` to `uri` with `method` and `content_type` (none when `None`); answers the
    /// status, the `Content-Type` and the body as text.
    pub async fn raw(
        &self,
        method: &str,
        uri: &str,
        content_type: Option<&str>,
        body: &str,
    ) -> (StatusCode, String, String) {
        let mut request = Request::builder().method(method).uri(uri);
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        if uri.ends_with("/confirm") {
            request = request.header("Idempotency-Key", "raw-key");
        }
        let request = request.body(Body::from(body.to_owned())).unwrap();
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let kind = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (status, kind, String::from_utf8_lossy(&bytes).into_owned())
    }

    /// Posts an HTML form (`application/x-www-form-urlencoded`) to a test page.
    pub async fn form(&self, uri: &str, body: &str) -> (StatusCode, String, String) {
        self.raw("POST", uri, Some("application/x-www-form-urlencoded"), body)
            .await
    }

    /// Posts an action on a payment.
    pub async fn act(&self, session: &str, payment: &str, action: Value) -> (StatusCode, Value) {
        let uri = format!("/api/sessions/{session}/payments/{payment}/actions");
        self.call("POST", &uri, None, Some(action.to_string()))
            .await
    }
}
