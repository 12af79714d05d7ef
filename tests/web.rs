//! Browser tests: the `Checkout` component mounted in headless Chromium, against an
//! in-page fixture implementation of `CheckoutApi` built from the golden fixtures.
#![cfg(target_arch = "wasm32")]

use micro_checkout::api::{ApiHandle, CheckoutApi, LocalFuture};
use micro_checkout::components::{Checkout, CheckoutProps};
use micro_checkout::flow::Problem;
use micro_checkout::i18n::{Messages, strip_isolation};
use micro_checkout::intl::Texts;
use micro_checkout_contract::fixtures::{
    PAYMENT_FAILED, PAYMENT_PROCESSING, PAYMENT_SUCCEEDED, SESSION, SESSION_KRW,
};
use micro_checkout_contract::fixtures::{SESSION_ALL_METHODS, TOKENIZE_RESPONSE};
use micro_checkout_contract::{
    Action, ConfirmRequest, PaymentResult, Session, TokenizeRequest, TokenizeResponse,
};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(module = "/static/page.js")]
extern "C" {
    /// The entry module's page services (host events, the popup, …), as it passes them at
    /// mount.
    #[wasm_bindgen(thread_local_v2, js_name = page)]
    static PAGE: JsValue;
}

/// Answers from fixtures; records every confirm; takes 50 ms per confirm like a network.
struct FixtureApi {
    session: Session,
    results: RefCell<VecDeque<PaymentResult>>,
    polls: RefCell<VecDeque<PaymentResult>>,
    confirms: RefCell<Vec<(ConfirmRequest, String)>>,
    actions: RefCell<Vec<Action>>,
    cards: RefCell<Vec<TokenizeRequest>>,
}

impl CheckoutApi for FixtureApi {
    fn session(&self) -> LocalFuture<Result<Session, Problem>> {
        let session = self.session.clone();
        Box::pin(async move { Ok(session) })
    }

    fn payment(&self, payment_id: String) -> LocalFuture<Result<PaymentResult, Problem>> {
        let polled = self.polls.borrow_mut().pop_front();
        Box::pin(async move {
            let mut result = polled.expect("a result per poll");
            result.payment_id = payment_id;
            Ok(result)
        })
    }

    fn confirm(
        &self,
        request: ConfirmRequest,
        key: String,
    ) -> LocalFuture<Result<PaymentResult, Problem>> {
        self.confirms.borrow_mut().push((request, key));
        let result = self
            .results
            .borrow_mut()
            .pop_front()
            .expect("a result per confirm");
        Box::pin(async move {
            sleep(50).await;
            Ok(result)
        })
    }

    fn act(
        &self,
        payment_id: String,
        action: Action,
    ) -> LocalFuture<Result<PaymentResult, Problem>> {
        self.actions.borrow_mut().push(action);
        let mut result = self
            .results
            .borrow_mut()
            .pop_front()
            .expect("a result per action");
        result.payment_id = payment_id;
        Box::pin(async move { Ok(result) })
    }

    fn tokenize(
        &self,
        _url: String,
        card: TokenizeRequest,
    ) -> LocalFuture<Result<TokenizeResponse, Problem>> {
        self.cards.borrow_mut().push(card);
        Box::pin(async move { Ok(serde_json::from_str(TOKENIZE_RESPONSE).unwrap()) })
    }
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

struct Mounted {
    host: Element,
    api: Rc<FixtureApi>,
    events: Rc<RefCell<Vec<String>>>,
}

impl Mounted {
    fn new(session: &str, results: &[&str], locale: &str) -> Self {
        PAGE.with(micro_checkout::platform::set_page);
        let document = web_sys::window().unwrap().document().unwrap();
        let host = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&host).unwrap();
        let events = Rc::new(RefCell::new(Vec::new()));
        for name in ["mc-ready", "mc-success", "mc-failure"] {
            let events = events.clone();
            let listener =
                Closure::<dyn Fn()>::new(move || events.borrow_mut().push(name.to_owned()));
            host.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref())
                .unwrap();
            listener.forget();
        }
        let api = Rc::new(FixtureApi {
            session: serde_json::from_str(session).unwrap(),
            results: RefCell::new(
                results
                    .iter()
                    .map(|r| serde_json::from_str(r).unwrap())
                    .collect(),
            ),
            polls: RefCell::new(VecDeque::new()),
            confirms: RefCell::new(Vec::new()),
            actions: RefCell::new(Vec::new()),
            cards: RefCell::new(Vec::new()),
        });
        let props = CheckoutProps {
            api: ApiHandle(api.clone()),
            texts: Texts::new(Messages::new(locale)),
            host: Some(host.clone()),
        };
        yew::Renderer::<Checkout>::with_root_and_props(host.clone(), props).render();
        Self { host, api, events }
    }

    fn find(&self, selector: &str) -> Option<HtmlElement> {
        self.host
            .query_selector(selector)
            .unwrap()
            .map(|e| e.unchecked_into())
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector)
            .map(|e| strip_isolation(&e.text_content().unwrap_or_default()))
            .unwrap_or_default()
    }

    /// Waits up to 5 s for `selector` to contain `text`.
    async fn until_text(&self, selector: &str, text: &str) {
        let shown = until(|| self.text(selector).contains(text)).await;
        assert!(
            shown,
            "`{selector}` never showed `{text}`; it shows `{}`",
            self.text(selector)
        );
    }

    /// Waits up to 5 s for the host events to be exactly `expected`.
    async fn until_events(&self, expected: &[&str]) {
        let seen = until(|| *self.events.borrow() == expected).await;
        assert!(
            seen,
            "host events {:?}, expected {expected:?}",
            self.events.borrow()
        );
    }
}

