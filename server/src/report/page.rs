//! The report's HTML page: the verdicts first, then the charts and the tables behind them.
//! Every text from the database is escaped; the page loads only its stylesheet.

use super::stats::Rate;
use super::{Report, VariantReport, chart};
use micro_checkout_contract::{Money, decimal_string};
use std::fmt::Write;

/// `text` safe inside HTML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn name(variant: &Option<String>) -> String {
    escape(variant.as_deref().unwrap_or("no variant"))
}

fn money(m: &Money) -> String {
    format!("{} {}", decimal_string(m), escape(&m.currency))
}

fn rate(r: &Option<Rate>) -> String {
    match r {
        Some(r) => format!(
            "{:.1}% <span class=\"mc-ci\">({:.1}–{:.1}%)</span>",
            r.value * 100.0,
            r.low * 100.0,
            r.high * 100.0
        ),
        None => "—".into(),
    }
}

fn table(caption: &str, head: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut html = format!(
        "<div class=\"mc-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{caption}\"><table><caption>{caption}</caption><thead><tr>"
    );
    for h in head {
        let _ = write!(html, "<th scope=\"col\">{h}</th>");
    }
    html.push_str("</tr></thead><tbody>");
    for row in rows {
        html.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            if i == 0 {
                let _ = write!(html, "<th scope=\"row\">{cell}</th>");
            } else {
                let _ = write!(html, "<td>{cell}</td>");
            }
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table></div>");
    html
}

fn variants_table(variants: &[VariantReport]) -> String {
    let rows = variants
        .iter()
        .map(|v| {
            let revenue = |f: &dyn Fn(&super::Revenue) -> String| {
                let parts: Vec<String> = v.revenue.iter().map(f).collect();
                if parts.is_empty() {
                    "—".into()
                } else {
                    parts.join("<br>")
                }
            };
            vec![
                name(&v.variant),
                v.sessions.to_string(),
                v.views.to_string(),
                v.selections.to_string(),
                v.pay_taps.to_string(),
                v.successes.to_string(),
                rate(&v.conversion),
                revenue(&|r| money(&r.revenue)),
                revenue(&|r| money(&r.arpu)),
                revenue(&|r| money(&r.arppu)),
                revenue(&|r| format!("{:.2}", r.purchase_frequency)),
                v.rescued_by_fallback.to_string(),
            ]
        })
        .collect();
    table(
        "Per variant",
        &[
            "Variant",
            "Sessions",
            "Views",
            "Selections",
            "Pay taps",
            "Paid",
            "Conversion (95% CI)",
            "Revenue",
            "ARPU",
            "ARPPU",
            "Purchases per buyer",
            "Rescued by a fallback",
        ],
        rows,
    )
}

fn steps_table(variants: &[VariantReport]) -> String {
    let mut head = vec!["Step".to_owned()];
    head.extend(variants.iter().map(|v| name(&v.variant)));
    let head: Vec<&str> = head.iter().map(String::as_str).collect();
    let steps = variants.first().map_or(&[][..], |v| &v.steps[..]);
    let rows = steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let mut row = vec![step.step.replace('_', " ")];
            row.extend(variants.iter().map(|v| v.steps[i].sessions.to_string()));
            row
        })
        .collect();
    table("Sessions that reported each step", &head, rows)
}

fn drop_off_table(variants: &[VariantReport]) -> String {
    let rows = variants
        .iter()
        .flat_map(|v| {
            v.drop_off.iter().map(move |d| {
                vec![
                    name(&v.variant),
                    format!("{} → {}", d.from.replace('_', " "), d.to.replace('_', " ")),
                    d.lost.to_string(),
                    format!("{:.1}%", d.rate * 100.0),
                ]
            })
        })
        .collect();
    table(
        "Drop-off",
        &["Variant", "Between", "Lost", "Drop-off"],
        rows,
    )
}

fn methods_table(report: &Report) -> String {
    let rows = report
        .methods
        .iter()
        .map(|m| {
            vec![
                format!(
                    "{} · {}",
                    name(&m.variant),
                    escape(&m.kind.replace('_', " "))
                ),
                m.views.to_string(),
                m.selections.to_string(),
                m.pay_taps.to_string(),
                m.successes.to_string(),
                rate(&m.tap_conversion),
            ]
        })
        .collect();
    table(
        "Per method kind",
        &[
            "Variant · method",
            "Shown first",
            "Selected",
            "Pay taps",
            "Paid",
            "Paid per tap (95% CI)",
        ],
        rows,
    )
}

/// The page.
pub fn render(report: &Report) -> String {
    let mut verdicts = String::new();
    for v in &report.verdicts {
        let class = if v.winner.is_some() {
            "mc-verdict mc-decided"
        } else {
            "mc-verdict"
        };
        let _ = write!(
            verdicts,
            "<p class=\"{class}\"><strong>{} against {}:</strong> {} <span class=\"mc-method\">Test: {}.</span></p>",
            escape(&v.challenger),
            escape(&v.control),
            escape(&v.summary),
            escape(v.method),
        );
    }
    if verdicts.is_empty() {
        verdicts.push_str(
            "<p class=\"mc-verdict\">No A/B test to judge yet: sessions need at least two variants.</p>",
        );
    }
    let lost = if report.paid_without_view > 0 {
        format!(
            "<p class=\"mc-note\">{} paid sessions never reported a view (their events were lost or not sent); they are left out of the funnel.</p>",
            report.paid_without_view
        )
    } else {
        String::new()
    };
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"color-scheme\" content=\"light dark\">\
         <title>Checkout report · micro-checkout</title>\
         <link rel=\"stylesheet\" href=\"/admin/report.css\"></head>\
         <body><main><h1>Checkout report</h1>\
         <p class=\"mc-note\">Paid counts the payments this backend recorded; the other steps are what the widget reported. Also as <a href=\"/admin/report.json\">JSON</a>.</p>\
         <section aria-labelledby=\"verdict\"><h2 id=\"verdict\">Verdict</h2>{verdicts}</section>\
         <section aria-labelledby=\"funnel\"><h2 id=\"funnel\">Funnel</h2>{funnel}{conversion}</section>\
         <section aria-labelledby=\"figures\"><h2 id=\"figures\">Figures</h2>{lost}{variants}{steps}{drop}{methods}</section>\
         </main></body></html>\n",
        funnel = chart::funnel(&report.variants),
        conversion = chart::conversion(&report.variants),
        variants = variants_table(&report.variants),
        steps = steps_table(&report.variants),
        drop = drop_off_table(&report.variants),
        methods = methods_table(report),
    )
}
