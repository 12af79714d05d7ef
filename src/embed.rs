//! The JavaScript embedding API: `mount(element, options)` returning a handle with
//! `update(options)` and `destroy()`. The ES module `static/micro-checkout.js` wraps it and
//! defines the `<micro-checkout>` custom element on top of it.
//!
//! A locale other than en-US is fetched before the widget renders (`catalog.rs`); the host
//! element keeps its height meanwhile, and if the fetch fails the widget renders in en-US.

use crate::api::{ApiHandle, HttpApi};
use crate::catalog;
use crate::components::{Checkout, CheckoutProps};
use crate::i18n::{Catalog, Messages, compile_overrides, negotiate};
use crate::intl::{Texts, browser_locales};
use js_sys::{Array, Object, Reflect};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

/// Merchant overrides: per locale, compiled once when the options are read.
type Overrides = Vec<(String, Catalog)>;

/// Options the host page passes, read from a plain JS object.
#[derive(Debug, Clone, PartialEq)]
struct Options {
    session_url: String,
    locale: Option<String>,
    /// The entry module's locale loader, `(tag) => Promise<string>`.
    load_locale: JsValue,
    /// The entry module's `send`, the network door [`HttpApi`] uses.
    send: JsValue,
    overrides: Overrides,
}

fn text(value: &JsValue, name: &str) -> Option<String> {
    Reflect::get(value, &name.into())
        .ok()
        .and_then(|v| v.as_string())
        .filter(|s| !s.trim().is_empty())
}

/// `{ "ko-KR": { "pay-button": "…" } }` → pairs, checked against the en-US ids.
fn read_overrides(value: &JsValue) -> Result<Overrides, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Vec::new());
    }
    let mut all = Vec::new();
    for entry in Object::entries(&Object::from(value.clone())).iter() {
        let entry = Array::from(&entry);
        let locale = entry.get(0).as_string().unwrap_or_default();
        let mut messages = Vec::new();
        for pair in Object::entries(&Object::from(entry.get(1))).iter() {
            let pair = Array::from(&pair);
            let id = pair.get(0).as_string().unwrap_or_default();
            let value = pair.get(1).as_string().ok_or_else(|| {
                JsError::new(&format!(
                    "micro-checkout: messages.{locale}.{id} must be a string"
                ))
            })?;
            messages.push((id, value));
        }
        let compiled = compile_overrides(&messages)
            .map_err(|e| JsError::new(&format!("micro-checkout: messages.{locale}: {e}")))?;
        all.push((locale, compiled));
    }
    Ok(all)
}

impl Options {
    fn read(value: &JsValue) -> Result<Self, JsError> {
        let session_url = text(value, "sessionUrl").ok_or_else(|| {
            JsError::new("micro-checkout: options.sessionUrl (attribute session-url) is required")
        })?;
        Ok(Self {
            session_url,
            locale: text(value, "locale"),
            load_locale: Reflect::get(value, &"loadLocale".into()).unwrap_or_default(),
            send: Reflect::get(value, &"send".into()).unwrap_or_default(),
            overrides: read_overrides(
                &Reflect::get(value, &"messages".into()).unwrap_or(JsValue::UNDEFINED),
            )?,
        })
    }

    fn locale(&self) -> &'static str {
        match &self.locale {
            Some(locale) => negotiate(std::slice::from_ref(locale)),
            None => negotiate(&browser_locales()),
        }
    }

    fn texts(&self) -> Texts {
        let messages = Messages::new(self.locale());
        let shown = messages.locale();
        let overrides = self
            .overrides
            .iter()
            .find(|(tag, _)| tag.eq_ignore_ascii_case(shown))
            .map_or(&[][..], |(_, compiled)| *compiled);
        Texts::new(messages.with_compiled_overrides(overrides))
    }
}

/// A mounted checkout. Keep it to update or destroy the widget.
#[wasm_bindgen]
pub struct Widget {
    host: Element,
    options: Options,
    app: Rc<RefCell<Option<AppHandle<Checkout>>>>,
    /// Bumped by every update, so a slow locale fetch never applies stale options.
    generation: Rc<Cell<u32>>,
    /// The entry module's early request for the session (`options.session`), for the first
    /// render only.
    prefetched: Cell<Option<js_sys::Promise>>,
}

/// Mounts a checkout into `element`. `options`: `{ sessionUrl, locale?, messages? }`, and
/// from the entry module `send` (the widget's network door), `loadLocale` (a locale's file
/// as text, fetched with its integrity), `drawQr`, `loadSteps`, `page` (the page services,
/// `static/page.js`) and `session` (its early request for the session, a
/// `Promise<[status, text]>`, used by the first render).
#[wasm_bindgen]
pub fn mount(element: Element, options: JsValue) -> Result<Widget, JsError> {
    let option = |name: &str| Reflect::get(&options, &name.into()).unwrap_or_default();
    crate::platform::set_qr_drawer(&option("drawQr"));
    crate::platform::set_steps_loader(&option("loadSteps"));
    crate::platform::set_page(&option("page"));
    let widget = Widget {
        host: element,
        options: Options::read(&options)?,
        app: Rc::default(),
        generation: Rc::default(),
        prefetched: Cell::new(option("session").dyn_into().ok()),
    };
    widget.show(false);
    Ok(widget)
}

impl Widget {
    /// Renders the current options once their locale is at hand. `restart` starts a new
    /// checkout instead of updating the current one in place.
    fn show(&self, restart: bool) {
        let generation = self.generation.get() + 1;
        self.generation.set(generation);
        let (host, options, app, current) = (
            self.host.clone(),
            self.options.clone(),
            Rc::clone(&self.app),
            Rc::clone(&self.generation),
        );
        let prefetched = self.prefetched.take();
        let apply = move || {
            if current.get() != generation {
                return;
            }
            let props = CheckoutProps {
                api: ApiHandle(Rc::new(HttpApi::new(
                    &options.session_url,
                    prefetched,
                    options.send.clone(),
                ))),
                texts: options.texts(),
                host: Some(host.clone()),
            };
            let mut app = app.borrow_mut();
            match app.as_mut() {
                Some(handle) if !restart => handle.update(props),
                _ => {
                    if let Some(old) = app.take() {
                        old.destroy();
                    }
                    *app =
                        Some(yew::Renderer::<Checkout>::with_root_and_props(host, props).render());
                }
            }
        };
        let locale = self.options.locale();
        if crate::i18n::is_loaded(locale) {
            apply();
        } else {
            let load = self.options.load_locale.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(error) = catalog::ensure(locale, &load).await {
                    web_sys::console::warn_2(
                        &"micro-checkout: showing en-US; could not load a locale:".into(),
                        &error,
                    );
                }
                apply();
            });
        }
    }
}

#[wasm_bindgen]
impl Widget {
    /// Applies new options. A new session URL starts a new checkout; a new locale or new
    /// messages re-render the current one in place, keeping the buyer's progress.
    pub fn update(&mut self, options: JsValue) -> Result<(), JsError> {
        let next = Options::read(&options)?;
        if next == self.options {
            return Ok(());
        }
        let restart = next.session_url != self.options.session_url;
        self.options = next;
        self.show(restart);
        Ok(())
    }

    /// Removes the widget from the page. The handle is inert afterwards.
    pub fn destroy(&mut self) {
        self.generation.set(self.generation.get() + 1);
        if let Some(app) = self.app.borrow_mut().take() {
            app.destroy();
        }
    }
}
