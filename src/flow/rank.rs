//! Which methods the buyer sees, in what order, and which one one tap pays with.
//!
//! Best first: the merchant's default, then saved one-tap methods and a balance that
//! covers the total, then wallets (and carrier billing where it is the habit: Korea and
//! Japan), then a new card, then the rest. Methods whose limits exclude the total are
//! hidden. After a decline the next method in this order becomes the primary action.

use super::{Checkout, Effect, Event, HostEvent, State};
use micro_checkout_contract::{CONTRACT_VERSION, Method, MethodKind, Money, Session, TopUpPack};

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
fn pack_for<'a>(balance: &Money, packs: &'a [TopUpPack], total: i64) -> Option<&'a TopUpPack> {
    let short = total - balance.amount_minor;
    packs
        .iter()
        .filter(|p| p.credit.currency == balance.currency && p.credit.amount_minor >= short)
        .min_by_key(|p| p.price.amount_minor)
}

/// The methods of `session` that the widget offers, best first (ties keep the merchant's
/// order). Bucketing by score instead of sorting keeps a sort out of the wasm.
pub fn rank(session: &Session) -> Vec<Method> {
    let payable: Vec<&Method> = session
        .methods
        .iter()
        .filter(|m| payable(m, session))
        .collect();
    (0..=4)
        .flat_map(|rank| {
            payable
                .iter()
                .filter(move |m| score(m, session) == rank)
                .map(|m| (*m).clone())
        })
        .collect()
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

/// The total with the selected method: the lines plus its fee.
pub fn due(checkout: &Checkout) -> Money {
    match checkout.session.method(&checkout.selected) {
        Some(method) => checkout.session.total_with(method),
        None => checkout.session.amount.clone(),
    }
}

/// What the Pay button charges: [`due`], or the price of the top-up pack chosen for a
/// balance (which then pays the total). The backend records the same amount.
pub fn charge(checkout: &Checkout) -> Money {
    match checkout.session.method(&checkout.selected) {
        Some(method) => checkout.session.charge(method, checkout.pack.as_deref()),
        None => checkout.session.amount.clone(),
    }
}

/// The best method other than the one that just failed.
pub fn fallback(checkout: &Checkout) -> Option<&Method> {
    let failed = checkout.failed_method.as_deref();
    checkout
        .session
        .methods
        .iter()
        .find(|m| Some(m.id.as_str()) != failed)
}

/// The session arrived: rank its methods and select the best. A session that names its
/// payment is shown paid, or resumes the payment still in flight.
pub(super) fn loaded(mut session: Session) -> (State, Vec<Effect>) {
    if session.version != CONTRACT_VERSION {
        return load_problem("unsupported_version");
    }
    session.methods = rank(&session);
    let Some(best) = session.methods.first().map(|m| m.id.clone()) else {
        return load_problem("no_methods");
    };
    let ready = Effect::Emit(HostEvent::Ready {
        session_id: session.id.clone(),
    });
    let checkout = select(
        Checkout {
            session,
            selected: String::new(),
            others_open: false,
            pack: None,
            complete: true,
            failed_method: None,
            offline: false,
        },
        &best,
    );
    if let Some(payment) = checkout.session.payment.as_deref().cloned() {
        let (state, mut effects) =
            super::action::answer(checkout, payment, super::action::Arrival::Resumed);
        effects.insert(0, ready);
        return (state, effects);
    }
    let viewed = funnel(&checkout, "viewed");
    (State::Ready(checkout), vec![ready, viewed])
}

fn load_problem(code: &str) -> (State, Vec<Effect>) {
    let problem = super::Problem {
        code: code.to_owned(),
        outcome_unknown: false,
    };
    super::step(State::LoadingSession, Event::SessionFailed(problem))
}

/// The buyer's choices before paying: method, disclosure, pack, fields. `keep` rebuilds
/// the current state around a changed checkout; picking another method always leads to
/// `Ready`.
pub(super) fn choose(
    mut checkout: Checkout,
    event: Event,
    keep: impl FnOnce(Checkout) -> State,
) -> (State, Vec<Effect>) {
    match event {
        Event::MethodSelected(id) if id != checkout.selected => {
            if checkout.session.method(&id).is_none() {
                return (keep(checkout), vec![]);
            }
            let checkout = select(checkout, &id);
            let kind = selected_kind(&checkout).unwrap_or("");
            let selected = Effect::Emit(HostEvent::MethodSelected {
                method_id: id.clone(),
                kind,
            });
            let funnel = funnel(&checkout, "method_selected");
            (State::Ready(checkout), vec![selected, funnel])
        }
        Event::OtherMethodsToggled => {
            checkout.others_open = !checkout.others_open;
            (keep(checkout), vec![])
        }
        Event::PackChosen(pack) => {
            checkout.pack = Some(pack);
            checkout.complete = true;
            (keep(checkout), vec![])
        }
        Event::FieldsChanged(complete) if complete != checkout.complete => {
            checkout.complete = complete;
            let change = Effect::Emit(HostEvent::Change {
                method_id: checkout.selected.clone(),
                complete,
            });
            (keep(checkout), vec![change])
        }
        _ => (keep(checkout), vec![]),
    }
}

/// Selects method `id`: methods with fields start incomplete; a short balance starts with
/// the smallest pack that covers the total.
fn select(mut checkout: Checkout, id: &str) -> Checkout {
    checkout.selected = id.to_owned();
    checkout.pack = None;
    let due = due(&checkout);
    checkout.complete = match checkout.session.method(id).map(|m| &m.kind) {
        Some(MethodKind::Card { .. } | MethodKind::CarrierBilling { .. }) => false,
        Some(MethodKind::Balance { balance, packs }) if balance.amount_minor < due.amount_minor => {
            checkout.pack = pack_for(balance, packs, due.amount_minor).map(|p| p.id.clone());
            checkout.pack.is_some()
        }
        _ => true,
    };
    checkout
}

/// The wire name of the selected method's kind.
pub(super) fn selected_kind(checkout: &Checkout) -> Option<&'static str> {
    checkout
        .session
        .method(&checkout.selected)
        .map(|m| m.kind.name())
}

/// A funnel event for `step` with the selected method and the session's variant.
pub(super) fn funnel(checkout: &Checkout, step: &'static str) -> Effect {
    Effect::Emit(HostEvent::Funnel {
        step,
        method_id: Some(checkout.selected.clone()),
        variant: checkout.session.variant.clone(),
    })
}

/// After a decline: remember the failed method and select the next best one.
pub(super) fn fall_back(mut checkout: Checkout) -> Checkout {
    checkout.failed_method = Some(checkout.selected.clone());
    checkout.others_open = true;
    match fallback(&checkout).map(|m| m.id.clone()) {
        Some(next) => select(checkout, &next),
        None => checkout,
    }
}

/// Whether the selected method is a wallet that leaves the page (and so needs a return URL).
pub(super) fn redirects(checkout: &Checkout) -> bool {
    matches!(
        checkout.session.method(&checkout.selected).map(|m| &m.kind),
        Some(MethodKind::Wallet {
            flow: micro_checkout_contract::WalletFlow::Redirect,
            ..
        })
    )
}
