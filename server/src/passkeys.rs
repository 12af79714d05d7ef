//! Passkeys (contract 1.3): the relying party, what a session says of them, and the
//! assertion a confirm carries, verified with webauthn-rs before anything is charged.
//!
//! A session offers passkeys (`passkeys` in its answer) when the server has a relying party ([`Rp`]) and the merchant
//! named the buyer: passkeys are kept against the buyer and a saved method. The ceremonies'
//! endpoints are in `passkeys/endpoints.rs`.

pub mod endpoints;

use crate::db::{self, Presented, Purpose, Stored};
use crate::error::Failure;
use crate::{AppState, sessions};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use micro_checkout_contract::{
    ConfirmRequest, Method, MethodPasskeys, PasskeyAssertion, Session, SessionPasskeys,
    SessionWithPasskeys, codes,
};
use rusqlite::Connection;
use std::sync::Arc;
use std::time::Duration;
use webauthn_rs::prelude::{
    Passkey, PasskeyAuthentication, PublicKeyCredential, Url, Webauthn, WebauthnBuilder,
    WebauthnError,
};

/// How long a challenge stays good, and how long the browser's prompt may take.
pub const CHALLENGE_TTL: Duration = Duration::from_secs(300);

/// The relying party: the merchant site's RP ID and the origin its pages are served from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rp {
    /// The RP ID, e.g. `shop.example` (the origin's host or a registrable suffix of it).
    pub id: String,
    /// The page origin the assertions must come from, e.g. `https://shop.example`.
    pub origin: String,
    /// Accept the origin on any port (for a server on loopback, whose port varies).
    pub any_port: bool,
}

impl Default for Rp {
    /// `localhost` on any port: the demo and the tests, in a browser on this machine.
    fn default() -> Self {
        Self {
            id: "localhost".to_owned(),
            origin: "http://localhost".to_owned(),
            any_port: true,
        }
    }
}

impl Rp {
    /// The verifier for this relying party, or why the RP ID and origin do not fit together.
    pub fn webauthn(&self) -> Result<Arc<Webauthn>, String> {
        let origin = Url::parse(&self.origin).map_err(|e| format!("passkey origin: {e}"))?;
        WebauthnBuilder::new(&self.id, &origin)
            .map(|b| b.allow_any_port(self.any_port).timeout(CHALLENGE_TTL))
            .and_then(|b| b.build())
            .map(Arc::new)
            .map_err(|e| format!("passkey relying party {} at {}: {e}", self.id, self.origin))
    }
}

/// The session as answered: with `passkeys` (their URL, and the buyer's passkeys for each
/// saved method) when they are offered to this buyer.
pub async fn decorate(state: &AppState, session: Session) -> Result<SessionWithPasskeys, Failure> {
    if state.webauthn.is_none() {
        return Ok(SessionWithPasskeys {
            session,
            passkeys: None,
        });
    }
    let (id, saved) = (session.id.clone(), saved_ids(&session));
    let found = state
        .db
        .read(move |conn| -> Result<_, db::Error> {
            let Some(buyer) = db::session_buyer(conn, &id)? else {
                return Ok(None);
            };
            let mut found = Vec::new();
            for method_id in saved {
                let credentials: Vec<String> = db::passkeys(conn, &buyer, &method_id)?
                    .into_iter()
                    .map(|p| p.credential_id)
                    .collect();
                if !credentials.is_empty() {
                    found.push(MethodPasskeys {
                        method_id,
                        credentials,
                    });
                }
            }
            Ok(Some(found))
        })
        .await?;
    let passkeys = found.map(|methods| SessionPasskeys {
        url: format!("/api/sessions/{}/passkeys", session.id),
        methods,
    });
    Ok(SessionWithPasskeys { session, passkeys })
}

fn saved_ids(session: &Session) -> Vec<String> {
    session
        .methods
        .iter()
        .filter(|m| m.saved)
        .map(|m| m.id.clone())
        .collect()
}

/// The session, its buyer and its saved method `method_id`, for a passkey endpoint: 404
/// `not_found` when the session offers no passkeys, 422 `unknown_method` when it has no such
/// saved method.
pub async fn subject(
    state: &AppState,
    id: String,
    method_id: &str,
) -> Result<(Session, String, Method), Failure> {
    let session = sessions::load(state, id.clone()).await?;
    let buyer = match state.webauthn {
        Some(_) => state.db.read(move |c| db::session_buyer(c, &id)).await?,
        None => None,
    };
    let buyer = buyer
        .ok_or_else(|| Failure::not_found(codes::NOT_FOUND, "this session offers no passkeys"))?;
    let method = session
        .method(method_id)
        .filter(|m| m.saved)
        .cloned()
        .ok_or_else(|| {
            Failure::new(
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                codes::UNKNOWN_METHOD,
                format!("session has no saved method `{method_id}`"),
            )
        })?;
    Ok((session, buyer, method))
}

