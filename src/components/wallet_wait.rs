//! `WalletWait`: the buyer approves in the wallet's own window. The widget waits, polling,
//! and offers to open the window again if it was blocked or closed.

use crate::i18n::Arg;
use crate::intl::Texts;
use yew::prelude::*;

/// Props of [`WalletWait`].
#[derive(Properties, PartialEq)]
pub struct WalletWaitProps {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// The wallet's name as the buyer knows it.
    pub wallet: AttrValue,
    /// The approval page; empty while the return is being checked.
    pub url: AttrValue,
}

/// "Continue in KakaoPay", a spinner, and a button that reopens the approval window.
#[component]
pub fn WalletWait(props: &WalletWaitProps) -> Html {
    let texts = props.texts;
    let wallet = Arg::Str(&props.wallet);
    let reopen = {
        let url = props.url.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(window) = web_sys::window() {
                let _ = window.open_with_url_and_target_and_features(
                    &url,
                    "mc-wallet",
                    "popup,width=480,height=720",
                );
            }
        })
    };
    html! {
        <div class="mc-step mc-wallet">
            <h2 class="mc-step-title" tabindex="-1" data-mc-focus="">{ texts.get("wallet-title", &[("wallet", wallet)]) }</h2>
            <p class="mc-waiting"><span class="mc-spinner" aria-hidden="true"></span>{ texts.get("wallet-waiting", &[("wallet", wallet)]) }</p>
            if !props.url.is_empty() {
                <button type="button" class="mc-secondary" onclick={reopen}>
                    { texts.get("wallet-open", &[("wallet", wallet)]) }
                </button>
            }
        </div>
    }
}
