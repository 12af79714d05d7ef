//! How waiting payments move (docs/contract.md §1.7, §1.9, §3, §5.2–§5.4): the code step
//! (a wrong and then a right code, resend pacing, a replay after it was paid), cancel,
//! supersession, actions a payment does not take, a session naming its waiting payment,
//! live countdowns, and the outside world's decisions through the test hooks (§7.3): a
//! wallet's, the issuer's (a forged `three_ds` result must not pay), a QR scan.

use super::checks::{confirm_body, error_code, expect, result, session};
use super::client::{Client, Reply};
use super::rules::hook;
use super::tokenize::{card, with_card};
use super::{Report, Skip};
use micro_checkout_contract::{Method, MethodKind, NextAction, PaymentResult, PaymentStatus};
use serde_json::{Value, json};

/// A payment started on a fresh session.
struct Started<'a> {
    client: &'a Client,
    /// The session's path.
    path: String,
    /// The confirm's key and body, for replays and supersession.
    key: String,
    body: String,
    /// Confirm's answer.
    first: PaymentResult,
}

impl<'a> Started<'a> {
    /// Confirms `body` on the session at `path` (id `session_id`) under a key of its own.
    fn confirmed(
        client: &'a Client,
        path: String,
        session_id: &str,
        tag: &str,
        body: String,
    ) -> Result<Self, String> {
        let key = format!("conformance-{tag}-{session_id}");
        let first = result(&client.post(&format!("{path}/confirm"), Some(&key), &body)?)?;
        Ok(Started {
            client,
            path,
            key,
            body,
            first,
        })
    }

    /// Sends action `body` to the payment.
    fn act(&self, body: Value) -> Result<Reply, String> {
        let path = format!("{}/payments/{}/actions", self.path, self.first.payment_id);
        self.client.post(&path, None, &body.to_string())
    }

    /// Sends action `body` and reads the result envelope.
    fn acted(&self, body: Value) -> Result<PaymentResult, String> {
        result(&self.act(body)?)
    }

    /// Polls the payment.
    fn poll(&self) -> Result<PaymentResult, String> {
        let path = format!("{}/payments/{}", self.path, self.first.payment_id);
        result(&self.client.get(&path)?)
    }

    /// Sends the confirm again, same key and body.
    fn replay(&self) -> Result<PaymentResult, String> {
        let confirm = format!("{}/confirm", self.path);
        result(&self.client.post(&confirm, Some(&self.key), &self.body)?)
    }
}

/// Confirms, on a fresh session, its first method of which `kind` says yes, with `body`
/// changed by `edit`; not checked when the sessions offer none.
fn start<'a>(
    client: &'a Client,
    tag: &str,
    kind: fn(&MethodKind) -> bool,
    edit: impl FnOnce(&mut Value),
) -> Result<Started<'a>, Skip> {
    let (path, s) = session(client)?;
    let method: Method = s
        .methods
        .iter()
        .find(|m| kind(&m.kind))
        .cloned()
        .ok_or_else(|| Skip::NotChecked("the test sessions offer no such method".into()))?;
    let mut body = confirm_body(client, &s, &method)?;
    edit(&mut body);
    Ok(Started::confirmed(
        client,
        path,
        &s.id,
        tag,
        body.to_string(),
    )?)
}

/// `result` waits for the buyer.
fn waiting(result: &PaymentResult, what: &str) -> Result<(), String> {
    expect(result.status == PaymentStatus::RequiresAction, || {
        format!("{what}: {:?} {:?}", result.status, result.error)
    })
}

/// `result` ended with `status` and error `code` (or no error, for `None`).
fn ended(result: &PaymentResult, status: PaymentStatus, code: Option<&str>) -> Result<(), String> {
    let got = result.error.as_ref().map(|e| e.code.as_str());
    expect(result.status == status && got == code, || {
        format!(
            "expected {status:?} {code:?}, got {:?} {got:?}",
            result.status
        )
    })
}

fn is_otp(kind: &MethodKind) -> bool {
    matches!(kind, MethodKind::CarrierBilling { .. })
}

