//! Stored balance (credits): pay from the balance, topping up with a pack when it is short.
//!
//! Test mode: the balance is the one the session states. A confirm pays when the balance
//! covers the total; with `top_up_pack`, the pack's credit is added first (the buyer pays
//! the pack's price). Otherwise it fails with `insufficient_funds`.

use super::Step;
use crate::error::Failure;
use micro_checkout_contract::{ConfirmRequest, Method, Money, codes};

/// Checks that a requested pack exists.
pub fn check(method: &Method, request: &ConfirmRequest) -> Result<(), Failure> {
    match &request.top_up_pack {
        Some(id) if method.top_up_pack(id).is_none() => Err(Failure::invalid(
            "top_up_pack",
            format!("top_up_pack `{id}` is not one of the method's packs"),
        )),
        _ => Ok(()),
    }
}

/// Pays `total` from `balance`, with the credit of the pack of `method` the buyer chose.
pub fn pay(balance: &Money, method: &Method, request: &ConfirmRequest, total: i64) -> Step {
    let credit = request
        .top_up_pack
        .as_deref()
        .and_then(|id| method.top_up_pack(id))
        .map_or(0, |p| p.credit.amount_minor);
    if balance.amount_minor.saturating_add(credit) >= total {
        Step::done(None)
    } else {
        Step::done(Some((codes::INSUFFICIENT_FUNDS, false)))
    }
}
