//! The browser's services the edge uses, each in one place: randomness (idempotency
//! keys), the clock (card expiry, waits), the page's URL (a wallet's return), the wallet popup and
//! the windows whose messages count, the attempt kept across reloads, host events, the
//! clipboard, the QR drawer and the loader of the payment steps' module. Only hooks and the
//! api module call these; the flow gets their results inside events.
//!
//! The page's URL, `localStorage`, host events and the popup are the entry's page services
//! (`static/page.js`, passed at mount as `options.page`): written in JavaScript they weigh
//! less on the critical path than the same calls bound one by one into the wasm.

use js_sys::{Array, Function, Reflect};
use std::cell::{Cell, RefCell};
use wasm_bindgen::{JsCast, JsValue};

/// A new random idempotency key: 128 bits from `crypto.getRandomValues`, as hex.
/// (`getRandomValues`, unlike `randomUUID`, also works on pages that are not https.)
pub fn random_key() -> String {
    let mut bytes = [0u8; 16];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes
        .iter()
        .flat_map(|b| [b >> 4, b & 15])
        .map(|nibble| char::from_digit(u32::from(nibble), 16).unwrap_or('0'))
        .collect()
}

/// Resolves after `ms` milliseconds (`setTimeout` behind a promise: 0.3 KB brotli less
/// in the wasm than gloo's timer future, measured; nothing here cancels a wait).
pub async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ =
                window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
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
    /// The entry's page services (`static/page.js`), given at mount.
    static PAGE: RefCell<JsValue> = const { RefCell::new(JsValue::UNDEFINED) };
    /// The page's QR drawer (`static/qr.js`), given at mount.
    static QR_DRAWER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// The page's loader of the payment steps' module, given at mount.
    static STEPS_LOADER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// Whether that module has loaded.
    static STEPS_IN: Cell<bool> = const { Cell::new(false) };
}

/// Keeps `function` (an option the entry module passes at mount) in `slot`.
fn keep(
    slot: &'static std::thread::LocalKey<RefCell<Option<js_sys::Function>>>,
    function: &JsValue,
) {
    if let Some(function) = function.dyn_ref::<js_sys::Function>() {
        slot.with(|kept| *kept.borrow_mut() = Some(function.clone()));
    }
}

/// Calls the function kept in `slot` with `arg` and awaits the promise it returns: `None`
/// when there is none, or it throws or rejects.
async fn call(
    slot: &'static std::thread::LocalKey<RefCell<Option<js_sys::Function>>>,
    arg: &JsValue,
) -> Option<JsValue> {
    let function = slot.with(|kept| kept.borrow().clone())?;
    let promise = function.call1(&JsValue::NULL, arg).ok()?;
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
        .await
        .ok()
}

/// Keeps the page services the entry module passes at mount (`options.page`).
pub fn set_page(page: &JsValue) {
    if page.is_object() {
        PAGE.with(|kept| *kept.borrow_mut() = page.clone());
    }
}

/// Calls the page service `name` with `args`: what it returns, or undefined when there is
/// no such service or it threw.
fn page(name: &str, args: &[&JsValue]) -> JsValue {
    PAGE.with(|page| {
        let page = page.borrow();
        let args: Array = args.iter().copied().collect();
        Reflect::get(&page, &name.into())
            .and_then(|service| service.unchecked_into::<Function>().apply(&page, &args))
            .unwrap_or_default()
    })
}

/// Reads and removes a wallet's return from the page's URL: `(payment id, result)` when the
/// buyer is back from a wallet's page in a redirect flow.
pub fn take_return() -> Option<(String, String)> {
    let returned = page("returned", &[]).dyn_into::<Array>().ok()?;
    Some((returned.get(0).as_string()?, returned.get(1).as_string()?))
}

/// The attempt kept for the session at `session_url` from before a reload (its JSON).
pub fn kept(session_url: &str) -> Option<String> {
    page("kept", &[&session_url.into()]).as_string()
}

/// Keeps `json` (an attempt) for the session at `session_url` across reloads; `None`
/// forgets it.
pub fn keep_attempt(session_url: &str, json: Option<String>) {
    page(
        "kept",
        &[
            &session_url.into(),
            &json.map_or(JsValue::NULL, JsValue::from),
        ],
    );
}

/// Dispatches host event `name` with `detail` on `host`, bubbling out of shadow roots.
pub fn emit(host: &web_sys::Element, name: &str, detail: &JsValue) {
    page("emit", &[host.as_ref(), &name.into(), detail]);
}

/// Opens a wallet's approval page in a popup, and remembers the window so that only its
/// messages are heard. A blocked popup is not an error: the waiting step keeps a button
/// that opens it again. `url` has passed the flow's URL policy.
pub fn open_popup(url: &str) {
    page("open", &[&url.into()]);
}

/// True when `source` (a `MessageEvent.source`) is the popup this widget opened, or the
/// content window of the 3-D Secure frame inside `host`.
pub fn opened_window(source: &JsValue, host: Option<&web_sys::Element>) -> bool {
    let host = host.map_or(JsValue::UNDEFINED, |host| host.clone().into());
    page("opened", &[source, &host]).is_truthy()
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
    keep(&QR_DRAWER, drawer);
}

/// Draws `payload` (which the flow found to fit) with the QR drawer: its side in modules
/// and the SVG path of its dark modules. `None` when there is no drawer, the QR module
/// could not be loaded (a network error, a failed integrity check) or drew nothing.
pub async fn draw_qr(payload: &str) -> Option<(i32, String)> {
    let drawn = call(&QR_DRAWER, &payload.into()).await?;
    let drawn = drawn.dyn_into::<js_sys::Array>().ok()?;
    Some((drawn.get(0).as_f64()? as i32, drawn.get(1).as_string()?))
}

/// Keeps the loader of the payment steps' module that the entry module passes at mount
/// (`options.loadSteps`): a function returning a promise that settles once the module is
/// in (the shipped build keeps the steps' code there, off the critical path).
pub fn set_steps_loader(loader: &JsValue) {
    keep(&STEPS_LOADER, loader);
}

/// True once the payment steps can render: their module has loaded, or this build has
/// none (no loader was given: the steps' code is in the one module).
pub fn steps_ready() -> bool {
    STEPS_IN.get() || STEPS_LOADER.with(|kept| kept.borrow().is_none())
}

/// Loads the payment steps' module (the entry fetches it once, with its integrity);
/// false when it could not be loaded, and the next call tries again.
pub async fn load_steps() -> bool {
    if !steps_ready() && call(&STEPS_LOADER, &JsValue::UNDEFINED).await.is_some() {
        STEPS_IN.set(true);
    }
    steps_ready()
}
