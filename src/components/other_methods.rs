//! `OtherMethods`: "Other ways to pay", a disclosure that reveals the remaining methods.

use crate::intl::Texts;
use micro_checkout_contract::Method;
use yew::prelude::*;

/// Props of [`OtherMethods`].
#[derive(Properties, PartialEq)]
pub struct OtherMethodsProps {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// The methods other than the selected one.
    pub methods: Vec<Method>,
    /// Whether the list is shown.
    pub open: bool,
    /// True while a payment is in flight.
    pub disabled: bool,
    /// Called when the disclosure is toggled.
    pub on_toggle: Callback<()>,
    /// Called with a method id when the buyer picks it.
    pub on_select: Callback<String>,
}

/// Nothing when there is no other method; else a toggle and, when open, the methods.
#[component]
pub fn OtherMethods(props: &OtherMethodsProps) -> Html {
    if props.methods.is_empty() {
        return html! {};
    }
    let texts = props.texts;
    let toggle = props.on_toggle.reform(|_: MouseEvent| ());
    let open = if props.open { "true" } else { "false" };
    html! {
        <div class="mc-others">
            <button type="button" class="mc-disclose" aria-expanded={open} onclick={toggle}
                disabled={props.disabled}>
                { texts.get("other-ways", &[]) }
            </button>
            if props.open {
                <ul class="mc-methods" aria-label={texts.get("pay-with", &[])}>
                    { for props.methods.iter().map(|method| {
                        let id = method.id.clone();
                        let select = props.on_select.reform(move |_: MouseEvent| id.clone());
                        html! {
                            <li key={method.id.clone()}>
                                <button type="button" class="mc-method" onclick={select}
                                    disabled={props.disabled}>
                                    { texts.method(method) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}
