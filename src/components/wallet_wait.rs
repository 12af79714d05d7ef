//! `WalletWait`: the buyer approves in the wallet's own window. The widget waits, polling,
//! and offers to open the window again if it was blocked or closed.

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
        html! {
            <div class="mc-step mc-wallet">
                <h2 class="mc-step-title" tabindex="-1" data-mc-focus="">{ texts.get("wallet-title", &wallet) }</h2>
                <p class="mc-waiting"><span class="mc-spinner" aria-hidden="true"></span>{ texts.get("wallet-waiting", &wallet) }</p>
                if !self.url.is_empty() {
                    <button type="button" class="mc-secondary" onclick={reopen}>
                        { texts.get("wallet-open", &wallet) }
                    </button>
                }
            </div>
        }
    }
}
