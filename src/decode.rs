//! Reads contract types from JSON the browser parsed (`JSON.parse`), without serde.
//!
//! Serde's derived visitors for the contract's types cost tens of kilobytes of wasm
//! (measured: ~63 KB raw for contract v1), more than the rest of the widget above Yew. The
//! browser already has a JSON parser; walking its result field by field is a few bytes per
//! field. The server and the tests still use serde, and a browser test checks that this
//! decoder reads every golden fixture exactly as serde does.
//!
//! Integers arrive as JS numbers; only safe integers (|n| ≤ 2^53 − 1, exact in a double)
//! are accepted, so no amount is ever rounded.

use crate::flow::Pending;
use js_sys::{Array, Number, Reflect};
use micro_checkout_contract::{
    ConfirmRequest, ErrorInfo, Kind, LineItem, MessageOverrides, Method, MethodKind, Money,
    NextAction, PaymentResult, PaymentStatus, Session, TokenizeResponse, TopUpPack, WalletFlow,
};
use wasm_bindgen::{JsCast, JsValue};

/// What failed to decode: the name of the field.
pub type Error = &'static str;

/// A contract type read from parsed JSON.
pub trait Decode: Sized {
    /// Reads `value`; `name` names it in the error.
    fn decode(value: &JsValue, name: Error) -> Result<Self, Error>;
}

/// Parses `text` as JSON and decodes it.
pub fn from_json<T: Decode>(text: &str) -> Result<T, Error> {
    let value = js_sys::JSON::parse(text).map_err(|_| "json")?;
    T::decode(&value, "body")
}

