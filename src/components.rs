//! The widget's parts, one per file, each named after what it renders.
//!
//! Only parts that hold state are Yew components (`Checkout`, `ActionStep`); the rest are
//! plain view structs with an `html()` method (the form's state is kept by `Checkout`). Each Yew
//! component costs about 4.5 KB of wasm in lifecycle code (measured), so stateless parts
//! stay plain.
mod action_step;
mod card_form;
mod carrier_form;
mod challenge_frame;
mod checkout;
mod choice;
mod method_fields;
mod other_methods;
mod otp_step;
mod pay_button;
mod payment_form;
mod qr_code;
mod status;
mod step_loading;
mod step_title;
mod summary;
mod text_field;
mod top_up;
mod transfer_details;
mod waiting;
mod wallet_wait;

pub use action_step::{ActionStep, ActionStepProps, StepCallbacks};
pub use card_form::CardForm;
pub use carrier_form::CarrierForm;
pub use challenge_frame::ChallengeFrame;
pub use checkout::{Checkout, CheckoutProps};
pub use choice::Choice;
pub use method_fields::{Fields, MethodFields};
pub use other_methods::OtherMethods;
pub use otp_step::OtpStep;
pub use pay_button::PayButton;
pub use payment_form::{FormCallbacks, PaymentForm, Shown, problems};
pub use qr_code::QrCode;
pub use status::Status;
pub use step_loading::StepLoading;
pub use step_title::StepTitle;
pub use summary::Summary;
pub use text_field::TextField;
pub use top_up::TopUp;
pub use transfer_details::TransferDetails;
pub use waiting::Waiting;
pub use wallet_wait::WalletWait;
