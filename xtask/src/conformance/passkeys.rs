//! Passkeys (docs/contract.md §3.2), optional since 1.3: where a session made for a buyer
//! carries `passkeys`, a software passkey (`micro-checkout-authenticator`) enrols after a
//! payment with a saved method, then confirms the next session's total with one tap; every
//! lie a browser could tell (tampered authenticator data, a replay, another origin, no
//! verified buyer, another session's total, an unknown passkey) fails and charges nothing;
//! and a forgotten passkey is no longer offered or accepted. A backend whose sessions carry
//! no `passkeys` does not offer them: not checked. This file makes the buyer's sessions and
//! enrols; `passkeys/confirmations.rs` confirms with the passkey.

mod confirmations;

use super::Report;
use super::checks::{confirm_body, created, error_code, expect, result};
use super::client::{Client, Reply};
use super::rules::invalid;
use super::schema;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use micro_checkout_authenticator::Authenticator;
use micro_checkout_contract::fixtures::CREATE_SESSION_REQUEST;
use micro_checkout_contract::{Method, SessionWithPasskeys};
use serde_json::{Value, json};

pub(super) const SECTION: &str = "3.2";

/// One buyer's sessions on the backend, with the kit's passkey for them.
pub(super) struct Buyer<'a> {
    pub(super) client: &'a Client,
    pub(super) name: String,
    origin: Option<&'a str>,
}

/// A session made for the buyer, its passkeys' URL and the saved method the checks use.
pub(super) struct Made {
    pub(super) session: SessionWithPasskeys,
    /// The session's own path, `/api/sessions/{id}`.
    pub(super) path: String,
    pub(super) url: String,
    pub(super) method: Method,
}

impl Buyer<'_> {
    /// A session of `amount_minor` for this buyer, fetched and checked against the schema.
    fn session(&self, amount_minor: i64) -> Result<Option<Made>, String> {
        let mut request: Value = serde_json::from_str(CREATE_SESSION_REQUEST).unwrap_or_default();
        request["buyer"] = json!(self.name);
        request["lines"][0]["amount"]["amount_minor"] = json!(amount_minor);
        let reply = self
            .client
            .post("/api/sessions", None, &request.to_string())?;
        let (path, session): (_, SessionWithPasskeys) =
            created(self.client, &reply, "SessionWithPasskeys")?;
        let Some(url) = session.passkeys.as_ref().map(|p| p.url.clone()) else {
            return Ok(None);
        };
        let s = &session.session;
        let method = s
            .method(&s.default_method)
            .filter(|m| m.saved)
            .or_else(|| s.methods.iter().find(|m| m.saved))
            .cloned()
            .ok_or("the session for a buyer offers passkeys but no saved method")?;
        Ok(Some(Made {
            session,
            path,
            url,
            method,
        }))
    }

    /// The origin the kit's browser reports: the one given, else the RP ID's own site.
    fn origin(&self, rp_id: &str) -> String {
        match self.origin {
            Some(origin) => origin.to_owned(),
            None if rp_id == "localhost" => "http://localhost:8080".to_owned(),
            None => format!("https://{rp_id}"),
        }
    }
}

pub(super) fn post(client: &Client, made: &Made, tail: &str, body: Value) -> Result<Reply, String> {
    client.post(&format!("{}{tail}", made.url), None, &body.to_string())
}

pub(super) fn ask(made: &Made) -> Value {
    json!({ "version": 1, "method_id": made.method.id })
}

/// `reply` is a 200 (or `status`) whose body is the schema's `name`.
pub(super) fn shaped(reply: &Reply, status: u16, name: &str) -> Result<(), String> {
    expect(reply.status == status, || {
        format!("expected {status}, got {}: {}", reply.status, reply.body)
    })?;
    schema::check(name, &reply.body)
}

/// The challenge is unpadded base64url of at least 16 bytes.
pub(super) fn challenge(public_key: &Value) -> Result<(), String> {
    let text = public_key["challenge"].as_str().unwrap_or_default();
    let bytes = B64
        .decode(text)
        .map_err(|e| format!("challenge `{text}`: {e}"))?;
    expect(bytes.len() >= 16, || {
        format!("a challenge of {} bytes", bytes.len())
    })?;
    let verification = &public_key["userVerification"];
    let verification = if verification.is_null() {
        &public_key["authenticatorSelection"]["userVerification"]
    } else {
        verification
    };
    expect(verification == "required", || {
        format!("userVerification {verification}, expected \"required\"")
    })
}

