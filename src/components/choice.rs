//! `Choice`: one radio button with its label, as the carrier and top-up lists show them.

use crate::el;
use crate::element::on;
use yew::prelude::*;

/// `<label><input type="radio"><span>label</span></label>`, keyed by its value.
pub struct Choice {
    /// The radio group's name (page-unique).
    pub name: String,
    /// The value this choice picks.
    pub value: String,
    /// True when this is the choice made.
    pub checked: bool,
    /// True while a payment is in flight.
    pub disabled: bool,
    /// What the buyer reads.
    pub label: String,
    /// Called when the buyer picks it.
    pub on_pick: Callback<Event>,
}

impl Choice {
    /// Renders the choice.
    pub fn html(self) -> Html {
        let radio = el!(
            input = self.value.clone(),
            "type" = "radio",
            "name" = self.name,
            "disabled" = on(self.disabled),
        );
        el!("label", "class" = "mc-choice")
            .key(self.value)
            .child(radio.checked(self.checked).onchange(self.on_pick).into())
            .child(el!("span").text(self.label).into())
            .into()
    }
}