/// The challenge a browser signed over, read from its client data (base64url JSON).
pub fn signed_challenge(client_data_json: &str) -> Option<String> {
    let bytes = URL_SAFE_NO_PAD.decode(client_data_json).ok()?;
    let data: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    data.get("challenge")?.as_str().map(str::to_owned)
}

/// The contract's code for a ceremony webauthn-rs refused.
pub fn refusal(error: &WebauthnError) -> &'static str {
    match error {
        WebauthnError::CredentialPossibleCompromise => codes::PASSKEY_REPLAYED,
        WebauthnError::CredentialNotFound => codes::PASSKEY_UNKNOWN,
        _ => codes::PASSKEY_INVALID,
    }
}

/// What a confirm's passkey proves, checked in the unit of work that charges (so its
/// challenge is used up, and its counter moved on, only with the charge): `Ok` when the
/// assertion verifies for this session, method and charge, else the contract's code.
pub fn verify(
    tx: &Connection,
    (webauthn, passkey): (Option<&Webauthn>, Option<&PasskeyAssertion>),
    (session, method, request): (&Session, &Method, &ConfirmRequest),
    now_ms: i64,
) -> Result<Result<(), &'static str>, db::Error> {
    let Some(assertion) = passkey else {
        return Ok(Ok(()));
    };
    let (Some(webauthn), Some(buyer)) = (webauthn, db::session_buyer(tx, &session.id)?) else {
        return Ok(Err(codes::PASSKEY_UNKNOWN));
    };
    let Some(challenge) = signed_challenge(&assertion.response.client_data_json) else {
        return Ok(Err(codes::PASSKEY_INVALID));
    };
    let issued = match db::use_challenge(tx, &challenge, Purpose::Confirm)? {
        Presented::Unknown => return Ok(Err(codes::PASSKEY_INVALID)),
        Presented::Used => return Ok(Err(codes::PASSKEY_REPLAYED)),
        Presented::Fresh(issued) => issued,
    };
    let charge = session.charge(method, request.top_up_pack.as_deref());
    let bound = issued.session_id == session.id
        && issued.method_id == method.id
        && issued.amount == Some((charge.amount_minor, charge.currency.clone()))
        && issued.expires_at_ms > now_ms;
    if !bound {
        return Ok(Err(codes::PASSKEY_INVALID));
    }
    let stored = db::passkeys(tx, &buyer, &method.id)?;
    let Some(mut found) = stored.into_iter().find(|p| p.credential_id == assertion.id) else {
        return Ok(Err(codes::PASSKEY_UNKNOWN));
    };
    let Some(outcome) = check(webauthn, assertion, &issued.state, &found.passkey) else {
        return Ok(Err(codes::PASSKEY_INVALID));
    };
    match outcome {
        Ok(passkey) => {
            found.passkey = passkey;
            db::update_passkey(tx, &found)?;
            Ok(Ok(()))
        }
        Err(code) => Ok(Err(code)),
    }
}

/// Verifies `assertion` against the ceremony `state` and the stored `passkey` (both JSON):
/// the passkey's new JSON (its counter moved on), or the refusal's code; `None` when a
/// stored state or the assertion does not read.
fn check(
    webauthn: &Webauthn,
    assertion: &PasskeyAssertion,
    state: &str,
    passkey: &str,
) -> Option<Result<String, &'static str>> {
    let state: PasskeyAuthentication = serde_json::from_str(state).ok()?;
    let mut passkey: Passkey = serde_json::from_str(passkey).ok()?;
    let credential: PublicKeyCredential =
        serde_json::from_value(serde_json::to_value(assertion).ok()?).ok()?;
    Some(
        match webauthn.finish_passkey_authentication(&credential, &state) {
            Ok(result) if result.user_verified() => {
                passkey.update_credential(&result);
                serde_json::to_string(&passkey).map_err(|_| codes::PASSKEY_INVALID)
            }
            Ok(_) => Err(codes::PASSKEY_INVALID),
            Err(error) => Err(refusal(&error)),
        },
    )
}

/// A stored passkey as webauthn-rs reads it, and its id as the contract spells it.
pub fn stored(passkey: &Passkey) -> Result<Stored, Failure> {
    Ok(Stored {
        credential_id: URL_SAFE_NO_PAD.encode(passkey.cred_id().as_slice()),
        passkey: serde_json::to_string(passkey).map_err(Failure::internal)?,
    })
}
