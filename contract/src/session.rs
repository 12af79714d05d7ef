//! The session: what is bought, for how much, and every way the buyer may pay.

use crate::{MessageOverrides, Money, PaymentResult};
use serde::{Deserialize, Serialize};

/// The checkout session a widget renders. The server owns every amount in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Session {
    /// The contract version, [`crate::CONTRACT_VERSION`].
    pub version: u32,
    /// The backend's session id, opaque to the widget.
    pub id: String,
    /// The merchant's display name.
    pub merchant: String,
    /// What is bought: one line for a single item, or several.
    pub lines: Vec<LineItem>,
    /// The total of the lines, before any method fee.
    pub amount: Money,
    /// The methods offered, in the merchant's order.
    pub methods: Vec<Method>,
    /// The id of the method to preselect as the one-tap primary action.
    pub default_method: String,
    /// The buyer's country (ISO 3166-1 alpha-2), a hint for ordering methods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The buyer's locale (BCP 47), a hint used when the embedding sets none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The A/B test variant this buyer sees, echoed in funnel events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// The variant's message overrides, per locale (contract 1.2): e.g. the Pay button's
    /// text. They win over the embedding's own `messages`.
    #[serde(default, skip_serializing_if = "MessageOverrides::is_empty")]
    pub messages: MessageOverrides,
    /// Where the widget sends its funnel events ([`crate::FunnelBatch`], contract 1.2).
    /// Absent: the widget sends none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_url: Option<String>,
    /// Where card numbers go to become tokens (never the merchant's confirm endpoint).
    /// Present when a `card` method is offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokenize_url: Option<String>,
    /// The payment that decides this session, once there is one (contract 1.1, additive):
    /// `succeeded` means the session is paid, and a widget shows it paid and never offers
    /// Pay; `requires_action` or `processing` is a payment still in flight, which a widget
    /// resumes (the code step, the QR, the transfer, the wallet or the challenge) instead
    /// of starting another. Absent while nothing was paid or is in flight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<Box<PaymentResult>>,
}

impl Session {
    /// True when the session's payment succeeded: the buyer has paid.
    pub fn paid(&self) -> bool {
        self.payment
            .as_ref()
            .is_some_and(|p| p.status == crate::PaymentStatus::Succeeded)
    }

    /// The method with this id, if the session offers it.
    pub fn method(&self, id: &str) -> Option<&Method> {
        self.methods.iter().find(|m| m.id == id)
    }

    /// The fee `method` adds to the total, in the session's minor units (0 when it has none;
    /// a fee in another currency is not valid for the session and counts nothing).
    pub fn fee_minor(&self, method: &Method) -> i64 {
        method
            .fee
            .as_ref()
            .filter(|fee| fee.currency == self.amount.currency)
            .map_or(0, |fee| fee.amount_minor)
    }

    /// The total with `method`: the lines plus the method's fee. What the summary shows as
    /// the total, and what a balance must cover.
    pub fn total_with(&self, method: &Method) -> Money {
        Money {
            amount_minor: self
                .amount
                .amount_minor
                .saturating_add(self.fee_minor(method)),
            ..self.amount.clone()
        }
    }

    /// What the buyer is charged with `method`: with a balance and its top-up `pack`, the
    /// pack's price (the balance then pays the total); otherwise [`Session::total_with`].
    /// The amount the Pay button shows and the backend records. (It looks the pack up itself
    /// rather than through [`Method::top_up_pack`]: that call costs the widget 93 B brotli.)
    pub fn charge(&self, method: &Method, pack: Option<&str>) -> Money {
        match (&method.kind, pack) {
            (MethodKind::Balance { packs, .. }, Some(id)) => packs
                .iter()
                .find(|p| p.id == id)
                .map(|p| p.price.clone())
                .unwrap_or_else(|| self.total_with(method)),
            _ => self.total_with(method),
        }
    }

    /// The first line's label: what a one-item checkout shows as "the item".
    pub fn headline(&self) -> &str {
        self.lines.first().map(|l| l.label.as_str()).unwrap_or("")
    }
}

/// One line of what is bought.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LineItem {
    /// What it is, e.g. "Sticker pack".
    pub label: String,
    /// How many.
    pub quantity: u32,
    /// The line's total (all units).
    pub amount: Money,
}

/// One way to pay. On the wire it is one flat object tagged by `kind`, e.g.
/// `{"id": "visa_4242", "kind": "saved_card", "brand": "visa", "last4": "4242"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "crate::wire::Method", into = "crate::wire::Method")]
pub struct Method {
    /// The method id, unique within the session; confirm names it.
    pub id: String,
    /// What kind of method this is, with its kind-specific details.
    pub kind: MethodKind,
    /// A display label the merchant chose (a wallet's brand name, "Work card"); without
    /// one the widget names the method by its kind, localized.
    pub label: Option<String>,
    /// A fee this method adds to the total, shown before the buyer taps.
    pub fee: Option<Money>,
    /// The smallest total this method accepts, in minor units.
    pub min_amount_minor: Option<i64>,
    /// The largest total this method accepts, in minor units.
    pub max_amount_minor: Option<i64>,
    /// True for a method the buyer saved earlier (a card, a phone, a balance).
    pub saved: bool,
    /// True when one tap pays, with no field or step before the result.
    pub one_tap: bool,
}

