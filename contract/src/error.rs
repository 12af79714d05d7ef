//! The error body of every 4xx/5xx answer, and the stable codes the contract defines.

use serde::{Deserialize, Serialize};

/// The body of every 4xx/5xx answer: a machine code and pointers, never prose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ApiError {
    /// The contract version, [`crate::CONTRACT_VERSION`].
    pub version: u32,
    /// The error itself.
    pub error: ErrorBody,
}

/// The error inside an [`ApiError`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ErrorBody {
    /// A stable machine code, one of [`codes`](crate::codes).
    pub code: String,
    /// True when the same request may succeed if sent again later.
    pub retryable: bool,
    /// With `invalid_request`: the request field at fault, e.g. `phone` or
    /// `lines[].amount.exponent`, so a client can point at it. Never prose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ApiError {
    /// An error with `code`, whether it is `retryable`, and the `field` at fault, if any.
    pub fn new(code: impl Into<String>, retryable: bool, field: Option<String>) -> Self {
        Self {
            version: crate::CONTRACT_VERSION,
            error: ErrorBody {
                code: code.into(),
                retryable,
                field,
            },
        }
    }
}

/// The stable error codes of contract v1. Backends may add codes; clients treat an unknown
/// code by its `retryable` flag.
pub mod codes {
    /// The body is not JSON of the endpoint's shape.
    pub const INVALID_JSON: &str = "invalid_json";
    /// A field is missing, malformed or out of range.
    pub const INVALID_REQUEST: &str = "invalid_request";
    /// The body is larger than the backend accepts.
    pub const BODY_TOO_LARGE: &str = "body_too_large";
    /// Confirm lacks an `Idempotency-Key` header.
    pub const MISSING_IDEMPOTENCY_KEY: &str = "missing_idempotency_key";
    /// The key was used before with another body.
    pub const IDEMPOTENCY_KEY_REUSED: &str = "idempotency_key_reused";
    /// The first request with this key is still being processed (retryable).
    pub const IDEMPOTENCY_IN_PROGRESS: &str = "idempotency_in_progress";
    /// The client speaks a contract version the backend does not.
    pub const UNSUPPORTED_VERSION: &str = "unsupported_version";
    /// No such session.
    pub const SESSION_NOT_FOUND: &str = "session_not_found";
    /// No such payment in this session.
    pub const PAYMENT_NOT_FOUND: &str = "payment_not_found";
    /// The session is already paid.
    pub const SESSION_COMPLETED: &str = "session_completed";
    /// The session offers no method with that id.
    pub const UNKNOWN_METHOD: &str = "unknown_method";
    /// The total is outside the method's min/max.
    pub const AMOUNT_OUT_OF_RANGE: &str = "amount_out_of_range";
    /// The action does not apply to the payment's current step.
    pub const ACTION_NOT_EXPECTED: &str = "action_not_expected";
    /// Too many attempts in a short window (per session or per phone).
    pub const VELOCITY_LIMIT: &str = "velocity_limit";
    /// The phone's carrier-billing spending cap would be passed.
    pub const SPENDING_CAP: &str = "spending_cap";
    /// The issuer declined the card.
    pub const CARD_DECLINED: &str = "card_declined";
    /// The account lacks the funds.
    pub const INSUFFICIENT_FUNDS: &str = "insufficient_funds";
    /// The card has expired.
    pub const EXPIRED_CARD: &str = "expired_card";
    /// The card token is unknown, already used, or from another session's vault.
    pub const TOKEN_INVALID: &str = "token_invalid";
    /// The carrier refused to bill the phone.
    pub const CARRIER_DECLINED: &str = "carrier_declined";
    /// A new one-time code was asked for too soon.
    pub const OTP_RESEND_TOO_SOON: &str = "otp_resend_too_soon";
    /// The buyer started another attempt on the session; this one will never complete.
    pub const SUPERSEDED: &str = "superseded";
    /// The buyer canceled.
    pub const CANCELED_BY_BUYER: &str = "canceled_by_buyer";
    /// The one-time code is wrong.
    pub const OTP_INVALID: &str = "otp_invalid";
    /// The one-time code expired.
    pub const OTP_EXPIRED: &str = "otp_expired";
    /// The QR code or virtual account expired before payment.
    pub const EXPIRED: &str = "expired";
    /// 3-D Secure authentication failed.
    pub const AUTHENTICATION_FAILED: &str = "authentication_failed";
    /// A passkey's assertion or registration does not verify (signature, challenge, origin,
    /// RP ID, the buyer not verified, or a challenge for another session, method or total);
    /// nothing was charged or registered.
    pub const PASSKEY_INVALID: &str = "passkey_invalid";
    /// A passkey's challenge was used already, or its signature counter did not move on: a
    /// replayed assertion; nothing was charged.
    pub const PASSKEY_REPLAYED: &str = "passkey_replayed";
    /// The passkey is not (or no longer) registered for this method; nothing was charged.
    /// The widget forgets it on this device.
    pub const PASSKEY_UNKNOWN: &str = "passkey_unknown";
    /// The processor is unavailable; trying again later may succeed.
    pub const PROCESSOR_UNAVAILABLE: &str = "processor_unavailable";
    /// The backend failed unexpectedly.
    pub const INTERNAL_ERROR: &str = "internal_error";
    /// No such endpoint.
    pub const NOT_FOUND: &str = "not_found";
    /// The endpoint does not take that HTTP method.
    pub const METHOD_NOT_ALLOWED: &str = "method_not_allowed";
    /// The request was not received in time (its headers or body stalled); retryable.
    pub const REQUEST_TIMEOUT: &str = "request_timeout";
    /// A write whose body is not declared `Content-Type: application/json`.
    pub const UNSUPPORTED_MEDIA_TYPE: &str = "unsupported_media_type";

