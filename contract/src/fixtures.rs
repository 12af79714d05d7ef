//! The golden JSON fixtures, embedded so the widget's and the server's tests read the same
//! bytes the contract's own tests pin.

/// A $0.99 session with a saved Visa (default) and a saved Mastercard that declines.
pub const SESSION: &str = include_str!("../fixtures/session.json");
/// A ₩1,200 session with one saved Visa.
pub const SESSION_KRW: &str = include_str!("../fixtures/session_krw.json");
/// The body a merchant posts to create [`SESSION`].
pub const CREATE_SESSION_REQUEST: &str = include_str!("../fixtures/create_session_request.json");
/// A confirm body choosing the saved Visa.
pub const CONFIRM_REQUEST: &str = include_str!("../fixtures/confirm_request.json");
/// A successful payment.
pub const PAYMENT_SUCCEEDED: &str = include_str!("../fixtures/payment_succeeded.json");
/// A payment still processing.
pub const PAYMENT_PROCESSING: &str = include_str!("../fixtures/payment_processing.json");
/// A declined payment.
pub const PAYMENT_FAILED: &str = include_str!("../fixtures/payment_failed.json");
/// The error for a key reused with another body.
pub const ERROR_IDEMPOTENCY_KEY_REUSED: &str =
    include_str!("../fixtures/error_idempotency_key_reused.json");
