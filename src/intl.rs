//! The browser's `Intl` and platform APIs, wrapped for the widget.
//!
//! Currency formatting and plural rules come from the browser, so the widget ships no
//! CLDR data. Amounts reach `Intl.NumberFormat` as exact decimal strings, never floats.

use crate::i18n::{Arg, Messages};
use crate::money::decimal_string;
use js_sys::{Array, Intl, Object, Reflect};
use micro_checkout_contract::Money;
use wasm_bindgen::JsValue;

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

    /// These texts with the session's variant's overrides ([`Messages::with_variant`]).
    pub fn with_variant(self, variant: crate::i18n::Compiled) -> Self {
        Self {
            messages: self.messages.with_variant(variant),
        }
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
