//! The designer preview (feature `preview`, built into `dist/preview/`, never shipped to
//! merchants): the real `Checkout` component, answered by an in-page [`CheckoutApi`] made
//! of the contract's golden fixtures instead of a backend. `static/preview.html` mounts
//! one instance per locale and steers each into a state (ready, field errors, code step,
//! QR, processing, success, failure with fallback).

use crate::api::{ApiHandle, CheckoutApi, LocalFuture};
use crate::catalog;
use crate::components::{Checkout, CheckoutProps};
use crate::decode::{Decode, from_json};
use crate::flow::Problem;
use crate::i18n::{Messages, available_locales, locale_files, negotiate};
use crate::intl::Texts;
use micro_checkout_contract::fixtures::{
    PAYMENT_FAILED, PAYMENT_PROCESSING, PAYMENT_REQUIRES_OTP, PAYMENT_REQUIRES_QR,
    PAYMENT_SUCCEEDED, SESSION_ALL_METHODS, TOKENIZE_RESPONSE,
};
use micro_checkout_contract::{
    Action, ConfirmRequest, Money, PaymentResult, Session, TokenizeRequest, TokenizeResponse,
    currency_exponent,
};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

/// Answers every call from the golden fixtures, as the chosen `state` needs.
struct Fixtures {
    session: Session,
    state: String,
}

fn fixture<T: Decode + 'static>(json: &'static str) -> LocalFuture<Result<T, Problem>> {
    Box::pin(async move {
        gloo_timers::future::TimeoutFuture::new(150).await;
        from_json(json).map_err(|field| Problem {
            code: format!("fixture:{field}"),
            outcome_unknown: false,
        })
    })
}

impl Fixtures {
    fn answer(&self) -> &'static str {
        match self.state.as_str() {
            "failure" => PAYMENT_FAILED,
            "processing" => PAYMENT_PROCESSING,
            "otp" => PAYMENT_REQUIRES_OTP,
            "qr" => PAYMENT_REQUIRES_QR,
            _ => PAYMENT_SUCCEEDED,
        }
    }
}

impl CheckoutApi for Fixtures {
    fn session(&self) -> LocalFuture<Result<Session, Problem>> {
        let session = self.session.clone();
        Box::pin(async move { Ok(session) })
    }

    fn confirm(&self, _: ConfirmRequest, _: String) -> LocalFuture<Result<PaymentResult, Problem>> {
        fixture(self.answer())
    }

    fn payment(&self, _: String) -> LocalFuture<Result<PaymentResult, Problem>> {
        fixture(self.answer())
    }

    fn act(&self, _: String, _: Action) -> LocalFuture<Result<PaymentResult, Problem>> {
        fixture(PAYMENT_SUCCEEDED)
    }

    fn tokenize(
        &self,
        _: String,
        _: TokenizeRequest,
    ) -> LocalFuture<Result<TokenizeResponse, Problem>> {
        fixture(TOKENIZE_RESPONSE)
    }
}

/// `money` in `currency` at a plausible small price: the same digits where the currency
/// has fewer decimals ($2.98 → ¥298), one more zero per extra decimal ($2.98 → 2.980 BD).
fn rebase(money: &mut Money, currency: &str) {
    let Some(exponent) = currency_exponent(currency) else {
        return;
    };
    let extra = exponent.saturating_sub(money.exponent);
    money.amount_minor = money.amount_minor.saturating_mul(10_i64.pow(extra));
    money.currency = currency.to_owned();
    money.exponent = exponent;
}

/// The all-methods fixture session in `currency`, with `method` as the one-tap default.
fn session(currency: &str, method: &str) -> Result<Session, JsError> {
    let mut session: Session = from_json(SESSION_ALL_METHODS)
        .map_err(|field| JsError::new(&format!("fixture session: {field}")))?;
    // Designers preview the widget's own words: no A/B variant's texts, no funnel reports.
    session.messages = Default::default();
    session.events_url = None;
    rebase(&mut session.amount, currency);
    for line in &mut session.lines {
        rebase(&mut line.amount, currency);
    }
    for method in &mut session.methods {
        if let Some(fee) = &mut method.fee {
            rebase(fee, currency);
        }
        if let micro_checkout_contract::MethodKind::Balance { balance, packs } = &mut method.kind {
            rebase(balance, currency);
            for pack in packs {
                rebase(&mut pack.credit, currency);
                rebase(&mut pack.price, currency);
            }
        }
        method.min_amount_minor = None;
        method.max_amount_minor = None;
    }
    session.default_method = method.to_owned();
    Ok(session)
}

/// One previewed widget; `destroy()` removes it.
#[wasm_bindgen]
pub struct Preview {
    app: Option<AppHandle<Checkout>>,
}

#[wasm_bindgen]
impl Preview {
    /// Removes the widget.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Every shipped locale, for the preview's selectors and grid.
#[wasm_bindgen(js_name = previewLocales)]
pub fn preview_locales() -> Vec<String> {
    available_locales().map(str::to_owned).collect()
}

/// Every fetched locale's file and integrity, `{tag: [file, integrity]}`, for the preview's
/// page to load them with (the entry module reads the same from the locale files' index).
#[wasm_bindgen(js_name = previewLocaleFiles)]
pub fn preview_locale_files() -> js_sys::Object {
    let files = js_sys::Object::new();
    for (tag, file, integrity) in locale_files() {
        let entry = js_sys::Array::of2(&(*file).into(), &(*integrity).into());
        let _ = js_sys::Reflect::set(&files, &(*tag).into(), &entry);
    }
    files
}

/// Mounts a fixture-backed checkout in `element` once `locale` is loaded. `edge` holds what
/// the page lends the widget, as the entry module's options do: `loadLocale` (`(tag) =>
/// Promise<string>`), `drawQr` and `page` (the page services, `static/page.js`). `state`
/// picks the fixture answers; the page steers the buyer's taps.
#[wasm_bindgen(js_name = mountPreview)]
pub async fn mount_preview(
    element: Element,
    locale: String,
    currency: String,
    method: String,
    state: String,
    edge: JsValue,
) -> Result<Preview, JsValue> {
    let lent = |name: &str| js_sys::Reflect::get(&edge, &name.into()).unwrap_or_default();
    crate::platform::set_qr_drawer(&lent("drawQr"));
    crate::platform::set_page(&lent("page"));
    let locale = negotiate(&[locale]);
    catalog::ensure(locale, &lent("loadLocale")).await?;
    let api = Fixtures {
        session: session(&currency, &method)?,
        state,
    };
    let props = CheckoutProps {
        api: ApiHandle(Rc::new(api)),
        texts: Texts::new(Messages::new(locale)),
        host: Some(element.clone()),
    };
    let app = yew::Renderer::<Checkout>::with_root_and_props(element, props).render();
    Ok(Preview { app: Some(app) })
}
