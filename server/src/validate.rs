//! Input validation: bounds on every field a client sends, each with a precise reason.

mod messages;

pub use messages::experiment;

use crate::error::Failure;
use axum::http::StatusCode;
use micro_checkout_contract::{
    CONTRACT_VERSION, CreateSessionRequest, LineItem, Method, MethodKind, Money, codes,
    currency_exponent, is_currency_code,
};

/// The longest display text (merchant, line labels) a session may carry, in characters.
pub const MAX_TEXT: usize = 120;
/// The longest id (method ids, session ids) accepted.
pub const MAX_ID: usize = 64;
/// The largest amount accepted, in minor units (far below 2^53, so exact in JavaScript).
pub const MAX_AMOUNT_MINOR: i64 = 1_000_000_000_000;
/// The most lines or methods a session may hold.
pub const MAX_ITEMS: usize = 16;

/// Checks a session request; the first problem found is the error. Returns the total.
pub fn session(request: &CreateSessionRequest) -> Result<Money, Failure> {
    text("merchant", &request.merchant)?;
    count("lines", request.lines.len())?;
    let currency = request.lines[0].amount.currency.clone();
    let mut total = 0i64;
    for line in &request.lines {
        line_item(line, &currency)?;
        total = total.saturating_add(line.amount.amount_minor);
    }
    if !(1..=MAX_AMOUNT_MINOR).contains(&total) {
        return Err(Failure::invalid(
            "lines",
            format!("the lines must total 1 to {MAX_AMOUNT_MINOR} minor units"),
        ));
    }
    let total = Money::new(total, &currency);
    count("methods", request.methods.len())?;
    for (i, method) in request.methods.iter().enumerate() {
        if request.methods[..i].iter().any(|m| m.id == method.id) {
            return Err(Failure::invalid(
                "methods[].id",
                format!("method id `{}` is repeated", method.id),
            ));
        }
        self::method(method, &currency)?;
    }
    if !request
        .methods
        .iter()
        .any(|m| m.id == request.default_method)
    {
        return Err(Failure::invalid(
            "default_method",
            "default_method must be the id of a listed method",
        ));
    }
    experiment(request)?;
    Ok(total)
}

fn count(field: &str, n: usize) -> Result<(), Failure> {
    if (1..=MAX_ITEMS).contains(&n) {
        Ok(())
    } else {
        Err(Failure::invalid(
            field,
            format!("{field} must hold between 1 and {MAX_ITEMS} entries"),
        ))
    }
}

fn line_item(line: &LineItem, currency: &str) -> Result<(), Failure> {
    text("lines[].label", &line.label)?;
    if !(1..=10_000).contains(&line.quantity) {
        return Err(Failure::invalid(
            "lines[].quantity",
            "lines[].quantity must be between 1 and 10000",
        ));
    }
    amount("lines[].amount", &line.amount, currency).map(drop)
}

/// Checks an amount: a known code, its ISO 4217 exponent, the session's currency, in range.
fn amount(field: &str, money: &Money, currency: &str) -> Result<Money, Failure> {
    if !is_currency_code(&money.currency) {
        return Err(Failure::invalid(
            &format!("{field}.currency"),
            format!("{field}: currency must be an active ISO 4217 code such as USD or KRW"),
        ));
    }
    if money.currency != currency {
        return Err(Failure::invalid(
            &format!("{field}.currency"),
            format!("{field}: every amount of a session is in one currency ({currency})"),
        ));
    }
    if Some(money.exponent) != currency_exponent(&money.currency) {
        return Err(Failure::invalid(
            &format!("{field}.exponent"),
            format!("{field}: the exponent must be the currency's ISO 4217 minor unit"),
        ));
    }
    if !(1..=MAX_AMOUNT_MINOR).contains(&money.amount_minor) {
        return Err(Failure::invalid(
            &format!("{field}.amount_minor"),
            format!("{field}: amount_minor must be between 1 and {MAX_AMOUNT_MINOR} minor units"),
        ));
    }
    Ok(money.clone())
}

