//! Flat wire shapes for the tagged types: `Method` (by `kind`), `NextAction` and
//! `ActionRequest` (by `type`).
//!
//! Serde's `#[serde(tag)]` reads tagged enums through a buffered generic representation that
//! costs kilobytes in the widget's wasm. These plain structs, converted with `try_from` /
//! `into`, read the same JSON with plain field matching; a missing field for the tag is a
//! clear error naming both.

use crate::{Action, Kind, MethodKind, Money, NextAction as Next, TopUpPack, WalletFlow};
use serde::{Deserialize, Serialize};

fn is_false(value: &bool) -> bool {
    !value
}

fn need<T>(value: Option<T>, tag: &str, field: &str) -> Result<T, String> {
    value.ok_or_else(|| format!("`{tag}` needs `{field}`"))
}

/// A method on the wire.
#[derive(Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Method {
    id: String,
    #[cfg_attr(feature = "schema", schemars(required, with = "Kind"))]
    kind: Option<Kind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fee: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    min_amount_minor: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max_amount_minor: Option<i64>,
    #[serde(default, skip_serializing_if = "is_false")]
    saved: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    one_tap: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    brands: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    brand: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last4: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    carriers: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    wallet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    flow: Option<WalletFlow>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scheme: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    balance: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    packs: Option<Vec<TopUpPack>>,
}

impl TryFrom<Method> for crate::Method {
    type Error = String;

    fn try_from(w: Method) -> Result<Self, String> {
        let kind = match need(w.kind, "method", "kind")? {
            Kind::Card => MethodKind::Card {
                brands: w.brands.unwrap_or_default(),
            },
            Kind::SavedCard => MethodKind::SavedCard {
                brand: need(w.brand, Kind::SavedCard.name(), "brand")?,
                last4: need(w.last4, Kind::SavedCard.name(), "last4")?,
            },
            Kind::CarrierBilling => MethodKind::CarrierBilling {
                carriers: need(w.carriers, Kind::CarrierBilling.name(), "carriers")?,
            },
            Kind::Wallet => MethodKind::Wallet {
                wallet: need(w.wallet, Kind::Wallet.name(), "wallet")?,
                flow: need(w.flow, Kind::Wallet.name(), "flow")?,
            },
            Kind::Qr => MethodKind::Qr {
                scheme: need(w.scheme, Kind::Qr.name(), "scheme")?,
            },
            Kind::BankTransfer => MethodKind::BankTransfer,
            Kind::Balance => MethodKind::Balance {
                balance: need(w.balance, Kind::Balance.name(), "balance")?,
                packs: w.packs.unwrap_or_default(),
            },
        };
        Ok(Self {
            id: w.id,
            kind,
            label: w.label,
            fee: w.fee,
            min_amount_minor: w.min_amount_minor,
            max_amount_minor: w.max_amount_minor,
            saved: w.saved,
            one_tap: w.one_tap,
        })
    }
}

impl From<crate::Method> for Method {
    fn from(m: crate::Method) -> Self {
        let mut w = Method {
            id: m.id,
            label: m.label,
            fee: m.fee,
            min_amount_minor: m.min_amount_minor,
            max_amount_minor: m.max_amount_minor,
            saved: m.saved,
            one_tap: m.one_tap,
            ..Method::default()
        };
        w.kind = Some(match m.kind {
            MethodKind::Card { brands } => {
                w.brands = Some(brands);
                Kind::Card
            }
            MethodKind::SavedCard { brand, last4 } => {
                w.brand = Some(brand);
                w.last4 = Some(last4);
                Kind::SavedCard
            }
            MethodKind::CarrierBilling { carriers } => {
                w.carriers = Some(carriers);
                Kind::CarrierBilling
            }
            MethodKind::Wallet { wallet, flow } => {
                w.wallet = Some(wallet);
                w.flow = Some(flow);
                Kind::Wallet
            }
            MethodKind::Qr { scheme } => {
                w.scheme = Some(scheme);
                Kind::Qr
            }
            MethodKind::BankTransfer => Kind::BankTransfer,
            MethodKind::Balance { balance, packs } => {
                w.balance = Some(balance);
                w.packs = Some(packs);
                Kind::Balance
            }
        });
        w
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NextType {
    Redirect,
    Otp,
    Qr,
    Instructions,
    ThreeDs,
}

/// A next action on the wire.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NextAction {
    #[serde(rename = "type")]
    kind: NextType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    length: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    expires_in_s: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    resend_in_s: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    phone_hint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    payload: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    bank: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    account: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    holder: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reference: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    amount: Option<Money>,
}

impl NextAction {
    fn of(kind: NextType) -> Self {
        Self {
            kind,
            url: None,
            length: None,
            expires_in_s: None,
            resend_in_s: None,
            phone_hint: None,
            payload: None,
            bank: None,
            account: None,
            holder: None,
            reference: None,
            amount: None,
        }
    }
}

impl TryFrom<NextAction> for Next {
    type Error = String;

