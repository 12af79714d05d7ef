//! The passkey ceremonies' endpoints, under a session's `passkey_url`:
//! `POST …/registration` (options to create one, once the method paid the session),
//! `POST …` (the created passkey), `POST …/assertion` (options to confirm with one, bound to
//! the session, the method and the total) and `POST …/forget`.

use super::{CHALLENGE_TTL, refusal, signed_challenge, stored, subject};
use crate::db::{self, Challenge, Presented, Purpose};
use crate::error::Failure;
use crate::{AppState, body, validate};
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use micro_checkout_contract::{
    CONTRACT_VERSION, CreationOptions, Method, MethodKind, PasskeyCreationOptions,
    PasskeyCredential, PasskeyOptionsRequest, PasskeyRegistration, PasskeyRequestOptions,
    RequestOptions, codes,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use webauthn_rs::prelude::{
    Passkey, PasskeyRegistration as Ceremony, RegisterPublicKeyCredential, Uuid, Webauthn,
};

fn webauthn(state: &AppState) -> Result<&Webauthn, Failure> {
    state
        .webauthn
        .as_deref()
        .ok_or_else(|| Failure::not_found(codes::NOT_FOUND, "this session offers no passkeys"))
}

/// One wire shape read as another with the same JSON (webauthn-rs's and the contract's).
fn convert<T: DeserializeOwned>(value: &impl Serialize) -> Result<T, Failure> {
    serde_json::from_value(serde_json::to_value(value).map_err(Failure::internal)?)
        .map_err(Failure::internal)
}

fn refused(code: &str, reason: impl Into<String>) -> Failure {
    Failure::new(StatusCode::UNPROCESSABLE_ENTITY, code, reason)
}

/// Whether `method_id` paid session `id`: a payment with it succeeded.
async fn paid_with(state: &AppState, id: String, method_id: String) -> Result<bool, Failure> {
    let records = state.db.read(move |c| db::payments(c, Some(&id))).await?;
    Ok(records
        .iter()
        .any(|r| r.method == method_id && r.status == "succeeded"))
}

/// Keeps a challenge just issued, with its ceremony's state, for its one use.
async fn keep(
    state: &AppState,
    (purpose, session_id, method_id, amount): (Purpose, &str, &str, Option<(i64, String)>),
    challenge: &str,
    ceremony: &impl Serialize,
) -> Result<(), Failure> {
    let challenge = Challenge {
        challenge: challenge.to_owned(),
        purpose,
        session_id: session_id.to_owned(),
        method_id: method_id.to_owned(),
        amount,
        state: serde_json::to_string(ceremony).map_err(Failure::internal)?,
        expires_at_ms: state.ctx().now_ms + CHALLENGE_TTL.as_millis() as i64,
    };
    Ok(state
        .db
        .write(move |conn| db::insert_challenge(conn, &challenge))
        .await?)
}

/// What the passkey is called in the browser's list: the method's label, or a card's brand
/// and last four digits ("visa •••• 4242"), or its id.
fn shown_name(method: &Method) -> String {
    match (&method.label, &method.kind) {
        (Some(label), _) => label.clone(),
        (None, MethodKind::SavedCard { brand, last4 }) => format!("{brand} •••• {last4}"),
        (None, _) => method.id.clone(),
    }
}

/// The stored passkeys of `buyer`'s `method_id`, as webauthn-rs reads them.
async fn passkeys_of(
    state: &AppState,
    buyer: String,
    method_id: String,
) -> Result<Vec<Passkey>, Failure> {
    let stored = state
        .db
        .read(move |c| db::passkeys(c, &buyer, &method_id))
        .await?;
    stored
        .iter()
        .map(|p| serde_json::from_str(&p.passkey).map_err(Failure::internal))
        .collect()
}

/// `POST {passkey_url}/registration`: options to create a passkey for the saved method
/// that paid this session.
pub async fn registration(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<PasskeyCreationOptions>, Failure> {
    let request: PasskeyOptionsRequest = body::json(body)?;
    validate::version(request.version)?;
    let webauthn = webauthn(&state)?;
    let (session, buyer, method) = subject(&state, id, &request.method_id).await?;
    if !paid_with(&state, session.id.clone(), method.id.clone()).await? {
        return Err(Failure::invalid(
            "method_id",
            "a passkey is created for the saved method that paid the session",
        ));
    }
    let existing = passkeys_of(&state, buyer.clone(), method.id.clone()).await?;
    let exclude = existing.iter().map(|p| p.cred_id().clone()).collect();
    let user = Uuid::new_v5(&Uuid::NAMESPACE_OID, buyer.as_bytes());
    let name = shown_name(&method);
    let (options, ceremony) = webauthn
        .start_passkey_registration(user, &name, &name, Some(exclude))
        .map_err(Failure::internal)?;
    let mut public_key: CreationOptions = convert(&options.public_key)?;
    // The name the browser's prompt shows for the site: the merchant's.
    public_key.rp.name = session.merchant.clone();
    let issued = (
        Purpose::Register,
        session.id.as_str(),
        method.id.as_str(),
        None,
    );
    keep(&state, issued, &public_key.challenge, &ceremony).await?;
    Ok(Json(PasskeyCreationOptions {
        version: CONTRACT_VERSION,
        method_id: method.id,
        public_key,
    }))
}

/// `POST {passkey_url}`: registers the passkey the browser created, 201.
pub async fn register(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<(StatusCode, Json<PasskeyCredential>), Failure> {
    let request: PasskeyRegistration = body::json(body)?;
    validate::version(request.version)?;
    let webauthn = webauthn(&state)?.clone();
    let (session, buyer, method) = subject(&state, id, &request.method_id).await?;
    let challenge = signed_challenge(&request.credential.response.client_data_json)
        .ok_or_else(|| refused(codes::PASSKEY_INVALID, "the client data has no challenge"))?;
    let credential: RegisterPublicKeyCredential = serde_json::from_value(
        serde_json::to_value(&request.credential).map_err(Failure::internal)?,
    )
    .map_err(|e| {
        refused(
            codes::PASSKEY_INVALID,
            format!("the credential does not read: {e}"),
        )
    })?;
    let now_ms = state.ctx().now_ms;
    let method_id = method.id.clone();
    let registered = state
        .db
        .write(move |conn| -> Result<Result<_, Failure>, Failure> {
            let issued = match db::use_challenge(conn, &challenge, Purpose::Register)? {
                Presented::Unknown => {
                    return Ok(Err(refused(codes::PASSKEY_INVALID, "no such challenge")));
                }
                Presented::Used => {
                    return Ok(Err(refused(
                        codes::PASSKEY_REPLAYED,
                        "the challenge was used",
                    )));
                }
                Presented::Fresh(issued) => issued,
            };
            if issued.session_id != session.id
                || issued.method_id != method_id
                || issued.expires_at_ms <= now_ms
            {
                return Ok(Err(refused(
                    codes::PASSKEY_INVALID,
                    "the challenge is for another session or method, or ran out",
                )));
            }
            let ceremony: Ceremony =
                serde_json::from_str(&issued.state).map_err(Failure::internal)?;
            let passkey = match webauthn.finish_passkey_registration(&credential, &ceremony) {
                Ok(passkey) => passkey,
                Err(e) => return Ok(Err(refused(refusal(&e), format!("not registered: {e}")))),
            };
            let row = stored(&passkey)?;
            if !db::insert_passkey(conn, &buyer, &method_id, &row)? {
                return Ok(Err(refused(
                    codes::PASSKEY_INVALID,
                    "that passkey is registered already",
                )));
            }
            Ok(Ok(row.credential_id))
        })
        .await??;
    Ok((
        StatusCode::CREATED,
        Json(PasskeyCredential {
            version: CONTRACT_VERSION,
            method_id: method.id,
            credential_id: registered,
        }),
    ))
}

/// `POST {passkey_url}/assertion`: options to confirm this session's total with one of the
/// method's passkeys.
pub async fn assertion(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<PasskeyRequestOptions>, Failure> {
    let request: PasskeyOptionsRequest = body::json(body)?;
    validate::version(request.version)?;
    let webauthn = webauthn(&state)?;
    let (session, buyer, method) = subject(&state, id, &request.method_id).await?;
    let passkeys = passkeys_of(&state, buyer, method.id.clone()).await?;
    if passkeys.is_empty() {
        return Err(refused(codes::PASSKEY_UNKNOWN, "the method has no passkey"));
    }
    let (options, ceremony) = webauthn
        .start_passkey_authentication(&passkeys)
        .map_err(Failure::internal)?;
    let public_key: RequestOptions = convert(&options.public_key)?;
    let amount = session.total_with(&method);
    let bound = Some((amount.amount_minor, amount.currency.clone()));
    let issued = (
        Purpose::Confirm,
        session.id.as_str(),
        method.id.as_str(),
        bound,
    );
    keep(&state, issued, &public_key.challenge, &ceremony).await?;
    Ok(Json(PasskeyRequestOptions {
        version: CONTRACT_VERSION,
        method_id: method.id,
        amount,
        payee: session.merchant,
        public_key,
    }))
}

/// `POST {passkey_url}/forget`: the backend no longer accepts the passkey; 404
/// `passkey_unknown` when the method has no such passkey.
pub async fn forget(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<PasskeyCredential>, Failure> {
    let request: PasskeyCredential = body::json(body)?;
    validate::version(request.version)?;
    webauthn(&state)?;
    let (_, buyer, method) = subject(&state, id, &request.method_id).await?;
    let credential_id = request.credential_id.clone();
    let removed = state
        .db
        .write(move |c| db::delete_passkey(c, &buyer, &method.id, &credential_id))
        .await?;
    if !removed {
        return Err(Failure::not_found(
            codes::PASSKEY_UNKNOWN,
            "the method has no such passkey",
        ));
    }
    Ok(Json(request))
}