fn is_qr(kind: &MethodKind) -> bool {
    matches!(kind, MethodKind::Qr { .. })
}

fn is_wallet(kind: &MethodKind) -> bool {
    matches!(kind, MethodKind::Wallet { .. })
}

/// The test card that asks for 3-D Secure first (§7.1).
const THREE_DS_CARD: &str = "4000000000003220";

/// Runs the checks of this file into `report`.
pub fn all(client: &Client, report: &mut Report) {
    report.outcome(
        "5.3",
        "a wrong code is answered otp_invalid, then the right code pays",
        code_step(client),
    );
    report.outcome(
        "5.3",
        "a resend asked too soon is a result with otp_resend_too_soon",
        resend(client),
    );
    report.outcome(
        "3",
        "a waiting payment is named by its session",
        named(client),
    );
    report.outcome("5.2", "countdowns count the time left", countdown(client));
    report.outcome(
        "5.3",
        "cancel ends a waiting payment canceled_by_buyer",
        cancel(client),
    );
    report.outcome(
        "5.4",
        "an action the payment does not take is 409 action_not_expected",
        unexpected(client),
    );
    report.outcome(
        "5.4",
        "an unknown action type is 400 invalid_json",
        unknown_type(client),
    );
    report.outcome(
        "1.7",
        "a new attempt supersedes a waiting payment",
        supersede(client),
    );
    report.outcome(
        "5.3",
        "redirect_return before the wallet decided leaves it waiting",
        early_return(client),
    );
    report.outcome(
        "5.3",
        "the wallet's recorded decision decides redirect_return",
        wallet(client),
    );
    report.outcome(
        "1.9",
        "a forged three_ds result does not pay",
        forged(client),
    );
    report.outcome(
        "5.3",
        "the issuer's recorded decision decides three_ds",
        issuer(client),
    );
    report.outcome("5.3", "a scanned QR pays", scanned(client));
}

/// §5.3 and §1.7: a wrong code, the right code, then a replay and an action on the paid
/// payment, which answer it as it now stands.
fn code_step(client: &Client) -> Result<(), Skip> {
    let started = start(client, "otp", is_otp, |_| {})?;
    waiting(&started.first, "confirm")?;
    let wrong = started.acted(json!({ "version": 1, "type": "otp", "code": "000000" }))?;
    waiting(&wrong, "a wrong code")?;
    let code = wrong.error.as_ref().map(|e| (e.code.as_str(), e.retryable));
    expect(code == Some(("otp_invalid", true)), || {
        format!("a wrong code: error {code:?}")
    })?;
    let right = started.acted(json!({ "version": 1, "type": "otp", "code": "123456" }))?;
    ended(&right, PaymentStatus::Succeeded, None)?;
    let replay = started.replay()?;
    ended(&replay, PaymentStatus::Succeeded, None)
        .map_err(|why| format!("the confirm's replay after the code: {why}"))?;
    let again = started.acted(json!({ "version": 1, "type": "otp", "code": "123456" }))?;
    ended(&again, PaymentStatus::Succeeded, None)
        .map_err(|why| Skip::from(format!("an action on the paid payment: {why}")))
}

/// §5.3: `resend_otp` before `resend_in_s` is a 200 result, still waiting.
fn resend(client: &Client) -> Result<(), Skip> {
    let started = start(client, "resend", is_otp, |_| {})?;
    waiting(&started.first, "confirm")?;
    let early = started.acted(json!({ "version": 1, "type": "resend_otp" }))?;
    waiting(&early, "an early resend")?;
    let code = early.error.as_ref().map(|e| (e.code.as_str(), e.retryable));
    expect(code == Some(("otp_resend_too_soon", true)), || {
        format!("an early resend: error {code:?}")
    })
    .map_err(Skip::from)
}

