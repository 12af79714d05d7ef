//! `PaymentForm`: the selected method's fields (if any), the one-tap Pay button and
//! "Other ways to pay". It checks the fields before the flow sees a tap.

use super::{MethodFields, OtherMethods, PayButton};
use crate::fields::{self, Draft, FieldName};
use crate::flow::{self, Checkout, Details, Event};
use crate::intl::{Texts, page_url, random_key, today};
use micro_checkout_contract::MethodKind;
use yew::prelude::*;

/// Props of [`PaymentForm`].
#[derive(Properties, PartialEq)]
pub struct PaymentFormProps {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// A page-unique prefix for DOM ids.
    pub uid: AttrValue,
    /// The checkout: session, selected method, disclosure.
    pub checkout: Checkout,
    /// True while an attempt is in flight.
    pub busy: bool,
    /// What the buyer typed so far (kept by the parent across steps).
    pub draft: Draft,
    /// Called with the new draft.
    pub on_draft: Callback<Draft>,
    /// Sends flow events.
    pub send: Callback<Event>,
}

/// The draft's problems for the selected method.
fn problems(checkout: &Checkout, draft: &Draft) -> Vec<(FieldName, &'static str)> {
    let Some(method) = checkout.session.method(&checkout.selected) else {
        return Vec::new();
    };
    match &method.kind {
        MethodKind::Card { brands } => fields::card_errors(draft, brands, today()),
        MethodKind::CarrierBilling { carriers } => {
            let country = checkout.session.country.as_deref();
            fields::phone_errors(draft, country.or(fields::carrier_country(carriers)))
        }
        _ => Vec::new(),
    }
}

/// A `<form>`: Enter pays, like the button.
#[component]
pub fn PaymentForm(props: &PaymentFormProps) -> Html {
    let texts = props.texts;
    let checkout = &props.checkout;
    let show_all = use_state(|| false);
    let errors = problems(checkout, &props.draft);
    let complete = errors.is_empty();
    {
        let send = props.send.clone();
        use_effect_with((checkout.selected.clone(), complete), move |(_, complete)| {
            send.emit(Event::FieldsChanged(*complete));
        });
    }
    let onsubmit = {
        let (send, draft, show_all) = (props.send.clone(), props.draft.clone(), show_all.clone());
        let (checkout, busy) = (checkout.clone(), props.busy);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if busy {
                return;
            }
            if !problems(&checkout, &draft).is_empty() {
                show_all.set(true);
                return;
            }
            let country = checkout.session.country.as_deref();
            let details = Details {
                card: fields::card_request(&draft, today()),
                carrier: draft.carrier.clone(),
                phone: fields::e164(&draft.phone, country.or(carrier_hint(&checkout))).ok(),
                return_url: page_url(),
            };
            send.emit(Event::PayTapped {
                fresh_key: random_key(),
                details,
            });
        })
    };
    let method = checkout.session.method(&checkout.selected);
    let others: Vec<_> = checkout
        .session
        .methods
        .iter()
        .filter(|m| m.id != checkout.selected)
        .cloned()
        .collect();
    let due = flow::due(checkout);
    html! {
        <form class="mc-form" {onsubmit} novalidate=true>
            if let Some(method) = method {
                <div class="mc-fields">
                    <MethodFields {texts} uid={props.uid.clone()} method={method.clone()}
                        draft={props.draft.clone()} {errors} show_all={*show_all}
                        disabled={props.busy} due={due.clone()} pack={checkout.pack.clone()}
                        on_draft={props.on_draft.clone()}
                        on_pack={props.send.reform(Event::PackChosen)} />
                </div>
            }
            <PayButton {texts} amount={due} method={method.map(|m| texts.method(m))}
                submitting={props.busy} />
            <OtherMethods {texts} methods={others} open={checkout.others_open}
                disabled={props.busy} on_toggle={props.send.reform(|()| Event::OtherMethodsToggled)}
                on_select={props.send.reform(Event::MethodSelected)} />
        </form>
    }
}

fn carrier_hint(checkout: &Checkout) -> Option<&'static str> {
    match checkout.session.method(&checkout.selected).map(|m| &m.kind) {
        Some(MethodKind::CarrierBilling { carriers }) => fields::carrier_country(carriers),
        _ => None,
    }
}
