//! `TransferDetails`: where to send a bank transfer, each value to type with a copy
//! button. The flow polls meanwhile; the status changes when the money arrives.

use super::{StepTitle, Waiting};
use crate::el;
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
        let rows = self.rows.iter();
        let rows = rows.map(|(label, value, copyable)| self.row(label, value, *copyable));
        let copied = (**self.copied)
            .map(|label| texts.get("copied", &[("name", Arg::Str(&texts.get(label, &[])))]));
        let within = texts.get("transfer-within", &[("hours", Arg::Num(i64::from(hours)))]);
        el!("div", "class" = "mc-step mc-transfer")
            .child(
                StepTitle {
                    text: texts.get("transfer-title", &[]),
                }
                .html(),
            )
            .child(
                el!("dl", "class" = "mc-details")
                    .children(rows.collect())
                    .into(),
            )
            .child(
                el!("p", "class" = "mc-visually-hidden", "aria-live" = "polite")
                    .maybe_child(copied.map(Html::from))
                    .into(),
            )
            .child(el!("p", "class" = "mc-muted").text(within).into())
            .child(
                Waiting {
                    text: texts.get("waiting-transfer", &[]),
                }
                .html(),
            )
            .into()
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
        let copy = copyable.then(|| {
            let label = texts.get("copy-named", &[("name", Arg::Str(&name))]);
            el!(
                "button",
                "type" = "button",
                "class" = "mc-copy",
                "aria-label" = label
            )
            .onclick(on_copy)
            .text(texts.get("copy", &[]))
            .into()
        });
        let value = el!("span", "class" = "mc-value").text(value.to_owned());
        el!("div", "class" = "mc-detail")
            .child(el!("dt").text(name).into())
            .child(el!("dd").child(value.into()).maybe_child(copy).into())
            .into()
    }
}
