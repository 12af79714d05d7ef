//! Passkeys (docs/contract.md §3.2), optional since 1.3: where a session made for a buyer
//! carries `passkeys`, a software passkey (`micro-checkout-authenticator`) enrols after a
//! payment with a saved method, then confirms the next session's total with one tap; every
//! lie a browser could tell (tampered authenticator data, a replay, another origin, no
//! verified buyer, another session's total, an unknown passkey) fails and charges nothing;
//! and a forgotten passkey is no longer offered or accepted. A backend whose sessions carry
//! no `passkeys` does not offer them: not checked.

use super::Report;
use super::checks::{confirm_body, error_code, expect, result};
use super::client::{Client, Reply};
use super::rules::invalid;
use super::schema;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use micro_checkout_authenticator::{Authenticator, USER_PRESENT};
use micro_checkout_contract::fixtures::CREATE_SESSION_REQUEST;
use micro_checkout_contract::{Method, SessionWithPasskeys};
use serde_json::{Value, json};

const SECTION: &str = "3.2";

/// One buyer's sessions on the backend, with the kit's passkey for them.
struct Buyer<'a> {
    client: &'a Client,
    name: String,
    origin: Option<&'a str>,
}

/// A session made for the buyer, its passkeys' URL and the saved method the checks use.
struct Made {
    session: SessionWithPasskeys,
    url: String,
    method: Method,
}

