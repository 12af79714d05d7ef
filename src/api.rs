//! The widget's only door to the network: the [`CheckoutApi`] trait and its HTTP client.
//!
//! Components never fetch. The checkout hook calls a `CheckoutApi`; [`HttpApi`] speaks the
//! JSON contract to a merchant backend with gloo-net, and tests or the designer preview
//! plug in their own implementation. Every failure is reduced to a flow [`Problem`].

use crate::decode::{ApiErrorBody, Decode, from_json};
use crate::flow::{Pending, Problem, allowed};
use gloo_net::http::{Request, RequestBuilder};
use gloo_timers::callback::Timeout;
use micro_checkout_contract::{
    ActionRequest, CONTRACT_VERSION, ConfirmRequest, IDEMPOTENCY_HEADER, NextAction, PaymentResult,
    Session, TokenizeRequest, TokenizeResponse, widget_codes,
};
use web_sys::{AbortController, AbortSignal};

/// How long any request may take before it is abandoned. An abandoned confirm's outcome
/// is unknown: the flow asks again under the same key.
pub const REQUEST_TIMEOUT_MS: u32 = 8000;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

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
    /// The session's first answer (a `Promise<Response>`), when the entry module asked for
    /// it while the wasm was still downloading; used once, by the first [`session`] call.
    ///
    /// [`session`]: CheckoutApi::session
    prefetched: std::cell::Cell<Option<js_sys::Promise>>,
}

impl HttpApi {
    /// A client for the session at `session_url`; `prefetched` is the entry's request for it.
    pub fn new(session_url: &str, prefetched: Option<js_sys::Promise>) -> Self {
        Self {
            session_url: session_url.trim_end_matches('/').to_owned(),
            prefetched: std::cell::Cell::new(prefetched),
        }
    }
}

