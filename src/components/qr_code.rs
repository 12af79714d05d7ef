//! `QrCode`: a payment QR code drawn as SVG (encoded with `qrcodegen`), with the time
//! left to scan it. The flow polls meanwhile; the status changes when it is paid.

use crate::hooks::use_countdown;
use crate::i18n::Arg;
use crate::intl::Texts;
use qrcodegen::{QrCode as Encoded, QrCodeEcc};
use yew::prelude::*;

/// Props of [`QrCode`].
#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// The text to encode (a payment URI).
    pub payload: AttrValue,
    /// Seconds until the code expires.
    pub expires_in_s: u32,
}

/// One SVG path of unit squares, with a four-module quiet zone.
fn path(code: &Encoded) -> String {
    let mut d = String::new();
    for y in 0..code.size() {
        for x in 0..code.size() {
            if code.get_module(x, y) {
                d.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    d
}

/// The code, an accessible name for it, and a countdown.
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let texts = props.texts;
    let left = use_countdown(props.expires_in_s, props.payload.clone());
    let drawn = use_memo(props.payload.clone(), |payload| {
        Encoded::encode_text(payload, QrCodeEcc::Medium)
            .ok()
            .map(|code| (code.size() + 8, path(&code)))
    });
    let clock = format!("{}:{:02}", left / 60, left % 60);
    html! {
        <div class="mc-step mc-qr">
            <h2 class="mc-step-title" tabindex="-1" data-mc-focus="">{ texts.get("qr-title", &[]) }</h2>
            if let Some((size, d)) = &*drawn {
                <svg class="mc-qr-code" viewBox={format!("0 0 {size} {size}")} role="img"
                    aria-label={texts.get("qr-image", &[])} shape-rendering="crispEdges">
                    <rect width="100%" height="100%" fill="#fff" />
                    <path d={d.clone()} fill="#000" />
                </svg>
            }
            <p class="mc-muted">
                if left > 0 {
                    { texts.get("qr-expires-in", &[("time", Arg::Str(&clock))]) }
                } else {
                    { texts.get("qr-expired", &[]) }
                }
            </p>
            <p class="mc-waiting"><span class="mc-spinner" aria-hidden="true"></span>{ texts.get("waiting-payment", &[]) }</p>
        </div>
    }
}
