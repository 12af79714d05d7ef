//! `GET /admin/report` (an HTML page) and `GET /admin/report.json` (its JSON twin): the
//! A/B loop for the merchant. Per variant and per method kind: views, selections, pay
//! taps and successes, drop-off, conversion with its 95% interval, ARPU and ARPPU,
//! purchases per buyer, payments rescued by a fallback, and whether the challenger beats
//! the control.
//!
//! A session counts in the funnel once its widget reported `viewed`; paid means a payment
//! of that session succeeded *as recorded here*, never because a browser said so. The
//! figures are built by [`build`], a pure function of the stored rows.

mod chart;
mod page;
pub mod stats;

use crate::AppState;
use crate::db::funnel::{self, EventRow, PaidRow, SessionRow};
use crate::error::Failure;
use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{Html, IntoResponse};
use micro_checkout_contract::{FunnelStep, Money};
use serde::Serialize;
use stats::{Rate, Test, rate, two_proportion, views_needed};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The variant the others are tested against, when a session names it.
pub const CONTROL: &str = "control";

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The control variant: `control` when there is one, else the first by name.
    pub control: Option<String>,
    /// Per variant, the control first; sessions without a variant last (`variant: null`).
    pub variants: Vec<VariantReport>,
    /// Per variant and method kind.
    pub methods: Vec<MethodReport>,
    /// Each challenger against the control.
    pub verdicts: Vec<Verdict>,
    /// Paid sessions whose widget never reported `viewed` (its events were lost or never
    /// sent): paid, but outside the funnel.
    pub paid_without_view: u64,
}

/// One step's count: the sessions that reported it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StepCount {
    /// The step's wire name.
    pub step: &'static str,
    /// Sessions that reported it at least once.
    pub sessions: u64,
}

/// Buyers lost between two steps of the funnel.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DropOff {
    /// The earlier step.
    pub from: &'static str,
    /// The later one (`paid` is the payments recorded).
    pub to: &'static str,
    /// Sessions that reached `from` but not `to`.
    pub lost: u64,
    /// `lost` over the sessions at `from`.
    pub rate: f64,
}

/// Money figures in one currency.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Revenue {
    /// What the viewed sessions paid, in total.
    pub revenue: Money,
    /// Average revenue per viewing buyer (per viewed session), rounded to the minor unit.
    pub arpu: Money,
    /// Average revenue per paying buyer, rounded to the minor unit.
    pub arppu: Money,
    /// Distinct paying buyers (the buyer reference, else the session).
    pub paying_buyers: u64,
    /// Succeeded payments.
    pub purchases: u64,
    /// Purchases per paying buyer.
    pub purchase_frequency: f64,
}

/// One variant's funnel.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VariantReport {
    /// The variant, or `null` for sessions without one.
    pub variant: Option<String>,
    /// Sessions created with it.
    pub sessions: u64,
    /// Sessions that reported `viewed`: the funnel's base.
    pub views: u64,
    /// Viewed sessions that selected another method.
    pub selections: u64,
    /// Viewed sessions that tapped Pay.
    pub pay_taps: u64,
    /// Viewed sessions with a succeeded payment, as recorded.
    pub successes: u64,
    /// Every step, as reported.
    pub steps: Vec<StepCount>,
    /// Drop-off: viewed → pay tapped → paid.
    pub drop_off: Vec<DropOff>,
    /// `successes / views` with its 95% interval.
    pub conversion: Option<Rate>,
    /// Per currency.
    pub revenue: Vec<Revenue>,
    /// Paid sessions that tapped Pay on a fallback after a failure.
    pub rescued_by_fallback: u64,
}

/// One method kind in one variant.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MethodReport {
    /// The variant.
    pub variant: Option<String>,
    /// The method kind, e.g. `saved_card`.
    pub kind: String,
    /// Viewed sessions that showed it first.
    pub views: u64,
    /// Sessions that selected it.
    pub selections: u64,
    /// Sessions that tapped Pay with it.
    pub pay_taps: u64,
    /// Viewed sessions it paid, as recorded.
    pub successes: u64,
    /// `successes / pay_taps` with its 95% interval.
    pub tap_conversion: Option<Rate>,
}

