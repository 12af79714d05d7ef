//! `TransferDetails`: where to send a bank transfer, each value to type with a copy
//! button. The flow polls meanwhile; the status changes when the money arrives.

use crate::i18n::Arg;
use crate::intl::Texts;
use yew::prelude::*;

/// A definition list of the transfer's details and copy buttons.
pub struct TransferDetails<'a> {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// (message id of the label, value, copyable) rows: bank, account, holder, reference,
    /// amount.
    pub rows: [(&'static str, String, bool); 5],
    /// Seconds the account accepts this payment.
    pub left: u32,
    /// The label of the value copied last, announced politely.
    pub copied: &'a UseStateHandle<Option<&'static str>>,
    /// Copy this value to the clipboard.
    pub on_copy: &'a Callback<String>,
}

impl TransferDetails<'_> {
    /// Renders the step.
    pub fn html(&self) -> Html {
        let texts = self.texts;
        let hours = self.left.div_ceil(3600);
        html! {
            <div class="mc-step mc-transfer">
                <h2 class="mc-step-title" tabindex="-1" data-mc-focus="">{ texts.get("transfer-title", &[]) }</h2>
                <dl class="mc-details">
                    { for self.rows.iter().map(|(label, value, copyable)| self.row(label, value, *copyable)) }
                </dl>
                <p class="mc-visually-hidden" aria-live="polite">
                    if let Some(label) = **self.copied {
                        { texts.get("copied", &[("name", Arg::Str(&texts.get(label, &[])))]) }
                    }
                </p>
                <p class="mc-muted">{ texts.get("transfer-within", &[("hours", Arg::Num(i64::from(hours)))]) }</p>
                <p class="mc-waiting"><span class="mc-spinner" aria-hidden="true"></span>{ texts.get("waiting-transfer", &[]) }</p>
            </div>
        }
    }

    fn row(&self, label: &'static str, value: &str, copyable: bool) -> Html {
        let texts = self.texts;
        let on_copy = {
            let (copied, value, copy) =
                (self.copied.clone(), value.to_owned(), self.on_copy.clone());
            Callback::from(move |_: MouseEvent| {
                copy.emit(value.clone());
                copied.set(Some(label));
            })
        };
        let name = texts.get(label, &[]);
        html! {
            <div class="mc-detail">
                <dt>{ name.clone() }</dt>
                <dd>
                    <span class="mc-value">{ value.to_owned() }</span>
                    if copyable {
                        <button type="button" class="mc-copy" onclick={on_copy}
                            aria-label={texts.get("copy-named", &[("name", Arg::Str(&name))])}>
                            { texts.get("copy", &[]) }
                        </button>
                    }
                </dd>
            </div>
        }
    }
}
