//! `CarrierForm`: carrier billing (휴대폰 결제). Pick the carrier, then the phone number;
//! the one-time code comes next, inside the widget (`OtpStep`).

use super::{Choice, Fields, TextField};
use crate::el;
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
        let described = carrier_error.as_ref().map(|_| error_id.clone());
        let error = carrier_error.map(|message| {
            el!("p", "class" = "mc-field-error", "id" = error_id)
                .text(message)
                .into()
        });
        let choices = el!(
            "fieldset",
            "class" = "mc-choices",
            "aria-describedby" = described
        )
        .child(el!("legend").text(texts.get("field-carrier", &[])).into())
        .children(self.carriers.iter().map(|c| self.choice(c)).collect())
        .maybe_child(error);
        el!("div", "class" = "mc-carrier")
            .child(choices.into())
            .child(phone.html())
            .into()
    }

    fn choice(&self, carrier: &str) -> Html {
        let f = self.fields;
        let checked = f.draft.carrier.as_deref() == Some(carrier);
        let pick = {
            let carrier = carrier.to_owned();
            f.on_draft
                .reform(move |_: Event| Edit::Carrier(carrier.clone()))
        };
        Choice {
            name: f.id("carrier"),
            value: carrier.to_owned(),
            checked,
            disabled: f.disabled,
            label: f
                .texts
                .get("carrier-name", &[("carrier", Arg::Str(carrier))]),
            on_pick: pick,
        }
        .html()
    }
}
