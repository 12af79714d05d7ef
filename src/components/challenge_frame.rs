//! `ChallengeFrame`: the card issuer's 3-D Secure page, framed inside the widget. When the
//! page says it is done (`use_checkout` listens), the widget asks the backend, which decides
//! from what the issuer recorded; meanwhile the widget polls.

use super::StepTitle;
use crate::el;
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
        let frame = el!(
            "iframe",
            "class" = "mc-frame",
            "src" = self.url.to_owned(),
            "title" = texts.get("three-ds-frame", &[]),
        );
        el!("div", "class" = "mc-step mc-challenge")
            .child(
                StepTitle {
                    text: texts.get("three-ds-title", &[]),
                }
                .html(),
            )
            .child(el!("p").text(texts.get("three-ds-body", &[])).into())
            .child(frame.into())
            .into()
    }
}
