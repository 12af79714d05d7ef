//! `ActionStep`: what the buyer does while a payment waits for them: the code, the QR,
//! the transfer, the 3-D Secure challenge or the wallet's window, with an honest Cancel.
//! It holds the steps' state (clocks, the typed code, the QR being drawn); the steps render.

use super::{ChallengeFrame, OtpStep, QrCode, TransferDetails, WalletWait};
use crate::el;
use crate::element::{on, siblings};
use crate::hooks::{use_countdown, use_qr};
use crate::intl::Texts;
use micro_checkout_contract::{ErrorInfo, NextAction};
use yew::prelude::*;

/// Props of [`ActionStep`].
#[derive(Properties, PartialEq)]
pub struct ActionStepProps {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// A page-unique prefix for DOM ids.
    pub uid: AttrValue,
    /// The payment waiting.
    pub payment_id: AttrValue,
    /// What the buyer must do.
    pub action: NextAction,
    /// The last answer's error.
    pub error: Option<ErrorInfo>,
    /// True while an answer is being sent.
    pub busy: bool,
    /// Which answer of the step this is: each restarts the clocks.
    pub round: u32,
    /// How the selected method reads (the wallet's name).
    pub method: AttrValue,
    /// What the buyer can do on the step.
    pub on: StepCallbacks,
}

/// What the buyer can do while a payment waits for them, one callback each (one prop, so
/// that the component's property builder stays small in the wasm).
#[derive(Clone, PartialEq)]
pub struct StepCallbacks {
    /// The buyer entered a code.
    pub code: Callback<String>,
    /// The buyer asked for a new code.
    pub resend: Callback<()>,
    /// The buyer asked to open the wallet's window again.
    pub reopen: Callback<()>,
    /// The buyer copied a transfer detail.
    pub copy: Callback<String>,
    /// The buyer canceled the payment.
    pub cancel: Callback<()>,
}

/// The step for the action, then its error (if any) and Cancel.
#[component]
pub fn ActionStep(props: &ActionStepProps) -> Html {
    let texts = props.texts;
    let (expires_in, resend_in) = match &props.action {
        NextAction::Otp {
            expires_in_s,
            resend_in_s,
            ..
        } => (*expires_in_s, *resend_in_s),
        NextAction::Qr { expires_in_s, .. } | NextAction::Instructions { expires_in_s, .. } => {
            (*expires_in_s, 0)
        }
        _ => (0, 0),
    };
    let restart = (props.payment_id.clone(), props.round);
    let left = use_countdown(expires_in, restart.clone());
    let resend = use_countdown(resend_in, restart.clone());
    let code = use_state(String::new);
    let copied = use_state(|| None::<&'static str>);
    {
        let code = code.clone();
        use_effect_with(restart, move |_| code.set(String::new()));
    }
    let payload = match &props.action {
        NextAction::Qr { payload, .. } => Some(payload.clone()),
        _ => None,
    };
    let (drawing, redraw) = use_qr(payload);
    let error = props.error.as_ref().map(|e| e.code.as_str());
    let step = match &props.action {
        NextAction::Otp {
            length, phone_hint, ..
        } => OtpStep {
            texts,
            id: format!("{}-otp", props.uid),
            length: *length,
            phone_hint,
            code: &code,
            expires: left,
            resend,
            error,
            busy: props.busy,
            on_submit: props.on.code.clone(),
            on_resend: props.on.resend.clone(),
        }
        .html(),
        NextAction::Qr { .. } => QrCode {
            texts,
            drawing: &drawing,
            on_retry: &redraw,
            left,
        }
        .html(),
        NextAction::Instructions {
            bank,
            account,
            holder,
            reference,
            amount,
            ..
        } => TransferDetails {
            texts,
            rows: [
                ("transfer-bank", bank.clone(), false),
                ("transfer-account", account.clone(), true),
                ("transfer-holder", holder.clone(), false),
                ("transfer-reference", reference.clone(), true),
                ("transfer-amount", texts.money(amount), true),
            ],
            left,
            copied: &copied,
            on_copy: &props.on.copy,
        }
        .html(),
        NextAction::ThreeDs { url } => ChallengeFrame { texts, url }.html(),
        NextAction::Redirect { url } => WalletWait {
            texts,
            wallet: &props.method,
            url,
            on_reopen: &props.on.reopen,
        }
        .html(),
    };
    let otp = matches!(props.action, NextAction::Otp { .. });
    let problem = error.filter(|_| !otp).map(|_| {
        el!("p", "class" = "mc-field-error", "role" = "alert")
            .text(texts.get("step-error", &[]))
            .into()
    });
    let cancel = el!(
        "button",
        "type" = "button",
        "class" = "mc-link",
        "disabled" = on(props.busy)
    )
    .onclick(props.on.cancel.reform(|_: MouseEvent| ()))
    .text(texts.get("cancel-payment", &[]));
    siblings(vec![step, problem.unwrap_or_default(), cancel.into()])
}
