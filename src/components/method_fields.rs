//! `MethodFields`: the fields the selected method needs, and only those: a card form,
//! a carrier and phone, or a top-up pack. One-tap methods show nothing. [`Fields`] is what
//! every form shares: the draft, its errors, and when to show them.

use super::{CardForm, CarrierForm, TopUp};
use crate::fields::{Draft, Edit, FieldName};
use crate::intl::Texts;
use micro_checkout_contract::{Method, MethodKind, Money};
use yew::prelude::*;

/// What the method forms share.
pub struct Fields<'a> {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// A page-unique prefix for DOM ids.
    pub uid: &'a str,
    /// What the buyer typed so far.
    pub draft: &'a Draft,
    /// The draft's problems for this method.
    pub errors: &'a [(FieldName, &'static str)],
    /// Fields the buyer has left; their errors show.
    pub touched: &'a [FieldName],
    /// Show every error (after a tap on Pay).
    pub show_all: bool,
    /// True while a payment is in flight.
    pub disabled: bool,
    /// Called with each edit.
    pub on_draft: &'a Callback<Edit>,
    /// Called when the buyer leaves a field.
    pub on_blur: &'a Callback<FieldName>,
}

impl Fields<'_> {
    /// The localized error of `field`, once it should show.
    pub fn error(&self, field: FieldName) -> Option<String> {
        let shown = self.show_all || self.touched.contains(&field);
        self.errors
            .iter()
            .find(|(f, _)| *f == field && shown)
            .map(|(_, id)| self.texts.get(id, &[]))
    }

    /// A callback that turns a typed value into an edit of the draft.
    pub fn edit(&self, make: fn(String) -> Edit) -> Callback<String> {
        self.on_draft.reform(make)
    }

    /// A callback for leaving `field`.
    pub fn blur(&self, field: FieldName) -> Callback<()> {
        self.on_blur.reform(move |()| field)
    }

    /// The DOM id of `field`.
    pub fn id(&self, field: &str) -> String {
        format!("{}-{field}", self.uid)
    }
}

/// The form for the selected method's kind.
pub struct MethodFields<'a> {
    /// What the forms share.
    pub fields: Fields<'a>,
    /// The selected method.
    pub method: &'a Method,
    /// What the buyer pays.
    pub due: &'a Money,
    /// The chosen top-up pack.
    pub pack: Option<&'a str>,
    /// Called with a chosen pack id.
    pub on_pack: Callback<String>,
}

impl MethodFields<'_> {
    /// Renders the form, or nothing for a one-tap method.
    pub fn html(&self) -> Html {
        let fields = &self.fields;
        match &self.method.kind {
            MethodKind::Card { .. } => CardForm { fields }.html(),
            MethodKind::CarrierBilling { carriers } => CarrierForm { fields, carriers }.html(),
            MethodKind::Balance { balance, packs } => TopUp {
                fields,
                balance,
                due: self.due,
                packs,
                chosen: self.pack,
                on_choose: &self.on_pack,
            }
            .html(),
            _ => html! {},
        }
    }
}
