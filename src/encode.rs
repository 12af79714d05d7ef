//! Writes the widget's request bodies as JSON, field by field, instead of serde_json's
//! serializer and the derived `Serialize` impls (the counterpart of `decode.rs`; together
//! with the error formatting serde_json brings, about 1 KB of brotli on the critical path).
//! Fields come in the contract types' declaration order and optional ones are left out when
//! empty, so the bytes are exactly serde's: `tests/encode.rs` checks every request fixture
//! and arbitrary text against serde_json.

use crate::flow::Pending;
use micro_checkout_contract::{ActionRequest, ConfirmRequest, TokenizeRequest};

/// A JSON object being written.
struct Object(String);

impl Object {
    fn new() -> Self {
        Object(String::from("{"))
    }

    fn key(&mut self, key: &str) {
        if self.0.len() > 1 {
            self.0.push(',');
        }
        string(&mut self.0, key);
        self.0.push(':');
    }

    fn num(mut self, key: &str, value: u32) -> Self {
        self.key(key);
        self.0.push_str(&value.to_string());
        self
    }

    fn text(mut self, key: &str, value: &str) -> Self {
        self.key(key);
        string(&mut self.0, value);
        self
    }

    fn maybe(self, key: &str, value: Option<&str>) -> Self {
        match value {
            Some(value) => self.text(key, value),
            None => self,
        }
    }

    fn raw(mut self, key: &str, json: &str) -> Self {
        self.key(key);
        self.0.push_str(json);
        self
    }

    fn end(mut self) -> String {
        self.0.push('}');
        self.0
    }
}

/// `value` as a JSON string, escaped as serde_json escapes it.
fn string(out: &mut String, value: &str) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if u32::from(c) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let b = c as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[b >> 4]));
                out.push(char::from(HEX[b & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The body of `POST {session}/confirm`.
pub fn confirm(request: &ConfirmRequest) -> String {
    Object::new()
        .num("version", request.version)
        .text("method_id", &request.method_id)
        .maybe("token", request.token.as_deref())
        .maybe("carrier", request.carrier.as_deref())
        .maybe("phone", request.phone.as_deref())
        .maybe("top_up_pack", request.top_up_pack.as_deref())
        .maybe("return_url", request.return_url.as_deref())
        .end()
}

/// The body of `POST {tokenize_url}`.
pub fn tokenize(request: &TokenizeRequest) -> String {
    Object::new()
        .num("version", request.version)
        .text("number", &request.number)
        .num("exp_month", request.exp_month)
        .num("exp_year", request.exp_year)
        .text("cvc", &request.cvc)
        .end()
}

/// The body of `POST {session}/payments/{id}/actions`: `type`, then its one field if any.
pub fn action(request: &ActionRequest) -> String {
    use micro_checkout_contract::Action;
    let object = Object::new()
        .num("version", request.version)
        .text("type", request.action.name());
    match &request.action {
        Action::Otp { code } => object.text("code", code),
        Action::RedirectReturn { result } | Action::ThreeDs { result } => {
            object.text("result", result)
        }
        Action::ResendOtp | Action::Cancel => object,
    }
    .end()
}

/// `pending` as the JSON the widget keeps in the browser's storage (read by [`Pending`]'s
/// `Decode`).
pub fn pending(pending: &Pending) -> String {
    match pending {
        Pending::Confirm { key, request } => Object::new()
            .text("key", key)
            .raw("request", &confirm(request))
            .end(),
        Pending::Payment { payment_id } => Object::new().text("payment_id", payment_id).end(),
    }
}
