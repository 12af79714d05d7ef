//! `use_qr`: a payment QR code, drawn by the QR module (`platform::draw_qr`), which the
//! page fetches the first time a QR code is shown.

use crate::platform;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Where drawing a QR code stands.
#[derive(Clone, PartialEq)]
pub enum Drawing {
    /// Being drawn (the QR module may still be loading).
    Pending,
    /// The code's side in modules and the SVG path of its dark modules.
    Drawn(i32, String),
    /// The QR module could not be loaded; the buyer may try again.
    Failed,
}

/// Draws `payload` whenever it changes (nothing while `None`), and again each time the
/// returned callback is called after a failure. A drawing that ends after the payload
/// changed is dropped.
#[hook]
pub fn use_qr(payload: Option<String>) -> (Drawing, Callback<()>) {
    let drawing = use_state(|| Drawing::Pending);
    let attempt = use_state(|| 0u32);
    {
        let drawing = drawing.clone();
        use_effect_with((payload, *attempt), move |(payload, _)| {
            let current = Rc::new(Cell::new(true));
            if let Some(payload) = payload.clone() {
                drawing.set(Drawing::Pending);
                let still = Rc::clone(&current);
                wasm_bindgen_futures::spawn_local(async move {
                    let drawn = platform::draw_qr(&payload).await;
                    if still.get() {
                        drawing
                            .set(drawn.map_or(Drawing::Failed, |(side, path)| {
                                Drawing::Drawn(side, path)
                            }));
                    }
                });
            }
            move || current.set(false)
        });
    }
    let retry = Callback::from(move |()| attempt.set(*attempt + 1));
    ((*drawing).clone(), retry)
}
