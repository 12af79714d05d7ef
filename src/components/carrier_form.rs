//! `CarrierForm`: carrier billing (휴대폰 결제). Pick the carrier, then the phone number;
//! the one-time code comes next, inside the widget (`OtpStep`).

use super::{Fields, TextField};
use crate::fields::Edit;
use crate::i18n::Arg;
use yew::prelude::*;

/// A radio group of carriers and a `tel` input with `autocomplete="tel"`.
pub struct CarrierForm<'a> {
    /// What the forms share.
    pub fields: &'a Fields<'a>,
    /// The carriers offered, e.g. `skt`, `kt`, `lgu`.
    pub carriers: &'a [String],
}

impl CarrierForm<'_> {
    /// Renders the form.
    pub fn html(&self) -> Html {
        let f = self.fields;
        let texts = f.texts;
        let carrier_error = f.error("carrier");
        let error_id = f.id("carrier-error");
        let phone = TextField {
            id: f.id("phone"),
            label: texts.get("field-phone", &[]),
            value: f.draft.phone.clone(),
            autocomplete: "tel",
            inputmode: "tel",
            placeholder: Some(texts.get("field-phone-example", &[])),
            maxlength: 20,
            error: f.error("phone"),
            disabled: f.disabled,
            on_input: f.edit(Edit::Phone),
            on_blur: f.blur("phone"),
        };
        html! {
            <div class="mc-carrier">
                <fieldset class="mc-choices" aria-describedby={carrier_error.as_ref().map(|_| error_id.clone())}>
                    <legend>{ texts.get("field-carrier", &[]) }</legend>
                    { for self.carriers.iter().map(|carrier| self.choice(carrier)) }
                    if let Some(message) = carrier_error {
                        <p class="mc-field-error" id={error_id}>{ message }</p>
                    }
                </fieldset>
                { phone.html() }
            </div>
        }
    }

    fn choice(&self, carrier: &str) -> Html {
        let f = self.fields;
        let checked = f.draft.carrier.as_deref() == Some(carrier);
        let pick = {
            let carrier = carrier.to_owned();
            f.on_draft
                .reform(move |_: Event| Edit::Carrier(carrier.clone()))
        };
        html! {
            <label class="mc-choice" key={carrier.to_owned()}>
                <input type="radio" name={f.id("carrier")} value={carrier.to_owned()} {checked}
                    disabled={f.disabled} onchange={pick} />
                <span>{ f.texts.get("carrier-name", &[("carrier", Arg::Str(carrier))]) }</span>
            </label>
        }
    }
}