    /// Every code above, for checks such as "the specification documents every code".
    pub const ALL: &[&str] = &[
        INVALID_JSON,
        INVALID_REQUEST,
        BODY_TOO_LARGE,
        MISSING_IDEMPOTENCY_KEY,
        IDEMPOTENCY_KEY_REUSED,
        IDEMPOTENCY_IN_PROGRESS,
        UNSUPPORTED_VERSION,
        SESSION_NOT_FOUND,
        PAYMENT_NOT_FOUND,
        SESSION_COMPLETED,
        UNKNOWN_METHOD,
        AMOUNT_OUT_OF_RANGE,
        ACTION_NOT_EXPECTED,
        VELOCITY_LIMIT,
        SPENDING_CAP,
        CARD_DECLINED,
        INSUFFICIENT_FUNDS,
        EXPIRED_CARD,
        TOKEN_INVALID,
        CARRIER_DECLINED,
        OTP_RESEND_TOO_SOON,
        SUPERSEDED,
        CANCELED_BY_BUYER,
        OTP_INVALID,
        OTP_EXPIRED,
        EXPIRED,
        PASSKEY_INVALID,
        PASSKEY_REPLAYED,
        PASSKEY_UNKNOWN,
        AUTHENTICATION_FAILED,
        PROCESSOR_UNAVAILABLE,
        INTERNAL_ERROR,
        NOT_FOUND,
        METHOD_NOT_ALLOWED,
        UNSUPPORTED_MEDIA_TYPE,
        REQUEST_TIMEOUT,
    ];
}

/// The codes a widget reports to its host page (`mc-pending`, `mc-failure`, `mc-error`)
/// for what happened on its side of the network. A backend never sends them.
pub mod widget_codes {
    /// The request got no answer (connection lost, offline): the outcome is unknown.
    pub const NETWORK: &str = "network";
    /// The request got no answer in time and was abandoned: the outcome is unknown.
    pub const TIMEOUT: &str = "timeout";
    /// The backend answered 5xx: the outcome is unknown.
    pub const SERVER_ERROR: &str = "server_error";
    /// The answer could not be read as the contract says.
    pub const BAD_RESPONSE: &str = "bad_response";
    /// A URL from the backend or the page broke the widget's URL policy and was not used.
    pub const UNSAFE_URL: &str = "unsafe_url";
    /// A QR payload too long to encode as a QR code.
    pub const QR_UNREADABLE: &str = "qr_unreadable";
    /// The buyer stopped waiting for an attempt whose outcome is still unknown.
    pub const OUTCOME_UNKNOWN: &str = "outcome_unknown";
    /// The session offers no method this widget can pay with.
    pub const NO_METHODS: &str = "no_methods";
    /// The payment waits for a next action this widget does not know.
    pub const ACTION_UNSUPPORTED: &str = "action_unsupported";
    /// The payment failed and the backend gave no error code.
    pub const UNKNOWN: &str = "unknown";
    /// Every code above.
    pub const ALL: &[&str] = &[
        NETWORK,
        TIMEOUT,
        SERVER_ERROR,
        BAD_RESPONSE,
        UNSAFE_URL,
        QR_UNREADABLE,
        OUTCOME_UNKNOWN,
        NO_METHODS,
        ACTION_UNSUPPORTED,
        UNKNOWN,
    ];
}
