//! `MethodFields`: the fields the selected method needs, and only those: a card form,
//! a carrier and phone, or a top-up pack. One-tap methods show nothing.

use super::{CardForm, CarrierForm, TopUp};
use crate::fields::{Draft, FieldName};
use crate::intl::Texts;
use micro_checkout_contract::{Method, MethodKind, Money};
use yew::prelude::*;

/// Props of [`MethodFields`].
#[derive(Properties, PartialEq)]
pub struct MethodFieldsProps {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// A page-unique prefix for DOM ids.
    pub uid: AttrValue,
    /// The selected method.
    pub method: Method,
    /// What the buyer typed so far.
    pub draft: Draft,
    /// The draft's problems for this method.
    pub errors: Vec<(FieldName, &'static str)>,
    /// Show every error (after a tap on Pay).
    pub show_all: bool,
    /// True while a payment is in flight.
    pub disabled: bool,
    /// What the buyer pays.
    pub due: Money,
    /// The chosen top-up pack.
    pub pack: Option<String>,
    /// Called with the new draft.
    pub on_draft: Callback<Draft>,
    /// Called with a chosen pack id.
    pub on_pack: Callback<String>,
}

/// The form for the method's kind.
#[component]
pub fn MethodFields(props: &MethodFieldsProps) -> Html {
    let texts = props.texts;
    let uid = props.uid.clone();
    let draft = props.draft.clone();
    let errors = props.errors.clone();
    match &props.method.kind {
        MethodKind::Card { .. } => html! {
            <CardForm {texts} {uid} {draft} {errors} show_all={props.show_all}
                disabled={props.disabled} on_change={props.on_draft.clone()} />
        },
        MethodKind::CarrierBilling { carriers } => html! {
            <CarrierForm {texts} {uid} carriers={carriers.clone()} {draft} {errors}
                show_all={props.show_all} disabled={props.disabled}
                on_change={props.on_draft.clone()} />
        },
        MethodKind::Balance { balance, packs } => html! {
            <TopUp {texts} {uid} balance={balance.clone()} due={props.due.clone()}
                packs={packs.clone()} chosen={props.pack.clone()} disabled={props.disabled}
                on_choose={props.on_pack.clone()} />
        },
        _ => html! {},
    }
}