/// Polls `done` every 10 ms for up to 5 s.
async fn until(done: impl Fn() -> bool) -> bool {
    for _ in 0..500 {
        if done() {
            return true;
        }
        sleep(10).await;
    }
    false
}

#[wasm_bindgen_test]
async fn shows_the_total_and_one_pay_button_with_the_amount() {
    let w = Mounted::new(SESSION, &[], "en-US");
    w.until_text(".mc-pay", "Pay $0.99").await;
    assert_eq!(w.text(".mc-amount"), "$0.99");
    assert_eq!(w.text(".mc-item"), "Sticker pack");
    assert!(w.text(".mc-pay").contains("Visa ending in 4242"));
    assert_eq!(
        w.host.query_selector_all("button.mc-pay").unwrap().length(),
        1
    );
    assert!(w.find(".mc-methods").is_none(), "other methods stay hidden");
    assert_eq!(
        w.find(".mc-status")
            .unwrap()
            .get_attribute("aria-live")
            .as_deref(),
        Some("polite")
    );
    w.until_events(&["mc-ready"]).await;
}

#[wasm_bindgen_test]
async fn a_double_tap_confirms_once_and_announces_success() {
    let w = Mounted::new(SESSION, &[PAYMENT_SUCCEEDED], "en-US");
    w.until_text(".mc-pay", "Pay").await;
    let button = w.find(".mc-pay").unwrap();
    button.click();
    button.click();
    sleep(10).await;
    if let Some(button) = w.find(".mc-pay") {
        button.click();
        assert_eq!(
            button.get_attribute("aria-disabled").as_deref(),
            Some("true"),
            "marked disabled while submitting, yet still focusable"
        );
    }
    w.until_text(".mc-status", "Payment complete").await;
    w.until_events(&["mc-ready", "mc-success"]).await;
    let confirms = w.api.confirms.borrow();
    assert_eq!(confirms.len(), 1, "exactly one confirm");
    assert_eq!(confirms[0].0.method_id, "visa_4242");
    assert_eq!(confirms[0].1.len(), 32, "a 128-bit hex idempotency key");
}

#[wasm_bindgen_test]
async fn a_decline_explains_and_offers_the_next_method() {
    let w = Mounted::new(SESSION, &[PAYMENT_FAILED, PAYMENT_SUCCEEDED], "en-US");
    w.until_text(".mc-pay", "Pay").await;
    w.find(".mc-pay").unwrap().click();
    w.until_text(".mc-status", "Your card was declined").await;
    w.until_text(".mc-pay", "Mastercard ending in 0002").await;
    w.until_text(".mc-methods", "Visa ending in 4242").await;
    w.find(".mc-pay").unwrap().click();
    w.until_text(".mc-status", "Payment complete").await;
    w.until_events(&["mc-ready", "mc-failure", "mc-success"])
        .await;
    let confirms = w.api.confirms.borrow();
    assert_eq!(confirms.len(), 2);
    assert_ne!(confirms[0].1, confirms[1].1, "a new attempt gets a new key");
}

/// Korean as the widget fetches it: the compact JSON build.rs writes, read by `catalog`.
fn load_korean() {
    if !micro_checkout::i18n::is_loaded("ko-KR") {
        let json = include_str!(concat!(env!("OUT_DIR"), "/by-tag/ko-KR.json"));
        let catalog = micro_checkout::catalog::parse(json).expect("the ko-KR file reads");
        micro_checkout::i18n::register("ko-KR", catalog);
    }
}

