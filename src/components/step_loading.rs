//! `StepLoading`: a payment waits for the buyer, and its step's code (the steps' module)
//! is still on its way, or could not be loaded: a wait, or Try again, and always Cancel.

use super::Waiting;
use crate::el;
use crate::intl::Texts;
use yew::prelude::*;

/// What shows in place of a payment step until its module is in.
pub struct StepLoading<'a> {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// True when the module could not be loaded.
    pub failed: bool,
    /// True while an answer is being sent (Cancel waits).
    pub busy: bool,
    /// Loads the module again.
    pub on_retry: &'a Callback<()>,
    /// Cancels the payment.
    pub on_cancel: &'a Callback<()>,
}

impl StepLoading<'_> {
    /// Renders the wait or the failure, then Cancel.
    pub fn html(&self) -> Html {
        let texts = self.texts;
        let state = match self.failed {
            false => Waiting {
                text: texts.get("waiting-payment", &[]),
            }
            .html(),
            true => el!("div", "class" = "mc-step")
                .child(
                    el!("p", "class" = "mc-field-error", "role" = "alert")
                        .text(texts.get("step-error", &[]))
                        .into(),
                )
                .child(
                    el!("button", "type" = "button", "class" = "mc-secondary")
                        .onclick(self.on_retry.reform(|_: MouseEvent| ()))
                        .text(texts.get("try-again", &[]))
                        .into(),
                )
                .into(),
        };
        let cancel = el!(
            "button",
            "type" = "button",
            "class" = "mc-link",
            "disabled" = crate::element::on(self.busy)
        )
        .onclick(self.on_cancel.reform(|_: MouseEvent| ()))
        .text(texts.get("cancel-payment", &[]));
        el!(
            "div",
            "class" = "mc-step-loading",
            "data-mc-focus" = "",
            "tabindex" = "-1"
        )
        .child(state)
        .child(cancel.into())
        .into()
    }
}
