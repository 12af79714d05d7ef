//! `TopUp`: a stored balance, and the packs to top it up with when it is short
//! ("5.00 of credit for 4.00"). A balance that covers the total needs no choice.

use crate::i18n::Arg;
use crate::intl::Texts;
use micro_checkout_contract::{Money, TopUpPack};
use yew::prelude::*;

/// Props of [`TopUp`].
#[derive(Properties, PartialEq)]
pub struct TopUpProps {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// A page-unique prefix for DOM ids.
    pub uid: AttrValue,
    /// What the buyer has.
    pub balance: Money,
    /// What this purchase costs.
    pub due: Money,
    /// The packs offered.
    pub packs: Vec<TopUpPack>,
    /// The chosen pack.
    pub chosen: Option<String>,
    /// True while a payment is in flight.
    pub disabled: bool,
    /// Called with a pack id when the buyer picks it.
    pub on_choose: Callback<String>,
}

/// The balance line and, when it is short, a radio group of packs.
#[component]
pub fn TopUp(props: &TopUpProps) -> Html {
    let texts = props.texts;
    let balance = texts.money(&props.balance);
    let short = props.balance.amount_minor < props.due.amount_minor;
    html! {
        <div class="mc-balance">
            <p>{ texts.get("balance-is", &[("balance", Arg::Str(&balance))]) }</p>
            if short {
                <fieldset class="mc-choices">
                    <legend>{ texts.get("balance-short", &[]) }</legend>
                    { for props.packs.iter().map(|pack| {
                        let id = pack.id.clone();
                        let pick = props.on_choose.reform(move |_: Event| id.clone());
                        let credit = texts.money(&pack.credit);
                        let price = texts.money(&pack.price);
                        html! {
                            <label class="mc-choice" key={pack.id.clone()}>
                                <input type="radio" name={format!("{}-pack", props.uid)}
                                    value={pack.id.clone()} disabled={props.disabled}
                                    checked={props.chosen.as_deref() == Some(pack.id.as_str())}
                                    onchange={pick} />
                                <span>{ texts.get("pack", &[("credit", Arg::Str(&credit)), ("price", Arg::Str(&price))]) }</span>
                            </label>
                        }
                    }) }
                </fieldset>
            }
        </div>
    }
}
