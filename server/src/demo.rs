//! The demo: `GET /` creates a fresh demo session and serves a page that embeds the widget.
//!
//! Query options: `locale` (e.g. `ko-KR`) sets the widget's locale; `currency=KRW` sells
//! ₩1,200 of game credits instead of the $0.99 sticker pack; `session=ID` embeds an existing
//! session instead of a new one; `POST /demo/sessions` answers a new demo session as JSON,
//! for a demo page served by another server (`trunk serve`). The widget is embedded as a merchant should: the
//! content-hashed entry module and stylesheet, each with its `integrity`
//! (`dist/manifest.json`). `GET /preview` is the designer preview, which needs no
//! session at all: its widgets answer from the contract's golden fixtures.

use crate::error::Failure;
use crate::{AppState, sessions};
use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Html;
use micro_checkout_contract::{
    CreateSessionRequest, LineItem, Method, MethodKind, Money, Session, TopUpPack, WalletFlow,
};
use serde::Deserialize;

const PAGE: &str = include_str!("../../static/demo.html");
const PREVIEW: &str = include_str!("../../static/preview.html");

/// Serves the designer preview page.
pub async fn preview() -> Html<&'static str> {
    Html(PREVIEW)
}

/// The demo page's query.
#[derive(Debug, Deserialize)]
pub struct DemoQuery {
    /// The widget locale, e.g. `ko-KR`.
    pub locale: Option<String>,
    /// `KRW` for the won demo; anything else sells in USD.
    pub currency: Option<String>,
    /// An existing session to embed instead of a new demo one (tests use it).
    pub session: Option<String>,
}

/// A demo method: `kind` with nothing else set.
fn method(id: &str, kind: MethodKind, saved: bool) -> Method {
    Method {
        id: id.into(),
        kind,
        label: None,
        fee: None,
        min_amount_minor: None,
        max_amount_minor: None,
        saved,
        one_tap: saved,
    }
}

/// The demo purchase, offering every method kind: a saved Visa that succeeds (the
/// default), a saved Mastercard that declines, a new card, carrier billing, a wallet, a
/// QR code, a bank transfer, and a balance of credits that needs a top-up.
pub fn demo_request(currency: &str) -> CreateSessionRequest {
    let krw = currency == "KRW";
    let (label, amount, scale) = if krw {
        ("Game credits", Money::new(1200, "KRW"), 1000)
    } else {
        ("Sticker pack", Money::new(99, "USD"), 100)
    };
    let money = |minor: i64| Money::new(minor, &amount.currency);
    let carriers: &[&str] = if krw {
        &["skt", "kt", "lgu"]
    } else {
        &["docomo", "au", "softbank"]
    };
    let card = |id: &str, brand: &str, last4: &str| {
        let kind = MethodKind::SavedCard {
            brand: brand.into(),
            last4: last4.into(),
        };
        method(id, kind, true)
    };
    let mut phone = method(
        "phone",
        MethodKind::CarrierBilling {
            carriers: carriers.iter().map(|c| (*c).into()).collect(),
        },
        false,
    );
    phone.fee = Some(money(if krw { 100 } else { 10 }));
    let pack = TopUpPack {
        id: "pack_5".into(),
        credit: money(5 * scale),
        price: money(4 * scale),
    };
    let balance = MethodKind::Balance {
        balance: money(scale / 2),
        packs: vec![pack],
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
            method("card", MethodKind::Card { brands: vec![] }, false),
            phone,
            method(
                "wallet",
                MethodKind::Wallet {
                    wallet: "kakaopay".into(),
                    flow: WalletFlow::Popup,
                },
                false,
            ),
            method(
                "qr",
                MethodKind::Qr {
                    scheme: "promptpay".into(),
                },
                false,
            ),
            method("transfer", MethodKind::BankTransfer, false),
            method("credits", balance, true),
        ],
        default_method: "visa_4242".into(),
        country: krw.then(|| "KR".into()),
        locale: None,
        variant: Some("demo".into()),
        messages: Default::default(),
        buyer: None,
    }
}

/// `POST /demo/sessions?currency=KRW`: a fresh demo session (201, the `Session`), for a
/// demo page served elsewhere that proxies this backend, as `trunk serve`'s does.
pub async fn session(
    State(state): State<AppState>,
    Query(query): Query<DemoQuery>,
) -> Result<(StatusCode, Json<Session>), Failure> {
    let currency = query.currency.as_deref().unwrap_or("USD");
    let session = sessions::store(&state, demo_request(currency)).await?;
    Ok((StatusCode::CREATED, Json(session)))
}

/// Serves the demo page around a new session.
pub async fn page(
    State(state): State<AppState>,
    Query(query): Query<DemoQuery>,
) -> Result<Html<String>, Failure> {
    let currency = query.currency.as_deref().unwrap_or("USD");
    let session = match query.session {
        Some(id) => sessions::load(&state, id).await?,
        None => sessions::store(&state, demo_request(currency)).await?,
    };
    let locale = query
        .locale
        .filter(|l| l.len() <= 35 && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        .map(|l| format!(" locale=\"{l}\""))
        .unwrap_or_default();
    let embed = crate::assets::Embed::read(state.options.dist.as_deref());
    let preload = |wasm: Option<&(String, String)>| match wasm {
        Some((file, integrity)) => format!(
            "<link rel=\"preload\" href=\"/dist/{file}\" as=\"fetch\" integrity=\"{integrity}\" crossorigin=\"anonymous\">"
        ),
        None => String::new(),
    };
    let sri = |integrity: &Option<String>| match integrity {
        Some(value) => format!(" integrity=\"{value}\" crossorigin=\"anonymous\""),
        None => String::new(),
    };
    let page = PAGE
        .replace("{{SESSION_URL}}", &format!("/api/sessions/{}", session.id))
        .replace(" {{LOCALE_ATTR}}", &locale)
        .replace("{{ENTRY}}", &embed.entry)
        .replace(" {{ENTRY_SRI}}", &sri(&embed.entry_integrity))
        .replace("{{CSS}}", &embed.css)
        .replace(" {{CSS_SRI}}", &sri(&embed.css_integrity))
        .replace("{{WASM_PRELOAD}}", &preload(embed.wasm.as_ref()));
    Ok(Html(page))
}
