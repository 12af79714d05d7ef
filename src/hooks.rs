//! Hooks: where the widget's effects (network, timers, page messages) are carried out.
mod use_checkout;
mod use_countdown;
mod use_qr;
mod use_steps;

pub use use_checkout::{Machine, Running, use_checkout};
pub use use_countdown::use_countdown;
pub use use_qr::{Drawing, use_qr};
pub use use_steps::{Steps, use_steps};
