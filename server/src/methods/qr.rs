//! QR payments: show the code, the buyer scans it with a banking app, the widget polls.
//!
//! Test mode: the payload is `micro-checkout-test:{payment_id}`; `POST
//! /test/payments/{payment_id}/scan` simulates the scan and payment. The code expires after
//! 300 s: polling after that fails the payment with `expired`.

use super::{Ctx, Step, waiting};
use micro_checkout_contract::NextAction;
use serde::{Deserialize, Serialize};

/// How long a QR code stays payable.
pub const TTL_S: u32 = 300;

/// What the server keeps while the code waits for a scan.
#[derive(Debug, Serialize, Deserialize)]
pub struct Pending {
    /// When the code expires (Unix ms).
    pub expires_at_ms: i64,
}

/// Shows the code.
pub fn start(payment_id: &str, ctx: Ctx) -> Step {
    let pending = Pending {
        expires_at_ms: ctx.now_ms + i64::from(TTL_S) * 1000,
    };
    let next = NextAction::Qr {
        payload: format!("micro-checkout-test:{payment_id}"),
        expires_in_s: TTL_S,
    };
    waiting(next, Some(2000), &pending)
}