    fn try_from(w: NextAction) -> Result<Self, String> {
        Ok(match w.kind {
            NextType::Redirect => Next::Redirect {
                url: need(w.url, "redirect", "url")?,
            },
            NextType::Otp => Next::Otp {
                length: need(w.length, "otp", "length")?,
                expires_in_s: need(w.expires_in_s, "otp", "expires_in_s")?,
                resend_in_s: need(w.resend_in_s, "otp", "resend_in_s")?,
                phone_hint: need(w.phone_hint, "otp", "phone_hint")?,
            },
            NextType::Qr => Next::Qr {
                payload: need(w.payload, "qr", "payload")?,
                expires_in_s: need(w.expires_in_s, "qr", "expires_in_s")?,
            },
            NextType::Instructions => Next::Instructions {
                bank: need(w.bank, "instructions", "bank")?,
                account: need(w.account, "instructions", "account")?,
                holder: need(w.holder, "instructions", "holder")?,
                reference: need(w.reference, "instructions", "reference")?,
                amount: need(w.amount, "instructions", "amount")?,
                expires_in_s: need(w.expires_in_s, "instructions", "expires_in_s")?,
            },
            NextType::ThreeDs => Next::ThreeDs {
                url: need(w.url, "three_ds", "url")?,
            },
        })
    }
}

impl From<Next> for NextAction {
    fn from(next: Next) -> Self {
        match next {
            Next::Redirect { url } => NextAction {
                url: Some(url),
                ..Self::of(NextType::Redirect)
            },
            Next::Otp {
                length,
                expires_in_s,
                resend_in_s,
                phone_hint,
            } => NextAction {
                length: Some(length),
                expires_in_s: Some(expires_in_s),
                resend_in_s: Some(resend_in_s),
                phone_hint: Some(phone_hint),
                ..Self::of(NextType::Otp)
            },
            Next::Qr {
                payload,
                expires_in_s,
            } => NextAction {
                payload: Some(payload),
                expires_in_s: Some(expires_in_s),
                ..Self::of(NextType::Qr)
            },
            Next::Instructions {
                bank,
                account,
                holder,
                reference,
                amount,
                expires_in_s,
            } => NextAction {
                bank: Some(bank),
                account: Some(account),
                holder: Some(holder),
                reference: Some(reference),
                amount: Some(amount),
                expires_in_s: Some(expires_in_s),
                ..Self::of(NextType::Instructions)
            },
            Next::ThreeDs { url } => NextAction {
                url: Some(url),
                ..Self::of(NextType::ThreeDs)
            },
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActionType {
    Otp,
    ResendOtp,
    RedirectReturn,
    ThreeDs,
    Cancel,
}

/// An action request on the wire.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ActionRequest {
    version: u32,
    #[serde(rename = "type")]
    kind: ActionType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    result: Option<String>,
}

impl TryFrom<ActionRequest> for crate::ActionRequest {
    type Error = String;

    fn try_from(w: ActionRequest) -> Result<Self, String> {
        let action = match w.kind {
            ActionType::Otp => Action::Otp {
                code: need(w.code, "otp", "code")?,
            },
            ActionType::ResendOtp => Action::ResendOtp,
            ActionType::RedirectReturn => Action::RedirectReturn {
                result: need(w.result, "redirect_return", "result")?,
            },
            ActionType::ThreeDs => Action::ThreeDs {
                result: need(w.result, "three_ds", "result")?,
            },
            ActionType::Cancel => Action::Cancel,
        };
        Ok(Self {
            version: w.version,
            action,
        })
    }
}

impl From<crate::ActionRequest> for ActionRequest {
    fn from(r: crate::ActionRequest) -> Self {
        let (kind, code, result) = match r.action {
            Action::Otp { code } => (ActionType::Otp, Some(code), None),
            Action::ResendOtp => (ActionType::ResendOtp, None, None),
            Action::RedirectReturn { result } => (ActionType::RedirectReturn, None, Some(result)),
            Action::ThreeDs { result } => (ActionType::ThreeDs, None, Some(result)),
            Action::Cancel => (ActionType::Cancel, None, None),
        };
        Self {
            version: r.version,
            kind,
            code,
            result,
        }
    }
}
