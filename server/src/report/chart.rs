//! The report's charts, as inline SVG drawn on the server: no script, no inline style
//! (colours come from the page's stylesheet, through classes), so the page keeps a strict
//! Content-Security-Policy. Each chart has a text alternative; the tables beside them hold
//! the same figures.

use super::VariantReport;
use super::page::escape;
use std::fmt::Write;

const WIDTH: f64 = 640.0;
const LABEL: f64 = 110.0;
const BAR: f64 = 18.0;
const GAP: f64 = 6.0;
/// The height of a variant's name line above its bars.
const NAME: f64 = 22.0;

fn variant_name(v: &VariantReport) -> String {
    v.variant.clone().unwrap_or_else(|| "no variant".into())
}

/// `name` cut to `most` characters (an ellipsis marks the cut), so that a long variant
/// name cannot leave its chart; the full name is in the tables.
fn fit(name: &str, most: usize) -> String {
    if name.chars().count() <= most {
        return name.to_owned();
    }
    let mut cut: String = name.chars().take(most - 1).collect();
    cut.push('…');
    cut
}

/// Per variant, the share of viewed sessions that tapped Pay and that paid: the variant's
/// name on a line of its own, then one bar per step.
pub fn funnel(variants: &[VariantReport]) -> String {
    let shown: Vec<&VariantReport> = variants.iter().filter(|v| v.views > 0).collect();
    let group = NAME + 3.0 * (BAR + GAP);
    let height = shown.len() as f64 * group + GAP;
    let mut svg = format!(
        "<svg class=\"mc-chart\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-labelledby=\"funnel-title\">\
         <title id=\"funnel-title\">Funnel: share of viewed sessions at each step, per variant</title>"
    );
    let span = WIDTH - LABEL - 90.0;
    for (g, v) in shown.iter().enumerate() {
        let top = GAP + g as f64 * group;
        let views = v.views as f64;
        let _ = write!(
            svg,
            "<text class=\"mc-chart-name\" x=\"0\" y=\"{y}\">{name}</text>",
            y = top + NAME - 6.0,
            name = escape(&fit(&variant_name(v), 60)),
        );
        let steps = [
            ("viewed", v.views, "mc-bar-viewed"),
            ("pay tapped", v.pay_taps, "mc-bar-tapped"),
            ("paid", v.successes, "mc-bar-paid"),
        ];
        for (i, (step, n, class)) in steps.into_iter().enumerate() {
            let y = top + NAME + i as f64 * (BAR + GAP);
            let share = n as f64 / views;
            let w = (share * span).max(1.0);
            let _ = write!(
                svg,
                "<text class=\"mc-chart-label\" x=\"{x}\" y=\"{ty}\" text-anchor=\"end\">{step}</text>\
                 <rect class=\"{class}\" x=\"{LABEL}\" y=\"{y}\" width=\"{w:.1}\" height=\"{BAR}\" rx=\"3\"/>\
                 <text class=\"mc-chart-value\" x=\"{vx:.1}\" y=\"{ty}\">{pct:.1}% ({n})</text>",
                x = LABEL - 8.0,
                ty = y + BAR * 0.72,
                vx = LABEL + w + 6.0,
                pct = share * 100.0,
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// Per variant, conversion as a dot with its 95% interval as a whisker, on a shared scale.
pub fn conversion(variants: &[VariantReport]) -> String {
    let rows: Vec<(String, super::stats::Rate)> = variants
        .iter()
        .filter_map(|v| Some((variant_name(v), v.conversion?)))
        .collect();
    let top = rows
        .iter()
        .map(|(_, r)| r.high)
        .fold(0.05_f64, f64::max)
        .min(1.0);
    let row = 28.0;
    let height = rows.len() as f64 * row + 30.0;
    let span = WIDTH - LABEL - 40.0;
    let x = |p: f64| LABEL + p / top * span;
    let mut svg = format!(
        "<svg class=\"mc-chart\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-labelledby=\"conversion-title\">\
         <title id=\"conversion-title\">Conversion per variant, with its 95% confidence interval</title>"
    );
    for (i, (variant, rate)) in rows.iter().enumerate() {
        let y = 14.0 + i as f64 * row;
        let _ = write!(
            svg,
            "<text class=\"mc-chart-label\" x=\"{lx}\" y=\"{ty:.1}\" text-anchor=\"end\">{name}</text>\
             <line class=\"mc-whisker\" x1=\"{lo:.1}\" x2=\"{hi:.1}\" y1=\"{y}\" y2=\"{y}\"/>\
             <line class=\"mc-whisker\" x1=\"{lo:.1}\" x2=\"{lo:.1}\" y1=\"{a}\" y2=\"{b}\"/>\
             <line class=\"mc-whisker\" x1=\"{hi:.1}\" x2=\"{hi:.1}\" y1=\"{a}\" y2=\"{b}\"/>\
             <circle class=\"mc-dot\" cx=\"{cx:.1}\" cy=\"{y}\" r=\"5\"/>",
            lx = LABEL - 8.0,
            ty = y + 4.0,
            name = escape(&fit(variant, 14)),
            lo = x(rate.low),
            hi = x(rate.high),
            a = y - 6.0,
            b = y + 6.0,
            cx = x(rate.value),
        );
    }
    let axis = rows.len() as f64 * row + 14.0;
    let _ = write!(
        svg,
        "<line class=\"mc-axis\" x1=\"{LABEL}\" x2=\"{end:.1}\" y1=\"{axis}\" y2=\"{axis}\"/>\
         <text class=\"mc-chart-value\" x=\"{LABEL}\" y=\"{ty}\">0%</text>\
         <text class=\"mc-chart-value\" x=\"{end:.1}\" y=\"{ty}\" text-anchor=\"end\">{top:.0}%</text></svg>",
        end = LABEL + span,
        ty = axis + 14.0,
        top = top * 100.0,
    );
    svg
}
