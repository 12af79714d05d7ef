//! The test vault: `POST /vault/tokens` turns a card into a single-use token, and
//! `/vault/3ds/{payment_id}` is the simulated issuer's 3-D Secure challenge page, which
//! records the issuer's decision on the server before it tells the widget to look.
//!
//! Card numbers stop here: they are checked (length, Luhn, expiry, CVC), reduced to brand
//! and last four digits, and never stored or logged.

use crate::error::Failure;
use crate::methods::{Card, Outside};
use crate::outside::{self, Decision};
use crate::{AppState, body, db};
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, FormRejection};
use axum::extract::{Form, Path, State};
use axum::response::Html;
use micro_checkout_contract::card;
use micro_checkout_contract::{CONTRACT_VERSION, PaymentStatus, TokenizeRequest, TokenizeResponse};

/// Tokenizes a card.
pub async fn tokenize(
    State(state): State<AppState>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<TokenizeResponse>, Failure> {
    let request: TokenizeRequest = body::json(body)?;
    let card = check(&request, state.ctx().now_ms)?;
    let token = format!("tok_{}", uuid::Uuid::new_v4().simple());
    let (stored, kept) = (token.clone(), card.clone());
    state
        .db
        .write(move |conn| db::insert_token(conn, &stored, &kept))
        .await?;
    Ok(Json(TokenizeResponse {
        version: CONTRACT_VERSION,
        token,
        brand: card.brand,
        last4: card.last4,
    }))
}

fn check(request: &TokenizeRequest, now_ms: i64) -> Result<Card, Failure> {
    let number = &request.number;
    let brand = card::brand(number);
    if !card::lengths(brand).contains(&number.len()) || !number.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(Failure::invalid(
            "number",
            "number must be 15 digits (Amex) or 16 to 19 digits",
        ));
    }
    if !card::luhn(number) {
        return Err(Failure::invalid("number", "number fails the Luhn check"));
    }
    let today = card::year_month(now_ms);
    match card::expiry(request.exp_month, request.exp_year, today) {
        Err(_) if !(1..=12).contains(&request.exp_month) => {
            return Err(Failure::invalid("exp_month", "exp_month must be 1 to 12"));
        }
        Err(_) if request.exp_year < today.0 || request.exp_year > today.0 + 20 => {
            return Err(Failure::invalid(
                "exp_year",
                "exp_year must be this year or up to 20 years ahead",
            ));
        }
        Err(_) => {
            return Err(Failure::invalid(
                "exp_month",
                "the card expired: its month has passed",
            ));
        }
        Ok(()) => {}
    }
    let cvc = &request.cvc;
    if cvc.len() != card::cvc_length(brand) || !cvc.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Failure::invalid(
            "cvc",
            "cvc must be 4 digits for Amex, 3 for other brands",
        ));
    }
    Ok(Card {
        brand: brand.unwrap_or(card::UNKNOWN_BRAND).to_owned(),
        last4: number[number.len() - 4..].to_owned(),
    })
}

/// `GET /vault/3ds/{payment_id}`: the simulated issuer's challenge, a form whose two
/// buttons post the decision back to this server.
pub async fn challenge(Path(payment_id): Path<String>) -> Result<Html<String>, Failure> {
    outside::checked(&payment_id)?;
    Ok(Html(format!(
        r#"<!doctype html><html lang="en"><meta charset="utf-8"><title>3-D Secure (test)</title>
<body style="font:16px system-ui;margin:24px"><h1 style="font-size:18px;overflow-wrap:anywhere">Test issuer: confirm payment {payment_id}</h1>
<form method="post"><button name="decision" value="authenticate">Authenticate</button>
<button name="decision" value="fail">Fail</button></form></body></html>"#
    )))
}

/// `POST /vault/3ds/{payment_id}`: records the issuer's decision against the payment, then
/// tells the embedding widget to look (its message is a hint, never proof: the widget's
/// `three_ds` action only reads what was recorded here).
pub async fn decide(
    State(state): State<AppState>,
    Path(payment_id): Path<String>,
    form: Result<Form<Decision>, FormRejection>,
) -> Result<Html<String>, Failure> {
    outside::checked(&payment_id)?;
    let authenticated = outside::decided(form, "authenticate", "fail")?;
    let result = crate::progress::apply(
        &state,
        None,
        payment_id.clone(),
        Outside::ThreeDsDecision(authenticated),
    )
    .await?;
    let outcome = match result.status {
        PaymentStatus::Succeeded => "authenticated",
        _ => "failed",
    };
    Ok(Html(format!(
        r#"<!doctype html><html lang="en"><meta charset="utf-8"><title>3-D Secure (test)</title>
<body style="font:16px system-ui;margin:24px"><p>Authentication {outcome}. Returning to the checkout…</p>
<script>(window.opener || window.parent).postMessage({{ type: "three_ds", payment: "{payment_id}", result: "{outcome}" }}, "*");</script></body></html>"#
    )))
}
