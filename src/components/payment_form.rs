//! `PaymentForm`: the selected method's fields (if any), the one-tap Pay button and
//! "Other ways to pay". It works out once per render whether the fields are complete: the
//! flow is told when that changes, and a tap on Pay with incomplete fields shows every
//! problem instead of paying.

use super::{Fields, MethodFields, OtherMethods, PayButton};
use crate::el;
use crate::fields::{self, Draft, Edit, FieldName};
use crate::flow::{self, Checkout, Details};
use crate::intl::Texts;
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
    /// Today's (year, month): card expiry is checked against it.
    pub today: (u32, u32),
    /// What the buyer can do on the form.
    pub on: FormCallbacks,
}

/// What the buyer can do on the form, one callback each (one prop, so that the component's
/// property builder stays small in the wasm).
#[derive(Clone, PartialEq)]
pub struct FormCallbacks {
    /// Pay with these details.
    pub pay: Callback<Details>,
    /// Whether the selected method's fields are complete, each time that changes.
    pub complete: Callback<bool>,
    /// A top-up pack was chosen.
    pub pack: Callback<String>,
    /// "Other ways to pay" was opened or closed.
    pub toggle: Callback<()>,
    /// Another method was chosen.
    pub select: Callback<String>,
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
fn problems(
    checkout: &Checkout,
    draft: &Draft,
    today: (u32, u32),
) -> Vec<(FieldName, &'static str)> {
    match checkout.session.method(&checkout.selected).map(|m| &m.kind) {
        Some(MethodKind::Card { brands }) => fields::card_errors(draft, brands, today),
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
    let errors = problems(checkout, &props.draft, props.today);
    let complete = errors.is_empty();
    {
        let on_complete = props.on.complete.clone();
        use_effect_with(
            (checkout.selected.clone(), complete),
            move |(_, complete)| on_complete.emit(*complete),
        );
    }
    let onsubmit = {
        let (on_pay, show_all, today) = (props.on.pay.clone(), show_all.clone(), props.today);
        let (draft, busy) = (props.draft.clone(), props.busy);
        let phone_country = country(checkout).map(str::to_owned);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if busy {
                return;
            }
            if !complete {
                show_all.set(true);
                return;
            }
            on_pay.emit(Details {
                card: fields::card_request(&draft, today),
                carrier: draft.carrier.clone(),
                phone: fields::e164(&draft.phone, phone_country.as_deref()).ok(),
                return_url: None,
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
        on_pack: props.on.pack.clone(),
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
        on_toggle: props.on.toggle.clone(),
        on_select: props.on.select.clone(),
    };
    let form = form.map(|form| el!("div", "class" = "mc-fields").child(form.html()).into());
    el!("form", "class" = "mc-form", "novalidate" = "")
        .onsubmit(onsubmit)
        .maybe_child(form)
        .child(pay.html())
        .child(others.html())
        .into()
}
