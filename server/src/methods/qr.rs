//! QR payments: show the code, the buyer scans it with a banking app, the widget polls.
//!
//! Test mode: the payload is `micro-checkout-test:{payment_id}`; `POST
//! /test/payments/{payment_id}/scan` simulates the scan and payment. The code expires after
//! `qr_ttl` (300 s by default): polling after that fails the payment with `expired`.

use super::{Ctx, Step, waiting};
use micro_checkout_contract::NextAction;
use serde::{Deserialize, Serialize};

/// What the server keeps while the code waits for a scan.
#[derive(Debug, Serialize, Deserialize)]
pub struct Pending {
    /// When the code expires (Unix ms).
    pub expires_at_ms: i64,
}

/// Shows the code.
pub fn start(payment_id: &str, ctx: Ctx) -> Step {
    let pending = Pending {
        expires_at_ms: ctx.now_ms + ctx.qr_ttl.as_millis() as i64,
    };
    let next = NextAction::Qr {
        payload: format!("micro-checkout-test:{payment_id}"),
        expires_in_s: ctx.qr_ttl.as_secs() as u32,
    };
    waiting(next, Some(2000), &pending)
}
