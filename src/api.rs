//! The widget's only door to the network: the [`CheckoutApi`] trait and its HTTP client.
//!
//! Components never fetch. The checkout hook calls a `CheckoutApi`; [`HttpApi`] speaks the
//! JSON contract to a merchant backend, and tests or the designer preview plug in their own
//! implementation. Every URL passes the URL policy here first; the request itself goes out
//! through the entry module's `send` (`fetch` under the widget's deadline), which the wasm
//! is given at mount: doing it with gloo-net in the wasm weighed 2.2 KB brotli more on the
//! critical path (measured), and the entry's early session request is read the same way.
//! Every failure is reduced to a flow [`Problem`].

use crate::decode::{ApiErrorBody, Decode, from_json};
use crate::flow::{Pending, Problem, allowed};
use js_sys::{Array, Function, Promise};
use micro_checkout_contract::{
    ActionRequest, CONTRACT_VERSION, ConfirmRequest, IDEMPOTENCY_HEADER, NextAction, PaymentResult,
    Session, TokenizeRequest, TokenizeResponse, widget_codes,
};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// How long any request may take before it is abandoned: the entry module's `send` and
/// its early requests apply it (`TIMEOUT_MS` in `static/micro-checkout.js`, kept equal by
/// a test). An abandoned confirm's outcome is unknown: the flow asks again under the same
/// key.
pub const REQUEST_TIMEOUT_MS: u32 = 8000;

/// A boxed future that runs on the browser's single thread.
pub type LocalFuture<T> = Pin<Box<dyn Future<Output = T>>>;

/// What the widget needs from a merchant backend.
pub trait CheckoutApi {
    /// Fetches the checkout session.
    fn session(&self) -> LocalFuture<Result<Session, Problem>>;
    /// Confirms a payment; `key` goes in the `Idempotency-Key` header.
    fn confirm(
        &self,
        request: ConfirmRequest,
        key: String,
    ) -> LocalFuture<Result<PaymentResult, Problem>>;
    /// Asks where payment `payment_id` stands.
    fn payment(&self, payment_id: String) -> LocalFuture<Result<PaymentResult, Problem>>;
    /// Answers payment `payment_id`'s next action (a code, a page's result, cancel).
    fn act(
        &self,
        payment_id: String,
        action: micro_checkout_contract::Action,
    ) -> LocalFuture<Result<PaymentResult, Problem>>;
    /// Sends a card to the session's tokenizer at `url`; the only call with a card number.
    fn tokenize(
        &self,
        url: String,
        card: TokenizeRequest,
    ) -> LocalFuture<Result<TokenizeResponse, Problem>>;
    /// The attempt kept for this session from before a reload, if any.
    fn recall(&self) -> Option<Pending> {
        None
    }
    /// Keeps `pending` for this session across reloads (`None` forgets it).
    fn remember(&self, _pending: Option<&Pending>) {}
}

/// A shared [`CheckoutApi`], comparable by identity so it can sit in component props.
#[derive(Clone)]
pub struct ApiHandle(pub Rc<dyn CheckoutApi>);

impl PartialEq for ApiHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The contract over HTTP: `GET {session_url}`, `POST {session_url}/confirm`,
/// `GET {session_url}/payments/{id}`.
pub struct HttpApi {
    session_url: String,
    /// The session's first answer (a `Promise<[status, text]>`), when the entry module
    /// asked for it while the wasm was still downloading; used once, by the first
    /// [`session`] call.
    ///
    /// [`session`]: CheckoutApi::session
    prefetched: std::cell::Cell<Option<Promise>>,
    /// The entry module's `send(url, body?, header, key?)`: `fetch` under the widget's
    /// deadline, resolving `[status, body text]` and rejecting `"timeout"` or `"network"`.
    send: JsValue,
}

impl HttpApi {
    /// A client for the session at `session_url`, sending through `send`; `prefetched` is
    /// the entry's request for the session.
    pub fn new(session_url: &str, prefetched: Option<Promise>, send: JsValue) -> Self {
        Self {
            session_url: session_url.trim_end_matches('/').to_owned(),
            prefetched: std::cell::Cell::new(prefetched),
            send,
        }
    }

    /// Sends a request once `url` has passed the URL policy: a GET, or a JSON POST of
    /// `body` (with `key` as its idempotency key).
    fn request(&self, url: &str, body: Option<String>, key: Option<&str>) -> Sent {
        if !allowed(&absolute(url)) {
            return Err(problem(widget_codes::UNSAFE_URL, false));
        }
        let send = wasm_bindgen::JsCast::dyn_ref::<Function>(&self.send)
            .ok_or_else(|| problem("bad_request", false))?;
        let args = Array::of4(
            &url.into(),
            &body.map_or(JsValue::UNDEFINED, JsValue::from),
            &IDEMPOTENCY_HEADER.into(),
            &key.map_or(JsValue::UNDEFINED, JsValue::from),
        );
        let sent = send
            .apply(&JsValue::NULL, &args)
            .map_err(|_| problem("bad_request", false))?;
        Ok(Promise::resolve(&sent))
    }
}

/// A request on its way (`Promise<[status, text]>`), or why it was not sent.
type Sent = Result<Promise, Problem>;

