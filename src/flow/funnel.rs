//! Funnel events: each step of the conversion funnel, with the selected method and the
//! session's A/B variant, for the host page (`mc-funnel`) and, when the session names an
//! `events_url` that the URL policy allows, for the backend (sent by the page services).

use super::{Checkout, Effect, HostEvent};
use micro_checkout_contract::FunnelStep;

/// A funnel event for `step` with the selected method and the session's variant.
pub(super) fn funnel(checkout: &Checkout, step: FunnelStep) -> Effect {
    Effect::Emit(HostEvent::Funnel {
        step,
        method_id: Some(checkout.selected.clone()),
        variant: checkout.session.variant.clone(),
        events_url: checkout.session.events_url.clone(),
    })
}
