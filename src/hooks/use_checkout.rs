//! `use_checkout`: runs the pure flow inside a component and carries out its effects. What
//! the flow needs from the browser (a fresh key, the clock, the page's URL) is produced
//! here, not in the views.
//!
//! Every event goes through `flow::step`; the effects it returns are queued in an outbox
//! shared by all versions of the state, and drained after each render. Sharing the outbox
//! means no effect is lost when two events land between renders (a fast double tap).

use crate::api::ApiHandle;
use crate::flow::{self, Details, Effect, Event, Field, HostEvent, State};
use crate::platform;
use gloo_events::EventListener;
use js_sys::{Object, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;
use web_sys::{Element, MessageEvent};
use yew::prelude::*;

/// The flow's state plus the queue of effects still to run.
pub struct Machine {
    /// The current flow state.
    pub state: State,
    outbox: Rc<RefCell<Vec<Effect>>>,
}

impl Reducible for Machine {
    type Action = Event;

    fn reduce(self: Rc<Self>, event: Event) -> Rc<Self> {
        let (state, effects) = flow::step(self.state.clone(), event);
        self.outbox.borrow_mut().extend(effects);
        Rc::new(Machine {
            state,
            outbox: Rc::clone(&self.outbox),
        })
    }
}

/// A running checkout: its machine, and what the views need from the edge.
pub struct Running {
    /// The flow's state and its effects.
    pub machine: UseReducerHandle<Machine>,
    /// Pay with the details the buyer gave: the hook adds a fresh idempotency key and the
    /// page's URL (where a redirect wallet returns).
    pub pay: Callback<Details>,
    /// Today's (year, month), which card expiry is checked against.
    pub today: (u32, u32),
}

/// Runs a checkout against `api`, announcing host events on `host`.
#[hook]
pub fn use_checkout(api: ApiHandle, host: Option<Element>) -> Running {
    let machine = use_reducer(|| {
        let (state, effects) = flow::start();
        Machine {
            state,
            outbox: Rc::new(RefCell::new(effects)),
        }
    });
    {
        let dispatcher = machine.dispatcher();
        let host = host.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                let online = |name, online| {
                    let dispatcher = dispatcher.clone();
                    EventListener::new(&window, name, move |_| {
                        dispatcher.dispatch(Event::Connectivity(online))
                    })
                };
                [
                    online("online", true),
                    online("offline", false),
                    EventListener::new(&window, "message", move |event| {
                        if let Some(event) = page_result(event, host.as_ref()) {
                            dispatcher.dispatch(event);
                        }
                    }),
                ]
            });
            move || drop(listeners)
        });
    }
    {
        let machine = machine.clone();
        use_effect(move || {
            let effects = std::mem::take(&mut *machine.outbox.borrow_mut());
            for effect in effects {
                run(effect, &api, machine.dispatcher(), host.as_ref());
            }
        });
    }
    let pay = {
        let dispatcher = machine.dispatcher();
        Callback::from(move |details: Details| {
            dispatcher.dispatch(Event::PayTapped {
                fresh_key: platform::random_key(),
                details: Details {
                    return_url: platform::page_url(),
                    ..details
                },
            })
        })
    };
    Running {
        machine,
        pay,
        today: platform::today(),
    }
}

fn run(
    effect: Effect,
    api: &ApiHandle,
    dispatch: UseReducerDispatcher<Machine>,
    host: Option<&Element>,
) {
    let api = api.clone();
    match effect {
        Effect::FetchSession => spawn_local(async move {
            dispatch.dispatch(match api.0.session().await {
                Ok(session) => Event::SessionLoaded(session),
                Err(problem) => Event::SessionFailed(problem),
            });
            if web_sys::window().is_some_and(|w| !w.navigator().on_line()) {
                dispatch.dispatch(Event::Connectivity(false));
            }
            // A return from a wallet says the most; an attempt kept from before a reload
            // comes next (the flow ignores it once a payment is under way).
            if let Some((payment_id, result)) = platform::take_return() {
                dispatch.dispatch(Event::ReturnedFromRedirect { payment_id, result });
            }
            if let Some(pending) = api.0.recall() {
                dispatch.dispatch(Event::Recalled(pending));
            }
        }),
        Effect::Tokenize { url, card } => spawn_local(async move {
            dispatch.dispatch(match api.0.tokenize(url, card).await {
                Ok(token) => Event::Tokenized(token),
                Err(problem) => Event::TokenizeFailed(problem),
            });
        }),
        Effect::Confirm {
            request,
            key,
            delay_ms,
        } => spawn_local(async move {
            if delay_ms > 0 {
                platform::sleep(jitter(delay_ms)).await;
            }
            dispatch.dispatch(match api.0.confirm(request, key).await {
                Ok(result) => Event::PaymentResolved(result),
                Err(problem) => Event::ConfirmFailed(problem),
            });
        }),
        Effect::Poll {
            payment_id,
            delay_ms,
        } => spawn_local(async move {
            platform::sleep(delay_ms).await;
            dispatch.dispatch(match api.0.payment(payment_id).await {
                Ok(result) => Event::PaymentPolled(result),
                Err(problem) => Event::PollFailed(problem),
            });
        }),
        Effect::Act { payment_id, action } => spawn_local(async move {
            dispatch.dispatch(match api.0.act(payment_id, action).await {
                Ok(result) => Event::ActionAnswered(result),
                Err(problem) => Event::ActionFailed(problem),
            });
        }),
        Effect::OpenPage { url, popup: true } => platform::open_popup(&url),
        Effect::OpenPage { url, popup: false } => {
            if let Some(window) = web_sys::window() {
                let _ = window.location().assign(&url);
            }
        }
        Effect::Emit(event) => {
            if let Some(host) = host {
                emit(host, &event);
            }
        }
        Effect::Remember(pending) => api.0.remember(pending.as_ref()),
        Effect::Copy(text) => platform::copy(&text),
    }
}

/// `delay_ms` spread over ±25% at random, so that many widgets that lost the same
/// backend do not all ask again at the same moment.
fn jitter(delay_ms: u32) -> u32 {
    let spread = 0.75 + js_sys::Math::random() * 0.5;
    (f64::from(delay_ms) * spread) as u32
}

/// A wallet popup or a 3-D Secure frame posts `{type, payment, result}` when it is done.
/// Anyone may post such a message: this reads who posted it (`origin`, and whether the
/// source is the window the widget opened), and the flow accepts only the page it opened.
/// The backend decides the outcome either way.
fn page_result(event: &web_sys::Event, host: Option<&Element>) -> Option<Event> {
    let message = event.dyn_ref::<MessageEvent>()?;
    let data = message.data();
    let field = |name: &str| Reflect::get(&data, &name.into()).ok()?.as_string();
    match field("type")?.as_str() {
        "wallet" | "three_ds" => Some(Event::PageReturned {
            payment_id: field("payment")?,
            result: field("result")?,
            origin: message.origin(),
            opened: message
                .source()
                .is_some_and(|source| platform::opened_window(&source, host)),
        }),
        _ => None,
    }
}

/// Dispatches the host event as `mc-…` on the host element, bubbling out of shadow roots.
fn emit(host: &Element, event: &HostEvent) {
    let detail = Object::new();
    for (key, value) in event.detail() {
        let value = match value {
            Field::Text(text) => JsValue::from_str(&text),
            Field::Flag(flag) => JsValue::from_bool(flag),
        };
        let _ = Reflect::set(&detail, &key.into(), &value);
    }
    platform::emit(host, event.name(), &detail);
}
