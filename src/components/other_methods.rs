//! `OtherMethods`: "Other ways to pay", a disclosure that reveals the remaining methods,
//! best first, each with its fee when it adds one.

use crate::el;
use crate::element::on;
use crate::i18n::Arg;
use crate::intl::Texts;
use micro_checkout_contract::Method;
use yew::prelude::*;

/// Nothing when there is no other method; else a toggle and, when open, the methods.
pub struct OtherMethods<'a> {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// The methods other than the selected one.
    pub methods: Vec<&'a Method>,
    /// Whether the list is shown.
    pub open: bool,
    /// True while a payment is in flight.
    pub disabled: bool,
    /// Called when the disclosure is toggled.
    pub on_toggle: Callback<()>,
    /// Called with a method id when the buyer picks it.
    pub on_select: Callback<String>,
}

impl OtherMethods<'_> {
    /// Renders the disclosure.
    pub fn html(&self) -> Html {
        if self.methods.is_empty() {
            return html! {};
        }
        let texts = self.texts;
        let toggle = self.on_toggle.reform(|_: MouseEvent| ());
        let open = if self.open { "true" } else { "false" };
        let list = self.open.then(|| {
            el!(
                "ul",
                "class" = "mc-methods",
                "aria-label" = texts.get("pay-with", &[])
            )
            .children(
                self.methods
                    .iter()
                    .map(|method| self.item(method))
                    .collect(),
            )
            .into()
        });
        let disclose = el!(
            "button",
            "type" = "button",
            "class" = "mc-disclose",
            "aria-expanded" = open,
            "disabled" = on(self.disabled),
        );
        el!("div", "class" = "mc-others")
            .child(
                disclose
                    .onclick(toggle)
                    .text(texts.get("other-ways", &[]))
                    .into(),
            )
            .maybe_child(list)
            .into()
    }

    fn item(&self, method: &Method) -> Html {
        let texts = self.texts;
        let id = method.id.clone();
        let select = self.on_select.reform(move |_: MouseEvent| id.clone());
        let fee = method
            .fee
            .as_ref()
            .filter(|f| f.amount_minor > 0)
            .map(|fee| {
                let amount = texts.money(fee);
                texts.get("method-fee", &[("fee", Arg::Str(&amount))])
            });
        let fee = fee.map(|fee| el!("span", "class" = "mc-method-fee").text(fee).into());
        let button = el!(
            "button",
            "type" = "button",
            "class" = "mc-method",
            "disabled" = on(self.disabled),
        )
        .onclick(select)
        .child(el!("span").text(texts.method(method)).into())
        .maybe_child(fee);
        el!("li").key(method.id.clone()).child(button.into()).into()
    }
}