/// A challenger against the control.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// The control variant.
    pub control: String,
    /// The challenger.
    pub challenger: String,
    /// The test used.
    pub method: &'static str,
    /// The test, when there were enough views and some variance.
    pub test: Option<Test>,
    /// The variant that converts better, when the difference is significant.
    pub winner: Option<String>,
    /// More views per variant needed to detect the observed difference (80% power, 5%
    /// two-sided), when it is not significant yet.
    pub more_views_needed: Option<u64>,
    /// The verdict in a sentence.
    pub summary: String,
}

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

/// Each named challenger against the control.
fn verdicts(control: Option<&str>, variants: &[VariantReport]) -> Vec<Verdict> {
    let Some(control) = control else {
        return Vec::new();
    };
    let Some(base) = variants
        .iter()
        .find(|v| v.variant.as_deref() == Some(control))
    else {
        return Vec::new();
    };
    variants
        .iter()
        .filter_map(|v| Some((v.variant.as_deref()?, v)))
        .filter(|(name, _)| *name != control)
        .map(|(name, challenger)| verdict(control, base, name, challenger))
        .collect()
}

fn percent(rate: &Rate) -> String {
    format!("{:.1}%", rate.value * 100.0)
}

fn verdict(control: &str, base: &VariantReport, name: &str, challenger: &VariantReport) -> Verdict {
    let mut verdict = Verdict {
        control: control.to_owned(),
        challenger: name.to_owned(),
        method: "two-proportion z-test (pooled, two-sided, α = 0.05)",
        test: None,
        winner: None,
        more_views_needed: None,
        summary: String::new(),
    };
    let (Some(a), Some(b)) = (base.conversion, challenger.conversion) else {
        verdict.summary = format!("Not enough data: {control} or {name} has no views yet.");
        return verdict;
    };
    let needed = views_needed(a.value, b.value);
    let more = needed.map(|n| n.saturating_sub(a.of.min(b.of)));
    if a.of < stats::MIN_VIEWS || b.of < stats::MIN_VIEWS {
        verdict.more_views_needed = more.map(|m| m.max(stats::MIN_VIEWS - a.of.min(b.of)));
        verdict.summary = format!(
            "Too early to tell: each variant needs at least {} views ({control} has {}, {name} {}).",
            stats::MIN_VIEWS,
            a.of,
            b.of
        );
        return verdict;
    }
    verdict.test = two_proportion(&a, &b);
    verdict.summary = match verdict.test {
        Some(test) if test.significant => {
            let (winner, loser, w, l) = if test.z > 0.0 {
                (name, control, &b, &a)
            } else {
                (control, name, &a, &b)
            };
            verdict.winner = Some(winner.to_owned());
            format!(
                "{winner} beats {loser}: {} against {} conversion (p = {:.4}).",
                percent(w),
                percent(l),
                test.p_value
            )
        }
        Some(test) => {
            verdict.more_views_needed = more;
            let size = match more {
                Some(m) => format!(
                    " About {m} more views per variant would detect a difference this size."
                ),
                None => String::new(),
            };
            format!(
                "No significant difference yet: {name} {} against {control} {} (p = {:.4}).{size}",
                percent(&b),
                percent(&a),
                test.p_value
            )
        }
        None => format!("No difference to test: {name} and {control} convert alike."),
    };
    verdict
}

/// Reads every row and builds the report.
async fn read(state: &AppState) -> Result<Report, Failure> {
    let (sessions, events, paid) = state
        .db
        .read(|conn| {
            Ok::<_, crate::db::Error>((
                funnel::sessions(conn)?,
                funnel::events(conn)?,
                funnel::paid(conn)?,
            ))
        })
        .await?;
    Ok(build(&sessions, &events, &paid))
}

/// The report as JSON.
pub async fn json(State(state): State<AppState>) -> Result<Json<Report>, Failure> {
    Ok(Json(read(&state).await?))
}

/// The policy the report's page is served under: nothing inline, its stylesheet only.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The report as a page.
pub async fn html(State(state): State<AppState>) -> Result<impl IntoResponse, Failure> {
    let report = read(&state).await?;
    Ok((
        [(header::CONTENT_SECURITY_POLICY, CSP)],
        Html(page::render(&report)),
    ))
}

/// The page's stylesheet.
pub async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        include_str!("report/report.css"),
    )
}
