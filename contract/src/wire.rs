//! Flat wire shapes for the tagged types.
//!
//! `Method` and `PaymentResult` are flat JSON objects with a tag field. Serde's
//! `#[serde(tag, flatten)]` would read them through a buffered generic representation that
//! costs kilobytes in the widget's wasm; these plain structs, converted with `try_from` /
//! `into`, read the same JSON with plain field matching.

use crate::{DeclineCode, MethodKind, PaymentStatus};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    SavedCard,
}

#[derive(Serialize, Deserialize)]
pub struct Method {
    id: String,
    kind: Kind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    brand: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last4: Option<String>,
}

fn required(value: Option<String>, kind: &str, field: &str) -> Result<String, String> {
    value.ok_or_else(|| format!("a `{kind}` method needs `{field}`"))
}

impl TryFrom<Method> for crate::Method {
    type Error = String;

    fn try_from(wire: Method) -> Result<Self, String> {
        let kind = match wire.kind {
            Kind::SavedCard => MethodKind::SavedCard {
                brand: required(wire.brand, "saved_card", "brand")?,
                last4: required(wire.last4, "saved_card", "last4")?,
            },
        };
        Ok(Self { id: wire.id, kind })
    }
}

impl From<crate::Method> for Method {
    fn from(method: crate::Method) -> Self {
        match method.kind {
            MethodKind::SavedCard { brand, last4 } => Self {
                id: method.id,
                kind: Kind::SavedCard,
                brand: Some(brand),
                last4: Some(last4),
            },
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Succeeded,
    Processing,
    Failed,
}

#[derive(Serialize, Deserialize)]
pub struct PaymentResult {
    version: u32,
    payment_id: String,
    status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    code: Option<DeclineCode>,
}

impl TryFrom<PaymentResult> for crate::PaymentResult {
    type Error = String;

    fn try_from(wire: PaymentResult) -> Result<Self, String> {
        let status = match (wire.status, wire.code) {
            (Status::Succeeded, _) => PaymentStatus::Succeeded,
            (Status::Processing, _) => PaymentStatus::Processing,
            (Status::Failed, Some(code)) => PaymentStatus::Failed { code },
            (Status::Failed, None) => return Err("a `failed` result needs `code`".into()),
        };
        Ok(Self {
            version: wire.version,
            payment_id: wire.payment_id,
            status,
        })
    }
}

impl From<crate::PaymentResult> for PaymentResult {
    fn from(result: crate::PaymentResult) -> Self {
        let (status, code) = match result.status {
            PaymentStatus::Succeeded => (Status::Succeeded, None),
            PaymentStatus::Processing => (Status::Processing, None),
            PaymentStatus::Failed { code } => (Status::Failed, Some(code)),
        };
        Self {
            version: result.version,
            payment_id: result.payment_id,
            status,
            code,
        }
    }
}
