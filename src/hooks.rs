//! Hooks: where the pure flow meets the browser.
mod use_checkout;
pub use use_checkout::{Machine, use_checkout};
