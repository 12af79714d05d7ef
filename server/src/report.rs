//! `GET /admin/report` (an HTML page) and `GET /admin/report.json` (its JSON twin): the
//! A/B loop for the merchant. Per variant and per method kind: views, selections, pay
//! taps and successes, drop-off, conversion with its 95% interval, ARPU and ARPPU,
//! purchases per buyer, payments rescued by a fallback, and whether the challenger beats
//! the control.
//!
//! A session counts in the funnel once its widget reported `viewed`; paid means a payment
//! of that session succeeded *as recorded here*, never because a browser said so. The
//! figures are built by [`build`], a pure function of the stored rows.

mod build;
mod chart;
mod page;
pub mod stats;
mod verdict;

pub use build::build;

use crate::AppState;
use crate::db::funnel;
use crate::error::Failure;
use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{Html, IntoResponse};
use micro_checkout_contract::Money;
use serde::Serialize;
use stats::{Rate, Test};

/// The variant the others are tested against, when a session names it.
pub const CONTROL: &str = "control";

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The control variant: `control` when there is one, else the first by name.
    pub control: Option<String>,
    /// Per variant, the control first; sessions without a variant last (`variant: null`).
    pub variants: Vec<VariantReport>,
    /// Per variant and method kind.
    pub methods: Vec<MethodReport>,
    /// Each challenger against the control.
    pub verdicts: Vec<Verdict>,
    /// Paid sessions whose widget never reported `viewed` (its events were lost or never
    /// sent): paid, but outside the funnel.
    pub paid_without_view: u64,
}

/// One step's count: the sessions that reported it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StepCount {
    /// The step's wire name.
    pub step: &'static str,
    /// Sessions that reported it at least once.
    pub sessions: u64,
}

/// Buyers lost between two steps of the funnel.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DropOff {
    /// The earlier step.
    pub from: &'static str,
    /// The later one (`paid` is the payments recorded).
    pub to: &'static str,
    /// Sessions that reached `from` but not `to`.
    pub lost: u64,
    /// `lost` over the sessions at `from`.
    pub rate: f64,
}

/// Money figures in one currency.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Revenue {
    /// What the viewed sessions paid, in total.
    pub revenue: Money,
    /// Average revenue per viewing buyer (per viewed session), rounded to the minor unit.
    pub arpu: Money,
    /// Average revenue per paying buyer, rounded to the minor unit.
    pub arppu: Money,
    /// Distinct paying buyers (the buyer reference, else the session).
    pub paying_buyers: u64,
    /// Succeeded payments.
    pub purchases: u64,
    /// Purchases per paying buyer.
    pub purchase_frequency: f64,
}

/// One variant's funnel.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VariantReport {
    /// The variant, or `null` for sessions without one.
    pub variant: Option<String>,
    /// Sessions created with it.
    pub sessions: u64,
    /// Sessions that reported `viewed`: the funnel's base.
    pub views: u64,
    /// Viewed sessions that selected another method.
    pub selections: u64,
    /// Viewed sessions that tapped Pay.
    pub pay_taps: u64,
    /// Viewed sessions with a succeeded payment, as recorded.
    pub successes: u64,
    /// Every step, as reported.
    pub steps: Vec<StepCount>,
    /// Drop-off: viewed → pay tapped → paid.
    pub drop_off: Vec<DropOff>,
    /// `successes / views` with its 95% interval.
    pub conversion: Option<Rate>,
    /// Per currency.
    pub revenue: Vec<Revenue>,
    /// Paid sessions that tapped Pay on a fallback after a failure.
    pub rescued_by_fallback: u64,
}

/// One method kind in one variant.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MethodReport {
    /// The variant.
    pub variant: Option<String>,
    /// The method kind, e.g. `saved_card`.
    pub kind: String,
    /// Viewed sessions that showed it first.
    pub views: u64,
    /// Sessions that selected it.
    pub selections: u64,
    /// Sessions that tapped Pay with it.
    pub pay_taps: u64,
    /// Viewed sessions it paid, as recorded.
    pub successes: u64,
    /// `successes / pay_taps` with its 95% interval.
    pub tap_conversion: Option<Rate>,
}

/// A challenger against the control.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// The control variant.
    pub control: String,
    /// The challenger.
    pub challenger: String,
    /// The test used.
    pub method: &'static str,
    /// The test, when there were enough views and some variance.
    pub test: Option<Test>,
    /// The variant that converts better, when the difference is significant.
    pub winner: Option<String>,
    /// More views per variant needed to detect the observed difference (80% power, 5%
    /// two-sided), when it is not significant yet.
    pub more_views_needed: Option<u64>,
    /// The verdict in a sentence.
    pub summary: String,
}

/// Reads every row and builds the report.
async fn read(state: &AppState) -> Result<Report, Failure> {
    let (sessions, events, paid) = state
        .db
        .read(|conn| {
            Ok::<_, crate::db::Error>((
                funnel::sessions(conn)?,
                funnel::events(conn)?,
                funnel::paid(conn)?,
            ))
        })
        .await?;
    Ok(build(&sessions, &events, &paid))
}

/// The report as JSON.
pub async fn json(State(state): State<AppState>) -> Result<Json<Report>, Failure> {
    Ok(Json(read(&state).await?))
}

/// The policy the report's page is served under: nothing inline, its stylesheet only.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The report as a page.
pub async fn html(State(state): State<AppState>) -> Result<impl IntoResponse, Failure> {
    let report = read(&state).await?;
    Ok((
        [(header::CONTENT_SECURITY_POLICY, CSP)],
        Html(page::render(&report)),
    ))
}

/// The page's stylesheet.
pub async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        include_str!("report/report.css"),
    )
}
