//! New cards: the number goes to the vault (`/vault/tokens`), confirm carries the token.
//!
//! Test numbers (any future expiry, any 3–4 digit CVC) behave by their last four digits, as
//! saved cards do (`0002` declined, `9995` insufficient funds, `0069` expired, `0119`
//! processor unavailable), plus `3220`: a 3-D Secure challenge first. The challenge page is
//! `/vault/3ds/{payment_id}`, and the issuer's decision is recorded there, on the server:
//! authenticated pays, failed ends with `authentication_failed`. The `three_ds` action only
//! asks where the payment stands; its `result`, which a browser can forge, decides nothing.

use super::{Inputs, Step, saved_card};
use micro_checkout_contract::{NextAction, PaymentStatus, codes};

/// What the vault keeps of a card: never its number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// The detected brand.
    pub brand: String,
    /// The last four digits.
    pub last4: String,
}

/// Charges the tokenized card, or asks for 3-D Secure first. A card of a brand the method
/// does not list (`brands`) is declined: the widget refuses it before tokenizing, so only a
/// client that skips its checks meets this.
pub fn start(inputs: &Inputs, brands: &[String]) -> Step {
    let Some(card) = &inputs.card else {
        return Step::done(Some((codes::TOKEN_INVALID, false)));
    };
    let brand =
        Some(card.brand.as_str()).filter(|b| *b != micro_checkout_contract::card::UNKNOWN_BRAND);
    if !micro_checkout_contract::card::accepts(brands, brand) {
        return Step::done(Some((codes::CARD_DECLINED, false)));
    }
    if card.last4 == "3220" {
        return Step {
            status: PaymentStatus::RequiresAction,
            next_action: Some(NextAction::ThreeDs {
                url: format!("/vault/3ds/{}", inputs.payment_id),
            }),
            error: None,
            poll_after_ms: None,
            private: Default::default(),
        };
    }
    saved_card::charge(&card.last4)
}

/// The issuer's decision, recorded by its challenge page.
pub fn decide(authenticated: bool) -> Step {
    if authenticated {
        Step::done(None)
    } else {
        Step::done(Some((codes::AUTHENTICATION_FAILED, false)))
    }
}
