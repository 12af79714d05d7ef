//! The reference merchant backend for micro-checkout.
//!
//! It implements the JSON contract (`micro-checkout-contract`) on SQLite, simulates every
//! method deterministically for demos and tests, serves the built widget under `/dist/`
//! and a demo page at `/`. [`app`] builds the router; tests drive it without a socket.

mod actions;
mod admin;
mod assets;
mod body;
mod confirm;
pub mod db;
mod demo;
mod error;
mod events;
mod guard;
mod methods;
mod outside;
pub mod passkeys;
mod payments;
mod progress;
pub mod report;
pub mod serve;
mod sessions;
mod stale_claim;
mod validate;
mod vault;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::routing::{get, post};
use micro_checkout_contract::codes;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tower_http::timeout::TimeoutLayer;

pub use db::{Db, PaymentRecord};
pub use demo::demo_request;
pub use error::Failure;

/// How the server runs, beyond its database.
#[derive(Debug, Clone)]
pub struct Options {
    /// The built widget's folder, served at `/dist/` when given.
    pub dist: Option<PathBuf>,
    /// How long the simulated processor takes per charge (zero by default).
    pub processor_latency: Duration,
    /// How long a carrier-billing one-time code lives (180 s by default).
    pub otp_ttl: Duration,
    /// How long before a new one-time code may be sent (30 s by default).
    pub otp_resend_after: Duration,
    /// How long a QR code stays payable (300 s by default).
    pub qr_ttl: Duration,
    /// How long a client may take to send its headers and its request.
    pub limits: serve::Limits,
    /// How long a confirm's claim on its key holds (30 s by default). A claim that a crash
    /// left in flight is released by the first request after it runs out.
    pub claim_lease: Duration,
    /// Test only: abort the process right after a confirm's claim, before its charge.
    pub crash_after_claim: bool,
    /// The relying party passkeys are created for (`localhost` by default); `None` offers
    /// no passkeys.
    pub passkeys: Option<passkeys::Rp>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            dist: None,
            processor_latency: Duration::ZERO,
            otp_ttl: Duration::from_secs(180),
            otp_resend_after: Duration::from_secs(30),
            qr_ttl: Duration::from_secs(300),
            limits: serve::Limits::default(),
            claim_lease: Duration::from_secs(30),
            crash_after_claim: false,
            passkeys: Some(passkeys::Rp::default()),
        }
    }
}

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    /// The database.
    pub db: Db,
    /// How the server runs.
    pub options: Arc<Options>,
    /// The passkeys' verifier, when the server offers them.
    pub webauthn: Option<Arc<webauthn_rs::Webauthn>>,
}

impl AppState {
    /// How long a confirm's claim on its key holds, in ms.
    pub fn lease_ms(&self) -> i64 {
        i64::try_from(self.options.claim_lease.as_millis()).unwrap_or(i64::MAX)
    }

    /// The simulation's clock and knobs, now.
    pub fn ctx(&self) -> methods::Ctx {
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0);
        methods::Ctx {
            now_ms,
            otp_ttl: self.options.otp_ttl,
            otp_resend_after: self.options.otp_resend_after,
            qr_ttl: self.options.qr_ttl,
        }
    }
}

/// The router, testable without a socket. Panics when `options.passkeys` is not a relying
/// party webauthn-rs accepts (an RP ID that is not the origin's host or a suffix of it).
pub fn app(db: Db, options: Options) -> Router {
    let webauthn = options
        .passkeys
        .as_ref()
        .map(|rp| rp.webauthn().unwrap_or_else(|e| panic!("{e}")));
    let request_timeout = options.limits.request;
    // The state-changing JSON endpoints: only `application/json` (a browser preflights it).
    let writes = Router::new()
        .route("/api/sessions", post(sessions::create))
        .route("/api/sessions/{id}/confirm", post(confirm::confirm))
        .route(
            "/api/sessions/{id}/payments/{payment_id}/actions",
            post(actions::act),
        )
        .route("/vault/tokens", post(vault::tokenize))
        .route(
            "/api/sessions/{id}/passkeys",
            post(passkeys::endpoints::register),
        )
        .route(
            "/api/sessions/{id}/passkeys/registration",
            post(passkeys::endpoints::registration),
        )
        .route(
            "/api/sessions/{id}/passkeys/assertion",
            post(passkeys::endpoints::assertion),
        )
        .route(
            "/api/sessions/{id}/passkeys/forget",
            post(passkeys::endpoints::forget),
        )
        .route("/test/sessions/{id}/stale_claim", post(stale_claim::plant))
        .route_layer(axum::middleware::from_fn(body::require_json));
    let api = Router::new()
        .merge(writes)
        .route("/api/sessions/{id}", get(sessions::get))
        .route("/api/sessions/{id}/events", post(events::record))
        .route(
            "/api/sessions/{id}/payments/{payment_id}",
            get(payments::status),
        )
        .route(
            "/wallet/{payment_id}",
            get(outside::wallet_page).post(outside::wallet_decide),
        )
        .route("/test/payments/{payment_id}/{event}", post(outside::hook))
        .route(
            "/vault/3ds/{payment_id}",
            get(vault::challenge).post(vault::decide),
        )
        .route("/admin/payments", get(admin::payments))
        .route("/admin/storage", get(admin::storage))
        .route("/admin/report", get(report::html))
        .route("/admin/report.json", get(report::json))
        .route("/admin/report.css", get(report::stylesheet))
        .route("/", get(demo::page))
        .route("/demo/sessions", post(demo::session))
        .route("/preview", get(demo::preview))
        .layer(DefaultBodyLimit::max(body::MAX_BODY_BYTES));
    let router = match &options.dist {
        Some(dir) => api.nest_service(
            "/dist",
            axum::Router::new()
                .fallback_service(
                    tower_http::services::ServeDir::new(dir)
                        .precompressed_br()
                        .precompressed_gzip(),
                )
                .layer(axum::middleware::from_fn(assets::cache_policy)),
        ),
        None => api,
    };
    router
        .fallback(|| async { Failure::not_found(codes::NOT_FOUND, "no such endpoint") })
        .method_not_allowed_fallback(|| async {
            Failure::new(
                StatusCode::METHOD_NOT_ALLOWED,
                codes::METHOD_NOT_ALLOWED,
                "this endpoint does not take that HTTP method",
            )
        })
        .with_state(AppState {
            db,
            options: Arc::new(options),
            webauthn,
        })
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            request_timeout,
        ))
        .layer(axum::middleware::map_response(error::json_only))
}
