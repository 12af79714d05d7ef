//! `QrCode`: a payment QR code drawn as SVG (by the QR module, see `hooks/use_qr.rs`), with
//! the time left to scan it. The flow polls meanwhile; the status changes when it is paid.

use crate::hooks::Drawing;
use crate::i18n::Arg;
use crate::intl::Texts;
use yew::prelude::*;

/// The code, an accessible name for it, and a countdown.
pub struct QrCode<'a> {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// The code, once drawn.
    pub drawing: &'a Drawing,
    /// Draws it again after the QR module could not be loaded.
    pub on_retry: &'a Callback<()>,
    /// Seconds until the code expires.
    pub left: u32,
}

impl QrCode<'_> {
    /// Renders the step.
    pub fn html(&self) -> Html {
        let texts = self.texts;
        let clock = format!("{}:{:02}", self.left / 60, self.left % 60);
        let code = match self.drawing {
            Drawing::Pending => {
                html! { <div class="mc-qr-pending" aria-hidden="true"></div> }
            }
            Drawing::Drawn(size, d) => html! {
                <svg class="mc-qr-code" viewBox={format!("0 0 {size} {size}")} role="img"
                    aria-label={texts.get("qr-image", &[])} shape-rendering="crispEdges">
                    <rect width="100%" height="100%" fill="#fff" />
                    <path d={d.clone()} fill="#000" />
                </svg>
            },
            Drawing::Failed => html! {
                <>
                    <p class="mc-field-error" role="alert">{ texts.get("step-error", &[]) }</p>
                    <button type="button" class="mc-secondary" onclick={self.on_retry.reform(|_: MouseEvent| ())}>
                        { texts.get("try-again", &[]) }
                    </button>
                </>
            },
        };
        html! {
            <div class="mc-step mc-qr">
                <h2 class="mc-step-title" tabindex="-1" data-mc-focus="">{ texts.get("qr-title", &[]) }</h2>
                { code }
                <p class="mc-muted">
                    if self.left > 0 {
                        { texts.get("qr-expires-in", &[("time", Arg::Str(&clock))]) }
                    } else {
                        { texts.get("qr-expired", &[]) }
                    }
                </p>
                <p class="mc-waiting"><span class="mc-spinner" aria-hidden="true"></span>{ texts.get("waiting-payment", &[]) }</p>
            </div>
        }
    }
}
