//! Passkeys (docs/contract.md §3.2), after enrolment: the buyer's next sessions list the
//! passkey and challenge their total; every lie a browser could tell fails and charges
//! nothing; the honest passkey pays once; a forgotten passkey is no longer offered.

use super::{Buyer, Made, SECTION, ask, challenge, confirm, options, paid, post, refused, shaped};
use crate::conformance::Report;
use crate::conformance::checks::{error_code, expect};
use crate::conformance::rules::names_payment;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use micro_checkout_authenticator::{Authenticator, USER_PRESENT};
use serde_json::json;

/// What a lying browser changes in its passkey before it answers.
type Lie = fn(&mut Authenticator);

/// The next sessions: listed, challenged for their total, every lie refused, the honest
/// passkey paid once, then forgotten.
pub(super) fn all(buyer: &Buyer, mut device: Authenticator, report: &mut Report) {
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
        let mut assertion = device.clone().get(&o["public_key"]);
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
            // The device's own key, telling the lie; its counter stays where the backend has it.
            let mut liar = device.clone();
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
        })?;
        // The session names that one payment as its own (§3): the refusals before it
        // charged nothing that took its place.
        let id = first["payment_id"].as_str().unwrap_or_default();
        names_payment(client, &next.path, id)
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
