//! `ChallengeFrame`: the card issuer's 3-D Secure page, framed inside the widget. The page
//! posts its result to the widget (`use_checkout` listens), which reports it to the backend.

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
