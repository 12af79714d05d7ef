//! Which methods the buyer sees, in what order, and which one one tap pays with.
//!
//! Best first: the merchant's default, then saved one-tap methods and a balance that
//! covers the total, then wallets (and carrier billing where it is the habit: Korea and
//! Japan), then a new card, then the rest. Methods whose limits exclude the total are
//! hidden. After a decline the next method in this order becomes the primary action
//! (`flow/fallback.rs`).

use micro_checkout_contract::{Method, MethodKind, Money, Session, TopUpPack};

/// Whether the widget can pay with `method` in `session`: the total, with the method's
/// fee, is within its limits, a new card has a tokenizer to go to, and a balance covers
/// the total (or a pack tops it up enough).
pub fn payable(method: &Method, session: &Session) -> bool {
    let total = session.total_with(method).amount_minor;
    let usable = match &method.kind {
        MethodKind::Card { .. } => session
            .tokenize_url
            .as_deref()
            .is_some_and(super::url_policy::allowed),
        MethodKind::Balance { balance, packs } => {
            covers(balance, session, method) || pack_for(balance, packs, total).is_some()
        }
        _ => true,
    };
    usable && method.accepts(total)
}

/// The cheapest pack that lifts `balance` to `total`.
pub(super) fn pack_for<'a>(
    balance: &Money,
    packs: &'a [TopUpPack],
    total: i64,
) -> Option<&'a TopUpPack> {
    let short = total - balance.amount_minor;
    packs
        .iter()
        .filter(|p| p.credit.currency == balance.currency && p.credit.amount_minor >= short)
        .min_by_key(|p| p.price.amount_minor)
}

/// The methods of `session` that the widget offers, best first (ties keep the merchant's
/// order). Bucketing by score instead of sorting keeps a sort out of the wasm.
pub fn rank(session: &Session) -> Vec<Method> {
    // Plain loops: the iterator chain they replace was 1.1 KB of the wasm (size map).
    let mut ranked = Vec::new();
    for rank in 0..=4 {
        for method in &session.methods {
            if payable(method, session) && score(method, session) == rank {
                ranked.push(method.clone());
            }
        }
    }
    ranked
}

fn score(method: &Method, session: &Session) -> u8 {
    let habit = matches!(session.country.as_deref(), Some("KR" | "JP"));
    match &method.kind {
        _ if method.id == session.default_method => 0,
        MethodKind::Balance { balance, .. } if covers(balance, session, method) => 1,
        MethodKind::Balance { .. } => 4,
        _ if method.saved && method.one_tap => 1,
        MethodKind::Wallet { .. } => 2,
        MethodKind::CarrierBilling { .. } if habit => 2,
        MethodKind::Card { .. } => 3,
        _ => 4,
    }
}

fn covers(balance: &Money, session: &Session, method: &Method) -> bool {
    balance.currency == session.amount.currency
        && balance.amount_minor >= session.total_with(method).amount_minor
}
