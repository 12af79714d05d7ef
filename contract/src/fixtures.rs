//! The golden JSON fixtures, embedded so the contract's, the widget's and the server's tests
//! read the same bytes. Every file in `contract/fixtures/` is listed in [`ALL`].

macro_rules! fixtures {
    ($($name:ident = $file:literal;)*) => {
        $(
            #[doc = concat!("`contract/fixtures/", $file, ".json`.")]
            pub const $name: &str = include_str!(concat!("../fixtures/", $file, ".json"));
        )*
        /// Every fixture as `(file stem, JSON)`.
        pub const ALL: &[(&str, &str)] = &[$(($file, $name)),*];
    };
}

fixtures! {
    ACTION_CANCEL = "action_cancel";
    ACTION_OTP = "action_otp";
    ACTION_REDIRECT_RETURN = "action_redirect_return";
    ACTION_RESEND_OTP = "action_resend_otp";
    ACTION_THREE_DS = "action_three_ds";
    CONFIRM_REQUEST = "confirm_request";
    CONFIRM_REQUEST_BALANCE = "confirm_request_balance";
    CONFIRM_REQUEST_BANK_TRANSFER = "confirm_request_bank_transfer";
    CONFIRM_REQUEST_CARD = "confirm_request_card";
    CONFIRM_REQUEST_CARRIER_BILLING = "confirm_request_carrier_billing";
    CONFIRM_REQUEST_QR = "confirm_request_qr";
    CONFIRM_REQUEST_WALLET = "confirm_request_wallet";
    CREATE_SESSION_REQUEST = "create_session_request";
    ERROR_IDEMPOTENCY_IN_PROGRESS = "error_idempotency_in_progress";
    ERROR_IDEMPOTENCY_KEY_REUSED = "error_idempotency_key_reused";
    ERROR_INVALID_REQUEST = "error_invalid_request";
    FUNNEL_BATCH = "funnel_batch";
    PASSKEY_CONFIRM_REQUEST = "passkey_confirm_request";
    PASSKEY_CREATION_OPTIONS = "passkey_creation_options";
    PASSKEY_CREDENTIAL = "passkey_credential";
    PASSKEY_OPTIONS_REQUEST = "passkey_options_request";
    PASSKEY_REGISTRATION = "passkey_registration";
    PASSKEY_REQUEST_OPTIONS = "passkey_request_options";
    PASSKEY_SESSION = "passkey_session";
    PAYMENT_CANCELED = "payment_canceled";
    PAYMENT_FAILED = "payment_failed";
    PAYMENT_PROCESSING = "payment_processing";
    PAYMENT_REQUIRES_INSTRUCTIONS = "payment_requires_instructions";
    PAYMENT_REQUIRES_OTP = "payment_requires_otp";
    PAYMENT_REQUIRES_QR = "payment_requires_qr";
    PAYMENT_REQUIRES_REDIRECT = "payment_requires_redirect";
    PAYMENT_REQUIRES_THREE_DS = "payment_requires_three_ds";
    PAYMENT_SUCCEEDED = "payment_succeeded";
    SESSION = "session";
    SESSION_ALL_METHODS = "session_all_methods";
    SESSION_IN_FLIGHT = "session_in_flight";
    SESSION_KRW = "session_krw";
    SESSION_PAID = "session_paid";
    TOKENIZE_REQUEST = "tokenize_request";
    TOKENIZE_RESPONSE = "tokenize_response";
}
