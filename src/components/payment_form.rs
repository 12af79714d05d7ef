//! `PaymentForm`: the selected method's fields (if any), the one-tap Pay button and
//! "Other ways to pay". A tap on Pay with incomplete fields shows every problem instead of
//! paying; the root works out once per render whether the fields are complete
//! ([`problems`]) and tells the flow when that changes.

use super::{Fields, MethodFields, OtherMethods, PayButton};
use crate::el;
use crate::fields::{self, Draft, Edit, FieldName};
use crate::flow::{self, Checkout, Details};
use crate::intl::Texts;
use micro_checkout_contract::MethodKind;
use yew::prelude::*;

/// The selected method's form. A plain view, not a component: `Checkout` keeps what it
/// shows of its problems ([`Shown`]) and tells the flow when the fields become complete
/// (a component of its own weighed about 4.5 KB more in the wasm).
pub struct PaymentForm<'a> {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// A page-unique prefix for DOM ids.
    pub uid: &'a AttrValue,
    /// The checkout: session, selected method, disclosure.
    pub checkout: &'a Checkout,
    /// True while an attempt is in flight.
    pub busy: bool,
    /// What the buyer typed so far (kept by the parent across steps).
    pub draft: &'a Draft,
    /// The draft's problems for the selected method ([`problems`]).
    pub errors: &'a [(FieldName, &'static str)],
    /// What shows of them, kept by the parent.
    pub shown: &'a UseStateHandle<Shown>,
    /// Called with each edit of the draft.
    pub on_draft: &'a Callback<Edit>,
    /// Today's (year, month): card expiry is checked against it.
    pub today: (u32, u32),
    /// What the buyer can do on the form.
    pub on: &'a FormCallbacks,
}

/// What the form shows of its problems, for the method it was shown with (another method
/// starts afresh): the fields the buyer has left, and whether every problem shows (after a
/// tap on Pay with problems).
#[derive(Clone, Default, PartialEq)]
pub struct Shown {
    /// The method these belong to.
    pub method: String,
    /// Fields the buyer has left; their errors show.
    pub touched: Vec<FieldName>,
    /// Every error shows.
    pub all: bool,
}

/// What the buyer can do on the form, one callback each.
pub struct FormCallbacks {
    /// Pay with these details.
    pub pay: Callback<Details>,
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
pub fn problems(
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

impl PaymentForm<'_> {
    /// A `<form>`: Enter pays, like the button.
    pub fn html(&self) -> Html {
        let texts = self.texts;
        let checkout = self.checkout;
        let selected = &checkout.selected;
        let shown = match &**self.shown {
            shown if shown.method == *selected => shown.clone(),
            _ => Shown {
                method: selected.clone(),
                ..Shown::default()
            },
        };
        let complete = self.errors.is_empty();
        let onsubmit = {
            let (on_pay, handle, today) = (self.on.pay.clone(), self.shown.clone(), self.today);
            let (draft, busy) = (self.draft.clone(), self.busy);
            let phone_country = country(checkout).map(str::to_owned);
            let all = Shown {
                all: true,
                ..shown.clone()
            };
            Callback::from(move |event: SubmitEvent| {
                event.prevent_default();
                if busy {
                    return;
                }
                if !complete {
                    handle.set(all.clone());
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
            let (handle, shown) = (self.shown.clone(), shown.clone());
            Callback::from(move |field: FieldName| {
                if !shown.touched.contains(&field) {
                    let mut next = shown.clone();
                    next.touched.push(field);
                    handle.set(next);
                }
            })
        };
        let method = checkout.session.method(selected);
        let due = flow::due(checkout);
        let charge = flow::charge(checkout);
        let form = method.map(|method| MethodFields {
            fields: Fields {
                texts,
                uid: self.uid,
                draft: self.draft,
                errors: self.errors,
                touched: &shown.touched,
                show_all: shown.all,
                disabled: self.busy,
                on_draft: self.on_draft,
                on_blur: &on_blur,
            },
            method,
            due: &due,
            pack: checkout.pack.as_deref(),
            on_pack: self.on.pack.clone(),
        });
        let pay = PayButton {
            texts,
            amount: &charge,
            method: method.map(|m| texts.method(m)),
            submitting: self.busy,
        };
        let others = OtherMethods {
            texts,
            methods: checkout
                .session
                .methods
                .iter()
                .filter(|m| m.id != *selected)
                .collect(),
            open: checkout.others_open,
            disabled: self.busy,
            on_toggle: self.on.toggle.clone(),
            on_select: self.on.select.clone(),
        };
        let form = form.map(|form| el!("div", "class" = "mc-fields").child(form.html()).into());
        el!("form", "class" = "mc-form", "novalidate" = "")
            .onsubmit(onsubmit)
            .maybe_child(form)
            .child(pay.html())
            .child(others.html())
            .into()
    }
}
