//! The widget's only door to the network: the [`CheckoutApi`] trait and its HTTP client.
//!
//! Components never fetch. The checkout hook calls a `CheckoutApi`; [`HttpApi`] speaks the
//! JSON contract to a merchant backend with gloo-net, and tests or the designer preview
//! plug in their own implementation. Every failure is reduced to a flow [`Problem`].

use crate::decode::{ApiErrorBody, Decode, from_json};
use crate::flow::Problem;
use gloo_net::http::Request;
use micro_checkout_contract::{
    ActionRequest, CONTRACT_VERSION, ConfirmRequest, IDEMPOTENCY_HEADER, PaymentResult, Session,
    TokenizeRequest, TokenizeResponse,
};
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
}

impl HttpApi {
    /// A client for the session at `session_url`.
    pub fn new(session_url: &str) -> Self {
        Self {
            session_url: session_url.trim_end_matches('/').to_owned(),
        }
    }
}

impl CheckoutApi for HttpApi {
    fn session(&self) -> LocalFuture<Result<Session, Problem>> {
        let request = get(&self.session_url);
        Box::pin(async move { decoded(fetch(request).await) })
    }

    fn confirm(
        &self,
        request: ConfirmRequest,
        key: String,
    ) -> LocalFuture<Result<PaymentResult, Problem>> {
        let request = post(
            &format!("{}/confirm", self.session_url),
            &request,
            Some(&key),
        );
        Box::pin(async move { decoded(fetch(request).await) })
    }

    fn payment(&self, payment_id: String) -> LocalFuture<Result<PaymentResult, Problem>> {
        let request = get(&format!("{}/payments/{payment_id}", self.session_url));
        Box::pin(async move { decoded(fetch(request).await) })
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
        let request = post(&url, &body, None);
        Box::pin(async move { decoded(fetch(request).await) })
    }

    fn tokenize(
        &self,
        url: String,
        card: TokenizeRequest,
    ) -> LocalFuture<Result<TokenizeResponse, Problem>> {
        let request = post(&url, &card, None);
        Box::pin(async move { decoded(fetch(request).await) })
    }
}

fn problem(code: &str, outcome_unknown: bool) -> Problem {
    Problem {
        code: code.to_owned(),
        outcome_unknown,
    }
}

fn get(url: &str) -> Result<Request, Problem> {
    Request::get(url)
        .header("Accept", "application/json")
        .build()
        .map_err(|_| problem("bad_request", false))
}

fn post<B: serde::Serialize>(url: &str, body: &B, key: Option<&str>) -> Result<Request, Problem> {
    let json = serde_json::to_string(body).map_err(|_| problem("bad_request", false))?;
    let mut builder = Request::post(url)
        .header("Accept", "application/json")
        .header("Content-Type", "application/json");
    if let Some(key) = key {
        builder = builder.header(IDEMPOTENCY_HEADER, key);
    }
    builder
        .body(json)
        .map_err(|_| problem("bad_request", false))
}

/// Sends `request` and maps the response to the contract: 2xx gives the body; 4xx carries
/// the backend's error code (open only when `retryable`); 5xx and network loss leave the
/// outcome unknown. One non-generic future serves every call.
async fn fetch(request: Result<Request, Problem>) -> Result<String, Problem> {
    let response = request?
        .send()
        .await
        .map_err(|_| problem("network", true))?;
    let status = response.status();
    let text = response.text().await.map_err(|_| problem("network", true));
    if response.ok() {
        return text;
    }
    if status >= 500 {
        return Err(problem("server_error", true));
    }
    match from_json::<ApiErrorBody>(&text?) {
        // A retryable refusal (e.g. the first request with this key is still in flight)
        // leaves the outcome open: the flow keeps the key and a retry replays it.
        Ok(ApiErrorBody(error)) => Err(problem(&error.code, error.retryable)),
        Err(_) => Err(problem("bad_response", false)),
    }
}

/// Decodes a 2xx body as `T`.
fn decoded<T: Decode>(body: Result<String, Problem>) -> Result<T, Problem> {
    from_json::<T>(&body?).map_err(|field| {
        web_sys::console::warn_2(
            &"micro-checkout: unreadable response field".into(),
            &field.into(),
        );
        problem("bad_response", true)
    })
}
