//! `PayButton`: the single primary action, "Pay $0.99", paying with the selected method.

use crate::i18n::Arg;
use crate::intl::Texts;
use micro_checkout_contract::Money;
use yew::prelude::*;

/// Props of [`PayButton`].
#[derive(Properties, PartialEq)]
pub struct PayButtonProps {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// What the buyer pays, fee included.
    pub amount: Money,
    /// How the selected method reads, e.g. "Visa ending in 4242".
    pub method: Option<String>,
    /// True while a payment is in flight.
    pub submitting: bool,
}

/// A real submit `<button>` whose accessible name holds "Pay", the amount and the method.
/// While paying it stays focusable (`aria-disabled`, not `disabled`), so keyboard focus is
/// never dropped; the flow ignores taps while an attempt is in flight.
#[component]
pub fn PayButton(props: &PayButtonProps) -> Html {
    let texts = props.texts;
    let amount = texts.money(&props.amount);
    let id = if props.submitting {
        "paying"
    } else {
        "pay-button"
    };
    let label = texts.get(id, &[("amount", Arg::Str(&amount))]);
    html! {
        <button type="submit" class="mc-pay" aria-disabled={props.submitting.then_some("true")}>
            if props.submitting {
                <span class="mc-spinner" aria-hidden="true"></span>
            }
            <span class="mc-pay-label">{ label }</span>
            if let Some(method) = &props.method {
                <span class="mc-pay-method">{ method }</span>
            }
        </button>
    }
}
