//! `Checkout`: the root component. It runs the flow, keeps what the buyer typed across
//! steps (and what the form shows of its problems), tells the flow when the fields become
//! complete, moves focus on every step change, and lays out the parts for each state.

use super::{
    ActionStep, FormCallbacks, PaymentForm, Shown, Status, StepCallbacks, StepLoading, Summary,
    problems,
};
use crate::api::ApiHandle;
use crate::el;
use crate::element::{siblings, yes};
use crate::fields::{Draft, Edit};
use crate::flow::{self, Event, State, Waiting};
use crate::hooks::{Steps, use_checkout, use_steps};
use crate::intl::Texts;
use micro_checkout_contract::NextAction;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Props of [`Checkout`].
#[derive(Properties, PartialEq)]
pub struct CheckoutProps {
    /// The merchant backend.
    pub api: ApiHandle,
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// The element that receives host-page events (`mc-ready`, `mc-success`, …).
    #[prop_or_default]
    pub host: Option<Element>,
}

/// What the buyer typed, kept across steps; edits apply to the latest version.
#[derive(Default, PartialEq)]
struct Typed(Draft);

impl Reducible for Typed {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let mut draft = self.0.clone();
        draft.apply(edit);
        Rc::new(Typed(draft))
    }
}

thread_local! {
    /// Widgets mounted so far on this page: each gets its own DOM id prefix.
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
}

/// Names the step the buyer is on; focus moves when it changes (never on first load), and
/// when a payment step's module comes in (`ready`).
fn step_name(state: &State, ready: bool) -> String {
    match state {
        State::LoadingSession => "loading".into(),
        State::LoadFailed(_) => "load-failed".into(),
        State::Ready(c)
        | State::Tokenizing { checkout: c, .. }
        | State::Submitting { checkout: c, .. } => {
            format!("pay:{}", c.selected)
        }
        State::Acting(Waiting {
            payment_id, action, ..
        }) => {
            // Named by kind, not `Debug` (compiled out of shipping builds): a new code or
            // QR for the same payment is the same step and keeps focus where it is.
            let kind = match action {
                NextAction::Redirect { .. } => "redirect",
                NextAction::Otp { .. } => "otp",
                NextAction::Qr { .. } => "qr",
                NextAction::Instructions { .. } => "instructions",
                NextAction::ThreeDs { .. } => "three_ds",
            };
            format!("act:{payment_id}:{kind}:{ready}")
        }
        State::Processing { .. } => "processing".into(),
        State::Succeeded { .. } => "succeeded".into(),
        State::Failed { checkout, .. } => format!("failed:{}", checkout.selected),
    }
}

/// Focuses the step's heading or message (`data-mc-focus`), else its first field, else Pay.
fn focus_step(root: &NodeRef) {
    let Some(root) = root.cast::<Element>() else {
        return;
    };
    let target = ["[data-mc-focus]", ".mc-fields input", ".mc-pay"]
        .iter()
        .find_map(|selector| root.query_selector(selector).ok().flatten());
    if let Some(target) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
        let _ = target.focus();
    }
}

/// While a payment waits: offline, a way to drop the queued payment (nothing was sent);
/// after a few unanswered checks, a way to pay another way (the backend pays a session
/// once, so that is safe even if the first attempt completes).
fn way_out(texts: Texts, state: &State, send: &Callback<Event>) -> Html {
    // A flag, not the event itself: cloning a whole `Event` in the handler would bring
    // `Event::clone` into the wasm.
    let (label, stop) = match state {
        State::Submitting { checkout, .. } if checkout.offline => ("cancel-payment", false),
        State::Submitting { tries, .. } if *tries >= flow::SLOW_TRIES => ("other-ways", true),
        _ => return html! {},
    };
    let onclick = send.reform(move |_: MouseEvent| match stop {
        true => Event::StopWaiting,
        false => Event::CancelTapped,
    });
    el!(
        "button",
        "type" = "button",
        "class" = "mc-secondary mc-way-out"
    )
    .onclick(onclick)
    .text(texts.get(label, &[]))
    .into()
}

