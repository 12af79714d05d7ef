//! `CardForm`: a new card's number, expiry and security code, formatted as typed, with
//! brand detection and inline localized errors. The number leaves the browser only for
//! the tokenizer (see `flow`), never in confirm.

use super::{Fields, TextField};
use crate::el;
use crate::fields;
use crate::i18n::Arg;
use yew::prelude::*;

/// Three fields in one group; the detected brand is shown under the number.
pub struct CardForm<'a> {
    /// What the forms share.
    pub fields: &'a Fields<'a>,
}

impl CardForm<'_> {
    /// Renders the form.
    pub fn html(&self) -> Html {
        let f = self.fields;
        let texts = f.texts;
        let brand = fields::brand(&fields::digits(&f.draft.number));
        let field = |name: &'static str,
                     autocomplete,
                     maxlength,
                     apply: fn(String) -> fields::Edit| TextField {
            id: f.id(name),
            label: texts.get(&format!("field-{name}"), &[]),
            value: match name {
                "number" => f.draft.number.clone(),
                "expiry" => f.draft.expiry.clone(),
                _ => f.draft.cvc.clone(),
            },
            autocomplete,
            inputmode: "numeric",
            placeholder: None,
            maxlength,
            error: f.error(name),
            disabled: f.disabled,
            on_input: f.edit(apply),
            on_blur: f.blur(name),
        };
        let number = TextField {
            placeholder: Some("1234 1234 1234 1234".into()),
            ..field("number", "cc-number", 23, fields::Edit::Number)
        };
        let expiry = TextField {
            placeholder: Some(texts.get("field-expiry-format", &[])),
            ..field("expiry", "cc-exp", 7, fields::Edit::Expiry)
        };
        let cvc = field("cvc", "cc-csc", 4, fields::Edit::Cvc);
        let brand = brand.map(|brand| {
            el!("p", "class" = "mc-brand")
                .text(texts.get("card-brand", &[("brand", Arg::Str(brand))]))
                .into()
        });
        el!("fieldset", "class" = "mc-card")
            .child(el!("legend").text(texts.get("card-details", &[])).into())
            .child(number.html())
            .maybe_child(brand)
            .child(
                el!("div", "class" = "mc-row")
                    .child(expiry.html())
                    .child(cvc.html())
                    .into(),
            )
            .into()
    }
}
