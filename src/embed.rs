//! The JavaScript embedding API: `mount(element, options)` returning a handle with
//! `update(options)` and `destroy()`. The ES module `static/micro-checkout.js` wraps it and
//! defines the `<micro-checkout>` custom element on top of it.
//!
//! A locale other than en-US is fetched before the widget renders (`catalog.rs`); the host
//! element keeps its height meanwhile, and if the fetch fails the widget renders in en-US.

use crate::api::{ApiHandle, HttpApi};
use crate::catalog;
use crate::components::{Checkout, CheckoutProps};
use crate::decode::Decode;
use crate::i18n::{Compiled, Messages, compile_locales, negotiate, overrides_for};
use crate::intl::{Texts, browser_locales};
use js_sys::Reflect;
use micro_checkout_contract::MessageOverrides;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

/// Options the host page passes, read from a plain JS object.
#[derive(Debug, Clone, PartialEq)]
struct Options {
    session_url: String,
    locale: Option<String>,
    /// The entry module's locale loader, `(tag) => Promise<string>`.
    load_locale: JsValue,
    /// The entry module's `send`, the network door [`HttpApi`] uses.
    send: JsValue,
    overrides: Compiled,
}

fn text(value: &JsValue, name: &str) -> Option<String> {
    Reflect::get(value, &name.into())
        .ok()
        .and_then(|v| v.as_string())
        .filter(|s| !s.trim().is_empty())
}

/// `{ "ko-KR": { "pay-button": "…" } }` → per locale, compiled and checked against the
/// en-US ids; read as a session's `messages` are.
fn read_overrides(value: &JsValue) -> Result<Compiled, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(&[]);
    }
    let locales = MessageOverrides::decode(value, "messages").map_err(|_| {
        JsError::new("micro-checkout: options.messages must map locales to { id: text }")
    })?;
    compile_locales(&locales, true).map_err(|e| JsError::new(&format!("micro-checkout: {e}")))
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
        let overrides = overrides_for(self.overrides, messages.locale());
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
