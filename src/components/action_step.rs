//! `ActionStep`: what the buyer does while a payment waits for them: the code, the QR,
//! the transfer, the 3-D Secure challenge or the wallet's window, with an honest Cancel.

use super::{ChallengeFrame, OtpStep, QrCode, TransferDetails, WalletWait};
use crate::flow::Event;
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
    /// What the buyer must do.
    pub action: NextAction,
    /// The last answer's error.
    pub error: Option<ErrorInfo>,
    /// True while an answer is being sent.
    pub busy: bool,
    /// Which answer of the step this is.
    pub round: u32,
    /// How the selected method reads (the wallet's name).
    pub method: AttrValue,
    /// Sends flow events (code entered, resend, cancel).
    pub send: Callback<Event>,
}

/// The step for the action, then its error (if any) and Cancel.
#[component]
pub fn ActionStep(props: &ActionStepProps) -> Html {
    let texts = props.texts;
    let send = &props.send;
    let step = match &props.action {
        NextAction::Otp {
            length,
            expires_in_s,
            resend_in_s,
            phone_hint,
        } => html! {
            <OtpStep {texts} uid={props.uid.clone()} length={*length}
                expires_in_s={*expires_in_s} resend_in_s={*resend_in_s}
                phone_hint={phone_hint.clone()} round={props.round} busy={props.busy}
                error={props.error.as_ref().map(|e| e.code.clone())}
                on_submit={send.reform(Event::OtpEntered)}
                on_resend={send.reform(|()| Event::OtpResendTapped)} />
        },
        NextAction::Qr {
            payload,
            expires_in_s,
        } => html! { <QrCode {texts} payload={payload.clone()} expires_in_s={*expires_in_s} /> },
        NextAction::Instructions {
            bank,
            account,
            holder,
            reference,
            amount,
            expires_in_s,
        } => html! {
            <TransferDetails {texts} bank={bank.clone()} account={account.clone()}
                holder={holder.clone()} reference={reference.clone()} amount={amount.clone()}
                expires_in_s={*expires_in_s} />
        },
        NextAction::ThreeDs { url } => html! { <ChallengeFrame {texts} url={url.clone()} /> },
        NextAction::Redirect { url } => html! {
            <WalletWait {texts} wallet={props.method.clone()} url={url.clone()} />
        },
    };
    let otp = matches!(props.action, NextAction::Otp { .. });
    let error = props.error.as_ref().filter(|_| !otp).map(|_| texts.get("step-error", &[]));
    html! {
        <>
            { step }
            if let Some(error) = error {
                <p class="mc-field-error" role="alert">{ error }</p>
            }
            <button type="button" class="mc-link" disabled={props.busy}
                onclick={send.reform(|_: MouseEvent| Event::CancelTapped)}>
                { texts.get("cancel-payment", &[]) }
            </button>
        </>
    }
}
