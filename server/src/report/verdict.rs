//! Whether each challenger beats the control: a pooled two-proportion z-test on conversion,
//! with the views per variant still needed when the difference is not yet significant.

use super::stats::{self, Rate, two_proportion, views_needed};
use super::{VariantReport, Verdict};

/// Each named challenger against the control.
pub(super) fn verdicts(control: Option<&str>, variants: &[VariantReport]) -> Vec<Verdict> {
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
