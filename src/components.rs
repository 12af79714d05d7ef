//! The widget's components, one per file, each named after what it renders.
mod checkout;
mod other_methods;
mod pay_button;
mod status;
mod summary;

pub use checkout::{Checkout, CheckoutProps};
pub use other_methods::OtherMethods;
pub use pay_button::PayButton;
pub use status::Status;
pub use summary::Summary;
