//! `TextField`: a labelled input with its inline error tied to it for assistive tech.

use yew::prelude::*;

/// Props of [`TextField`].
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// The input's DOM id (unique on the page).
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The current value.
    pub value: AttrValue,
    /// The `autocomplete` token, e.g. `cc-number`.
    pub autocomplete: AttrValue,
    /// `numeric`, `tel`…: the keyboard a phone shows.
    #[prop_or(AttrValue::Static("text"))]
    pub inputmode: AttrValue,
    /// The input type (`text`, `tel`).
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    /// An example of the format, e.g. `MM / YY`.
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// The longest value accepted.
    #[prop_or_default]
    pub maxlength: Option<u32>,
    /// The localized error, shown only after the buyer tried to pay or left the field.
    #[prop_or_default]
    pub error: Option<String>,
    /// True while a payment is in flight.
    #[prop_or_default]
    pub disabled: bool,
    /// Called with the raw value on every input.
    pub on_input: Callback<String>,
    /// Called when the field loses focus.
    #[prop_or_default]
    pub on_blur: Callback<()>,
}

/// `<label>` + `<input>` + an error paragraph the input names in `aria-describedby`.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let error_id = format!("{}-error", props.id);
    let oninput = props.on_input.reform(|event: InputEvent| {
        event
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    });
    let onblur = props.on_blur.reform(|_: FocusEvent| ());
    let invalid = props.error.is_some().then_some("true");
    html! {
        <div class="mc-field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type={props.kind.clone()} value={props.value.clone()}
                autocomplete={props.autocomplete.clone()} inputmode={props.inputmode.clone()}
                placeholder={props.placeholder.clone()} disabled={props.disabled}
                maxlength={props.maxlength.map(|n| n.to_string())} spellcheck="false"
                aria-invalid={invalid} aria-describedby={invalid.map(|_| error_id.clone())}
                {oninput} {onblur} />
            if let Some(error) = &props.error {
                <p class="mc-field-error" id={error_id}>{ error }</p>
            }
        </div>
    }
}
