//! Funnel events (docs/contract.md §3.1), optional since 1.2: where a test session carries
//! `events_url`, a batch is kept whether it comes as `sendBeacon` sends it (`text/plain`) or
//! as JSON, and a bad batch is refused whole, with the code (and the field) the contract
//! gives. A backend whose sessions carry no `events_url` does not offer them: not checked.

use super::Report;
use super::checks::{error_code, expect, session};
use super::client::{Client, Reply};
use super::rules::invalid;
use micro_checkout_contract::{FunnelBatch, FunnelEvent, FunnelStep};

/// How `sendBeacon` labels a string body.
const BEACON: &str = "text/plain;charset=UTF-8";

/// The batch's answer is a 2xx.
fn kept(reply: &Reply) -> Result<(), String> {
    expect((200..300).contains(&reply.status), || {
        format!("expected a 2xx, got {}: {}", reply.status, reply.body)
    })
}

/// A batch of one event per step, as the contract's types write it.
fn batch(events: &[(FunnelStep, Option<&str>, Option<&str>)]) -> String {
    let events: FunnelBatch = events
        .iter()
        .map(|&(step, method_id, variant)| FunnelEvent {
            step,
            method_id: method_id.map(str::to_owned),
            variant: variant.map(str::to_owned),
        })
        .collect();
    serde_json::to_string(&events).unwrap_or_default()
}

/// Runs the checks of this file into `report`.
pub fn all(client: &Client, report: &mut Report) {
    let (url, s) = match session(client) {
        Ok((_, s)) => match s.events_url.clone() {
            Some(url) => (url, s),
            None => {
                let why = "the test sessions carry no events_url (optional since 1.2)";
                return report.not_checked("3.1", "funnel events", why);
            }
        },
        Err(why) => return report.record("3.1", "funnel events", Err(why)),
    };
    let post = |content_type, body: &str| client.post_as(&url, Some(content_type), None, body);
    let (method, variant) = (Some(s.default_method.as_str()), s.variant.as_deref());
    // Viewed, then Pay tapped, on the session's default method and variant.
    let good = batch(&[
        (FunnelStep::Viewed, method, variant),
        (FunnelStep::PayTapped, method, variant),
    ]);
    report.record(
        "3.1",
        "a batch as sendBeacon sends it (text/plain) is kept",
        post(BEACON, &good).and_then(|r| kept(&r)),
    );
    report.record(
        "3.1",
        "a batch sent as application/json is kept",
        post("application/json", &good).and_then(|r| kept(&r)),
    );
    for (name, body) in [
        (
            "JSON that is not an array of events is refused",
            r#"{"step":"viewed"}"#,
        ),
        (
            "a step the contract does not name is refused",
            r#"[{"step":"flying"}]"#,
        ),
        ("a body that is not JSON is refused", "viewed"),
    ] {
        let refused = post(BEACON, body).and_then(|r| error_code(&r, 400, "invalid_json"));
        report.record("3.1", name, refused);
    }
    let unknown = batch(&[(FunnelStep::MethodSelected, Some("no_such_method"), None)]);
    report.record(
        "3.1",
        "an event for a method the session does not offer is refused, naming its field",
        post(BEACON, &unknown).and_then(|r| invalid(&r, "events[0].method_id")),
    );
    let another = format!("{}-not", variant.unwrap_or("v"));
    let other = batch(&[(FunnelStep::Viewed, None, Some(&another))]);
    report.record(
        "3.1",
        "an event for another variant is refused, naming its field",
        post(BEACON, &other).and_then(|r| invalid(&r, "events[0].variant")),
    );
    report.record(
        "3.1",
        "an empty batch is refused",
        post(BEACON, "[]").and_then(|r| error_code(&r, 400, "invalid_request")),
    );
    report.record(
        "3.1",
        "a form body is refused with 415",
        post("application/x-www-form-urlencoded", "step=viewed").and_then(|r| {
            expect(r.status == 415, || {
                format!("expected 415, got {}", r.status)
            })
        }),
    );
}
