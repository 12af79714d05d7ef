//! The fallback: after a decline, the next best method becomes the primary action, and
//! the failed one is named beside it.

use super::Checkout;
use super::select::select;
use micro_checkout_contract::Method;

/// The best method other than the one that just failed.
pub fn fallback(checkout: &Checkout) -> Option<&Method> {
    let failed = checkout.failed_method.as_deref();
    checkout
        .session
        .methods
        .iter()
        .find(|m| Some(m.id.as_str()) != failed)
}

/// After a decline: remember the failed method and select the next best one.
pub(super) fn after_decline(mut checkout: Checkout) -> Checkout {
    checkout.failed_method = Some(checkout.selected.clone());
    checkout.others_open = true;
    match fallback(&checkout).map(|m| m.id.clone()) {
        Some(next) => select(checkout, &next),
        None => checkout,
    }
}
