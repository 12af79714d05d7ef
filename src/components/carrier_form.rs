//! `CarrierForm`: carrier billing (휴대폰 결제). Pick the carrier, then the phone number;
//! the one-time code comes next, inside the widget (`OtpStep`).

use super::TextField;
use crate::fields::{Draft, FieldName};
use crate::i18n::Arg;
use crate::intl::Texts;
use yew::prelude::*;

/// Props of [`CarrierForm`].
#[derive(Properties, PartialEq)]
pub struct CarrierFormProps {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// A page-unique prefix for DOM ids.
    pub uid: AttrValue,
    /// The carriers offered, e.g. `skt`, `kt`, `lgu`.
    pub carriers: Vec<String>,
    /// What the buyer entered so far.
    pub draft: Draft,
    /// The current problems, by field.
    pub errors: Vec<(FieldName, &'static str)>,
    /// Show every error (after a tap on Pay).
    pub show_all: bool,
    /// True while a payment is in flight.
    pub disabled: bool,
    /// Called with the new draft on every change.
    pub on_change: Callback<Draft>,
}

/// A radio group of carriers and a `tel` input with `autocomplete="tel"`.
#[component]
pub fn CarrierForm(props: &CarrierFormProps) -> Html {
    let texts = props.texts;
    let left = use_state(|| false);
    let error = |field: FieldName, shown: bool| {
        props
            .errors
            .iter()
            .find(|(f, _)| *f == field && (props.show_all || shown))
            .map(|(_, id)| texts.get(id, &[]))
    };
    let carrier_error = error("carrier", false);
    let error_id = format!("{}-carrier-error", props.uid);
    let on_phone = {
        let draft = props.draft.clone();
        props.on_change.reform(move |phone: String| Draft {
            phone,
            ..draft.clone()
        })
    };
    let on_blur = {
        let left = left.clone();
        Callback::from(move |()| left.set(true))
    };
    html! {
        <div class="mc-carrier">
            <fieldset class="mc-choices" aria-describedby={carrier_error.as_ref().map(|_| error_id.clone())}>
                <legend>{ texts.get("field-carrier", &[]) }</legend>
                { for props.carriers.iter().map(|carrier| {
                    let checked = props.draft.carrier.as_deref() == Some(carrier.as_str());
                    let pick = {
                        let draft = props.draft.clone();
                        let carrier = carrier.clone();
                        props.on_change.reform(move |_: Event| Draft {
                            carrier: Some(carrier.clone()),
                            ..draft.clone()
                        })
                    };
                    html! {
                        <label class="mc-choice" key={carrier.clone()}>
                            <input type="radio" name={format!("{}-carrier", props.uid)}
                                value={carrier.clone()} {checked} disabled={props.disabled}
                                onchange={pick} />
                            <span>{ texts.get("carrier-name", &[("carrier", Arg::Str(carrier))]) }</span>
                        </label>
                    }
                }) }
                if let Some(message) = carrier_error {
                    <p class="mc-field-error" id={error_id}>{ message }</p>
                }
            </fieldset>
            <TextField id={format!("{}-phone", props.uid)} label={texts.get("field-phone", &[])}
                value={props.draft.phone.clone()} autocomplete="tel" inputmode="tel" kind="tel"
                placeholder={texts.get("field-phone-example", &[])} maxlength={20}
                disabled={props.disabled} error={error("phone", *left)} {on_blur}
                on_input={on_phone} />
        </div>
    }
}