/// The whole checkout: summary, the step or the form, and the live status.
#[component]
pub fn Checkout(props: &CheckoutProps) -> Html {
    let running = use_checkout(props.api.clone(), props.host.clone());
    let machine = &running.machine;
    let texts = machine
        .state
        .checkout()
        .map_or(props.texts, |c| props.texts.with_variant(c.messages));
    let draft = use_reducer(Typed::default);
    let shown = use_state(Shown::default);
    let uid = use_memo((), |_| format!("mc{}", MOUNTED.replace(MOUNTED.get() + 1)));
    let uid = AttrValue::from((*uid).clone());
    let root = use_node_ref();
    let last_step = use_mut_ref(String::new);
    let acting = matches!(machine.state, State::Acting(_));
    let under_way = acting
        || matches!(
            machine.state,
            State::Tokenizing { .. } | State::Submitting { .. }
        );
    let (steps, load_steps) = use_steps(under_way, acting);
    {
        let (root, last_step) = (root.clone(), last_step.clone());
        let ready = steps == Steps::Ready;
        use_effect_with(step_name(&machine.state, ready), move |step| {
            let previous = std::mem::replace(&mut *last_step.borrow_mut(), step.clone());
            if !previous.is_empty() && previous != "loading" {
                focus_step(&root);
            }
        });
    }
    let send = {
        let dispatcher = machine.dispatcher();
        Callback::from(move |event: Event| dispatcher.dispatch(event))
    };
    let on_draft = {
        let draft = draft.dispatcher();
        Callback::from(move |edit: Edit| draft.dispatch(edit))
    };
    let state = &machine.state;
    // The selected method's problems, worked out once per render: the flow is told when
    // the fields become complete or incomplete.
    let errors = state
        .checkout()
        .map(|checkout| problems(checkout, &draft.0, running.today))
        .unwrap_or_default();
    {
        let complete = send.reform(Event::FieldsChanged);
        let selected = state.checkout().map(|checkout| checkout.selected.clone());
        use_effect_with((selected, errors.is_empty()), move |(selected, fine)| {
            if selected.is_some() {
                complete.emit(*fine);
            }
        });
    }
    let body = match (state, state.checkout()) {
        (State::LoadingSession, _) => el!("div", "class" = "mc-skeleton", "aria-hidden" = "true")
            .child(el!("div", "class" = "mc-skeleton-line").into())
            .child(el!("div", "class" = "mc-skeleton-line mc-short").into())
            .child(el!("div", "class" = "mc-skeleton-button").into())
            .into(),
        (_, None) => el!("button", "type" = "button", "class" = "mc-secondary")
            .onclick(send.reform(|_: MouseEvent| Event::Retry))
            .text(texts.get("try-again", &[]))
            .into(),
        (_, Some(checkout)) => {
            let session = &checkout.session;
            let method = session.method(&checkout.selected);
            let due = flow::due(checkout);
            let summary = Summary {
                texts,
                session,
                fee: method.and_then(|m| m.fee.as_ref()),
                due: &due,
            };
            let part = match state {
                State::Acting(Waiting { busy, .. }) if steps != Steps::Ready => StepLoading {
                    texts,
                    failed: steps == Steps::Failed,
                    busy: *busy,
                    on_retry: &load_steps,
                    on_cancel: &send.reform(|()| Event::CancelTapped),
                }
                .html(),
                State::Acting(Waiting {
                    payment_id,
                    action,
                    error,
                    busy,
                    round,
                    ..
                }) => html! {
                    <ActionStep {texts} uid={uid.clone()} payment_id={payment_id.clone()} action={action.clone()}
                        error={error.clone()} busy={*busy} round={*round}
                        method={method.map(|m| texts.method(m)).unwrap_or_default()}
                        on={StepCallbacks {
                            code: send.reform(Event::OtpEntered),
                            resend: send.reform(|()| Event::OtpResendTapped),
                            reopen: send.reform(|()| Event::ReopenTapped),
                            copy: send.reform(Event::CopyTapped),
                            cancel: send.reform(|()| Event::CancelTapped),
                        }} />
                },
                State::Processing { .. } | State::Succeeded { .. } => html! {},
                _ => siblings(vec![
                    PaymentForm {
                        texts,
                        uid: &uid,
                        checkout,
                        busy: state.busy(),
                        draft: &draft.0,
                        errors: &errors,
                        shown: &shown,
                        on_draft: &on_draft,
                        today: running.today,
                        on: &FormCallbacks {
                            pay: running.pay.clone(),
                            pack: send.reform(Event::PackChosen),
                            toggle: send.reform(|()| Event::OtherMethodsToggled),
                            select: send.reform(Event::MethodSelected),
                        },
                    }
                    .html(),
                    way_out(texts, state, &send),
                ]),
            };
            siblings(vec![summary.html(), part])
        }
    };
    let busy = yes(matches!(state, State::LoadingSession));
    el!(
        "section",
        "class" = "mc-checkout",
        "lang" = texts.locale(),
        "dir" = texts.direction(),
        "aria-busy" = busy,
    )
    .node_ref(root)
    .child(body)
    .child(Status { texts, state }.html())
    .into()
}
