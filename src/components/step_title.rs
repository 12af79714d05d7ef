//! `StepTitle`: the heading of a payment step, focused when the step opens.

use crate::el;
use yew::prelude::*;

/// The step's `<h2>`, which takes focus when the step opens (`data-mc-focus`).
pub struct StepTitle {
    /// The heading's text.
    pub text: String,
}

impl StepTitle {
    /// Renders the heading.
    pub fn html(self) -> Html {
        el!(
            "h2",
            "class" = "mc-step-title",
            "tabindex" = "-1",
            "data-mc-focus" = ""
        )
        .text(self.text)
        .into()
    }
}
