//! Tokenize (docs/contract.md §7.2, §6.2, §1.5) and the crash lease (§1.7): a test card
//! answers a token; each bad field is refused naming it; a token pays once; a non-JSON
//! write is refused; and a claim left as a crash leaves it heals on the retry (through the
//! `stale_claim` test hook, where the backend has it).

use super::checks::{error_code, expect, result, session};
use super::client::Client;
use super::rules::{invalid, no_hook, payable};
use super::{Report, Skip};
use micro_checkout_contract::{MethodKind, PaymentStatus, Session, TokenizeResponse};
use serde_json::{Value, json};

/// A card body for `number` (and the other fields as given).
pub(super) fn card(number: &str, month: u32, year: u32, cvc: &str) -> Value {
    json!({ "version": 1, "number": number, "exp_month": month, "exp_year": year, "cvc": cvc })
}

/// A fresh session that offers a card, with its tokenizer's URL and the card method's id.
pub(super) fn with_card(client: &Client) -> Result<(String, Session, String, String), Skip> {
    let (path, s) = session(client)?;
    let Some(method) = s
        .methods
        .iter()
        .find(|m| matches!(m.kind, MethodKind::Card { .. }))
    else {
        return Err(Skip::NotChecked("the test sessions offer no card".into()));
    };
    let url = s
        .tokenize_url
        .clone()
        .ok_or("a card method without tokenize_url")?;
    let id = method.id.clone();
    Ok((path, s, url, id))
}

/// Runs the checks of this file into `report`.
pub fn all(client: &Client, report: &mut Report) {
    let tokenizer = with_card(client);
    let url = match &tokenizer {
        Ok((_, _, url, _)) => url.clone(),
        Err(Skip::NotChecked(why)) => {
            return report.not_checked("7.2", "tokenize", why);
        }
        Err(Skip::Fail(why)) => return report.record("7.2", "tokenize", Err(why.clone())),
    };
    report.record(
        "7.2",
        "tokenize answers a token for a test card",
        token(client, &url).map(drop),
    );
    let year = 2040;
    for (field, body) in [
        ("number", card("4242424242424241", 12, year, "123")),
        ("exp_month", card("4242424242424242", 13, year, "123")),
        ("exp_year", card("4242424242424242", 12, 2001, "123")),
        ("cvc", card("4242424242424242", 12, year, "12a")),
        ("cvc", card("378282246310005", 12, year, "123")),
    ] {
        let reply = client.post(&url, None, &body.to_string());
        report.record(
            "7.2",
            &format!(
                "tokenize refuses a bad `{field}` ({}) naming it",
                body[field]
            ),
            reply.and_then(|r| invalid(&r, field)),
        );
    }
    let form = client.post_as(
        &url,
        Some("application/x-www-form-urlencoded"),
        None,
        "number=4242424242424242",
    );
    report.record(
        "1.5",
        "a form-encoded tokenize is 415 unsupported_media_type",
        form.and_then(|r| error_code(&r, 415, "unsupported_media_type")),
    );
    report.outcome("6.2", "a used token is token_invalid", single_use(client));
    report.outcome(
        "1.7",
        "a claim left by a crash heals on the retry",
        crash(client),
    );
}

fn token(client: &Client, url: &str) -> Result<TokenizeResponse, String> {
    let reply = client.post(
        url,
        None,
        &card("4242424242424242", 12, 2040, "123").to_string(),
    )?;
    expect(reply.status == 200, || {
        format!("HTTP {}: {}", reply.status, reply.body)
    })?;
    super::schema::check("TokenizeResponse", &reply.body)?;
    let answer: TokenizeResponse =
        serde_json::from_value(reply.body.clone()).map_err(|e| e.to_string())?;
    expect(answer.brand == "visa" && answer.last4 == "4242", || {
        format!("brand {} last4 {}", answer.brand, answer.last4)
    })?;
    Ok(answer)
}

/// §6.2: one token pays once; a second confirm with it fails `token_invalid`.
fn single_use(client: &Client) -> Result<(), Skip> {
    let (first, _, url, method) = with_card(client)?;
    let token = token(client, &url)?.token;
    let body = json!({ "version": 1, "method_id": method, "token": token }).to_string();
    let paid = result(&client.post(
        &format!("{first}/confirm"),
        Some(&format!("conformance-token-{token}")),
        &body,
    )?)?;
    expect(paid.status == PaymentStatus::Succeeded, || {
        format!("the first use: {:?}", paid.status)
    })?;
    let (second, _, _, _) = with_card(client)?;
    let again = result(&client.post(
        &format!("{second}/confirm"),
        Some(&format!("conformance-token2-{token}")),
        &body,
    )?)?;
    let code = again.error.as_ref().map(|e| e.code.as_str());
    expect(
        again.status == PaymentStatus::Failed && code == Some("token_invalid"),
        || format!("the second use: {:?} {code:?}", again.status),
    )
    .map_err(Skip::from)
}

/// §1.7 with the `stale_claim` hook (§7.3): the key is left claimed a lease ago, as a crash
/// between claim and charge leaves it; the retry charges once, and replays that.
fn crash(client: &Client) -> Result<(), Skip> {
    let (confirm, s, body) = payable(client)?;
    let key = format!("conformance-crash-{}", s.id);
    let planted = client.post(
        &format!("/test/sessions/{}/stale_claim", s.id),
        Some(&key),
        &body,
    )?;
    if no_hook(&planted) {
        return Err(Skip::NotChecked("no test hook `stale_claim` (§7.3)".into()));
    }
    expect(planted.status == 204, || {
        format!("stale_claim: HTTP {}: {}", planted.status, planted.body)
    })?;
    let retry = result(&client.post(&confirm, Some(&key), &body)?)?;
    expect(retry.status == PaymentStatus::Succeeded, || {
        format!(
            "the retry after the crash: {:?} {:?}",
            retry.status, retry.error
        )
    })?;
    let replay = result(&client.post(&confirm, Some(&key), &body)?)?;
    expect(replay.payment_id == retry.payment_id, || {
        "the replay answered another payment".into()
    })
    .map_err(Skip::from)
}
