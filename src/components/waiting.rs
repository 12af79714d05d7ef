//! `Waiting`: "Waiting for your payment…" with a spinner, while a payment is out of the
//! widget's hands (a wallet, a QR code, a bank transfer).

use crate::el;
use yew::prelude::*;

/// The waiting line.
pub struct Waiting {
    /// What the widget waits for.
    pub text: String,
}

impl Waiting {
    /// Renders the line.
    pub fn html(self) -> Html {
        el!("p", "class" = "mc-waiting")
            .child(Self::spinner())
            .text(self.text)
            .into()
    }

    /// The spinner, hidden from assistive tech (the text beside it says what happens);
    /// Pay and the status line show it too.
    pub fn spinner() -> Html {
        el!("span", "class" = "mc-spinner", "aria-hidden" = "true").into()
    }
}
