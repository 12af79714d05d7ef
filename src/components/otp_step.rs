//! `OtpStep`: the one-time code of carrier billing, entered inside the widget. Autofill
//! (`autocomplete="one-time-code"`) and paste work; a full code submits itself. A resend
//! countdown and the code's expiry are shown, and a wrong code is said beside the field.

use super::{StepTitle, TextField};
use crate::el;
use crate::element::{on, yes};
use crate::fields::digits;
use crate::i18n::Arg;
use crate::intl::Texts;
use yew::prelude::*;

/// "Enter the 6-digit code we sent to •••• 5678", the field, Confirm and Resend.
pub struct OtpStep<'a> {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// The input's DOM id.
    pub id: String,
    /// How many digits the code has.
    pub length: u32,
    /// Where the code went, masked, e.g. `•••• 5678`.
    pub phone_hint: &'a str,
    /// What the buyer typed.
    pub code: &'a UseStateHandle<String>,
    /// Seconds until the code expires.
    pub expires: u32,
    /// Seconds until a new code may be asked for.
    pub resend: u32,
    /// The last answer's error code, e.g. `otp_invalid`.
    pub error: Option<&'a str>,
    /// True while a code or a resend is being sent.
    pub busy: bool,
    /// Called with the digits.
    pub on_submit: Callback<String>,
    /// Called when the buyer asks for a new code.
    pub on_resend: Callback<()>,
}

fn clock(s: u32) -> String {
    format!("{}:{:02}", s / 60, s % 60)
}

impl OtpStep<'_> {
    /// Renders the step.
    pub fn html(&self) -> Html {
        let texts = self.texts;
        let length = self.length as usize;
        let on_input = {
            let (code, submit) = (self.code.clone(), self.on_submit.clone());
            Callback::from(move |value: String| {
                let typed: String = digits(&value).chars().take(length).collect();
                if typed.len() == length && typed != *code {
                    submit.emit(typed.clone());
                }
                code.set(typed);
            })
        };
        let onsubmit = {
            let (code, submit) = (self.code.clone(), self.on_submit.clone());
            Callback::from(move |event: SubmitEvent| {
                event.prevent_default();
                submit.emit((*code).clone());
            })
        };
        let error = self.error.map(|code| {
            let id = format!("otp-error-{code}");
            texts.get(
                if texts.has(&id) {
                    &id
                } else {
                    "otp-error-other"
                },
                &[],
            )
        });
        let field = TextField {
            id: self.id.clone(),
            label: texts.get("otp-label", &[]),
            value: (**self.code).clone(),
            autocomplete: "one-time-code",
            inputmode: "numeric",
            placeholder: None,
            maxlength: self.length,
            error,
            disabled: self.busy || self.expires == 0,
            on_input,
            on_blur: Callback::noop(),
        };
        let sent = [
            ("digits", Arg::Num(i64::from(self.length))),
            ("phone", Arg::Str(self.phone_hint)),
        ];
        let ready = !self.busy && self.expires > 0 && self.code.len() == length;
        let expiry = match self.expires {
            0 => texts.get("otp-expired", &[]),
            s => texts.get("otp-expires-in", &[("time", Arg::Str(&clock(s)))]),
        };
        let resend = match self.resend {
            0 => texts.get("otp-resend", &[]),
            s => texts.get("otp-resend-in", &[("time", Arg::Str(&clock(s)))]),
        };
        el!("form", "class" = "mc-step mc-otp", "novalidate" = "")
            .onsubmit(onsubmit)
            .child(
                StepTitle {
                    text: texts.get("otp-title", &[]),
                }
                .html(),
            )
            .child(el!("p").text(texts.get("otp-sent", &sent)).into())
            .child(field.html())
            .child(el!("p", "class" = "mc-muted").text(expiry).into())
            .child(
                el!(
                    "button",
                    "type" = "submit",
                    "class" = "mc-pay",
                    "aria-disabled" = yes(!ready)
                )
                .child(
                    el!("span", "class" = "mc-pay-label")
                        .text(texts.get("otp-confirm", &[]))
                        .into(),
                )
                .into(),
            )
            .child(
                el!(
                    "button",
                    "type" = "button",
                    "class" = "mc-secondary",
                    "disabled" = on(self.busy || self.resend > 0),
                )
                .onclick(self.on_resend.reform(|_: MouseEvent| ()))
                .text(resend)
                .into(),
            )
            .into()
    }
}
