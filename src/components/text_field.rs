//! `TextField`: a labelled input with its inline error tied to it for assistive tech.

use crate::el;
use crate::element::on;
use yew::prelude::*;

/// `<label>` + `<input>` + an error paragraph the input names in `aria-describedby`.
pub struct TextField {
    /// The input's DOM id (unique on the page).
    pub id: String,
    /// The visible label.
    pub label: String,
    /// The current value.
    pub value: String,
    /// The `autocomplete` token, e.g. `cc-number`.
    pub autocomplete: &'static str,
    /// `numeric`, `tel`…: the keyboard a phone shows.
    pub inputmode: &'static str,
    /// An example of the format, e.g. `MM / YY`.
    pub placeholder: Option<String>,
    /// The longest value accepted.
    pub maxlength: u32,
    /// The localized error, shown only after the buyer tried to pay or left the field.
    pub error: Option<String>,
    /// True while a payment is in flight.
    pub disabled: bool,
    /// Called with the raw value on every input.
    pub on_input: Callback<String>,
    /// Called when the field loses focus.
    pub on_blur: Callback<()>,
}

impl TextField {
    /// Renders the field.
    pub fn html(self) -> Html {
        let error_id = format!("{}-error", self.id);
        let oninput = self.on_input.reform(|event: InputEvent| {
            event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value()
        });
        let onblur = self.on_blur.reform(|_: FocusEvent| ());
        let invalid = self.error.is_some().then_some("true");
        let kind = if self.inputmode == "tel" {
            "tel"
        } else {
            "text"
        };
        let error = self.error.map(|error| {
            el!("p", "class" = "mc-field-error", "id" = error_id.clone())
                .text(error)
                .into()
        });
        el!("div", "class" = "mc-field")
            .child(
                el!("label", "for" = self.id.clone())
                    .text(self.label)
                    .into(),
            )
            .child(
                el!(
                    input = self.value,
                    "id" = self.id,
                    "type" = kind,
                    "autocomplete" = self.autocomplete,
                    "inputmode" = self.inputmode,
                    "placeholder" = self.placeholder,
                    "disabled" = on(self.disabled),
                    "maxlength" = self.maxlength.to_string(),
                    "spellcheck" = "false",
                    "aria-invalid" = invalid,
                    "aria-describedby" = invalid.map(|_| error_id),
                )
                .oninput(oninput)
                .onblur(onblur)
                .into(),
            )
            .maybe_child(error)
            .into()
    }
}