/// §3: `GET {session}` names the payment that waits.
fn named(client: &Client) -> Result<(), Skip> {
    let started = start(client, "named", is_qr, |_| {})?;
    waiting(&started.first, "confirm")?;
    let fetched = client.get(&started.path)?;
    let payment = &fetched.body["payment"];
    expect(
        payment["payment_id"] == json!(started.first.payment_id)
            && payment["status"] == "requires_action"
            && payment["next_action"]["type"] == "qr",
        || format!("the session's payment is {payment}"),
    )
    .map_err(Skip::from)
}

/// §5.2: a poll a second later counts down.
fn countdown(client: &Client) -> Result<(), Skip> {
    let started = start(client, "countdown", is_qr, |_| {})?;
    let left = |r: &PaymentResult| match &r.next_action {
        Some(NextAction::Qr { expires_in_s, .. }) => Some(*expires_in_s),
        _ => None,
    };
    let first = left(&started.first).ok_or("the QR confirm has no expires_in_s")?;
    std::thread::sleep(std::time::Duration::from_millis(1_200));
    let polled = left(&started.poll()?).ok_or("the poll has no expires_in_s")?;
    expect(polled < first, || {
        format!("expires_in_s {first}, then {polled} 1.2 s later")
    })
    .map_err(Skip::from)
}

/// §5.3 and §5.4: cancel ends it; an action after that answers the ended payment.
fn cancel(client: &Client) -> Result<(), Skip> {
    let started = start(client, "cancel", is_qr, |_| {})?;
    waiting(&started.first, "confirm")?;
    let canceled = started.acted(json!({ "version": 1, "type": "cancel" }))?;
    ended(
        &canceled,
        PaymentStatus::Canceled,
        Some("canceled_by_buyer"),
    )?;
    let again = started.acted(json!({ "version": 1, "type": "cancel" }))?;
    ended(&again, PaymentStatus::Canceled, Some("canceled_by_buyer"))
        .map_err(|why| Skip::from(format!("a second cancel: {why}")))
}

/// §5.4: `otp` on a QR payment.
fn unexpected(client: &Client) -> Result<(), Skip> {
    let started = start(client, "unexpected", is_qr, |_| {})?;
    waiting(&started.first, "confirm")?;
    let reply = started.act(json!({ "version": 1, "type": "otp", "code": "123456" }))?;
    error_code(&reply, 409, "action_not_expected")?;
    waiting(&started.poll()?, "after the refused action").map_err(Skip::from)
}

/// §5.4: a `type` the contract does not define.
fn unknown_type(client: &Client) -> Result<(), Skip> {
    let started = start(client, "type", is_qr, |_| {})?;
    let reply = started.act(json!({ "version": 1, "type": "teleport" }))?;
    error_code(&reply, 400, "invalid_json").map_err(Skip::from)
}

/// §1.7: a confirm under another key cancels the waiting payment with `superseded`, and
/// the first key replays that.
fn supersede(client: &Client) -> Result<(), Skip> {
    let started = start(client, "supersede", is_qr, |_| {})?;
    waiting(&started.first, "confirm")?;
    let fetched = client.get(&started.path)?;
    let s: micro_checkout_contract::Session =
        serde_json::from_value(fetched.body).map_err(|e| e.to_string())?;
    let other = s
        .method(&s.default_method)
        .ok_or("default_method is not listed")?;
    let body = confirm_body(client, &s, other)?.to_string();
    let confirm = format!("{}/confirm", started.path);
    let paid = result(&client.post(&confirm, Some(&format!("{}-other", started.key)), &body)?)?;
    ended(&paid, PaymentStatus::Succeeded, None)?;
    ended(
        &started.poll()?,
        PaymentStatus::Canceled,
        Some("superseded"),
    )?;
    ended(
        &started.replay()?,
        PaymentStatus::Canceled,
        Some("superseded"),
    )
    .map_err(|why| Skip::from(format!("the first key's replay: {why}")))
}

fn wallet_return(body: &mut Value) {
    body["return_url"] = json!("https://conformance.invalid/return");
}

