//! The demo: `GET /` creates a fresh demo session and serves a page that embeds the widget.
//!
//! Query options: `locale` (e.g. `ko-KR`) sets the widget's locale; `currency=KRW` sells
//! ₩1,200 of game credits instead of the $0.99 sticker pack.

use crate::error::Failure;
use crate::{AppState, sessions};
use axum::extract::{Query, State};
use axum::response::Html;
use micro_checkout_contract::{CreateSessionRequest, LineItem, Method, MethodKind, Money};
use serde::Deserialize;

const PAGE: &str = include_str!("../../static/demo.html");

/// The demo page's query.
#[derive(Debug, Deserialize)]
pub struct DemoQuery {
    /// The widget locale, e.g. `ko-KR`.
    pub locale: Option<String>,
    /// `KRW` for the won demo; anything else sells in USD.
    pub currency: Option<String>,
}

/// The demo purchase: a saved Visa that succeeds, plus a saved Mastercard that declines.
pub fn demo_request(currency: &str) -> CreateSessionRequest {
    let (label, amount) = match currency {
        "KRW" => ("Game credits", Money::new(1200, "KRW")),
        _ => ("Sticker pack", Money::new(99, "USD")),
    };
    let card = |id: &str, brand: &str, last4: &str| Method {
        id: id.into(),
        kind: MethodKind::SavedCard {
            brand: brand.into(),
            last4: last4.into(),
        },
        label: None,
        fee: None,
        min_amount_minor: None,
        max_amount_minor: None,
        saved: true,
        one_tap: true,
    };
    CreateSessionRequest {
        merchant: "Pixel Stickers".into(),
        lines: vec![LineItem {
            label: label.into(),
            quantity: 1,
            amount,
        }],
        methods: vec![
            card("visa_4242", "visa", "4242"),
            card("mc_0002", "mastercard", "0002"),
        ],
        default_method: "visa_4242".into(),
        country: None,
        locale: None,
        variant: None,
    }
}

/// Serves the demo page around a new session.
pub async fn page(
    State(state): State<AppState>,
    Query(query): Query<DemoQuery>,
) -> Result<Html<String>, Failure> {
    let currency = query.currency.as_deref().unwrap_or("USD");
    let session = sessions::store(&state, demo_request(currency)).await?;
    let locale = query
        .locale
        .filter(|l| l.len() <= 35 && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        .map(|l| format!(" locale=\"{l}\""))
        .unwrap_or_default();
    let page = PAGE
        .replace("{{SESSION_URL}}", &format!("/api/sessions/{}", session.id))
        .replace(" {{LOCALE_ATTR}}", &locale);
    Ok(Html(page))
}
