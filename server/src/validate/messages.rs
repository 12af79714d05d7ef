//! A session's variant, buyer reference and message overrides: bounded, and shaped as the
//! widget reads them (it checks each id against its own messages).

use super::{id, text_within};
use crate::error::Failure;
use micro_checkout_contract::{CreateSessionRequest, MAX_OVERRIDDEN, MAX_OVERRIDE_CHARS};

/// Checks `variant`, `buyer` and `messages`; the first problem found is the error.
pub fn experiment(request: &CreateSessionRequest) -> Result<(), Failure> {
    if let Some(variant) = &request.variant {
        id("variant", variant)?;
    }
    if let Some(buyer) = &request.buyer {
        id("buyer", buyer)?;
    }
    let locales = &request.messages.0;
    if locales.len() > MAX_OVERRIDDEN {
        return Err(Failure::invalid(
            "messages",
            format!("messages may override at most {MAX_OVERRIDDEN} locales"),
        ));
    }
    for (locale, messages) in locales {
        let tag_ok = (2..=35).contains(&locale.len())
            && locale
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !tag_ok {
            return Err(Failure::invalid(
                "messages",
                format!("`{locale}` is not a BCP 47 language tag"),
            ));
        }
        if messages.is_empty() || messages.len() > MAX_OVERRIDDEN {
            return Err(Failure::invalid(
                &format!("messages.{locale}"),
                format!("each locale overrides 1 to {MAX_OVERRIDDEN} messages"),
            ));
        }
        for (message, value) in messages {
            let field = format!("messages.{locale}.{message}");
            let id_ok = message.len() <= 64
                && message.starts_with(|c: char| c.is_ascii_lowercase())
                && message
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !id_ok {
                return Err(Failure::invalid(
                    &field,
                    "a message id is a-z, 0-9 and `-`, starting with a letter",
                ));
            }
            text_within(&field, value, MAX_OVERRIDE_CHARS)?;
            placeables(&field, value)?;
        }
    }
    Ok(())
}

/// The text reads as the widget reads it: literal text and `{ $variable }` placeables.
fn placeables(field: &str, value: &str) -> Result<(), Failure> {
    micro_checkout_contract::read_placeables(value, |_| {}).map_err(|reason| {
        Failure::invalid(
            field,
            format!("text may hold only literal text and `{{ $variable }}` placeables: {reason}"),
        )
    })
}
