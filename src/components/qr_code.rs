//! `QrCode`: a payment QR code drawn as SVG (by the QR module, see `hooks/use_qr.rs`), with
//! the time left to scan it. The flow polls meanwhile; the status changes when it is paid.

use super::{StepTitle, Waiting};
use crate::el;
use crate::element::siblings;
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
                el!("div", "class" = "mc-qr-pending", "aria-hidden" = "true").into()
            }
            Drawing::Drawn(size, d) => el!(
                "svg",
                "class" = "mc-qr-code",
                "viewBox" = format!("0 0 {size} {size}"),
                "role" = "img",
                "aria-label" = texts.get("qr-image", &[]),
                "shape-rendering" = "crispEdges",
            )
            .child(el!("rect", "width" = "100%", "height" = "100%", "fill" = "#fff").into())
            .child(el!("path", "d" = d.clone(), "fill" = "#000").into())
            .into(),
            Drawing::Failed => siblings(vec![
                el!("p", "class" = "mc-field-error", "role" = "alert")
                    .text(texts.get("step-error", &[]))
                    .into(),
                el!("button", "type" = "button", "class" = "mc-secondary")
                    .onclick(self.on_retry.reform(|_: MouseEvent| ()))
                    .text(texts.get("try-again", &[]))
                    .into(),
            ]),
        };
        let left = match self.left {
            0 => texts.get("qr-expired", &[]),
            _ => texts.get("qr-expires-in", &[("time", Arg::Str(&clock))]),
        };
        el!("div", "class" = "mc-step mc-qr")
            .child(
                StepTitle {
                    text: texts.get("qr-title", &[]),
                }
                .html(),
            )
            .child(code)
            .child(el!("p", "class" = "mc-muted").text(left).into())
            .child(
                Waiting {
                    text: texts.get("waiting-payment", &[]),
                }
                .html(),
            )
            .into()
    }
}
