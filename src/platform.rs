//! The browser's services the edge uses, each in one place: randomness (idempotency
//! keys), the clock (card expiry), the page's URL (a wallet's return), the wallet popup and
//! the windows whose messages count, and the clipboard. Only the hook that runs effects
//! (`hooks/use_checkout.rs`) calls these; the flow gets their results inside events.

use wasm_bindgen::{JsCast, JsValue};

/// A new random idempotency key: 128 bits from `crypto.getRandomValues`, as hex.
/// (`getRandomValues`, unlike `randomUUID`, also works on pages that are not https.)
pub fn random_key() -> String {
    let mut bytes = [0u8; 16];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Today's (year, month) in the buyer's time zone: card expiry is checked against it.
pub fn today() -> (u32, u32) {
    let now = js_sys::Date::new_0();
    (now.get_full_year(), now.get_month() + 1)
}

/// The page's URL: where a wallet in a redirect flow sends the buyer back.
pub fn page_url() -> Option<String> {
    web_sys::window()?.location().href().ok()
}

thread_local! {
    /// The wallet window this widget opened last: the only popup whose messages count.
    static POPUP: std::cell::RefCell<Option<web_sys::Window>> = const { std::cell::RefCell::new(None) };
}

/// Opens a wallet's approval page in a popup, and remembers the window so that only its
/// messages are heard. A blocked popup is not an error: the waiting step keeps a button
/// that opens it again. `url` has passed the flow's URL policy.
pub fn open_popup(url: &str) {
    if let Some(window) = web_sys::window() {
        let opened = window
            .open_with_url_and_target_and_features(url, "mc-wallet", "popup,width=480,height=720")
            .ok()
            .flatten();
        POPUP.with(|popup| *popup.borrow_mut() = opened);
    }
}

/// True when `source` (a `MessageEvent.source`) is the popup this widget opened, or the
/// content window of the 3-D Secure frame inside `host`.
pub fn opened_window(source: &JsValue, host: Option<&web_sys::Element>) -> bool {
    if source.is_null() || source.is_undefined() {
        return false;
    }
    let popup = POPUP.with(|popup| {
        popup
            .borrow()
            .as_ref()
            .is_some_and(|w| js_sys::Object::is(w, source))
    });
    let frame = host
        .and_then(|h| h.query_selector("iframe.mc-frame").ok().flatten())
        .and_then(|f| f.dyn_into::<web_sys::HtmlIFrameElement>().ok())
        .and_then(|f| f.content_window())
        .is_some_and(|w| js_sys::Object::is(&w, source));
    popup || frame
}

/// Copies `text` to the clipboard (the buyer tapped a copy button; not awaited: the widget
/// announces the copy either way, and the value stays on screen to type).
pub fn copy(text: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().clipboard().write_text(text);
    }
}
