//! The funnel on the host: every step the widget reports (shown, selected, tapped, a step
//! asked of the buyer, a fallback offered and used), each carrying the session's variant
//! and events URL, and the variant's message overrides compiled once per locale.

mod common;

use common::*;
use micro_checkout::i18n::{FALLBACK_LOCALE, Messages};
use micro_checkout_contract::{FunnelStep, MessageOverrides};

/// The funnel events among `effects`: step and method.
fn funnel(effects: &[Effect]) -> Vec<(FunnelStep, String)> {
    effects
        .iter()
        .filter_map(|effect| match effect {
            Effect::Emit(HostEvent::Funnel {
                step,
                method_id,
                variant,
                events_url,
            }) => {
                assert_eq!(variant.as_deref(), Some("pay-button-b"));
                assert_eq!(
                    events_url.as_deref(),
                    Some("https://shop.example.com/api/sessions/ses_demo/events")
                );
                Some((*step, method_id.clone().unwrap_or_default()))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_decline_then_the_fallback_reports_every_step_once() {
    let (state, loaded) = step(start().0, Event::SessionLoaded(session()));
    assert_eq!(funnel(&loaded), [(FunnelStep::Viewed, "visa_4242".into())]);
    let (state, opened) = step(state, Event::OtherMethodsToggled);
    assert_eq!(
        funnel(&opened),
        [(FunnelStep::MethodShown, "visa_4242".into())]
    );
    let (state, closed) = step(state, Event::OtherMethodsToggled);
    assert!(funnel(&closed).is_empty(), "closing the list shows nothing");
    let (state, tapped) = step(state, pay(Details::default()));
    assert_eq!(
        funnel(&tapped),
        [(FunnelStep::PayTapped, "visa_4242".into())]
    );
    let declined = answer("pay_1", PaymentStatus::Failed, Some("card_declined"));
    let (state, failed) = step(state, Event::PaymentResolved(declined));
    let next = state.checkout().unwrap().selected.clone();
    assert_ne!(next, "visa_4242");
    assert_eq!(
        funnel(&failed),
        [
            (FunnelStep::Failed, "visa_4242".into()),
            (FunnelStep::FallbackOffered, next.clone()),
        ]
    );
    let (state, again) = step(
        state,
        Event::PayTapped {
            fresh_key: "k2".into(),
            details: Details::default(),
        },
    );
    assert_eq!(
        funnel(&again),
        [
            (FunnelStep::PayTapped, next.clone()),
            (FunnelStep::FallbackUsed, next.clone()),
        ]
    );
    let (_, acting) = step(state, Event::PaymentResolved(result(PAYMENT_REQUIRES_QR)));
    assert_eq!(funnel(&acting), [(FunnelStep::ActionRequired, next)]);
}

#[test]
fn a_session_without_an_allowed_events_url_reports_to_the_page_only() {
    for events_url in [
        None,
        Some("http://attacker.example/collect".to_string()),
        Some("javascript:alert(1)".to_string()),
    ] {
        let mut session = session();
        session.events_url = events_url.clone();
        let (_, effects) = step(start().0, Event::SessionLoaded(session));
        let viewed = effects.iter().find_map(|e| match e {
            Effect::Emit(HostEvent::Funnel {
                step, events_url, ..
            }) => Some((*step, events_url.clone())),
            _ => None,
        });
        assert_eq!(viewed, Some((FunnelStep::Viewed, None)), "{events_url:?}");
    }
}

#[test]
fn the_variant_overrides_its_locales_and_one_it_cannot_use_shows_the_widget_s_own() {
    let mut session = session();
    session.messages = MessageOverrides(vec![
        (
            "en-US".into(),
            vec![("pay-button".into(), "Buy now { $amount }".into())],
        ),
        ("de-DE".into(), vec![("no-such-message".into(), "x".into())]),
        (
            "fr-FR".into(),
            vec![("pay-button".into(), "Payer { $amount".into())],
        ),
    ]);
    let (state, _) = step(start().0, Event::SessionLoaded(session));
    let checkout = state.checkout().unwrap();
    let locales: Vec<&str> = checkout.messages.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(
        locales,
        ["en-US"],
        "unknown ids and broken texts drop their locale"
    );
    let amount = [("amount", micro_checkout::i18n::Arg::Str("$0.99"))];
    let plural = |_: i64| "other".to_owned();
    let shown = Messages::new(FALLBACK_LOCALE).with_variant(checkout.messages);
    let text = micro_checkout::i18n::strip_isolation(&shown.format("pay-button", &amount, &plural));
    assert_eq!(text, "Buy now $0.99");
    let page =
        micro_checkout::i18n::compile_overrides(&[("pay-button".into(), "Pay".into())]).unwrap();
    let both = Messages::new(FALLBACK_LOCALE)
        .with_compiled_overrides(page)
        .with_variant(checkout.messages);
    let text = micro_checkout::i18n::strip_isolation(&both.format("pay-button", &amount, &plural));
    assert_eq!(
        text, "Buy now $0.99",
        "the variant's text wins over the page's"
    );
}
