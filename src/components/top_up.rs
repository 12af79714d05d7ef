//! `TopUp`: a stored balance, and the packs to top it up with when it is short
//! ("5.00 of credit for 4.00"). A balance that covers the total needs no choice.

use super::{Choice, Fields};
use crate::el;
use crate::i18n::Arg;
use micro_checkout_contract::{Money, TopUpPack};
use yew::prelude::*;

/// The balance line and, when it is short, a radio group of packs.
pub struct TopUp<'a> {
    /// What the forms share.
    pub fields: &'a Fields<'a>,
    /// What the buyer has.
    pub balance: &'a Money,
    /// What this purchase costs.
    pub due: &'a Money,
    /// The packs offered.
    pub packs: &'a [TopUpPack],
    /// The chosen pack.
    pub chosen: Option<&'a str>,
    /// Called with a pack id when the buyer picks it.
    pub on_choose: &'a Callback<String>,
}

impl TopUp<'_> {
    /// Renders the balance and the packs.
    pub fn html(&self) -> Html {
        let texts = self.fields.texts;
        let balance = texts.money(self.balance);
        let short = self.balance.amount_minor < self.due.amount_minor;
        let packs = short.then(|| {
            el!("fieldset", "class" = "mc-choices")
                .child(el!("legend").text(texts.get("balance-short", &[])).into())
                .children(self.packs.iter().map(|pack| self.choice(pack)).collect())
                .into()
        });
        el!("div", "class" = "mc-balance")
            .child(
                el!("p")
                    .text(texts.get("balance-is", &[("balance", Arg::Str(&balance))]))
                    .into(),
            )
            .maybe_child(packs)
            .into()
    }

    fn choice(&self, pack: &TopUpPack) -> Html {
        let texts = self.fields.texts;
        let id = pack.id.clone();
        let pick = self.on_choose.reform(move |_: Event| id.clone());
        let credit = texts.money(&pack.credit);
        let price = texts.money(&pack.price);
        Choice {
            name: self.fields.id("pack"),
            value: pack.id.clone(),
            checked: self.chosen == Some(pack.id.as_str()),
            disabled: self.fields.disabled,
            label: texts.get(
                "pack",
                &[("credit", Arg::Str(&credit)), ("price", Arg::Str(&price))],
            ),
            on_pick: pick,
        }
        .html()
    }
}
