//! `Summary`: what is bought, from whom, any fee of the selected method, and the total the
//! buyer pays, all shown before anything is tapped.

use crate::el;
use crate::i18n::Arg;
use crate::intl::Texts;
use micro_checkout_contract::{Money, Session};
use yew::prelude::*;

/// The merchant, the item(s), a fee line when there is a fee, and the formatted total.
pub struct Summary<'a> {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// The session being paid.
    pub session: &'a Session,
    /// The selected method's fee, if it adds one.
    pub fee: Option<&'a Money>,
    /// The total with the fee: what the buyer pays.
    pub due: &'a Money,
}

impl Summary<'_> {
    /// Renders the summary.
    pub fn html(&self) -> Html {
        let texts = self.texts;
        let session = self.session;
        let items = match session.lines.len() {
            0 | 1 => session.headline().to_owned(),
            n => texts.get(
                "items",
                &[
                    ("first", Arg::Str(session.headline())),
                    ("others", Arg::Num(n as i64 - 1)),
                ],
            ),
        };
        let fee = self.fee.filter(|f| f.amount_minor > 0).map(|fee| {
            el!("p", "class" = "mc-line mc-fee")
                .child(el!("span").text(texts.get("fee", &[])).into())
                .child(el!("bdi").text(texts.money(fee)).into())
                .into()
        });
        let total = el!("span", "class" = "mc-total")
            .child(
                el!("span", "class" = "mc-total-label")
                    .text(texts.get("total", &[]))
                    .into(),
            )
            .child(
                el!("bdi", "class" = "mc-amount")
                    .text(texts.money(self.due))
                    .into(),
            );
        el!("div", "class" = "mc-summary")
            .child(
                el!("p", "class" = "mc-merchant")
                    .text(session.merchant.clone())
                    .into(),
            )
            .maybe_child(fee)
            .child(
                el!("p", "class" = "mc-line")
                    .child(el!("span", "class" = "mc-item").text(items).into())
                    .child(total.into())
                    .into(),
            )
            .into()
    }
}