/// §5.3: the buyer's word alone changes nothing.
fn early_return(client: &Client) -> Result<(), Skip> {
    let started = start(client, "early", is_wallet, wallet_return)?;
    waiting(&started.first, "confirm")?;
    let early =
        started.acted(json!({ "version": 1, "type": "redirect_return", "result": "approved" }))?;
    waiting(&early, "redirect_return before a decision").map_err(Skip::from)
}

/// §5.3 with the hooks: approved pays; a decline on another payment cancels it.
fn wallet(client: &Client) -> Result<(), Skip> {
    let approved = start(client, "approve", is_wallet, wallet_return)?;
    waiting(&approved.first, "confirm")?;
    hook(client, &approved.first.payment_id, "approve")?;
    let paid =
        approved.acted(json!({ "version": 1, "type": "redirect_return", "result": "approved" }))?;
    ended(&paid, PaymentStatus::Succeeded, None)?;
    let declined = start(client, "decline", is_wallet, wallet_return)?;
    hook(client, &declined.first.payment_id, "decline")?;
    let after =
        declined.acted(json!({ "version": 1, "type": "redirect_return", "result": "approved" }))?;
    ended(&after, PaymentStatus::Canceled, Some("canceled_by_buyer")).map_err(|why| {
        Skip::from(format!(
            "declined, though the action claims approval: {why}"
        ))
    })
}

/// A card payment with the 3-D Secure test card, which must ask for 3-D Secure (§7.1).
fn challenged<'a>(client: &'a Client, tag: &str) -> Result<Started<'a>, Skip> {
    let (path, s, url, method) = with_card(client)?;
    let card = card(THREE_DS_CARD, 12, 2040, "123");
    let tokenized = client.post(&url, None, &card.to_string())?;
    expect(tokenized.status == 200, || {
        format!("tokenize {THREE_DS_CARD}: HTTP {}", tokenized.status)
    })?;
    let body = json!({ "version": 1, "method_id": method, "token": tokenized.body["token"] });
    let started = Started::confirmed(client, path, &s.id, tag, body.to_string())?;
    let Some(NextAction::ThreeDs { .. }) = started.first.next_action else {
        return Err(Skip::Fail(format!(
            "the test card {THREE_DS_CARD} answered {:?}, not three_ds (§7.1)",
            started.first.status
        )));
    };
    Ok(started)
}

/// §1.9: `three_ds` claiming success before the issuer decided answers `requires_action`.
fn forged(client: &Client) -> Result<(), Skip> {
    let started = challenged(client, "forged")?;
    let claimed =
        started.acted(json!({ "version": 1, "type": "three_ds", "result": "authenticated" }))?;
    waiting(&claimed, "a three_ds action before the issuer decided")?;
    waiting(&started.poll()?, "the poll after it").map_err(Skip::from)
}

/// §5.3 with the hooks: the issuer's decision, not the action's `result`, decides.
fn issuer(client: &Client) -> Result<(), Skip> {
    let passed = challenged(client, "issuer")?;
    hook(client, &passed.first.payment_id, "authenticate")?;
    let paid = passed.acted(json!({ "version": 1, "type": "three_ds", "result": "failed" }))?;
    ended(&paid, PaymentStatus::Succeeded, None)
        .map_err(|why| format!("authenticated by the issuer: {why}"))?;
    let failed = challenged(client, "issuer-fail")?;
    hook(client, &failed.first.payment_id, "fail")?;
    let refused =
        failed.acted(json!({ "version": 1, "type": "three_ds", "result": "authenticated" }))?;
    ended(
        &refused,
        PaymentStatus::Failed,
        Some("authentication_failed"),
    )
    .map_err(|why| Skip::from(format!("failed by the issuer: {why}")))
}

/// §5.3 with the `scan` hook: the next poll answers `succeeded`.
fn scanned(client: &Client) -> Result<(), Skip> {
    let started = start(client, "scan", is_qr, |_| {})?;
    waiting(&started.first, "confirm")?;
    hook(client, &started.first.payment_id, "scan")?;
    ended(&started.poll()?, PaymentStatus::Succeeded, None).map_err(Skip::from)
}