fn get(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn req<T: Decode>(object: &JsValue, name: Error) -> Result<T, Error> {
    T::decode(&get(object, name), name)
}

fn opt<T: Decode>(object: &JsValue, name: Error) -> Result<Option<T>, Error> {
    let value = get(object, name);
    if value.is_undefined() || value.is_null() {
        Ok(None)
    } else {
        T::decode(&value, name).map(Some)
    }
}

fn flag(object: &JsValue, name: Error) -> Result<bool, Error> {
    Ok(opt(object, name)?.unwrap_or(false))
}

impl Decode for String {
    fn decode(value: &JsValue, name: Error) -> Result<Self, Error> {
        value.as_string().ok_or(name)
    }
}

impl Decode for bool {
    fn decode(value: &JsValue, name: Error) -> Result<Self, Error> {
        value.as_bool().ok_or(name)
    }
}

impl Decode for i64 {
    fn decode(value: &JsValue, name: Error) -> Result<Self, Error> {
        if Number::is_safe_integer(value) {
            value.as_f64().map(|n| n as i64).ok_or(name)
        } else {
            Err(name)
        }
    }
}

impl Decode for u32 {
    fn decode(value: &JsValue, name: Error) -> Result<Self, Error> {
        u32::try_from(i64::decode(value, name)?).map_err(|_| name)
    }
}

impl<T: Decode> Decode for Box<T> {
    fn decode(value: &JsValue, name: Error) -> Result<Self, Error> {
        T::decode(value, name).map(Box::new)
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(value: &JsValue, name: Error) -> Result<Self, Error> {
        let array = value.dyn_ref::<Array>().ok_or(name)?;
        array.iter().map(|item| T::decode(&item, name)).collect()
    }
}

/// Calls `each` with every `(key, value)` entry of a JSON object, in order (a callback: a
/// `Vec` of entries, or a `collect` into a `Result`, costs more wasm).
fn each_entry(
    value: &JsValue,
    name: Error,
    each: &mut dyn FnMut(String, JsValue) -> Result<(), Error>,
) -> Result<(), Error> {
    if !value.is_object() || Array::is_array(value) {
        return Err(name);
    }
    for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
        let entry = Array::from(&entry);
        each(String::decode(&entry.get(0), name)?, entry.get(1))?;
    }
    Ok(())
}

impl Decode for MessageOverrides {
    fn decode(v: &JsValue, name: Error) -> Result<Self, Error> {
        let mut locales = Vec::new();
        each_entry(v, name, &mut |locale, messages| {
            let mut texts = Vec::new();
            each_entry(&messages, name, &mut |id, text| {
                texts.push((id, String::decode(&text, name)?));
                Ok(())
            })?;
            locales.push((locale, texts));
            Ok(())
        })?;
        Ok(MessageOverrides(locales))
    }
}

impl Decode for Money {
    fn decode(v: &JsValue, _: Error) -> Result<Self, Error> {
        Ok(Money {
            amount_minor: req(v, "amount_minor")?,
            currency: req(v, "currency")?,
            exponent: req(v, "exponent")?,
        })
    }
}

impl Decode for LineItem {
    fn decode(v: &JsValue, _: Error) -> Result<Self, Error> {
        Ok(LineItem {
            label: req(v, "label")?,
            quantity: req(v, "quantity")?,
            amount: req(v, "amount")?,
        })
    }
}

impl Decode for TopUpPack {
    fn decode(v: &JsValue, _: Error) -> Result<Self, Error> {
        Ok(TopUpPack {
            id: req(v, "id")?,
            credit: req(v, "credit")?,
            price: req(v, "price")?,
        })
    }
}

impl Decode for WalletFlow {
    fn decode(v: &JsValue, name: Error) -> Result<Self, Error> {
        match String::decode(v, name)?.as_str() {
            "redirect" => Ok(WalletFlow::Redirect),
            "popup" => Ok(WalletFlow::Popup),
            _ => Err(name),
        }
    }
}

impl Decode for Method {
    fn decode(v: &JsValue, _: Error) -> Result<Self, Error> {
        let tag = String::decode(&get(v, "kind"), "kind")?;
        let kind = match Kind::parse(&tag).ok_or("kind")? {
            Kind::Card => MethodKind::Card {
                brands: opt(v, "brands")?.unwrap_or_default(),
            },
            Kind::SavedCard => MethodKind::SavedCard {
                brand: req(v, "brand")?,
                last4: req(v, "last4")?,
            },
            Kind::CarrierBilling => MethodKind::CarrierBilling {
                carriers: req(v, "carriers")?,
            },
            Kind::Wallet => MethodKind::Wallet {
                wallet: req(v, "wallet")?,
                flow: req(v, "flow")?,
            },
            Kind::Qr => MethodKind::Qr {
                scheme: req(v, "scheme")?,
            },
            Kind::BankTransfer => MethodKind::BankTransfer,
            Kind::Balance => MethodKind::Balance {
                balance: req(v, "balance")?,
                packs: opt(v, "packs")?.unwrap_or_default(),
            },
        };
        Ok(Method {
            id: req(v, "id")?,
            kind,
            label: opt(v, "label")?,
            fee: opt(v, "fee")?,
            min_amount_minor: opt(v, "min_amount_minor")?,
            max_amount_minor: opt(v, "max_amount_minor")?,
            saved: flag(v, "saved")?,
            one_tap: flag(v, "one_tap")?,
        })
    }
}

/// The session's methods, skipping kinds this widget does not know: a backend that adds a
/// kind in a later contract version does not break widgets already on merchants' pages.
fn known_methods(value: &JsValue) -> Result<Vec<Method>, Error> {
    let array = value.dyn_ref::<Array>().ok_or("methods")?;
    let mut methods = Vec::new();
    for item in array.iter() {
        match Method::decode(&item, "methods") {
            Ok(method) => methods.push(method),
            Err("kind") => {}
            Err(field) => return Err(field),
        }
    }
    Ok(methods)
}

impl Decode for Session {
    fn decode(v: &JsValue, _: Error) -> Result<Self, Error> {
        Ok(Session {
            version: req(v, "version")?,
            id: req(v, "id")?,
            merchant: req(v, "merchant")?,
            lines: req(v, "lines")?,
            amount: req(v, "amount")?,
            methods: known_methods(&get(v, "methods"))?,
            default_method: req(v, "default_method")?,
            country: opt(v, "country")?,
            locale: opt(v, "locale")?,
            variant: opt(v, "variant")?,
            messages: opt(v, "messages")?.unwrap_or_default(),
            events_url: opt(v, "events_url")?,
            tokenize_url: opt(v, "tokenize_url")?,
            payment: opt(v, "payment")?,
        })
    }
}

impl Decode for PaymentStatus {
    fn decode(v: &JsValue, name: Error) -> Result<Self, Error> {
        Ok(match String::decode(v, name)?.as_str() {
            "succeeded" => PaymentStatus::Succeeded,
            "processing" => PaymentStatus::Processing,
            "requires_action" => PaymentStatus::RequiresAction,
            "failed" => PaymentStatus::Failed,
            "canceled" => PaymentStatus::Canceled,
            _ => return Err(name),
        })
    }
}

impl Decode for ErrorInfo {
    fn decode(v: &JsValue, _: Error) -> Result<Self, Error> {
        Ok(ErrorInfo {
            code: req(v, "code")?,
            retryable: flag(v, "retryable")?,
        })
    }
}

impl Decode for NextAction {
    fn decode(v: &JsValue, _: Error) -> Result<Self, Error> {
        Ok(match String::decode(&get(v, "type"), "type")?.as_str() {
            "redirect" => NextAction::Redirect {
                url: req(v, "url")?,
            },
            "otp" => NextAction::Otp {
                length: req(v, "length")?,
                expires_in_s: req(v, "expires_in_s")?,
                resend_in_s: req(v, "resend_in_s")?,
                phone_hint: req(v, "phone_hint")?,
            },
            "qr" => NextAction::Qr {
                payload: req(v, "payload")?,
                expires_in_s: req(v, "expires_in_s")?,
            },
            "instructions" => NextAction::Instructions {
                bank: req(v, "bank")?,
                account: req(v, "account")?,
                holder: req(v, "holder")?,
                reference: req(v, "reference")?,
                amount: req(v, "amount")?,
                expires_in_s: req(v, "expires_in_s")?,
            },
            "three_ds" => NextAction::ThreeDs {
                url: req(v, "url")?,
            },
            _ => return Err("type"),
        })
    }
}

impl Decode for PaymentResult {
    // Shared by confirm, poll, action and the session's own payment: one copy in the wasm.
    #[inline(never)]
    fn decode(v: &JsValue, _: Error) -> Result<Self, Error> {
        Ok(PaymentResult {
            version: req(v, "version")?,
            payment_id: req(v, "payment_id")?,
            status: req(v, "status")?,
            next_action: opt(v, "next_action")?,
            poll_after_ms: opt(v, "poll_after_ms")?,
            error: opt(v, "error")?,
        })
    }
}

/// The `error` of an `ApiError` body: all the widget reads of one.
pub struct ApiErrorBody(pub ErrorInfo);

impl Decode for ApiErrorBody {
    fn decode(v: &JsValue, _: Error) -> Result<Self, Error> {
        req(v, "error").map(ApiErrorBody)
    }
}

impl Decode for TokenizeResponse {
    fn decode(v: &JsValue, _: Error) -> Result<Self, Error> {
        Ok(TokenizeResponse {
            version: req(v, "version")?,
            token: req(v, "token")?,
            brand: req(v, "brand")?,
            last4: req(v, "last4")?,
        })
    }
}

impl Decode for ConfirmRequest {
    fn decode(v: &JsValue, _: Error) -> Result<Self, Error> {
        Ok(ConfirmRequest {
            version: req(v, "version")?,
            method_id: req(v, "method_id")?,
            token: opt(v, "token")?,
            carrier: opt(v, "carrier")?,
            phone: opt(v, "phone")?,
            top_up_pack: opt(v, "top_up_pack")?,
            return_url: opt(v, "return_url")?,
        })
    }
}

/// A kept attempt as stored: `{"key", "request"}` for a confirm whose answer is unknown,
/// `{"payment_id"}` for a payment still waiting.
impl Decode for Pending {
    fn decode(v: &JsValue, _: Error) -> Result<Self, Error> {
        match opt::<String>(v, "payment_id")? {
            Some(payment_id) => Ok(Pending::Payment { payment_id }),
            None => Ok(Pending::Confirm {
                key: req(v, "key")?,
                request: req(v, "request")?,
            }),
        }
    }
}
