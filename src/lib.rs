//! micro-checkout: a localized one-tap checkout for small payments, as a Yew component.
//!
//! The code map is in ARCHITECTURE.md. In short: [`flow`] decides (pure), [`hooks`] and
//! [`api`] act, [`components`] render, [`embed`] is the JavaScript API, and [`i18n`] /
//! [`money`] turn contract data into what the buyer reads.

pub mod api;
pub mod catalog;
pub mod components;
pub mod decode;
pub mod embed;
pub mod fields;
pub mod flow;
pub mod hooks;
pub mod i18n;
pub mod intl;
pub mod money;
pub mod platform;
#[cfg(feature = "preview")]
pub mod preview;
