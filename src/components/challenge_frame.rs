//! `ChallengeFrame`: the card issuer's 3-D Secure page, framed inside the widget. The page
//! posts its result to the widget (`use_checkout` listens), which reports it to the backend.

use crate::intl::Texts;
use yew::prelude::*;

/// Props of [`ChallengeFrame`].
#[derive(Properties, PartialEq)]
pub struct ChallengeFrameProps {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// The challenge page.
    pub url: AttrValue,
}

/// A titled heading and an iframe holding the challenge.
#[component]
pub fn ChallengeFrame(props: &ChallengeFrameProps) -> Html {
    let texts = props.texts;
    html! {
        <div class="mc-step mc-challenge">
            <h2 class="mc-step-title" tabindex="-1" data-mc-focus="">{ texts.get("three-ds-title", &[]) }</h2>
            <p>{ texts.get("three-ds-body", &[]) }</p>
            <iframe class="mc-frame" src={props.url.clone()} title={texts.get("three-ds-frame", &[])}></iframe>
        </div>
    }
}
