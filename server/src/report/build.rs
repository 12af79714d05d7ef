//! The report's figures, a pure function of the stored rows: each session's funnel from its
//! widget's events, the payments recorded here, and the sums per variant and method kind.

use super::stats::rate;
use super::verdict::verdicts;
use super::{CONTROL, DropOff, MethodReport, Report, Revenue, StepCount, VariantReport};
use crate::db::funnel::{EventRow, PaidRow, SessionRow};
use micro_checkout_contract::{FunnelStep, Money};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Per session, what the funnel needs.
#[derive(Default)]
struct Seen<'a> {
    steps: BTreeSet<FunnelStep>,
    first_kind: Option<&'a str>,
    selected: BTreeSet<&'a str>,
    tapped: BTreeSet<&'a str>,
}

/// Builds the report from every session, funnel event and succeeded payment.
pub fn build(sessions: &[SessionRow], events: &[EventRow], paid: &[PaidRow]) -> Report {
    let mut seen: HashMap<&str, Seen<'_>> = HashMap::new();
    for event in events {
        let at = seen.entry(&event.session_id).or_default();
        // Stored events were checked on the way in; a step this build does not know is
        // left out.
        let Some(step) = FunnelStep::from_name(&event.step) else {
            continue;
        };
        at.steps.insert(step);
        let kind = event.method_kind.as_deref();
        match (step, kind) {
            (FunnelStep::Viewed, Some(kind)) => {
                at.first_kind.get_or_insert(kind);
            }
            (FunnelStep::MethodSelected, Some(kind)) => {
                at.selected.insert(kind);
            }
            (FunnelStep::PayTapped, Some(kind)) => {
                at.tapped.insert(kind);
            }
            _ => {}
        }
    }
    let paid_by: HashMap<&str, &PaidRow> =
        paid.iter().map(|p| (p.session_id.as_str(), p)).collect();
    let viewed = |id: &str| {
        seen.get(id)
            .is_some_and(|s| s.steps.contains(&FunnelStep::Viewed))
    };
    let mut groups: BTreeMap<Option<&str>, Vec<&SessionRow>> = BTreeMap::new();
    for session in sessions {
        groups
            .entry(session.variant.as_deref())
            .or_default()
            .push(session);
    }
    let named: Vec<&str> = groups.keys().flatten().copied().collect();
    let control = named
        .iter()
        .find(|v| **v == CONTROL)
        .or(named.first())
        .map(|v| v.to_string());
    let mut order: Vec<Option<&str>> = groups.keys().copied().collect();
    order.sort_by_key(|v| (v.is_none(), *v != control.as_deref(), *v));
    let mut variants = Vec::new();
    let mut methods = Vec::new();
    for key in order {
        let members = &groups[&key];
        let in_funnel: Vec<&SessionRow> =
            members.iter().copied().filter(|s| viewed(&s.id)).collect();
        let count =
            |f: &dyn Fn(&SessionRow) -> bool| in_funnel.iter().filter(|s| f(s)).count() as u64;
        let has = |s: &SessionRow, step: FunnelStep| {
            seen.get(s.id.as_str())
                .is_some_and(|x| x.steps.contains(&step))
        };
        let views = in_funnel.len() as u64;
        let pay_taps = count(&|s| has(s, FunnelStep::PayTapped));
        let successes = count(&|s| paid_by.contains_key(s.id.as_str()));
        let steps = FunnelStep::ALL
            .iter()
            .map(|step| StepCount {
                step: step.name(),
                sessions: members.iter().filter(|s| has(s, *step)).count() as u64,
            })
            .collect();
        let drop = |from: &'static str, at: u64, to: &'static str, next: u64| DropOff {
            from,
            to,
            lost: at.saturating_sub(next),
            rate: if at == 0 {
                0.0
            } else {
                at.saturating_sub(next) as f64 / at as f64
            },
        };
        variants.push(VariantReport {
            variant: key.map(str::to_owned),
            sessions: members.len() as u64,
            views,
            selections: count(&|s| has(s, FunnelStep::MethodSelected)),
            pay_taps,
            successes,
            steps,
            drop_off: vec![
                drop(
                    FunnelStep::Viewed.name(),
                    views,
                    FunnelStep::PayTapped.name(),
                    pay_taps,
                ),
                drop(FunnelStep::PayTapped.name(), pay_taps, "paid", successes),
            ],
            conversion: rate(successes, views),
            revenue: revenue(&in_funnel, &paid_by, views),
            rescued_by_fallback: count(&|s| {
                has(s, FunnelStep::FallbackUsed) && paid_by.contains_key(s.id.as_str())
            }),
        });
        methods.extend(by_kind(key, &in_funnel, &seen, &paid_by));
    }
    let verdicts = verdicts(control.as_deref(), &variants);
    let paid_without_view = paid.iter().filter(|p| !viewed(&p.session_id)).count() as u64;
    Report {
        control,
        variants,
        methods,
        verdicts,
        paid_without_view,
    }
}

/// Revenue, ARPU, ARPPU and purchase frequency per currency, over the viewed sessions.
fn revenue(
    in_funnel: &[&SessionRow],
    paid_by: &HashMap<&str, &PaidRow>,
    views: u64,
) -> Vec<Revenue> {
    let mut per: BTreeMap<&str, (i64, u64, BTreeSet<&str>)> = BTreeMap::new();
    for session in in_funnel {
        if let Some(payment) = paid_by.get(session.id.as_str()) {
            let entry = per.entry(&payment.currency).or_default();
            entry.0 += payment.amount_minor;
            entry.1 += 1;
            entry
                .2
                .insert(session.buyer.as_deref().unwrap_or(&session.id));
        }
    }
    per.into_iter()
        .map(|(currency, (total, purchases, buyers))| {
            let buyers = buyers.len() as u64;
            let average = |by: u64| Money::new(divide_rounded(total, by), currency);
            Revenue {
                revenue: Money::new(total, currency),
                arpu: average(views),
                arppu: average(buyers),
                paying_buyers: buyers,
                purchases,
                purchase_frequency: purchases as f64 / buyers as f64,
            }
        })
        .collect()
}

/// `total / by` rounded half away from zero, in integers.
fn divide_rounded(total: i64, by: u64) -> i64 {
    let by = by.max(1) as i128;
    let total = total as i128;
    ((2 * total + total.signum() * by) / (2 * by)) as i64
}

/// One variant's funnel per method kind.
fn by_kind(
    key: Option<&str>,
    in_funnel: &[&SessionRow],
    seen: &HashMap<&str, Seen<'_>>,
    paid_by: &HashMap<&str, &PaidRow>,
) -> Vec<MethodReport> {
    let mut kinds: BTreeMap<&str, [u64; 4]> = BTreeMap::new();
    for session in in_funnel {
        let Some(at) = seen.get(session.id.as_str()) else {
            continue;
        };
        if let Some(kind) = at.first_kind {
            kinds.entry(kind).or_default()[0] += 1;
        }
        for kind in &at.selected {
            kinds.entry(kind).or_default()[1] += 1;
        }
        for kind in &at.tapped {
            kinds.entry(kind).or_default()[2] += 1;
        }
        if let Some(payment) = paid_by.get(session.id.as_str()) {
            kinds.entry(&payment.method_kind).or_default()[3] += 1;
        }
    }
    kinds
        .into_iter()
        .map(
            |(kind, [views, selections, pay_taps, successes])| MethodReport {
                variant: key.map(str::to_owned),
                kind: kind.to_owned(),
                views,
                selections,
                pay_taps,
                successes,
                tap_conversion: rate(successes.min(pay_taps), pay_taps),
            },
        )
        .collect()
}
