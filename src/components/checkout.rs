//! `Checkout`: the root component. It runs the flow and lays out the parts for each state.

use crate::api::ApiHandle;
use crate::components::{OtherMethods, PayButton, Status, Summary};
use crate::flow::{Event, State};
use crate::hooks::use_checkout;
use crate::intl::{Texts, random_key};
use web_sys::Element;
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

/// The whole checkout: summary, one-tap Pay, other methods and the live status.
#[component]
pub fn Checkout(props: &CheckoutProps) -> Html {
    let machine = use_checkout(props.api.clone(), props.host.clone());
    let texts = props.texts;
    let send = {
        let dispatcher = machine.dispatcher();
        move |event: Event| dispatcher.dispatch(event)
    };
    let body = match &machine.state {
        State::LoadingSession => html! {
            <div class="mc-skeleton" aria-hidden="true">
                <div class="mc-skeleton-line"></div>
                <div class="mc-skeleton-line mc-short"></div>
                <div class="mc-skeleton-button"></div>
            </div>
        },
        State::LoadFailed(_) => {
            let send = send.clone();
            html! {
                <button type="button" class="mc-secondary" onclick={move |_| send(Event::Retry)}>
                    { texts.get("try-again", &[]) }
                </button>
            }
        }
        state => {
            let checkout = state.checkout().expect("a loaded state has a checkout");
            let session = &checkout.session;
            let finished = matches!(state, State::Succeeded { .. } | State::Processing { .. });
            let submitting = matches!(state, State::Submitting { .. });
            let method = session.method(&checkout.selected).map(|m| texts.method(m));
            let on_pay = {
                let send = send.clone();
                Callback::from(move |_| {
                    send(Event::PayTapped {
                        fresh_key: random_key(),
                        details: Default::default(),
                    })
                })
            };
            let on_toggle = {
                let send = send.clone();
                Callback::from(move |_| send(Event::OtherMethodsToggled))
            };
            let on_select = {
                let send = send.clone();
                Callback::from(move |id| send(Event::MethodSelected(id)))
            };
            let others: Vec<_> = session
                .methods
                .iter()
                .filter(|m| m.id != checkout.selected)
                .cloned()
                .collect();
            html! {
                <>
                    <Summary {texts} session={session.clone()} />
                    if !finished {
                        <PayButton {texts} amount={session.amount.clone()} method={method}
                            {submitting} on_pay={on_pay} />
                        <OtherMethods {texts} methods={others} open={checkout.others_open}
                            disabled={submitting} {on_toggle} {on_select} />
                    }
                </>
            }
        }
    };
    html! {
        <section class="mc-checkout" lang={texts.locale()} aria-busy={matches!(machine.state, State::LoadingSession).then_some("true")}>
            { body }
            <Status {texts} state={machine.state.clone()} />
        </section>
    }
}
