//! The versioned JSON contract between the micro-checkout widget and any merchant backend.
//!
//! These are plain serde types with no web or server dependencies, shared by the widget
//! (`src/`) and the reference backend (`server/`). Golden fixtures in `contract/fixtures/`
//! pin the wire format; both sides test against them.
//!
//! Rules that hold for every type here:
//! - money is integer minor units plus an ISO 4217 code and its exponent ([`Money`]);
//!   there are no floats;
//! - the server owns the amount: [`ConfirmRequest`] carries no amount, and no card number
//!   (cards go to the session's `tokenize_url`; confirm sees a token);
//! - every payment answer is one envelope, [`PaymentResult`]; every error is an
//!   [`ApiError`] with a stable code and a `retryable` flag, never prose: the widget
//!   localizes every message;
//! - unknown fields are ignored when reading, so additive changes stay compatible; a
//!   breaking change needs a new [`CONTRACT_VERSION`].
//!
//! The human-readable specification, with a worked example of each flow, is
//! `docs/contract.md`; `contract/schema/` holds the JSON Schema generated from these types.

pub mod card;
mod error;
pub mod fixtures;
mod funnel;
mod money;
mod overrides;
mod passkey;
mod payment;
mod placeables;
pub mod qr;
mod session;
mod token;
mod wire;

pub use error::{ApiError, ErrorBody, codes, widget_codes};
pub use funnel::{FunnelBatch, FunnelEvent, FunnelStep, MAX_EVENTS_PER_BATCH};
pub use money::{CURRENCIES, Money, currency_exponent, decimal_string, is_currency_code};
pub use overrides::{LocaleOverrides, MAX_OVERRIDDEN, MAX_OVERRIDE_CHARS, MessageOverrides};
pub use passkey::{
    AssertionResponse, AttestationResponse, AuthenticatorSelection, CreationOptions,
    CredentialDescriptor, CredentialParameter, MethodPasskeys, PasskeyAssertion,
    PasskeyConfirmRequest, PasskeyCreationOptions, PasskeyCredential, PasskeyOptionsRequest,
    PasskeyRegistration, PasskeyRequestOptions, PasskeyUser, RegistrationCredential, RelyingParty,
    RequestOptions, SessionPasskeys, SessionWithPasskeys,
};
pub use payment::{
    Action, ActionRequest, ConfirmRequest, ErrorInfo, NextAction, PaymentResult, PaymentStatus,
};
pub use placeables::{Piece, read_placeables};
pub use session::{
    CreateSessionRequest, Kind, LineItem, Method, MethodKind, Session, TopUpPack, WalletFlow,
};
pub use token::{TokenizeRequest, TokenizeResponse};

/// The contract version every message carries. A breaking change needs a new version.
pub const CONTRACT_VERSION: u32 = 1;

/// The HTTP header that carries a purchase attempt's idempotency key.
pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";
