//! The versioned JSON contract between the micro-checkout widget and any merchant backend.
//!
//! These are plain serde types with no web or server dependencies, shared by the widget
//! (`src/`) and the reference backend (`server/`). Golden fixtures in `contract/fixtures/`
//! pin the wire format; both sides test against them.
//!
//! Rules that hold for every type here:
//! - money is integer minor units plus an ISO 4217 code ([`Money`]); there are no floats;
//! - the server owns the amount: [`ConfirmRequest`] carries no amount;
//! - errors carry a stable machine code, never prose: the widget localizes every message;
//! - unknown fields are ignored when reading, so additive changes stay compatible.

use serde::{Deserialize, Serialize};

mod currency;
pub mod fixtures;
mod wire;
pub use currency::{currency_exponent, is_currency_code};

/// The contract version every response carries. A breaking change needs a new version.
pub const CONTRACT_VERSION: u32 = 1;

/// The HTTP header that carries the purchase attempt's idempotency key on confirm.
pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";

/// An amount of money: integer minor units (cents, won, fils) plus an ISO 4217 code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    /// The amount in the currency's minor unit, e.g. 99 for $0.99 or 1200 for ₩1,200.
    pub amount_minor: i64,
    /// The ISO 4217 alphabetic code, upper case, e.g. `USD`, `KRW`.
    pub currency: String,
}

/// The checkout session a widget renders: what is bought, for how much, and how to pay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The contract version, [`CONTRACT_VERSION`].
    pub version: u32,
    /// The backend's session id, opaque to the widget.
    pub id: String,
    /// The merchant's display name.
    pub merchant: String,
    /// The label of what is being bought, e.g. "Sticker pack".
    pub item: String,
    /// The total the buyer pays, owned by the server.
    pub amount: Money,
    /// The methods this buyer may use, in the merchant's order.
    pub methods: Vec<Method>,
    /// The id of the method to preselect as the one-tap primary action.
    pub default_method: String,
}

impl Session {
    /// The method with this id, if the session offers it.
    pub fn method(&self, id: &str) -> Option<&Method> {
        self.methods.iter().find(|m| m.id == id)
    }
}

/// One way to pay offered by a session. On the wire it is one flat object tagged by
/// `kind`: `{"id": "visa_4242", "kind": "saved_card", "brand": "visa", "last4": "4242"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "wire::Method", into = "wire::Method")]
pub struct Method {
    /// The method id, unique within the session; confirm names it.
    pub id: String,
    /// What kind of method this is, with its kind-specific details.
    pub kind: MethodKind,
}

/// The kinds of payment method the contract knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MethodKind {
    /// A card the buyer saved earlier: one tap, no fields.
    SavedCard {
        /// The card brand, lower case, e.g. `visa`, `mastercard`.
        brand: String,
        /// The last four digits of the card number.
        last4: String,
    },
}

/// The body of `POST /api/sessions`: what a merchant asks a session to charge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateSessionRequest {
    /// The merchant's display name.
    pub merchant: String,
    /// The label of what is being bought.
    pub item: String,
    /// The total to charge.
    pub amount: Money,
    /// The methods to offer.
    pub methods: Vec<Method>,
    /// The id of the method to preselect.
    pub default_method: String,
}

/// The body of a confirm call. It names the method only: the amount is the server's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmRequest {
    /// The contract version the widget speaks.
    pub version: u32,
    /// The id of the chosen method in the session.
    pub method_id: String,
}

/// The outcome of a confirm call. On the wire the status is flat:
/// `{"version": 1, "payment_id": "pay_1", "status": "failed", "code": "card_declined"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "wire::PaymentResult", into = "wire::PaymentResult")]
pub struct PaymentResult {
    /// The contract version, [`CONTRACT_VERSION`].
    pub version: u32,
    /// The backend's payment id.
    pub payment_id: String,
    /// Where the payment stands.
    pub status: PaymentStatus,
}

/// Where a payment stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaymentStatus {
    /// The buyer was charged.
    Succeeded,
    /// The outcome is not known yet; the backend is still working on it.
    Processing,
    /// The payment did not go through; nothing was charged.
    Failed {
        /// Why, as a stable machine code the widget localizes.
        code: DeclineCode,
    },
}

/// Why a payment failed. Unknown codes read as [`DeclineCode::Other`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeclineCode {
    /// The issuer declined the card.
    CardDeclined,
    /// The account lacks the funds.
    InsufficientFunds,
    /// The card has expired.
    ExpiredCard,
    /// Any code this contract version does not know.
    #[serde(other)]
    Other,
}

impl DeclineCode {
    /// The wire name of the code, e.g. `card_declined`.
    pub fn as_str(self) -> &'static str {
        match self {
            DeclineCode::CardDeclined => "card_declined",
            DeclineCode::InsufficientFunds => "insufficient_funds",
            DeclineCode::ExpiredCard => "expired_card",
            DeclineCode::Other => "other",
        }
    }
}

/// The body of every 4xx/5xx response: a machine code, never prose for the buyer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    /// The contract version, [`CONTRACT_VERSION`].
    pub version: u32,
    /// The error itself.
    pub error: ErrorBody,
}

/// The error inside an [`ApiError`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// A stable machine code, e.g. `invalid_json`, `idempotency_key_reused`.
    pub code: String,
    /// A note for the developer reading logs; the widget never shows it to buyers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl ApiError {
    /// An error with a code and a developer-facing detail.
    pub fn new(code: impl Into<String>, detail: impl Into<String>) -> Self {
        Self {
            version: CONTRACT_VERSION,
            error: ErrorBody {
                code: code.into(),
                detail: Some(detail.into()),
            },
        }
    }
}
