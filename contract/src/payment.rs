//! Confirming a payment, acting on it, and the one result envelope every answer uses.

use crate::Money;
use serde::{Deserialize, Serialize};

/// The body of `POST {session}/confirm`. It names the method and its inputs; never an
/// amount (the server owns it) and never a card number (only a token).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ConfirmRequest {
    /// The contract version the widget speaks.
    pub version: u32,
    /// The id of the chosen method in the session.
    pub method_id: String,
    /// `card`: the token `tokenize_url` returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `carrier_billing`: the chosen carrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    /// `carrier_billing`: the phone number, E.164 (e.g. `+821012345678`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `balance`: a pack to top up with before paying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_up_pack: Option<String>,
    /// `wallet` with a redirect flow: where the wallet sends the buyer back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
}

/// Where a payment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentStatus {
    /// The buyer was charged.
    Succeeded,
    /// The backend is working on it; poll after `poll_after_ms`.
    Processing,
    /// The buyer must act: see `next_action`.
    RequiresAction,
    /// Nothing was charged: see `error`.
    Failed,
    /// The buyer or the backend gave up; nothing was charged.
    Canceled,
}

impl PaymentStatus {
    /// The wire name of the status, e.g. `requires_action`.
    pub fn as_str(self) -> &'static str {
        match self {
            PaymentStatus::Succeeded => "succeeded",
            PaymentStatus::Processing => "processing",
            PaymentStatus::RequiresAction => "requires_action",
            PaymentStatus::Failed => "failed",
            PaymentStatus::Canceled => "canceled",
        }
    }
}

/// The envelope of every payment answer: confirm, action and status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PaymentResult {
    /// The contract version, [`crate::CONTRACT_VERSION`].
    pub version: u32,
    /// The backend's payment id.
    pub payment_id: String,
    /// Where the payment stands.
    pub status: PaymentStatus,
    /// With `requires_action`: what the buyer must do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_action: Option<NextAction>,
    /// With `processing` or `requires_action`: when to ask `GET …/payments/{id}` again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poll_after_ms: Option<u32>,
    /// With `failed` or `canceled`: why, as a code the widget localizes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorInfo>,
}

/// Why something failed: a stable code, and whether trying again may succeed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ErrorInfo {
    /// A stable machine code, e.g. `card_declined` (see `docs/contract.md`).
    pub code: String,
    /// True when the same request may succeed later (e.g. `processor_unavailable`).
    pub retryable: bool,
}

/// What the buyer must do next. On the wire a flat object tagged by `type`, e.g.
/// `{"type": "otp", "length": 6, "expires_in_s": 180, "resend_in_s": 30, "phone_hint": "•••• 5678"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "crate::wire::NextAction", into = "crate::wire::NextAction")]
pub enum NextAction {
    /// Open the wallet's approval page (redirect or popup, per the method's `flow`).
    Redirect {
        /// The page to open.
        url: String,
    },
    /// Enter the one-time code sent by text message.
    Otp {
        /// How many digits the code has.
        length: u32,
        /// Seconds until the code expires.
        expires_in_s: u32,
        /// Seconds until a new code may be requested.
        resend_in_s: u32,
        /// Where the code went, masked, e.g. `•••• 5678`.
        phone_hint: String,
    },
    /// Show this QR payload; the status changes when it is scanned and paid.
    Qr {
        /// The text to encode, e.g. a payment URI.
        payload: String,
        /// Seconds until the code expires.
        expires_in_s: u32,
    },
    /// Show transfer instructions; the status changes when the money arrives.
    Instructions {
        /// The bank's name.
        bank: String,
        /// The (virtual) account number.
        account: String,
        /// The account holder's name.
        holder: String,
        /// The reference the buyer must quote.
        reference: String,
        /// The exact amount to transfer.
        amount: Money,
        /// Seconds until the account stops accepting this payment.
        expires_in_s: u32,
    },
    /// Complete a 3-D Secure challenge on the issuer's page.
    ThreeDs {
        /// The challenge page.
        url: String,
    },
}

/// The body of `POST {session}/payments/{payment_id}/actions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    try_from = "crate::wire::ActionRequest",
    into = "crate::wire::ActionRequest"
)]
pub struct ActionRequest {
    /// The contract version the widget speaks.
    pub version: u32,
    /// What the buyer did.
    pub action: Action,
}

/// A buyer's answer to a next action, tagged by `type` on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The one-time code the buyer typed or pasted.
    Otp {
        /// The digits.
        code: String,
    },
    /// Ask for a new one-time code.
    ResendOtp,
    /// The buyer came back from the wallet's page; `result` is what the page reported.
    RedirectReturn {
        /// The wallet's result parameter, e.g. `approved`.
        result: String,
    },
    /// The 3-D Secure challenge finished; `result` is what the issuer's page reported.
    ThreeDs {
        /// The challenge result, e.g. `authenticated`.
        result: String,
    },
    /// The buyer gave up on this payment.
    Cancel,
}

impl Action {
    /// The action's `type` on the wire, e.g. `three_ds`.
    pub fn name(&self) -> &'static str {
        match self {
            Action::Otp { .. } => "otp",
            Action::ResendOtp => "resend_otp",
            Action::RedirectReturn { .. } => "redirect_return",
            Action::ThreeDs { .. } => "three_ds",
            Action::Cancel => "cancel",
        }
    }
}
