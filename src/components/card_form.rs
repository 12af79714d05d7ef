//! `CardForm`: a new card's number, expiry and security code, formatted as typed, with
//! brand detection and inline localized errors. The number leaves the browser only for
//! the tokenizer (see `flow`), never in confirm.

use super::TextField;
use crate::fields::{self, Draft, FieldName};
use crate::intl::Texts;
use yew::prelude::*;

/// Props of [`CardForm`].
#[derive(Properties, PartialEq)]
pub struct CardFormProps {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// A page-unique prefix for DOM ids.
    pub uid: AttrValue,
    /// What the buyer typed so far.
    pub draft: Draft,
    /// The current problems, by field.
    pub errors: Vec<(FieldName, &'static str)>,
    /// Show every error (after a tap on Pay), not only those of fields left.
    pub show_all: bool,
    /// True while a payment is in flight.
    pub disabled: bool,
    /// Called with the new draft on every keystroke.
    pub on_change: Callback<Draft>,
}

/// Three fields in one group; the detected brand is shown beside the number.
#[component]
pub fn CardForm(props: &CardFormProps) -> Html {
    let texts = props.texts;
    let touched = use_state(Vec::<FieldName>::new);
    let error = |field: FieldName| {
        let show = props.show_all || touched.contains(&field);
        props
            .errors
            .iter()
            .find(|(f, _)| *f == field && show)
            .map(|(_, id)| texts.get(id, &[]))
    };
    let blur = |field: FieldName| {
        let touched = touched.clone();
        Callback::from(move |()| {
            if !touched.contains(&field) {
                let mut next = (*touched).clone();
                next.push(field);
                touched.set(next);
            }
        })
    };
    let edit = |apply: fn(&mut Draft, String)| {
        let draft = props.draft.clone();
        props.on_change.reform(move |value: String| {
            let mut next = draft.clone();
            apply(&mut next, value);
            next
        })
    };
    let brand = fields::brand(&fields::digits(&props.draft.number));
    let id = |name: &str| AttrValue::from(format!("{}-{name}", props.uid));
    html! {
        <fieldset class="mc-card">
            <legend>{ texts.get("card-details", &[]) }</legend>
            <TextField id={id("number")} label={texts.get("field-card-number", &[])}
                value={props.draft.number.clone()} autocomplete="cc-number" inputmode="numeric"
                placeholder="1234 1234 1234 1234" maxlength={23} disabled={props.disabled}
                error={error("number")} on_blur={blur("number")}
                on_input={edit(|d, v| d.number = fields::format_number(&v))} />
            if let Some(brand) = brand {
                <p class="mc-brand">{ texts.get("card-brand", &[("brand", crate::i18n::Arg::Str(brand))]) }</p>
            }
            <div class="mc-row">
                <TextField id={id("expiry")} label={texts.get("field-expiry", &[])}
                    value={props.draft.expiry.clone()} autocomplete="cc-exp" inputmode="numeric"
                    placeholder={texts.get("field-expiry-format", &[])} maxlength={7}
                    disabled={props.disabled} error={error("expiry")} on_blur={blur("expiry")}
                    on_input={edit(|d, v| d.expiry = fields::format_expiry(&v))} />
                <TextField id={id("cvc")} label={texts.get("field-cvc", &[])}
                    value={props.draft.cvc.clone()} autocomplete="cc-csc" inputmode="numeric"
                    maxlength={4} disabled={props.disabled} error={error("cvc")}
                    on_blur={blur("cvc")} on_input={edit(|d, v| d.cvc = fields::digits(&v))} />
            </div>
        </fieldset>
    }
}
