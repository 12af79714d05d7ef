//! The test vault: `POST /vault/tokens` turns a card into a single-use token, and
//! `GET /vault/3ds/{payment_id}` is the simulated issuer's 3-D Secure challenge page.
//!
//! Card numbers stop here: they are checked (length, Luhn, expiry, CVC), reduced to brand
//! and last four digits, and never stored or logged.

use crate::error::Failure;
use crate::methods::{Card, brand_of, luhn};
use crate::{AppState, body, db};
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::response::Html;
use micro_checkout_contract::{CONTRACT_VERSION, TokenizeRequest, TokenizeResponse};

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
        .run(move |conn| db::insert_token(conn, &stored, &kept))
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
    if !(12..=19).contains(&number.len()) || !number.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Failure::invalid("number", "number must be 12 to 19 digits"));
    }
    if !luhn(number) {
        return Err(Failure::invalid("number", "number fails the Luhn check"));
    }
    if !(1..=12).contains(&request.exp_month) {
        return Err(Failure::invalid("exp_month", "exp_month must be 1 to 12"));
    }
    let year_now = 1970 + (now_ms / 1000 / 31_556_952) as u32;
    if request.exp_year < year_now || request.exp_year > year_now + 20 {
        return Err(Failure::invalid(
            "exp_year",
            "exp_year must be this year or up to 20 years ahead",
        ));
    }
    if !(3..=4).contains(&request.cvc.len()) || !request.cvc.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Failure::invalid("cvc", "cvc must be 3 or 4 digits"));
    }
    Ok(Card {
        brand: brand_of(number).to_owned(),
        last4: number[number.len() - 4..].to_owned(),
    })
}

/// The simulated issuer's challenge: two buttons that tell the embedding page the result.
pub async fn challenge(Path(payment_id): Path<String>) -> Html<String> {
    let id: String = payment_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    Html(format!(
        r#"<!doctype html><html lang="en"><meta charset="utf-8"><title>3-D Secure (test)</title>
<body style="font:16px system-ui;margin:24px"><h1 style="font-size:18px">Test issuer: confirm payment {id}</h1>
<button id="ok" type="button">Authenticate</button> <button id="no" type="button">Fail</button>
<script>
for (const [button, result] of [["ok", "authenticated"], ["no", "failed"]]) {{
  document.getElementById(button).onclick = () =>
    (window.opener || window.parent).postMessage({{ type: "three_ds", payment: "{id}", result }}, "*");
}}
</script></body></html>"#
    ))
}
