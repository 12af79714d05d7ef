//! `PaymentForm`: the selected method's fields (if any), the one-tap Pay button and
//! "Other ways to pay". It checks the fields before the flow sees a tap.

use super::{Fields, MethodFields, OtherMethods, PayButton};
use crate::fields::{self, Draft, Edit, FieldName};
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
    /// Called with each edit of the draft.
    pub on_draft: Callback<Edit>,
    /// Sends flow events.
    pub send: Callback<Event>,
}

/// The country phone numbers are read in: the session's, else the carriers'.
fn country(checkout: &Checkout) -> Option<&str> {
    let carriers = match checkout.session.method(&checkout.selected).map(|m| &m.kind) {
        Some(MethodKind::CarrierBilling { carriers }) => fields::carrier_country(carriers),
        _ => None,
    };
    checkout.session.country.as_deref().or(carriers)
}

/// The draft's problems for the selected method.
fn problems(checkout: &Checkout, draft: &Draft) -> Vec<(FieldName, &'static str)> {
    match checkout.session.method(&checkout.selected).map(|m| &m.kind) {
        Some(MethodKind::Card { brands }) => fields::card_errors(draft, brands, today()),
        Some(MethodKind::CarrierBilling { .. }) => fields::phone_errors(draft, country(checkout)),
        _ => Vec::new(),
    }
}

/// A `<form>`: Enter pays, like the button.
#[component]
pub fn PaymentForm(props: &PaymentFormProps) -> Html {
    let texts = props.texts;
    let checkout = &props.checkout;
    let show_all = use_state(|| false);
    let touched = use_state(Vec::<FieldName>::new);
    let errors = problems(checkout, &props.draft);
    let complete = errors.is_empty();
    {
        let send = props.send.clone();
        use_effect_with(
            (checkout.selected.clone(), complete),
            move |(_, complete)| {
                send.emit(Event::FieldsChanged(*complete));
            },
        );
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
            let details = Details {
                card: fields::card_request(&draft, today()),
                carrier: draft.carrier.clone(),
                phone: fields::e164(&draft.phone, country(&checkout)).ok(),
                return_url: page_url(),
            };
            send.emit(Event::PayTapped {
                fresh_key: random_key(),
                details,
            });
        })
    };
    let on_blur = {
        let touched = touched.clone();
        Callback::from(move |field: FieldName| {
            if !touched.contains(&field) {
                let mut next = (*touched).clone();
                next.push(field);
                touched.set(next);
            }
        })
    };
    let method = checkout.session.method(&checkout.selected);
    let due = flow::due(checkout);
    let charge = flow::charge(checkout);
    let form = method.map(|method| MethodFields {
        fields: Fields {
            texts,
            uid: &props.uid,
            draft: &props.draft,
            errors: &errors,
            touched: &touched,
            show_all: *show_all,
            disabled: props.busy,
            on_draft: &props.on_draft,
            on_blur: &on_blur,
        },
        method,
        due: &due,
        pack: checkout.pack.as_deref(),
        on_pack: props.send.reform(Event::PackChosen),
    });
    let pay = PayButton {
        texts,
        amount: &charge,
        method: method.map(|m| texts.method(m)),
        submitting: props.busy,
    };
    let others = OtherMethods {
        texts,
        methods: checkout
            .session
            .methods
            .iter()
            .filter(|m| m.id != checkout.selected)
            .collect(),
        open: checkout.others_open,
        disabled: props.busy,
        on_toggle: props.send.reform(|()| Event::OtherMethodsToggled),
        on_select: props.send.reform(Event::MethodSelected),
    };
    html! {
        <form class="mc-form" {onsubmit} novalidate=true>
            if let Some(form) = form {
                <div class="mc-fields">{ form.html() }</div>
            }
            { pay.html() }
            { others.html() }
        </form>
    }
}
