//! The browser's `Intl` and platform APIs, wrapped for the widget.
//!
//! Currency formatting and plural rules come from the browser, so the widget ships no
//! CLDR data. Amounts reach `Intl.NumberFormat` as exact decimal strings, never floats.

use crate::i18n::{Arg, Messages};
use crate::money::decimal_string;
use js_sys::{Array, Intl, Object, Reflect};
use micro_checkout_contract::Money;
use wasm_bindgen::{JsCast, JsValue};

/// Formats `money` for `locale`, e.g. "$0.99" or "₩1,200" (no decimals for KRW).
pub fn format_money(money: &Money, locale: &str) -> String {
    let options = Object::new();
    let _ = Reflect::set(&options, &"style".into(), &"currency".into());
    let _ = Reflect::set(
        &options,
        &"currency".into(),
        &money.currency.as_str().into(),
    );
    let formatter = Intl::NumberFormat::new(&Array::of1(&locale.into()), &options);
    let exact = JsValue::from_str(&decimal_string(money));
    formatter
        .format()
        .call1(&JsValue::NULL, &exact)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| format!("{} {}", decimal_string(money), money.currency))
}

/// The buyer's preferred languages, from `navigator.languages`.
pub fn browser_locales() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// A new random idempotency key: 128 bits from `crypto.getRandomValues`, as hex.
/// (`getRandomValues`, unlike `randomUUID`, also works on pages that are not https.)
pub fn random_key() -> String {
    let mut bytes = [0u8; 16];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Messages of one locale with the browser's plural rules: what components render with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Texts {
    messages: Messages,
}

impl Texts {
    /// Texts for a negotiated locale.
    pub fn new(messages: Messages) -> Self {
        Self { messages }
    }

    /// The BCP 47 tag shown.
    pub fn locale(&self) -> &'static str {
        self.messages.locale()
    }

    /// `ltr` or `rtl`, for the widget's `dir`.
    pub fn direction(&self) -> &'static str {
        self.messages.direction()
    }

    /// Resolves message `id` with `args`.
    pub fn get(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let locale = self.locale();
        let plural = move |n: i64| {
            let rules = Intl::PluralRules::new(&Array::of1(&locale.into()), &Object::new());
            String::from(rules.select(n as f64))
        };
        self.messages.format(id, args, &plural)
    }

    /// Whether message `id` exists (in this locale or in en-US).
    pub fn has(&self, id: &str) -> bool {
        self.messages.has(id)
    }

    /// Formats `money` in this locale.
    pub fn money(&self, money: &Money) -> String {
        format_money(money, self.locale())
    }
}

impl Texts {
    /// How a method reads in a list or on the Pay button, e.g. "Visa ending in 4242". A
    /// merchant's label wins, except on saved cards, whose digits the buyer checks.
    pub fn method(&self, method: &micro_checkout_contract::Method) -> String {
        use micro_checkout_contract::MethodKind;
        match (&method.kind, &method.label) {
            (MethodKind::SavedCard { brand, last4 }, _) => self.get(
                "saved-card",
                &[("brand", Arg::Str(brand)), ("last4", Arg::Str(last4))],
            ),
            (_, Some(label)) => label.clone(),
            (MethodKind::Wallet { wallet, .. }, None) => {
                self.get("wallet-name", &[("wallet", Arg::Str(wallet))])
            }
            (MethodKind::Balance { balance, .. }, None) => {
                let amount = self.money(balance);
                self.get("method-balance", &[("balance", Arg::Str(&amount))])
            }
            (kind, None) => self.get(&format!("method-{}", kind.name()), &[]),
        }
    }
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
