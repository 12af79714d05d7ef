//! `QrCode`: a payment QR code drawn as SVG (encoded with `qrcodegen`), with the time
//! left to scan it. The flow polls meanwhile; the status changes when it is paid.

use crate::i18n::Arg;
use crate::intl::Texts;
use qrcodegen::QrCode as Encoded;
use yew::prelude::*;

/// Encodes `payload` as (side in modules, SVG path of the dark modules), with a
/// four-module quiet zone; `None` if it is too long for a QR code.
pub fn draw(payload: &str) -> Option<(i32, String)> {
    let code = Encoded::encode_text(payload, crate::flow::QR_ECC).ok()?;
    let mut d = String::new();
    for y in 0..code.size() {
        for x in 0..code.size() {
            if code.get_module(x, y) {
                d.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    Some((code.size() + 8, d))
}

/// The code, an accessible name for it, and a countdown.
pub struct QrCode<'a> {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// The drawn code (see [`draw`]).
    pub drawn: Option<&'a (i32, String)>,
    /// Seconds until the code expires.
    pub left: u32,
}

impl QrCode<'_> {
    /// Renders the step.
    pub fn html(&self) -> Html {
        let texts = self.texts;
        let clock = format!("{}:{:02}", self.left / 60, self.left % 60);
        html! {
            <div class="mc-step mc-qr">
                <h2 class="mc-step-title" tabindex="-1" data-mc-focus="">{ texts.get("qr-title", &[]) }</h2>
                if let Some((size, d)) = self.drawn {
                    <svg class="mc-qr-code" viewBox={format!("0 0 {size} {size}")} role="img"
                        aria-label={texts.get("qr-image", &[])} shape-rendering="crispEdges">
                        <rect width="100%" height="100%" fill="#fff" />
                        <path d={d.clone()} fill="#000" />
                    </svg>
                }
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
