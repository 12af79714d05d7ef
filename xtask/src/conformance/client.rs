//! A small HTTP client for the kit: JSON in and out, every status readable, and every error
//! code seen remembered for the "codes, not prose" check.

use serde_json::Value;
use std::sync::Mutex;
use std::time::Duration;

/// An answer: the status and the body as JSON (`Null` when it is not JSON).
#[derive(Debug, Clone)]
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// The body.
    pub body: Value,
    /// The `Location` header, if any.
    pub location: Option<String>,
}

/// The kit's client for one backend.
pub struct Client {
    agent: ureq::Agent,
    base: String,
    errors: Mutex<Vec<String>>,
}

impl Client {
    /// A client for `base` (e.g. `http://127.0.0.1:8080`).
    pub fn new(base: &str) -> Self {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(15)))
            .build();
        Self {
            agent: config.into(),
            base: base.trim_end_matches('/').to_owned(),
            errors: Mutex::new(Vec::new()),
        }
    }

    /// `path` made absolute against the base URL.
    pub fn url(&self, path: &str) -> String {
        if path.starts_with("http://") || path.starts_with("https://") {
            path.to_owned()
        } else {
            format!("{}{path}", self.base)
        }
    }

    /// `GET path`.
    pub fn get(&self, path: &str) -> Result<Reply, String> {
        let response = self.agent.get(self.url(path)).call();
        self.read(path, response)
    }

    /// `POST path` with a JSON `body` and, when given, an `Idempotency-Key`.
    pub fn post(&self, path: &str, key: Option<&str>, body: &str) -> Result<Reply, String> {
        self.post_as(path, Some("application/json"), key, body)
    }

    /// `POST path` with `body` declared as `content_type` (none when `None`).
    pub fn post_as(
        &self,
        path: &str,
        content_type: Option<&str>,
        key: Option<&str>,
        body: &str,
    ) -> Result<Reply, String> {
        let mut request = self.agent.post(self.url(path));
        if let Some(content_type) = content_type {
            request = request.header("Content-Type", content_type);
        }
        if let Some(key) = key {
            request = request.header("Idempotency-Key", key);
        }
        let response = request.send(body);
        self.read(path, response)
    }

    fn read(
        &self,
        path: &str,
        response: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<Reply, String> {
        let mut response = response.map_err(|e| format!("{path}: {e}"))?;
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let text = response.body_mut().read_to_string().unwrap_or_default();
        let body: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        let mut seen = self.errors.lock().unwrap_or_else(|p| p.into_inner());
        if status >= 400 {
            seen.push(
                body["error"]["code"]
                    .as_str()
                    .unwrap_or("<no error.code>")
                    .to_owned(),
            );
        }
        if let Some(code) = body["error"]["code"].as_str().filter(|_| status < 400) {
            seen.push(code.to_owned());
        }
        Ok(Reply {
            status,
            body,
            location,
        })
    }

    /// Every error code the backend answered with so far.
    pub fn errors(&self) -> Vec<String> {
        self.errors.lock().map(|e| e.clone()).unwrap_or_default()
    }
}
