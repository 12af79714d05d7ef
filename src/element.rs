//! `El`: one DOM element of a view, built through calls that are never inlined.
//!
//! The `html!` macro builds each element inline where it is written, so every element
//! of every view repeats the same stores, conversions and drop glue in the wasm. The
//! views build their elements with `El` instead, and that code exists once: the wasm is
//! 8.5 KB smaller, 3.1 KB brotli (measured on the shipping build, all views converted).
//! Like `html!`, an absent optional child leaves an empty placeholder and a list is one
//! child, so siblings keep their places and Yew never rebuilds them.

use std::rc::Rc;
use yew::html::{onblur, onchange, onclick, oninput, onsubmit};
use yew::prelude::*;
use yew::virtual_dom::{
    AttributeOrProperty, Attributes, Listener, Listeners, VList, VNode, VTag, VText,
};

/// An element with its attributes: `el!("p", "class" = "mc-muted")`, or
/// `el!(input = value, "id" = id)` for an `<input>` (its value set as the property).
/// Each attribute's value is a `&'static str`, a `String`, an [`AttrValue`], or an
/// `Option` of one (left out when `None`); see [`on`] and [`yes`] for flags.
#[macro_export]
macro_rules! el {
    (input = $value:expr $(, $key:literal = $attr:expr)* $(,)?) => {
        $crate::element::El::input(
            ::yew::AttrValue::from($value),
            $crate::element::attributes(&[$($key),*], vec![$($crate::element::Attr::attr($attr)),*]),
        )
    };
    ($tag:literal $(, $key:literal = $attr:expr)* $(,)?) => {
        $crate::element::El::new(
            $tag,
            $crate::element::attributes(&[$($key),*], vec![$($crate::element::Attr::attr($attr)),*]),
        )
    };
}

/// A value an attribute can take; `None` leaves the attribute out.
pub trait Attr {
    /// The attribute's value, if it is set.
    fn attr(self) -> Option<AttributeOrProperty>;
}

impl Attr for &'static str {
    fn attr(self) -> Option<AttributeOrProperty> {
        Some(AttributeOrProperty::Static(self))
    }
}

impl Attr for String {
    fn attr(self) -> Option<AttributeOrProperty> {
        Some(AttributeOrProperty::Attribute(self.into()))
    }
}

impl Attr for AttrValue {
    fn attr(self) -> Option<AttributeOrProperty> {
        Some(AttributeOrProperty::Attribute(self))
    }
}

impl<T: Attr> Attr for Option<T> {
    fn attr(self) -> Option<AttributeOrProperty> {
        self.and_then(Attr::attr)
    }
}

/// A boolean attribute (`disabled`, `novalidate`): present when `set`.
pub fn on(set: bool) -> Option<&'static str> {
    set.then_some("")
}

/// An ARIA state (`aria-disabled`, `aria-invalid`): `"true"` when `set`, else left out.
pub fn yes(set: bool) -> Option<&'static str> {
    set.then_some("true")
}

/// The attributes of one `el!` site: its fixed names, with this render's values.
#[inline(never)]
pub fn attributes(
    keys: &'static [&'static str],
    values: Vec<Option<AttributeOrProperty>>,
) -> Attributes {
    Attributes::Dynamic {
        keys,
        values: values.into_boxed_slice(),
    }
}

/// An element being built: `el!("p", "class" = "mc-muted").text(…).into()`.
pub struct El(Box<(VTag, Vec<Html>)>);

impl El {
    /// A new element with no children.
    #[inline(never)]
    pub fn new(tag: &'static str, attributes: Attributes) -> Self {
        let tag = VTag::__new_other(
            AttrValue::Static(tag),
            NodeRef::default(),
            None,
            attributes,
            Listeners::None,
            VNode::default(),
        );
        El(Box::new((tag, Vec::new())))
    }

    /// A new `<input>` showing `value` (set as the property, as `html!` does).
    #[inline(never)]
    pub fn input(value: AttrValue, attributes: Attributes) -> Self {
        let tag = VTag::__new_input(
            Some(value),
            None,
            NodeRef::default(),
            None,
            attributes,
            Listeners::None,
        );
        El(Box::new((tag, Vec::new())))
    }

    /// Ties the element to a node reference.
    #[inline(never)]
    pub fn node_ref(mut self, node_ref: NodeRef) -> Self {
        self.0.0.node_ref = node_ref;
        self
    }

    /// Keys the element among its siblings (lists whose items come and go).
    #[inline(never)]
    pub fn key(mut self, key: String) -> Self {
        self.0.0.key = Some(key.into());
        self
    }

    /// Checks or unchecks an `<input>` (the property, as `html!` does).
    #[inline(never)]
    pub fn checked(mut self, checked: bool) -> Self {
        self.0.0.set_checked(checked);
        self
    }

    /// Appends a list of children (keyed or not) as one child, as `html!`'s `for` does, so
    /// that the siblings after it keep their places.
    pub fn children(self, children: Vec<Html>) -> Self {
        self.child(siblings(children))
    }

    /// Appends a child.
    #[inline(never)]
    pub fn child(mut self, child: Html) -> Self {
        self.0.1.push(child);
        self
    }

    /// Appends a child when there is one, else an empty placeholder, as `html!`'s `if`
    /// does: the siblings after it keep their places, so Yew never rebuilds them (and a
    /// focused field keeps its focus) when it comes and goes.
    pub fn maybe_child(self, child: Option<Html>) -> Self {
        self.child(child.unwrap_or_default())
    }

    /// Appends a text node.
    #[inline(never)]
    pub fn text(self, text: String) -> Self {
        self.child(VText::new(text).into())
    }

    #[inline(never)]
    fn listen(mut self, listener: Rc<dyn Listener>) -> Self {
        self.0.0.add_listener(listener);
        self
    }

    /// Listens to clicks.
    pub fn onclick(self, callback: Callback<MouseEvent>) -> Self {
        self.listen(Rc::new(onclick::Wrapper::new(callback)))
    }

    /// Listens to input.
    pub fn oninput(self, callback: Callback<InputEvent>) -> Self {
        self.listen(Rc::new(oninput::Wrapper::new(callback)))
    }

    /// Listens to changes.
    pub fn onchange(self, callback: Callback<Event>) -> Self {
        self.listen(Rc::new(onchange::Wrapper::new(callback)))
    }

    /// Listens to the focus leaving.
    pub fn onblur(self, callback: Callback<FocusEvent>) -> Self {
        self.listen(Rc::new(onblur::Wrapper::new(callback)))
    }

    /// Listens to submission.
    pub fn onsubmit(self, callback: Callback<SubmitEvent>) -> Self {
        self.listen(Rc::new(onsubmit::Wrapper::new(callback)))
    }
}

impl From<El> for Html {
    #[inline(never)]
    fn from(el: El) -> Html {
        let (mut tag, children) = *el.0;
        if let Some(slot) = tag.children_mut().filter(|_| !children.is_empty()) {
            *slot = VList::with_children(children, None).into();
        }
        VNode::VTag(Rc::new(tag))
    }
}

/// Siblings without an element around them (a fragment).
#[inline(never)]
pub fn siblings(children: Vec<Html>) -> Html {
    VList::with_children(children, None).into()
}
