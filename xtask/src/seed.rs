//! `cargo xtask demo --seed-funnel`: a generated A/B test played through a backend's real
//! API, so that the report (`/admin/report`) has something to show. Two variants of the Pay
//! button's text ("Pay" and "Buy now"), buyers who come back, a saved card that declines
//! and a fallback that rescues some of those payments; every session made by the factory,
//! every payment a real confirm, every event a batch posted as the widget posts it.

use crate::conformance::client::Client;
use crate::sh::Result;
use serde_json::{Value, json};

/// Sessions per variant.
const PER_VARIANT: usize = 400;

/// One variant: its name, its Pay button's text, and how its buyers behave.
struct Variant {
    name: &'static str,
    pay_button: Option<&'static str>,
    /// Chance a viewer taps Pay.
    tap: f64,
    /// Chance a tap ends paid.
    pay: f64,
}

const VARIANTS: [Variant; 2] = [
    Variant {
        name: "control",
        pay_button: None,
        tap: 0.52,
        pay: 0.80,
    },
    Variant {
        name: "buy-now",
        pay_button: Some("Buy now { $amount }"),
        tap: 0.60,
        pay: 0.82,
    },
];

fn request(variant: &Variant, buyer: &str, default: &str) -> Value {
    let mut body = json!({
        "merchant": "Pixel Stickers",
        "lines": [{ "label": "Sticker pack", "quantity": 1,
                    "amount": { "amount_minor": 99, "currency": "USD", "exponent": 2 } }],
        "methods": [
            { "id": "visa_4242", "kind": "saved_card", "saved": true, "one_tap": true, "brand": "visa", "last4": "4242" },
            { "id": "mc_0002", "kind": "saved_card", "saved": true, "one_tap": true, "brand": "mastercard", "last4": "0002" },
            { "id": "phone", "kind": "carrier_billing", "carriers": ["skt", "kt", "lgu"] }
        ],
        "default_method": default,
        "variant": variant.name,
        "buyer": buyer,
    });
    if let Some(text) = variant.pay_button {
        body["messages"] = json!({ "en-US": { "pay-button": text } });
    }
    body
}

fn event(step: &str, method: &str, variant: &str) -> Value {
    json!({ "step": step, "method_id": method, "variant": variant })
}

/// Plays one buyer's session; answers whether it paid.
fn play(client: &Client, rng: &mut fastrand::Rng, variant: &Variant, n: usize) -> Result<bool> {
    let buyer = format!("buyer-{}", rng.usize(..PER_VARIANT * 2 / 3));
    // Some buyers' best card is one that declines (the test card ending in 0002).
    let declines = rng.f64() < 0.15;
    let first = if declines { "mc_0002" } else { "visa_4242" };
    let created = client.post(
        "/api/sessions",
        None,
        &request(variant, &buyer, first).to_string(),
    )?;
    let id = created.body["id"]
        .as_str()
        .ok_or_else(|| {
            format!(
                "the session factory answered {}: {}",
                created.status, created.body
            )
        })?
        .to_owned();
    let v = variant.name;
    let mut batch = vec![event("viewed", first, v)];
    if rng.f64() < 0.2 {
        batch.push(event("method_shown", first, v));
        if rng.f64() < 0.3 {
            batch.push(event("method_selected", "phone", v));
            batch.push(event("method_selected", first, v));
        }
    }
    let mut paid = false;
    if rng.f64() < variant.tap {
        batch.push(event("pay_tapped", first, v));
        let confirm = |key: String, method: &str| {
            let body = json!({ "version": 1, "method_id": method }).to_string();
            client.post(&format!("/api/sessions/{id}/confirm"), Some(&key), &body)
        };
        let pays = rng.f64() < variant.pay;
        if declines {
            confirm(format!("seed-{n}-a"), "mc_0002")?;
            batch.push(event("failed", "mc_0002", v));
            batch.push(event("fallback_offered", "visa_4242", v));
        }
        if pays && (!declines || rng.f64() < 0.7) {
            if declines {
                batch.push(event("pay_tapped", "visa_4242", v));
                batch.push(event("fallback_used", "visa_4242", v));
            }
            let answer = confirm(format!("seed-{n}-b"), "visa_4242")?;
            paid = answer.body["status"] == "succeeded";
            if paid {
                batch.push(event("succeeded", "visa_4242", v));
            }
        }
    }
    let sent = client.post_as(
        &format!("/api/sessions/{id}/events"),
        Some("text/plain;charset=UTF-8"),
        None,
        &Value::Array(batch).to_string(),
    )?;
    if sent.status >= 300 {
        return Err(format!(
            "the events endpoint answered {}: {}",
            sent.status, sent.body
        ));
    }
    Ok(paid)
}

/// Plays [`PER_VARIANT`] sessions of each variant against the backend at `base`, the same
/// funnel every time (a fixed seed).
pub fn funnel(base: &str) -> Result {
    let client = Client::new(base);
    let mut rng = fastrand::Rng::with_seed(20_261_202);
    let mut paid = [0usize; 2];
    for n in 0..PER_VARIANT * 2 {
        let which = n % 2;
        if play(&client, &mut rng, &VARIANTS[which], n)? {
            paid[which] += 1;
        }
    }
    println!(
        "seeded {} sessions: control paid {}, buy-now paid {}; the report is at {base}/admin/report",
        PER_VARIANT * 2,
        paid[0],
        paid[1]
    );
    Ok(())
}