#[wasm_bindgen_test]
async fn korean_shows_won_without_decimals() {
    load_korean();
    let w = Mounted::new(SESSION_KRW, &[], "ko-KR");
    w.until_text(".mc-pay", "결제하기").await;
    assert_eq!(w.text(".mc-amount"), "₩1,200");
    assert!(
        w.text(".mc-pay").starts_with("₩1,200 결제하기"),
        "{}",
        w.text(".mc-pay")
    );
    assert_eq!(
        w.find(".mc-checkout")
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("ko-KR")
    );
}

#[wasm_bindgen_test]
async fn a_processing_payment_is_polled_until_it_succeeds() {
    let w = Mounted::new(SESSION, &[PAYMENT_PROCESSING], "en-US");
    let done: PaymentResult = serde_json::from_str(PAYMENT_SUCCEEDED).unwrap();
    w.api.polls.borrow_mut().push_back(done);
    w.until_text(".mc-pay", "Pay").await;
    w.find(".mc-pay").unwrap().click();
    w.until_text(".mc-status", "Your payment is processing")
        .await;
    w.until_text(".mc-status", "Payment complete").await;
    w.until_events(&["mc-ready", "mc-success"]).await;
    assert!(w.api.polls.borrow().is_empty(), "the widget polled");
    assert_eq!(
        w.api.confirms.borrow().len(),
        1,
        "polling never confirms again"
    );
}

fn type_into(w: &Mounted, selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement = w.find(selector).unwrap().unchecked_into();
    input.set_value(value);
    let event = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
}

async fn choose(w: &Mounted, name: &str) {
    w.find(".mc-disclose").unwrap().click();
    let shown = until(|| w.text(".mc-methods").contains(name)).await;
    assert!(shown, "{name} is offered");
    let list = w.host.query_selector_all(".mc-method").unwrap();
    for i in 0..list.length() {
        let button: HtmlElement = list.get(i).unwrap().unchecked_into();
        if strip_isolation(&button.text_content().unwrap_or_default()).contains(name) {
            button.click();
            return;
        }
    }
}

#[wasm_bindgen_test]
async fn the_card_form_says_what_is_wrong_beside_each_field_and_tokenizes_a_good_card() {
    let w = Mounted::new(SESSION_ALL_METHODS, &[PAYMENT_SUCCEEDED], "en-US");
    // The fixture's variant overrides the button's text for en-US (contract §3.1).
    w.until_text(".mc-pay", "Buy now $").await;
    choose(&w, "Credit or debit card").await;
    w.until_text(".mc-card", "Card number").await;
    type_into(&w, "input[autocomplete=cc-number]", "4242424242424241");
    w.find(".mc-pay").unwrap().click();
    w.until_text(".mc-card", "This card number isn’t valid")
        .await;
    let number = w.find("input[autocomplete=cc-number]").unwrap();
    assert_eq!(
        number.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    let described = number.get_attribute("aria-describedby").unwrap();
    assert!(w.text(&format!("#{described}")).contains("isn’t valid"));
    assert!(
        w.api.cards.borrow().is_empty(),
        "nothing leaves with errors"
    );
    type_into(&w, "input[autocomplete=cc-number]", "4242424242424242");
    type_into(&w, "input[autocomplete=cc-exp]", "1230");
    type_into(&w, "input[autocomplete=cc-csc]", "123");
    let shown =
        until(|| w.text(".mc-card").contains("Visa") && !w.text(".mc-card").contains("isn’t"))
            .await;
    assert!(shown, "{}", w.text(".mc-card"));
    let typed: web_sys::HtmlInputElement = w
        .find("input[autocomplete=cc-number]")
        .unwrap()
        .unchecked_into();
    assert_eq!(typed.value(), "4242 4242 4242 4242", "grouped as typed");
    w.find(".mc-pay").unwrap().click();
    w.until_text(".mc-status", "Payment complete").await;
    let cards = w.api.cards.borrow();
    assert_eq!(cards.len(), 1);
    assert_eq!(
        (
            cards[0].number.as_str(),
            cards[0].exp_month,
            cards[0].exp_year
        ),
        ("4242424242424242", 12, 2030)
    );
    let confirms = w.api.confirms.borrow();
    assert_eq!(confirms[0].0.method_id, "card");
    assert!(
        confirms[0].0.token.is_some(),
        "confirm carries the token, not the number"
    );
}
