//! `use_steps`: the payment steps' module (the code of a code, a QR, a transfer, 3-D Secure
//! and a wallet's window), which the shipped build fetches once a payment is under way, so
//! that it is in by the time a payment waits for the buyer.

use crate::platform;
use yew::prelude::*;

/// Where the payment steps' module stands.
#[derive(Clone, Copy, PartialEq)]
pub enum Steps {
    /// In: the steps can render.
    Ready,
    /// Being fetched (or not asked for yet).
    Loading,
    /// It could not be loaded; the buyer may try again.
    Failed,
}

/// Loads the steps' module when `wanted` (a payment is under way) and again when `shown`
/// (a step is to be shown) turns true, and each time the returned callback is called after
/// a failure. Only a shown step renders again when the load ends: a payment that needs no
/// step never waits for an extra render.
#[hook]
pub fn use_steps(wanted: bool, shown: bool) -> (Steps, Callback<()>) {
    let steps = use_state_eq(|| Steps::Loading);
    let attempt = use_state(|| 0u32);
    let showing = use_mut_ref(|| false);
    *showing.borrow_mut() = shown;
    let missing = !platform::steps_ready();
    {
        let steps = steps.clone();
        use_effect_with(
            (missing && wanted, shown, *attempt),
            move |&(load, _, _)| {
                if load {
                    steps.set(Steps::Loading);
                    wasm_bindgen_futures::spawn_local(async move {
                        let loaded = platform::load_steps().await;
                        if *showing.borrow() {
                            steps.set(if loaded { Steps::Ready } else { Steps::Failed });
                        }
                    });
                }
            },
        );
    }
    let retry = Callback::from(move |()| attempt.set(*attempt + 1));
    (if missing { *steps } else { Steps::Ready }, retry)
}
