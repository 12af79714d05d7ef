//! Funnel events: each step of the conversion funnel, with the selected method and the
//! session's A/B variant, for the host page (`mc-funnel`).

use super::{Checkout, Effect, HostEvent};

/// A funnel event for `step` with the selected method and the session's variant.
pub(super) fn funnel(checkout: &Checkout, step: &'static str) -> Effect {
    Effect::Emit(HostEvent::Funnel {
        step,
        method_id: Some(checkout.selected.clone()),
        variant: checkout.session.variant.clone(),
    })
}