impl HttpApi {
    /// Where this session's pending attempt lives in `localStorage`.
    fn storage_key(&self) -> String {
        format!("micro-checkout:{}", absolute(&self.session_url))
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

impl CheckoutApi for HttpApi {
    fn session(&self) -> LocalFuture<Result<Session, Problem>> {
        let request = get(&self.session_url);
        let prefetched = self.prefetched.take().filter(|_| request.is_ok());
        Box::pin(async move {
            let body = match prefetched {
                Some(response) => early(response).await,
                None => fetch(request).await,
            };
            let mut session: Session = decoded(body)?;
            session.tokenize_url = session.tokenize_url.as_deref().map(absolute);
            session.payment = session.payment.map(|p| Box::new(absolute_action(*p)));
            Ok(session)
        })
    }

    fn recall(&self) -> Option<Pending> {
        let text = storage()?.get_item(&self.storage_key()).ok()??;
        from_json::<Pending>(&text).ok()
    }

    fn remember(&self, pending: Option<&Pending>) {
        let Some(storage) = storage() else { return };
        let key = self.storage_key();
        let _ = match pending.map(crate::encode::pending) {
            Some(json) => storage.set_item(&key, &json),
            None => storage.remove_item(&key),
        };
    }

    fn confirm(
        &self,
        request: ConfirmRequest,
        key: String,
    ) -> LocalFuture<Result<PaymentResult, Problem>> {
        let request = post(
            &format!("{}/confirm", self.session_url),
            crate::encode::confirm(&request),
            Some(&key),
        );
        Box::pin(async move { decoded(fetch(request).await).map(absolute_action) })
    }

    fn payment(&self, payment_id: String) -> LocalFuture<Result<PaymentResult, Problem>> {
        let request = get(&format!("{}/payments/{payment_id}", self.session_url));
        Box::pin(async move { decoded(fetch(request).await).map(absolute_action) })
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
        let request = post(&url, crate::encode::action(&body), None);
        Box::pin(async move { decoded(fetch(request).await).map(absolute_action) })
    }

    fn tokenize(
        &self,
        url: String,
        card: TokenizeRequest,
    ) -> LocalFuture<Result<TokenizeResponse, Problem>> {
        let request = post(&url, crate::encode::tokenize(&card), None);
        Box::pin(async move { decoded(fetch(request).await) })
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

/// A request ready to send, with its deadline.
struct Call {
    request: Request,
    signal: AbortSignal,
    timer: Timeout,
}

/// A controller that abandons a request after [`REQUEST_TIMEOUT_MS`], and the timer that
/// does it (dropping the timer keeps the request alive). Every fetch the widget makes,
/// locale files included, runs under one.
pub fn deadline() -> Option<(AbortController, Timeout)> {
    let controller = AbortController::new().ok()?;
    let abort = controller.clone();
    Some((
        controller,
        Timeout::new(REQUEST_TIMEOUT_MS, move || abort.abort()),
    ))
}

fn start(url: &str) -> Result<(RequestBuilder, AbortSignal, Timeout), Problem> {
    if !allowed(&absolute(url)) {
        return Err(problem(widget_codes::UNSAFE_URL, false));
    }
    let (controller, timer) = deadline().ok_or_else(|| problem("bad_request", false))?;
    let signal = controller.signal();
    let builder = RequestBuilder::new(url)
        .header("Accept", "application/json")
        .abort_signal(Some(&signal));
    Ok((builder, signal, timer))
}

fn get(url: &str) -> Result<Call, Problem> {
    let (builder, signal, timer) = start(url)?;
    let request = builder.build().map_err(|_| problem("bad_request", false))?;
    Ok(Call {
        request,
        signal,
        timer,
    })
}

fn post(url: &str, json: String, key: Option<&str>) -> Result<Call, Problem> {
    let (builder, signal, timer) = start(url)?;
    let mut builder = builder
        .method(gloo_net::http::Method::POST)
        .header("Content-Type", "application/json");
    if let Some(key) = key {
        builder = builder.header(IDEMPOTENCY_HEADER, key);
    }
    let request = builder
        .body(json)
        .map_err(|_| problem("bad_request", false))?;
    Ok(Call {
        request,
        signal,
        timer,
    })
}

/// Sends `call` and maps the response to the contract: 2xx gives the body; 4xx carries
/// the backend's error code (open only when `retryable`); 5xx, network loss and a
/// request abandoned after [`REQUEST_TIMEOUT_MS`] leave the outcome unknown. Every URL has
/// passed the URL policy. One non-generic future serves every call.
async fn fetch(call: Result<Call, Problem>) -> Result<String, Problem> {
    let Call {
        request,
        signal,
        timer,
    } = call?;
    let lost = |_| {
        let code = if signal.aborted() {
            widget_codes::TIMEOUT
        } else {
            widget_codes::NETWORK
        };
        problem(code, true)
    };
    let response = request.send().await.map_err(lost)?;
    let text = response.text().await.map_err(lost);
    drop(timer);
    answer(&response, text)
}

/// The answer to one of the entry module's early requests (`static/micro-checkout.js`,
/// under the same deadline: the session, or the buyer's locale file), read as [`fetch`]
/// reads its own.
pub(crate) async fn early(response: js_sys::Promise) -> Result<String, Problem> {
    use wasm_bindgen::JsCast;
    let lost = || problem(widget_codes::NETWORK, true);
    let response = wasm_bindgen_futures::JsFuture::from(response)
        .await
        .map_err(|_| lost())?;
    let response = gloo_net::http::Response::from(response.unchecked_into::<web_sys::Response>());
    let text = response.text().await.map_err(|_| lost());
    answer(&response, text)
}

/// Maps a response and its body to the contract (see [`fetch`]).
fn answer(
    response: &gloo_net::http::Response,
    text: Result<String, Problem>,
) -> Result<String, Problem> {
    let status = response.status();
    if response.ok() {
        return text;
    }
    if status >= 500 {
        return Err(problem(widget_codes::SERVER_ERROR, true));
    }
    match from_json::<ApiErrorBody>(&text?) {
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
