//! `PayButton`: the single primary action, "Pay $0.99", paying with the selected method.

use super::Waiting;
use crate::el;
use crate::element::yes;
use crate::i18n::Arg;
use crate::intl::Texts;
use micro_checkout_contract::Money;
use yew::prelude::*;

/// A real submit `<button>` whose accessible name holds "Pay", the amount and the method.
/// While paying it stays focusable (`aria-disabled`, not `disabled`), so keyboard focus is
/// never dropped; the flow ignores taps while an attempt is in flight.
pub struct PayButton<'a> {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// What the buyer pays, fee included.
    pub amount: &'a Money,
    /// How the selected method reads, e.g. "Visa ending in 4242".
    pub method: Option<String>,
    /// True while a payment is in flight.
    pub submitting: bool,
}

impl PayButton<'_> {
    /// Renders the button.
    pub fn html(&self) -> Html {
        let texts = self.texts;
        let amount = texts.money(self.amount);
        let id = if self.submitting {
            "paying"
        } else {
            "pay-button"
        };
        let label = texts.get(id, &[("amount", Arg::Str(&amount))]);
        let method = self
            .method
            .clone()
            .map(|method| el!("span", "class" = "mc-pay-method").text(method).into());
        el!(
            "button",
            "type" = "submit",
            "class" = "mc-pay",
            "aria-disabled" = yes(self.submitting)
        )
        .maybe_child(self.submitting.then(Waiting::spinner))
        .child(el!("span", "class" = "mc-pay-label").text(label).into())
        .maybe_child(method)
        .into()
    }
}
