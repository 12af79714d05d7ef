//! `use_checkout`: runs the pure flow inside a component and carries out its effects.
//!
//! Every event goes through `flow::step`; the effects it returns are queued in an outbox
//! shared by all versions of the state, and drained after each render. Sharing the outbox
//! means no effect is lost when two events land between renders (a fast double tap).

use crate::api::ApiHandle;
use crate::flow::{self, Effect, Event, HostEvent, State};
use js_sys::{Object, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};
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

/// Runs a checkout against `api`, announcing host events on `host`.
#[hook]
pub fn use_checkout(api: ApiHandle, host: Option<Element>) -> UseReducerHandle<Machine> {
    let machine = use_reducer(|| {
        let (state, effects) = flow::start();
        Machine {
            state,
            outbox: Rc::new(RefCell::new(effects)),
        }
    });
    {
        let machine = machine.clone();
        use_effect(move || {
            let effects = std::mem::take(&mut *machine.outbox.borrow_mut());
            for effect in effects {
                run(effect, &api, machine.dispatcher(), host.as_ref());
            }
        });
    }
    machine
}

fn run(
    effect: Effect,
    api: &ApiHandle,
    dispatch: UseReducerDispatcher<Machine>,
    host: Option<&Element>,
) {
    match effect {
        Effect::FetchSession => {
            let call = api.0.session();
            wasm_bindgen_futures::spawn_local(async move {
                dispatch.dispatch(match call.await {
                    Ok(session) => Event::SessionLoaded(session),
                    Err(problem) => Event::SessionFailed(problem),
                });
            });
        }
        Effect::Confirm {
            request,
            key,
            delay_ms,
        } => {
            let api = api.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if delay_ms > 0 {
                    gloo_timers::future::TimeoutFuture::new(delay_ms).await;
                }
                dispatch.dispatch(match api.0.confirm(request, key).await {
                    Ok(result) => Event::PaymentResolved(result),
                    Err(problem) => Event::ConfirmFailed(problem),
                });
            });
        }
        Effect::Poll {
            payment_id,
            delay_ms,
        } => {
            let api = api.clone();
            wasm_bindgen_futures::spawn_local(async move {
                gloo_timers::future::TimeoutFuture::new(delay_ms).await;
                dispatch.dispatch(match api.0.payment(payment_id).await {
                    Ok(result) => Event::PaymentPolled(result),
                    Err(problem) => Event::PollFailed(problem),
                });
            });
        }
        Effect::Emit(event) => {
            if let Some(host) = host {
                emit(host, &event);
            }
        }
    }
}

/// Dispatches `mc-ready`, `mc-success`, `mc-failure` or `mc-error` on the host element.
fn emit(host: &Element, event: &HostEvent) {
    let detail = Object::new();
    let (name, key, value) = match event {
        HostEvent::Ready { session_id } => ("mc-ready", "sessionId", session_id),
        HostEvent::Success { payment_id } => ("mc-success", "paymentId", payment_id),
        HostEvent::Failure { code } => ("mc-failure", "code", code),
        HostEvent::Error { code } => ("mc-error", "code", code),
    };
    let _ = Reflect::set(&detail, &key.into(), &value.as_str().into());
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&JsValue::from(detail));
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
