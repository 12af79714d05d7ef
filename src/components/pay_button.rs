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
    /// The total to pay.
    pub amount: Money,
    /// How the selected method reads, e.g. "Visa ending in 4242".
    pub method: Option<String>,
    /// True while a confirm is in flight: the button is disabled.
    pub submitting: bool,
    /// Called when the buyer taps Pay.
    pub on_pay: Callback<MouseEvent>,
}

/// A real `<button>` whose accessible name holds the localized "Pay" and the amount.
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
        <button type="button" class="mc-pay" disabled={props.submitting}
            onclick={props.on_pay.clone()}>
            <span class="mc-pay-label">{ label }</span>
            if let Some(method) = &props.method {
                <span class="mc-pay-method">{ method }</span>
            }
        </button>
    }
}
