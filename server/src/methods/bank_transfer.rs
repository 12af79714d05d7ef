//! Bank transfer to a virtual account: show the instructions, the widget polls until the
//! money arrives.
//!
//! Test mode: `POST /test/payments/{payment_id}/transfer` simulates the transfer arriving.
//! The account accepts the payment for 24 hours: polling after that fails it with `expired`.

use super::{Ctx, Step, waiting};
use micro_checkout_contract::{Method, NextAction, Session};

/// How long the virtual account accepts the payment.
pub const TTL_S: u32 = 24 * 60 * 60;

/// Shows where to send the money: the total with the method's fee, what the Pay button
/// showed and what the ledger records.
pub fn start(session: &Session, method: &Method, payment_id: &str, ctx: Ctx) -> Step {
    let digits: String = payment_id
        .bytes()
        .filter(u8::is_ascii_hexdigit)
        .map(|b| char::from(b'0' + b % 10))
        .take(12)
        .collect();
    let pending = super::qr::Pending {
        expires_at_ms: ctx.now_ms + i64::from(TTL_S) * 1000,
    };
    let next = NextAction::Instructions {
        bank: "Test Bank".to_owned(),
        account: format!("{}-{}-{}", &digits[..4], &digits[4..8], &digits[8..]),
        holder: session.merchant.clone(),
        reference: format!("MC-{}", &digits[..8]),
        amount: session.total_with(method),
        expires_in_s: TTL_S,
    };
    waiting(next, Some(10_000), &pending)
}
