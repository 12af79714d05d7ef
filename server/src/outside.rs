//! The outside world in test mode: the wallet's approval page, and test hooks that scan a
//! QR code or land a bank transfer. Each moves a waiting payment through `progress`.

use crate::error::Failure;
use crate::methods::{Outside, wallet_return_url};
use crate::{AppState, db, progress, validate};
use axum::Json;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use micro_checkout_contract::{PaymentResult, codes};
use serde::Deserialize;

pub(crate) fn checked(payment_id: &str) -> Result<(), Failure> {
    validate::id("payment id", payment_id)
        .map_err(|_| Failure::not_found(codes::PAYMENT_NOT_FOUND, "no such payment"))
}

/// `POST /test/payments/{payment_id}/{event}`, the test hooks of docs/contract.md §7.3:
/// `scan` (the buyer scanned the QR code and paid), `transfer` (the bank transfer arrived),
/// `approve` / `decline` (the buyer decided on the wallet's page) and `authenticate` /
/// `fail` (the issuer recorded its 3-D Secure decision).
pub async fn hook(
    State(state): State<AppState>,
    Path((id, event)): Path<(String, String)>,
) -> Result<Json<PaymentResult>, Failure> {
    let event = match event.as_str() {
        "scan" => Outside::QrScanned,
        "transfer" => Outside::TransferArrived,
        "approve" => Outside::WalletDecision(true),
        "decline" => Outside::WalletDecision(false),
        "authenticate" => Outside::ThreeDsDecision(true),
        "fail" => Outside::ThreeDsDecision(false),
        _ => return Err(Failure::not_found(codes::NOT_FOUND, "no such test hook")),
    };
    progress::apply(&state, None, id, event).await.map(Json)
}

/// `GET /wallet/{payment_id}`: the test wallet's approval page.
pub async fn wallet_page(Path(id): Path<String>) -> Result<Html<String>, Failure> {
    checked(&id)?;
    Ok(Html(format!(
        r#"<!doctype html><html lang="en"><meta charset="utf-8"><title>Test wallet</title>
<body style="font:16px system-ui;margin:24px"><h1 style="font-size:18px;overflow-wrap:anywhere">Test wallet: approve payment {id}?</h1>
<form method="post"><button name="decision" value="approve">Approve</button>
<button name="decision" value="decline">Decline</button></form></body></html>"#
    )))
}

/// A test page's form (the wallet's, the issuer's 3-D Secure challenge): one `decision`.
#[derive(Debug, Deserialize)]
pub struct Decision {
    /// e.g. `approve` or `decline`.
    pub decision: String,
}

/// Reads a test page's form: `true` for `yes`, `false` for `no`; anything else, or a form
/// that cannot be read, is 400 `invalid_request` naming `decision`.
pub(crate) fn decided(
    form: Result<Form<Decision>, FormRejection>,
    yes: &str,
    no: &str,
) -> Result<bool, Failure> {
    let Form(form) = form.map_err(|e| Failure::invalid("decision", e.body_text()))?;
    match form.decision.as_str() {
        d if d == yes => Ok(true),
        d if d == no => Ok(false),
        _ => Err(Failure::invalid(
            "decision",
            format!("decision must be `{yes}` or `{no}`"),
        )),
    }
}

/// `POST /wallet/{payment_id}`: records the buyer's decision, then returns them to the
/// merchant (redirect flow) or tells the opener and closes (popup flow).
pub async fn wallet_decide(
    State(state): State<AppState>,
    Path(id): Path<String>,
    form: Result<Form<Decision>, FormRejection>,
) -> Result<Response, Failure> {
    checked(&id)?;
    let approved = decided(form, "approve", "decline")?;
    let key = id.clone();
    let open = state
        .db
        .read(move |conn| db::open_payment(conn, None, &key))
        .await?;
    let result =
        progress::apply(&state, None, id.clone(), Outside::WalletDecision(approved)).await?;
    let outcome = if result.status == micro_checkout_contract::PaymentStatus::Succeeded {
        "approved"
    } else {
        "declined"
    };
    match open.and_then(|o| wallet_return_url(&o.private)) {
        Some(url) => {
            let sep = if url.contains('?') { '&' } else { '?' };
            Ok(Redirect::to(&format!("{url}{sep}mc_payment={id}&mc_result={outcome}")).into_response())
        }
        None => Ok(Html(format!(
            r#"<!doctype html><meta charset="utf-8"><title>Test wallet</title><p>Payment {outcome}. You can close this window.</p>
<script>window.opener && window.opener.postMessage({{ type: "wallet", payment: "{id}", result: "{outcome}" }}, "*"); window.close();</script>"#
        ))
        .into_response()),
    }
}