fn method(method: &Method, currency: &str) -> Result<(), Failure> {
    id("methods[].id", &method.id)?;
    if let Some(label) = &method.label {
        text("methods[].label", label)?;
    }
    if let Some(fee) = &method.fee {
        amount("methods[].fee", fee, currency)?;
    }
    if let (Some(min), Some(max)) = (method.min_amount_minor, method.max_amount_minor)
        && min > max
    {
        return Err(Failure::invalid(
            "methods[].min_amount_minor",
            "min_amount_minor must not exceed max_amount_minor",
        ));
    }
    match &method.kind {
        MethodKind::SavedCard { brand, last4 } => {
            id("methods[].brand", brand)?;
            if last4.len() != 4 || !last4.bytes().all(|b| b.is_ascii_digit()) {
                return Err(Failure::invalid(
                    "methods[].last4",
                    "last4 must be exactly four digits",
                ));
            }
        }
        MethodKind::Card { brands } => {
            for brand in brands {
                id("methods[].brands[]", brand)?;
            }
        }
        MethodKind::CarrierBilling { carriers } => {
            if carriers.is_empty() || carriers.len() > MAX_ITEMS {
                return Err(Failure::invalid(
                    "methods[].carriers",
                    "carriers must list 1 to 16 carriers",
                ));
            }
            for carrier in carriers {
                id("methods[].carriers[]", carrier)?;
            }
        }
        MethodKind::Balance { balance, packs } => {
            self::balance(balance, currency)?;
            count_packs(packs.len())?;
            for (i, pack) in packs.iter().enumerate() {
                id("methods[].packs[].id", &pack.id)?;
                if packs[..i].iter().any(|p| p.id == pack.id) {
                    return Err(Failure::invalid(
                        "methods[].packs[].id",
                        format!("pack id `{}` is repeated", pack.id),
                    ));
                }
                amount("methods[].packs[].credit", &pack.credit, currency)?;
                amount("methods[].packs[].price", &pack.price, currency)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// A stated balance: the session's currency and exponent, 0 to [`MAX_AMOUNT_MINOR`].
fn balance(money: &Money, currency: &str) -> Result<(), Failure> {
    if !(0..=MAX_AMOUNT_MINOR).contains(&money.amount_minor) {
        return Err(Failure::invalid(
            "methods[].balance.amount_minor",
            format!("a balance must be 0 to {MAX_AMOUNT_MINOR} minor units"),
        ));
    }
    // Its code and exponent as any amount's (a positive stand-in for the range check).
    amount(
        "methods[].balance",
        &Money {
            amount_minor: 1,
            ..money.clone()
        },
        currency,
    )
    .map(drop)
}

fn count_packs(n: usize) -> Result<(), Failure> {
    if n <= MAX_ITEMS {
        Ok(())
    } else {
        Err(Failure::invalid(
            "methods[].packs",
            format!("packs must hold at most {MAX_ITEMS} entries"),
        ))
    }
}

/// Checks that a request speaks the contract version this backend does.
pub fn version(version: u32) -> Result<(), Failure> {
    if version == CONTRACT_VERSION {
        return Ok(());
    }
    Err(Failure::new(
        StatusCode::BAD_REQUEST,
        codes::UNSUPPORTED_VERSION,
        format!("this backend speaks contract version {CONTRACT_VERSION}"),
    ))
}

/// Checks an idempotency key: 1 to 255 visible ASCII characters.
pub fn idempotency_key(key: &str) -> Result<(), Failure> {
    if key.is_empty() || key.len() > 255 || !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(Failure::invalid(
            "Idempotency-Key",
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
        Err(Failure::invalid(
            field,
            format!("{field} must be 1 to {MAX_ID} characters of letters, digits, `_` or `-`"),
        ))
    }
}

fn text(field: &str, value: &str) -> Result<(), Failure> {
    text_within(field, value, MAX_TEXT)
}

/// Checks a display text: 1 to `max` characters, not all blank, without control characters.
fn text_within(field: &str, value: &str, max: usize) -> Result<(), Failure> {
    let count = value.trim().chars().count();
    if count == 0 || value.chars().count() > max || value.chars().any(char::is_control) {
        return Err(Failure::invalid(
            field,
            format!("{field} must be 1 to {max} characters without control characters"),
        ));
    }
    Ok(())
}
