//! The buyer's choices on a loaded session: which method is selected (the best on arrival),
//! what it charges, whether "Other ways to pay" is open, the top-up pack, and whether the
//! selected method's fields are complete.

use super::rank::{pack_for, rank};
use super::{Checkout, Effect, Event, HostEvent, State, funnel};
use micro_checkout_contract::{
    CONTRACT_VERSION, FunnelStep, Kind, MethodKind, Money, Session, codes, widget_codes,
};

/// The session arrived: rank its methods and select the best. A session that names its
/// payment is shown paid, or resumes the payment still in flight.
pub(super) fn loaded(mut session: Session) -> (State, Vec<Effect>) {
    if session.version != CONTRACT_VERSION {
        return load_problem(codes::UNSUPPORTED_VERSION);
    }
    session.methods = rank(&session);
    let Some(best) = session.methods.first().map(|m| m.id.clone()) else {
        return load_problem(widget_codes::NO_METHODS);
    };
    let ready = Effect::Emit(HostEvent::Ready {
        session_id: session.id.clone(),
    });
    // The variant's overrides: a locale the widget cannot use shows its own text.
    let messages = crate::i18n::compile_locales(&session.messages, false).unwrap_or_default();
    // Funnel events go only where the URL policy allows; elsewhere, nowhere.
    session.events_url = session.events_url.filter(|url| super::allowed(url));
    let checkout = select(
        Checkout {
            session: std::rc::Rc::new(session),
            selected: String::new(),
            others_open: false,
            pack: None,
            complete: true,
            failed_method: None,
            offline: false,
            messages,
        },
        &best,
    );
    if let Some(payment) = checkout.session.payment.as_deref().cloned() {
        let (state, mut effects) =
            super::action::answer(checkout, payment, super::action::Arrival::Resumed);
        effects.insert(0, ready);
        return (state, effects);
    }
    let viewed = funnel::funnel(&checkout, FunnelStep::Viewed);
    (State::Ready(checkout), vec![ready, viewed])
}

fn load_problem(code: &str) -> (State, Vec<Effect>) {
    super::load_failed(super::Problem {
        code: code.to_owned(),
        outcome_unknown: false,
    })
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
            let kind = selected_kind(&checkout).map_or("", Kind::name);
            let selected = Effect::Emit(HostEvent::MethodSelected {
                method_id: id.clone(),
                kind,
            });
            let funnel = funnel::funnel(&checkout, FunnelStep::MethodSelected);
            (State::Ready(checkout), vec![selected, funnel])
        }
        Event::OtherMethodsToggled => {
            checkout.others_open = !checkout.others_open;
            let mut effects = vec![];
            if checkout.others_open {
                effects.push(funnel::funnel(&checkout, FunnelStep::MethodShown));
            }
            (keep(checkout), effects)
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
pub(super) fn select(mut checkout: Checkout, id: &str) -> Checkout {
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

/// The selected method's kind.
pub(super) fn selected_kind(checkout: &Checkout) -> Option<Kind> {
    checkout
        .session
        .method(&checkout.selected)
        .map(|m| m.kind.kind())
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
