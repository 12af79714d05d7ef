//! Input validation: bounds on every field a client sends, each with a precise reason.

use crate::error::Failure;
use micro_checkout_contract::{CreateSessionRequest, MethodKind, is_currency_code};

/// The longest display text (merchant, item) a session may carry, in characters.
pub const MAX_TEXT: usize = 120;
/// The longest id (method ids, session ids) accepted.
pub const MAX_ID: usize = 64;
/// The largest amount accepted, in minor units.
pub const MAX_AMOUNT_MINOR: i64 = 1_000_000_000_000;
/// The most methods a session may offer.
pub const MAX_METHODS: usize = 16;

/// Checks a session request; the first problem found is the error.
pub fn session(request: &CreateSessionRequest) -> Result<(), Failure> {
    text("merchant", &request.merchant)?;
    text("item", &request.item)?;
    if !is_currency_code(&request.amount.currency) {
        return Err(Failure::invalid(
            "amount.currency must be an ISO 4217 code such as USD or KRW",
        ));
    }
    if !(1..=MAX_AMOUNT_MINOR).contains(&request.amount.amount_minor) {
        return Err(Failure::invalid(format!(
            "amount.amount_minor must be between 1 and {MAX_AMOUNT_MINOR} minor units"
        )));
    }
    if request.methods.is_empty() || request.methods.len() > MAX_METHODS {
        return Err(Failure::invalid(format!(
            "methods must list between 1 and {MAX_METHODS} methods"
        )));
    }
    for (i, method) in request.methods.iter().enumerate() {
        id("methods[].id", &method.id)?;
        if request.methods[..i].iter().any(|m| m.id == method.id) {
            return Err(Failure::invalid(format!(
                "method id `{}` is repeated",
                method.id
            )));
        }
        match &method.kind {
            MethodKind::SavedCard { brand, last4 } => {
                id("brand", brand)?;
                if last4.len() != 4 || !last4.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(Failure::invalid("last4 must be exactly four digits"));
                }
            }
        }
    }
    if !request
        .methods
        .iter()
        .any(|m| m.id == request.default_method)
    {
        return Err(Failure::invalid(
            "default_method must be the id of a listed method",
        ));
    }
    Ok(())
}

/// Checks an idempotency key: 1 to 255 visible ASCII characters.
pub fn idempotency_key(key: &str) -> Result<(), Failure> {
    if key.is_empty() || key.len() > 255 || !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(Failure::invalid(
            "Idempotency-Key must be 1 to 255 visible ASCII characters",
        ));
    }
    Ok(())
}

/// Checks an id: 1 to [`MAX_ID`] characters of `A-Z a-z 0-9 _ -`.
pub fn id(field: &str, value: &str) -> Result<(), Failure> {
    let ok = !value.is_empty()
        && value.len() <= MAX_ID
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(Failure::invalid(format!(
            "{field} must be 1 to {MAX_ID} characters of letters, digits, `_` or `-`"
        )))
    }
}

fn text(field: &str, value: &str) -> Result<(), Failure> {
    let count = value.trim().chars().count();
    if count == 0 || value.chars().count() > MAX_TEXT || value.chars().any(char::is_control) {
        return Err(Failure::invalid(format!(
            "{field} must be 1 to {MAX_TEXT} characters without control characters"
        )));
    }
    Ok(())
}