impl CheckoutApi for HttpApi {
    fn session(&self) -> LocalFuture<Result<Session, Problem>> {
        let prefetched = self
            .prefetched
            .take()
            .filter(|_| allowed(&absolute(&self.session_url)));
        let sent = prefetched.map_or_else(|| self.request(&self.session_url, None, None), Ok);
        Box::pin(async move {
            let mut session: Session = decoded(answer(sent).await)?;
            session.tokenize_url = session.tokenize_url.as_deref().map(absolute);
            session.events_url = session.events_url.as_deref().map(absolute);
            session.payment = session.payment.map(|p| Box::new(absolute_action(*p)));
            Ok(session)
        })
    }

    fn recall(&self) -> Option<Pending> {
        from_json::<Pending>(&crate::platform::kept(&self.session_url)?).ok()
    }

    fn remember(&self, pending: Option<&Pending>) {
        crate::platform::keep_attempt(&self.session_url, pending.map(crate::encode::pending));
    }

    fn confirm(
        &self,
        request: ConfirmRequest,
        key: String,
    ) -> LocalFuture<Result<PaymentResult, Problem>> {
        let sent = self.request(
            &format!("{}/confirm", self.session_url),
            Some(crate::encode::confirm(&request)),
            Some(&key),
        );
        Box::pin(async move { decoded(answer(sent).await).map(absolute_action) })
    }

    fn payment(&self, payment_id: String) -> LocalFuture<Result<PaymentResult, Problem>> {
        let sent = self.request(
            &format!("{}/payments/{payment_id}", self.session_url),
            None,
            None,
        );
        Box::pin(async move { decoded(answer(sent).await).map(absolute_action) })
    }

    fn act(
        &self,
        payment_id: String,
        action: micro_checkout_contract::Action,
    ) -> LocalFuture<Result<PaymentResult, Problem>> {
        let url = format!("{}/payments/{payment_id}/actions", self.session_url);
        let body = ActionRequest {
            version: CONTRACT_VERSION,
            action,
        };
        let sent = self.request(&url, Some(crate::encode::action(&body)), None);
        Box::pin(async move { decoded(answer(sent).await).map(absolute_action) })
    }

    fn tokenize(
        &self,
        url: String,
        card: TokenizeRequest,
    ) -> LocalFuture<Result<TokenizeResponse, Problem>> {
        let sent = self.request(&url, Some(crate::encode::tokenize(&card)), None);
        Box::pin(async move { decoded(answer(sent).await) })
    }
}

fn problem(code: &str, outcome_unknown: bool) -> Problem {
    Problem {
        code: code.to_owned(),
        outcome_unknown,
    }
}

/// `url` resolved against the page, as the browser will use it (`/api/x` becomes
/// `https://shop.example/api/x`); unparseable URLs are left as they are, and refused.
pub fn absolute(url: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten());
    base.and_then(|base| web_sys::Url::new_with_base(url, &base).ok())
        .map_or_else(|| url.to_owned(), |u| u.href())
}

/// The next action's page URL, resolved against the page, so that the flow's URL policy
/// decides on the URL the browser would open.
#[inline(never)]
fn absolute_action(mut result: PaymentResult) -> PaymentResult {
    if let Some(NextAction::Redirect { url } | NextAction::ThreeDs { url }) =
        result.next_action.as_mut()
    {
        *url = absolute(url);
    }
    result
}

/// Awaits a sent request and maps it to the contract: 2xx gives the body; 4xx carries the
/// backend's error code (open only when `retryable`); 5xx, network loss and a request
/// abandoned after [`REQUEST_TIMEOUT_MS`] leave the outcome unknown. Every URL has passed
/// the URL policy. One non-generic future serves every call, the entry's early session
/// request included.
async fn answer(sent: Sent) -> Result<String, Problem> {
    let answer = JsFuture::from(sent?).await.map_err(|reason| {
        let code = match reason.as_string().as_deref() {
            Some("timeout") => widget_codes::TIMEOUT,
            _ => widget_codes::NETWORK,
        };
        problem(code, true)
    })?;
    let answer = Array::from(&answer);
    let status = answer.get(0).as_f64().unwrap_or_default() as u16;
    let text = answer.get(1).as_string().unwrap_or_default();
    if (200..300).contains(&status) {
        return Ok(text);
    }
    if status >= 500 {
        return Err(problem(widget_codes::SERVER_ERROR, true));
    }
    match from_json::<ApiErrorBody>(&text) {
        // A retryable refusal (e.g. the first request with this key is still in flight)
        // leaves the outcome open: the flow keeps the key and a retry replays it.
        Ok(ApiErrorBody(error)) => Err(problem(&error.code, error.retryable)),
        Err(_) => Err(problem(widget_codes::BAD_RESPONSE, false)),
    }
}

/// Decodes a 2xx body as `T`.
fn decoded<T: Decode>(body: Result<String, Problem>) -> Result<T, Problem> {
    from_json::<T>(&body?).map_err(|field| {
        web_sys::console::warn_2(
            &"micro-checkout: unreadable response field".into(),
            &field.into(),
        );
        problem(widget_codes::BAD_RESPONSE, true)
    })
}
