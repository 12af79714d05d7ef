//! `Summary`: what is bought, from whom, any fee of the selected method, and the total the
//! buyer pays, all shown before anything is tapped.

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
        html! {
            <div class="mc-summary">
                <p class="mc-merchant">{ &session.merchant }</p>
                if let Some(fee) = self.fee.filter(|f| f.amount_minor > 0) {
                    <p class="mc-line mc-fee">
                        <span>{ texts.get("fee", &[]) }</span>
                        <bdi>{ texts.money(fee) }</bdi>
                    </p>
                }
                <p class="mc-line">
                    <span class="mc-item">{ items }</span>
                    <span class="mc-total">
                        <span class="mc-total-label">{ texts.get("total", &[]) }</span>
                        <bdi class="mc-amount">{ texts.money(self.due) }</bdi>
                    </span>
                </p>
            </div>
        }
    }
}
