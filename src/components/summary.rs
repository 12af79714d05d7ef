//! `Summary`: what is bought, from whom, and the total, shown before anything is tapped.

use crate::intl::Texts;
use micro_checkout_contract::Session;
use yew::prelude::*;

/// Props of [`Summary`].
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// The session being paid.
    pub session: Session,
}

/// The merchant, the item and the formatted total.
#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let texts = props.texts;
    let session = &props.session;
    html! {
        <div class="mc-summary">
            <p class="mc-merchant">{ &session.merchant }</p>
            <p class="mc-line">
                <span class="mc-item">{ session.headline() }</span>
                <span class="mc-total">
                    <span class="mc-total-label">{ texts.get("total", &[]) }</span>
                    <bdi class="mc-amount">{ texts.money(&session.amount) }</bdi>
                </span>
            </p>
        </div>
    }
}