impl Method {
    /// Whether `amount_minor` is within this method's limits.
    pub fn accepts(&self, amount_minor: i64) -> bool {
        self.min_amount_minor.is_none_or(|min| amount_minor >= min)
            && self.max_amount_minor.is_none_or(|max| amount_minor <= max)
    }

    /// The top-up pack `id` of this method, when it is a balance that offers one.
    pub fn top_up_pack(&self, id: &str) -> Option<&TopUpPack> {
        match &self.kind {
            MethodKind::Balance { packs, .. } => packs.iter().find(|p| p.id == id),
            _ => None,
        }
    }
}

/// The kinds of method contract v1 knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MethodKind {
    /// A new card: the widget collects it and sends it to `tokenize_url` only.
    Card {
        /// Brands accepted, lower case, e.g. `visa`.
        brands: Vec<String>,
    },
    /// A card the buyer saved earlier.
    SavedCard {
        /// The card brand, lower case.
        brand: String,
        /// The last four digits.
        last4: String,
    },
    /// Carrier billing (휴대폰 결제): charged to the phone bill after a one-time code.
    CarrierBilling {
        /// Carriers offered, e.g. `skt`, `kt`, `lgu` or `docomo`, `au`, `softbank`.
        carriers: Vec<String>,
    },
    /// An e-wallet approved on the wallet's own page.
    Wallet {
        /// The wallet, e.g. `kakaopay`, `toss`, `paypal`.
        wallet: String,
        /// How the approval page opens.
        flow: WalletFlow,
    },
    /// A QR code scanned with a banking or wallet app; completed by polling.
    Qr {
        /// The scheme, e.g. `promptpay`, `upi`, `bitcoin`.
        scheme: String,
    },
    /// A bank transfer to a virtual account; completed by polling.
    BankTransfer,
    /// A stored balance of credits, with top-up packs when it runs short.
    Balance {
        /// What the buyer has.
        balance: Money,
        /// Packs the buyer can top up with.
        packs: Vec<TopUpPack>,
    },
}

impl MethodKind {
    /// The kind, without its fields.
    pub fn kind(&self) -> Kind {
        match self {
            MethodKind::Card { .. } => Kind::Card,
            MethodKind::SavedCard { .. } => Kind::SavedCard,
            MethodKind::CarrierBilling { .. } => Kind::CarrierBilling,
            MethodKind::Wallet { .. } => Kind::Wallet,
            MethodKind::Qr { .. } => Kind::Qr,
            MethodKind::BankTransfer => Kind::BankTransfer,
            MethodKind::Balance { .. } => Kind::Balance,
        }
    }

    /// The wire name of the kind, e.g. `saved_card`.
    pub fn name(&self) -> &'static str {
        self.kind().name()
    }
}

/// A method's kind without its fields: the `kind` tag on the wire. Its names are spelled
/// here once; every reader of a tag uses [`Kind::parse`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// `card`: a new card.
    Card,
    /// `saved_card`: a card on file.
    SavedCard,
    /// `carrier_billing`: on the phone bill.
    CarrierBilling,
    /// `wallet`: a wallet app or site.
    Wallet,
    /// `qr`: a QR code the buyer scans.
    Qr,
    /// `bank_transfer`: a transfer to a virtual account.
    BankTransfer,
    /// `balance`: a stored balance.
    Balance,
}

impl Kind {
    /// Every kind, in the contract's order.
    pub const ALL: [Kind; 7] = [
        Kind::Card,
        Kind::SavedCard,
        Kind::CarrierBilling,
        Kind::Wallet,
        Kind::Qr,
        Kind::BankTransfer,
        Kind::Balance,
    ];

    /// The wire name, e.g. `saved_card`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Card => "card",
            Kind::SavedCard => "saved_card",
            Kind::CarrierBilling => "carrier_billing",
            Kind::Wallet => "wallet",
            Kind::Qr => "qr",
            Kind::BankTransfer => "bank_transfer",
            Kind::Balance => "balance",
        }
    }

    /// The kind a wire name stands for; `None` for a kind this contract does not know.
    pub fn parse(tag: &str) -> Option<Kind> {
        Self::ALL.into_iter().find(|kind| kind.name() == tag)
    }
}

/// How a wallet's approval page opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum WalletFlow {
    /// The page replaces the merchant's page and returns to `return_url`.
    Redirect,
    /// The page opens in a popup; the widget waits for it.
    Popup,
}

/// A top-up pack for a stored balance, e.g. 5 items for the price of 4.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TopUpPack {
    /// The pack id, unique within the method.
    pub id: String,
    /// What the balance grows by.
    pub credit: Money,
    /// What the buyer pays for it.
    pub price: Money,
}

/// The body of `POST /api/sessions`: what a merchant asks a session to charge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CreateSessionRequest {
    /// The merchant's display name.
    pub merchant: String,
    /// What is bought; the total is their sum.
    pub lines: Vec<LineItem>,
    /// The methods to offer.
    pub methods: Vec<Method>,
    /// The id of the method to preselect.
    pub default_method: String,
    /// The buyer's country hint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The buyer's locale hint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The A/B variant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// The variant's message overrides, per locale (see [`Session::messages`]).
    #[serde(default, skip_serializing_if = "MessageOverrides::is_empty")]
    pub messages: MessageOverrides,
    /// The merchant's opaque reference for the buyer, for purchase frequency in the
    /// report. Never sent to the browser; not personal data (no e-mail, no name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer: Option<String>,
}
