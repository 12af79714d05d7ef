//! `WalletWait`: the buyer approves in the wallet's own window. The widget waits, polling,
//! and offers to open the window again if it was blocked or closed.

use super::{StepTitle, Waiting};
use crate::el;
use crate::i18n::Arg;
use crate::intl::Texts;
use yew::prelude::*;

/// "Continue in KakaoPay", a spinner, and a button that reopens the approval window.
pub struct WalletWait<'a> {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// The wallet's name as the buyer knows it.
    pub wallet: &'a str,
    /// The approval page; empty while a return from a redirect is being checked.
    pub url: &'a str,
    /// Open the approval window again.
    pub on_reopen: &'a Callback<()>,
}

impl WalletWait<'_> {
    /// Renders the step.
    pub fn html(&self) -> Html {
        let texts = self.texts;
        let wallet = [("wallet", Arg::Str(self.wallet))];
        let reopen = self.on_reopen.reform(|_: MouseEvent| ());
        let again = (!self.url.is_empty()).then(|| {
            el!("button", "type" = "button", "class" = "mc-secondary")
                .onclick(reopen)
                .text(texts.get("wallet-open", &wallet))
                .into()
        });
        el!("div", "class" = "mc-step mc-wallet")
            .child(
                StepTitle {
                    text: texts.get("wallet-title", &wallet),
                }
                .html(),
            )
            .child(
                Waiting {
                    text: texts.get("wallet-waiting", &wallet),
                }
                .html(),
            )
            .maybe_child(again)
            .into()
    }
}
