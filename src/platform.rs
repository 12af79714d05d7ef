//! The browser's services the edge uses, each in one place: randomness (idempotency
//! keys), the clock (card expiry), the page's URL (a wallet's return), the wallet popup and
//! the windows whose messages count, the clipboard, and the QR drawer. Only hooks call
//! these (`hooks/`); the flow gets their results inside events.

use std::cell::RefCell;
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
    static POPUP: RefCell<Option<web_sys::Window>> = const { RefCell::new(None) };
    /// The page's QR drawer (`static/qr.js`), given at mount.
    static QR_DRAWER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
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

/// Keeps the QR drawer the entry module passes at mount (`options.drawQr`): a function
/// from a payload to a promise of `[side, path]` that loads the QR module on first use.
pub fn set_qr_drawer(drawer: &JsValue) {
    if let Some(drawer) = drawer.dyn_ref::<js_sys::Function>() {
        QR_DRAWER.with(|kept| *kept.borrow_mut() = Some(drawer.clone()));
    }
}

/// Draws `payload` (which the flow found to fit) with the QR drawer: its side in modules
/// and the SVG path of its dark modules. `None` when there is no drawer, the QR module
/// could not be loaded (a network error, a failed integrity check) or drew nothing.
pub async fn draw_qr(payload: &str) -> Option<(i32, String)> {
    let drawer = QR_DRAWER.with(|kept| kept.borrow().clone())?;
    let promise = drawer.call1(&JsValue::NULL, &payload.into()).ok()?;
    let drawn = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
        .await
        .ok()?;
    let drawn = drawn.dyn_into::<js_sys::Array>().ok()?;
    Some((drawn.get(0).as_f64()? as i32, drawn.get(1).as_string()?))
}