/// Confirms `made`'s method under `key`, with `passkey` when given.
pub(super) fn confirm(
    client: &Client,
    made: &Made,
    key: &str,
    passkey: Option<Value>,
) -> Result<Value, String> {
    let mut body = confirm_body(client, &made.session.session, &made.method)?;
    if let Some(passkey) = passkey {
        body["passkey"] = passkey;
    }
    let confirm = format!("{}/confirm", made.path);
    let reply = client.post(&confirm, Some(key), &body.to_string())?;
    result(&reply)?;
    Ok(reply.body)
}

pub(super) fn paid(body: &Value) -> Result<(), String> {
    expect(body["status"] == "succeeded", || {
        format!("not succeeded: {body}")
    })
}

/// The confirm failed with `code` and charged nothing.
pub(super) fn refused(answer: Result<Value, String>, code: &str) -> Result<(), String> {
    let body = answer?;
    expect(
        body["status"] == "failed" && body["error"]["code"] == code,
        || format!("expected failed `{code}`, got {body}"),
    )
}

/// Assertion options for `made`'s method, checked.
pub(super) fn options(client: &Client, made: &Made) -> Result<Value, String> {
    let reply = post(client, made, "/assertion", ask(made))?;
    shaped(&reply, 200, "PasskeyRequestOptions")?;
    Ok(reply.body)
}

/// Runs the checks of this file into `report`; `origin` is the page origin the backend
/// accepts passkeys from, when it is not the RP ID's own site.
pub fn all(client: &Client, report: &mut Report, origin: Option<&str>) {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let buyer = Buyer {
        client,
        name: format!("conformance_{nanos}"),
        origin,
    };
    let first = match buyer.session(99) {
        Ok(Some(made)) => made,
        Ok(None) => {
            let why = "the test sessions for a buyer carry no passkeys (optional since 1.3)";
            return report.not_checked(SECTION, "passkeys", why);
        }
        Err(why) => {
            return report.record(SECTION, "a session for a buyer offers passkeys", Err(why));
        }
    };
    report.record(SECTION, "a session for a buyer offers passkeys", Ok(()));
    let early = post(client, &first, "/registration", ask(&first));
    report.record(
        SECTION,
        "no passkey is offered for a method before it paid the session",
        early.and_then(|r| invalid(&r, "method_id")),
    );
    let device = enrol(&buyer, &first, report);
    if let Some(device) = device {
        confirmations::all(&buyer, device, report);
    }
}

/// Pays `made` with its saved method, then enrols a passkey for it: the device, if it did.
fn enrol(buyer: &Buyer, made: &Made, report: &mut Report) -> Option<Authenticator> {
    let client = buyer.client;
    let key = format!("{}-pay", buyer.name);
    if let Err(why) = confirm(client, made, &key, None).and_then(|b| paid(&b)) {
        report.record(SECTION, "the saved method pays before enrolling", Err(why));
        return None;
    }
    let created = post(client, made, "/registration", ask(made)).and_then(|r| {
        shaped(&r, 200, "PasskeyCreationOptions")?;
        let public_key = &r.body["public_key"];
        challenge(public_key)?;
        let es256 = public_key["pubKeyCredParams"]
            .as_array()
            .is_some_and(|all| all.iter().any(|p| p["alg"] == -7));
        expect(es256, || "ES256 (-7) is not offered".into())?;
        Ok(r.body)
    });
    report.record(
        SECTION,
        "registration options: a fresh challenge, user verification required, ES256",
        created.as_ref().map(drop).map_err(Clone::clone),
    );
    let options = created.ok()?;
    let mut device = Authenticator::new(7);
    device.rp_id = options["public_key"]["rp"]["id"].as_str()?.to_owned();
    device.origin = buyer.origin(&device.rp_id);
    let credential = device.create(&options["public_key"]);
    let body = json!({ "version": 1, "method_id": made.method.id, "credential": credential });
    let stored = post(client, made, "", body.clone()).and_then(|r| {
        shaped(&r, 201, "PasskeyCredential")?;
        expect(r.body["credential_id"] == device.credential_id(), || {
            format!("another credential id: {}", r.body)
        })
    });
    let ok = stored.is_ok();
    report.record(SECTION, "the passkey is registered: 201", stored);
    let again = post(client, made, "", body);
    report.record(
        SECTION,
        "a registration's challenge is good for one use: 422 passkey_replayed",
        again.and_then(|r| error_code(&r, 422, "passkey_replayed")),
    );
    ok.then_some(device)
}
