//! `TransferDetails`: where to send a bank transfer, each value with a copy button. The
//! flow polls meanwhile; the status changes when the money arrives.

use crate::hooks::use_countdown;
use crate::i18n::Arg;
use crate::intl::Texts;
use micro_checkout_contract::Money;
use yew::prelude::*;

/// Props of [`TransferDetails`].
#[derive(Properties, PartialEq)]
pub struct TransferDetailsProps {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// The bank's name.
    pub bank: AttrValue,
    /// The (virtual) account number.
    pub account: AttrValue,
    /// The account holder.
    pub holder: AttrValue,
    /// The reference to quote.
    pub reference: AttrValue,
    /// The exact amount to send.
    pub amount: Money,
    /// Seconds the account accepts this payment.
    pub expires_in_s: u32,
}

fn copy(text: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().clipboard().write_text(text);
    }
}

/// A definition list of the transfer's details and copy buttons for the ones to type.
#[component]
pub fn TransferDetails(props: &TransferDetailsProps) -> Html {
    let texts = props.texts;
    let copied = use_state(|| None::<&'static str>);
    let left = use_countdown(props.expires_in_s, props.reference.clone());
    let amount = texts.money(&props.amount);
    let row = |label: &'static str, value: &str, copyable: bool| {
        let on_copy = {
            let copied = copied.clone();
            let value = value.to_owned();
            Callback::from(move |_: MouseEvent| {
                copy(&value);
                copied.set(Some(label));
            })
        };
        let name = texts.get(label, &[]);
        html! {
            <div class="mc-detail">
                <dt>{ name.clone() }</dt>
                <dd>
                    <span class="mc-value">{ value.to_owned() }</span>
                    if copyable {
                        <button type="button" class="mc-copy" onclick={on_copy}
                            aria-label={texts.get("copy-named", &[("name", Arg::Str(&name))])}>
                            { texts.get("copy", &[]) }
                        </button>
                    }
                </dd>
            </div>
        }
    };
    let hours = left.div_ceil(3600);
    html! {
        <div class="mc-step mc-transfer">
            <h2 class="mc-step-title" tabindex="-1" data-mc-focus="">{ texts.get("transfer-title", &[]) }</h2>
            <dl class="mc-details">
                { row("transfer-bank", &props.bank, false) }
                { row("transfer-account", &props.account, true) }
                { row("transfer-holder", &props.holder, false) }
                { row("transfer-reference", &props.reference, true) }
                { row("transfer-amount", &amount, true) }
            </dl>
            <p class="mc-visually-hidden" aria-live="polite">
                if let Some(label) = *copied {
                    { texts.get("copied", &[("name", Arg::Str(&texts.get(label, &[])))]) }
                }
            </p>
            <p class="mc-muted">{ texts.get("transfer-within", &[("hours", Arg::Num(i64::from(hours)))]) }</p>
            <p class="mc-waiting"><span class="mc-spinner" aria-hidden="true"></span>{ texts.get("waiting-transfer", &[]) }</p>
        </div>
    }
}
