//! `ChallengeFrame`: the card issuer's 3-D Secure page, framed inside the widget. When the
//! page says it is done (`use_checkout` listens), the widget asks the backend, which decides
//! from what the issuer recorded; meanwhile the widget polls.

use crate::intl::Texts;
use yew::prelude::*;

/// A heading and an iframe holding the challenge.
pub struct ChallengeFrame<'a> {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// The challenge page.
    pub url: &'a str,
}

impl ChallengeFrame<'_> {
    /// Renders the step.
    pub fn html(&self) -> Html {
        let texts = self.texts;
        html! {
            <div class="mc-step mc-challenge">
                <h2 class="mc-step-title" tabindex="-1" data-mc-focus="">{ texts.get("three-ds-title", &[]) }</h2>
                <p>{ texts.get("three-ds-body", &[]) }</p>
                <iframe class="mc-frame" src={self.url.to_owned()} title={texts.get("three-ds-frame", &[])}></iframe>
            </div>
        }
    }
}
