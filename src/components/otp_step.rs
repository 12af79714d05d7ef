//! `OtpStep`: the one-time code of carrier billing, entered inside the widget. Autofill
//! (`autocomplete="one-time-code"`) and paste work; a full code submits itself. A resend
//! countdown and the code's expiry are shown, and a wrong code is said beside the field.

use super::TextField;
use crate::fields::digits;
use crate::hooks::use_countdown;
use crate::i18n::Arg;
use crate::intl::Texts;
use yew::prelude::*;

/// Props of [`OtpStep`].
#[derive(Properties, PartialEq)]
pub struct OtpStepProps {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// A page-unique prefix for DOM ids.
    pub uid: AttrValue,
    /// How many digits the code has.
    pub length: u32,
    /// Seconds until the code expires.
    pub expires_in_s: u32,
    /// Seconds until a new code may be asked for.
    pub resend_in_s: u32,
    /// Where the code went, masked, e.g. `•••• 5678`.
    pub phone_hint: AttrValue,
    /// Which answer of the step this is: each new one restarts the clocks.
    pub round: u32,
    /// The last answer's error code, e.g. `otp_invalid`.
    pub error: Option<String>,
    /// True while a code or a resend is being sent.
    pub busy: bool,
    /// Called with the digits.
    pub on_submit: Callback<String>,
    /// Called when the buyer asks for a new code.
    pub on_resend: Callback<()>,
}

/// "Enter the 6-digit code we sent to •••• 5678", the field, Confirm and Resend.
#[component]
pub fn OtpStep(props: &OtpStepProps) -> Html {
    let texts = props.texts;
    let length = props.length;
    let phone_hint = &props.phone_hint;
    let code = use_state(String::new);
    let expires = use_countdown(props.expires_in_s, props.round);
    let resend = use_countdown(props.resend_in_s, props.round);
    {
        let code = code.clone();
        use_effect_with(props.error.clone(), move |_| code.set(String::new()));
    }
    let on_input = {
        let code = code.clone();
        let submit = props.on_submit.clone();
        Callback::from(move |value: String| {
            let typed: String = digits(&value).chars().take(length as usize).collect();
            if typed.len() == length as usize && typed != *code {
                submit.emit(typed.clone());
            }
            code.set(typed);
        })
    };
    let onsubmit = {
        let code = code.clone();
        let submit = props.on_submit.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            submit.emit((*code).clone());
        })
    };
    let error = props.error.as_ref().map(|code| {
        let id = format!("otp-error-{code}");
        texts.get(if texts.has(&id) { &id } else { "otp-error-other" }, &[])
    });
    let clock = |s: u32| format!("{}:{:02}", s / 60, s % 60);
    let on_resend = props.on_resend.reform(|_: MouseEvent| ());
    html! {
        <form class="mc-step mc-otp" {onsubmit} novalidate=true>
            <h2 class="mc-step-title" tabindex="-1" data-mc-focus="">{ texts.get("otp-title", &[]) }</h2>
            <p>{ texts.get("otp-sent", &[("digits", Arg::Num(i64::from(length))), ("phone", Arg::Str(phone_hint))]) }</p>
            <TextField id={format!("{}-otp", props.uid)} label={texts.get("otp-label", &[])}
                value={(*code).clone()} autocomplete="one-time-code" inputmode="numeric"
                maxlength={length} disabled={props.busy || expires == 0} {error} {on_input} />
            <p class="mc-muted" aria-live="off">
                if expires > 0 {
                    { texts.get("otp-expires-in", &[("time", Arg::Str(&clock(expires)))]) }
                } else {
                    { texts.get("otp-expired", &[]) }
                }
            </p>
            <button type="submit" class="mc-pay" disabled={props.busy || expires == 0 || code.len() != length as usize}>
                <span class="mc-pay-label">{ texts.get("otp-confirm", &[]) }</span>
            </button>
            <button type="button" class="mc-secondary" disabled={props.busy || resend > 0}
                onclick={on_resend}>
                if resend > 0 {
                    { texts.get("otp-resend-in", &[("time", Arg::Str(&clock(resend)))]) }
                } else {
                    { texts.get("otp-resend", &[]) }
                }
            </button>
        </form>
    }
}
