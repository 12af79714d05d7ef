//! The JavaScript embedding API: `mount(element, options)` returning a handle with
//! `update(options)` and `destroy()`. The ES module `static/micro-checkout.js` wraps it and
//! defines the `<micro-checkout>` custom element on top of it.

use crate::api::{ApiHandle, HttpApi};
use crate::components::{Checkout, CheckoutProps};
use crate::i18n::{Messages, negotiate};
use crate::intl::{Texts, browser_locales};
use js_sys::Reflect;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

/// Options the host page passes, read from a plain JS object.
#[derive(Debug, Clone, PartialEq)]
struct Options {
    session_url: String,
    locale: Option<String>,
}

impl Options {
    fn read(value: &JsValue) -> Result<Self, JsError> {
        let field = |name: &str| {
            Reflect::get(value, &name.into())
                .ok()
                .and_then(|v| v.as_string())
                .filter(|s| !s.trim().is_empty())
        };
        let session_url = field("sessionUrl").ok_or_else(|| {
            JsError::new("micro-checkout: options.sessionUrl (attribute session-url) is required")
        })?;
        Ok(Self {
            session_url,
            locale: field("locale"),
        })
    }

    fn texts(&self) -> Texts {
        let requested = match &self.locale {
            Some(locale) => vec![locale.clone()],
            None => browser_locales(),
        };
        Texts::new(Messages::new(negotiate(&requested)))
    }
}

/// A mounted checkout. Keep it to update or destroy the widget.
#[wasm_bindgen]
pub struct Widget {
    host: Element,
    options: Options,
    app: Option<AppHandle<Checkout>>,
}

/// Mounts a checkout into `element`. `options`: `{ sessionUrl, locale? }`.
#[wasm_bindgen]
pub fn mount(element: Element, options: JsValue) -> Result<Widget, JsError> {
    let options = Options::read(&options)?;
    let app = render(&element, &options);
    Ok(Widget {
        host: element,
        options,
        app: Some(app),
    })
}

fn render(host: &Element, options: &Options) -> AppHandle<Checkout> {
    let props = CheckoutProps {
        api: ApiHandle(Rc::new(HttpApi::new(&options.session_url))),
        texts: options.texts(),
        host: Some(host.clone()),
    };
    yew::Renderer::<Checkout>::with_root_and_props(host.clone(), props).render()
}

#[wasm_bindgen]
impl Widget {
    /// Applies new options. A new session URL starts a new checkout; a new locale
    /// re-renders the current one in place, keeping the buyer's progress.
    pub fn update(&mut self, options: JsValue) -> Result<(), JsError> {
        let next = Options::read(&options)?;
        if next == self.options {
            return Ok(());
        }
        let same_session = next.session_url == self.options.session_url;
        match self.app.as_mut() {
            Some(app) if same_session => app.update(CheckoutProps {
                api: ApiHandle(Rc::new(HttpApi::new(&next.session_url))),
                texts: next.texts(),
                host: Some(self.host.clone()),
            }),
            _ => {
                if let Some(app) = self.app.take() {
                    app.destroy();
                }
                self.app = Some(render(&self.host, &next));
            }
        }
        self.options = next;
        Ok(())
    }

    /// Removes the widget from the page. The handle is inert afterwards.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}