impl Buyer<'_> {
    /// A session of `amount_minor` for this buyer, fetched and checked against the schema.
    fn session(&self, amount_minor: i64) -> Result<Option<Made>, String> {
        let mut request: Value = serde_json::from_str(CREATE_SESSION_REQUEST).unwrap_or_default();
        request["buyer"] = json!(self.name);
        request["lines"][0]["amount"]["amount_minor"] = json!(amount_minor);
        let made = self
            .client
            .post("/api/sessions", None, &request.to_string())?;
        let id = made.body["id"]
            .as_str()
            .ok_or_else(|| format!("POST /api/sessions: HTTP {}: {}", made.status, made.body))?;
        let fetched = self.client.get(&format!("/api/sessions/{id}"))?;
        schema::check("SessionWithPasskeys", &fetched.body)?;
        let session: SessionWithPasskeys = serde_json::from_value(fetched.body.clone())
            .map_err(|e| format!("not a session ({e}): {}", fetched.body))?;
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

fn post(client: &Client, made: &Made, tail: &str, body: Value) -> Result<Reply, String> {
    client.post(&format!("{}{tail}", made.url), None, &body.to_string())
}

fn ask(made: &Made) -> Value {
    json!({ "version": 1, "method_id": made.method.id })
}

/// `reply` is a 200 (or `status`) whose body is the schema's `name`.
fn shaped(reply: &Reply, status: u16, name: &str) -> Result<(), String> {
    expect(reply.status == status, || {
        format!("expected {status}, got {}: {}", reply.status, reply.body)
    })?;
    schema::check(name, &reply.body)
}

/// The challenge is unpadded base64url of at least 16 bytes.
fn challenge(public_key: &Value) -> Result<(), String> {
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
fn confirm(
    client: &Client,
    made: &Made,
    key: &str,
    passkey: Option<Value>,
) -> Result<Value, String> {
    let mut body = confirm_body(client, &made.session.session, &made.method)?;
    if let Some(passkey) = passkey {
        body["passkey"] = passkey;
    }
    let confirm = format!("/api/sessions/{}/confirm", made.session.session.id);
    let reply = client.post(&confirm, Some(key), &body.to_string())?;
    result(&reply)?;
    Ok(reply.body)
}

fn paid(body: &Value) -> Result<(), String> {
    expect(body["status"] == "succeeded", || {
        format!("not succeeded: {body}")
    })
}

/// The confirm failed with `code` and charged nothing.
fn refused(answer: Result<Value, String>, code: &str) -> Result<(), String> {
    let body = answer?;
    expect(
        body["status"] == "failed" && body["error"]["code"] == code,
        || format!("expected failed `{code}`, got {body}"),
    )
}

/// Assertion options for `made`'s method, checked.
fn options(client: &Client, made: &Made) -> Result<Value, String> {
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
        confirmations(&buyer, device, report);
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

/// What a lying browser changes in its passkey before it answers.
type Lie = fn(&mut Authenticator);

/// The next sessions: listed, challenged for their total, every lie refused, the honest
/// passkey paid once, then forgotten.
fn confirmations(buyer: &Buyer, mut device: Authenticator, report: &mut Report) {
    let client = buyer.client;
    let (next, dear) = match (buyer.session(150), buyer.session(500)) {
        (Ok(Some(next)), Ok(Some(dear))) => (next, dear),
        (Err(why), _) | (_, Err(why)) => {
            return report.record(
                SECTION,
                "the buyer's next session lists the passkey",
                Err(why),
            );
        }
        _ => {
            let why = "the buyer's next session carries no passkeys".to_owned();
            return report.record(
                SECTION,
                "the buyer's next session lists the passkey",
                Err(why),
            );
        }
    };
    let listed = next.session.passkeys.as_ref().is_some_and(|p| {
        p.methods.iter().any(|m| {
            m.method_id == next.method.id && m.credentials.contains(&device.credential_id())
        })
    });
    report.record(
        SECTION,
        "the buyer's next session lists the passkey",
        expect(listed, || {
            format!("not listed: {:?}", next.session.passkeys)
        }),
    );
    let charge = next.session.session.charge(&next.method, None);
    let challenged = options(client, &next).and_then(|o| {
        challenge(&o["public_key"])?;
        expect(o["amount"]["amount_minor"] == charge.amount_minor, || {
            format!(
                "amount {}, the method charges {}",
                o["amount"], charge.amount_minor
            )
        })?;
        let allowed = o["public_key"]["allowCredentials"]
            .as_array()
            .is_some_and(|all| all.iter().any(|c| c["id"] == device.credential_id()));
        expect(allowed, || "allowCredentials lacks the passkey".into())
    });
    report.record(
        SECTION,
        "assertion options: the total, a fresh challenge, the passkey allowed",
        challenged,
    );
    let key = |what: &str| format!("{}-{what}", buyer.name);
    let tampered = options(client, &next).and_then(|o| {
        let mut liar = Authenticator::new(7);
        (liar.rp_id, liar.origin) = (device.rp_id.clone(), device.origin.clone());
        let mut assertion = liar.get(&o["public_key"]);
        let data = assertion["response"]["authenticatorData"]
            .as_str()
            .unwrap_or_default();
        // The signed counter's last byte, one higher: the signature no longer matches.
        let mut data = B64
            .decode(data)
            .map_err(|e| format!("authenticatorData: {e}"))?;
        let last = data.last_mut().ok_or("empty authenticatorData")?;
        *last = last.wrapping_add(1);
        assertion["response"]["authenticatorData"] = json!(B64.encode(data));
        refused(
            confirm(client, &next, &key("tampered"), Some(assertion)),
            "passkey_invalid",
        )
    });
    report.record(
        SECTION,
        "tampered authenticator data: failed passkey_invalid",
        tampered,
    );
    let lies: [(&str, Lie); 2] = [
        ("another origin: failed passkey_invalid", |d| {
            d.origin = "https://conformance.invalid".into()
        }),
        ("no verified buyer: failed passkey_invalid", |d| {
            d.flags = USER_PRESENT
        }),
    ];
    for (i, (name, lie)) in lies.into_iter().enumerate() {
        let told = options(client, &next).and_then(|o| {
            let mut liar = Authenticator::new(7);
            (liar.rp_id, liar.origin) = (device.rp_id.clone(), device.origin.clone());
            lie(&mut liar);
            let assertion = liar.get(&o["public_key"]);
            refused(
                confirm(client, &next, &key(&format!("lie{i}")), Some(assertion)),
                "passkey_invalid",
            )
        });
        report.record(SECTION, name, told);
    }
    let elsewhere = options(client, &dear).and_then(|o| {
        let assertion = device.get(&o["public_key"]);
        refused(
            confirm(client, &next, &key("elsewhere"), Some(assertion)),
            "passkey_invalid",
        )
    });
    report.record(
        SECTION,
        "an assertion for another session's total: failed passkey_invalid",
        elsewhere,
    );
    let honest = options(client, &next).map(|o| device.get(&o["public_key"]));
    let once = honest.clone().and_then(|assertion| {
        let first = confirm(client, &next, &key("honest"), Some(assertion.clone()))?;
        paid(&first)?;
        let again = confirm(client, &next, &key("honest"), Some(assertion))?;
        expect(again == first, || {
            format!("a replay answered {again}, not {first}")
        })
    });
    report.record(
        SECTION,
        "the verified passkey pays the total once, and its key replays the answer",
        once,
    );
    let replayed = honest.and_then(|assertion| {
        refused(
            confirm(client, &dear, &key("replayed"), Some(assertion)),
            "passkey_replayed",
        )
    });
    report.record(
        SECTION,
        "the same assertion in another session: failed passkey_replayed",
        replayed,
    );
    let stranger = options(client, &dear).and_then(|o| {
        let mut other = Authenticator::new(11);
        (other.rp_id, other.origin) = (device.rp_id.clone(), device.origin.clone());
        let assertion = other.get(&o["public_key"]);
        refused(
            confirm(client, &dear, &key("stranger"), Some(assertion)),
            "passkey_unknown",
        )
    });
    report.record(
        SECTION,
        "an unknown passkey: failed passkey_unknown",
        stranger,
    );
    forget(buyer, &dear, &device, report);
}

/// Forgets the passkey: accepted once, then unknown, and no longer offered; the method
/// still pays without one, so nothing the refusals did was a charge.
fn forget(buyer: &Buyer, made: &Made, device: &Authenticator, report: &mut Report) {
    let client = buyer.client;
    let body = json!({
        "version": 1, "method_id": made.method.id, "credential_id": device.credential_id()
    });
    let forgot = post(client, made, "/forget", body.clone())
        .and_then(|r| shaped(&r, 200, "PasskeyCredential"));
    report.record(SECTION, "a passkey is forgotten: 200", forgot);
    let gone =
        post(client, made, "/forget", body).and_then(|r| error_code(&r, 404, "passkey_unknown"));
    report.record(SECTION, "forgetting it again: 404 passkey_unknown", gone);
    let unoffered = post(client, made, "/assertion", ask(made))
        .and_then(|r| error_code(&r, 422, "passkey_unknown"));
    report.record(
        SECTION,
        "a method without passkeys is not challenged: 422 passkey_unknown",
        unoffered,
    );
    let plain =
        confirm(client, made, &format!("{}-plain", buyer.name), None).and_then(|b| paid(&b));
    report.record(
        SECTION,
        "after the refused passkeys, the method still pays without one",
        plain,
    );
}
