//! Passkeys (contract 1.3, optional): a saved method confirmed with the buyer's fingerprint
//! or face, verified by the backend against the session, the method and the total.
//!
//! A session that offers them carries `passkeys` ([`SessionWithPasskeys`]): their URL, the
//! `passkey_url` the ceremonies' endpoints are under, and the credential ids of each saved
//! method that has some. The ceremonies' options and
//! answers are WebAuthn's own JSON forms (`PublicKeyCredentialCreationOptionsJSON`,
//! `RegistrationResponseJSON`, `PublicKeyCredentialRequestOptionsJSON`,
//! `AuthenticationResponseJSON`: camelCase members, binary as unpadded base64url), so a
//! browser's `PublicKeyCredential.parse…FromJSON` and `toJSON()` read and write them as they
//! are. Every challenge is the backend's, used once.

use crate::{ConfirmRequest, Money, Session};
use serde::{Deserialize, Serialize};

/// A session as a backend that offers passkeys answers it: the [`Session`]'s members and
/// `passkeys`. The widget reads sessions itself and keeps [`Session`] without them (the
/// fields cost the critical path 63 B brotli even unread, measured).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SessionWithPasskeys {
    /// The session's members.
    #[serde(flatten)]
    pub session: Session,
    /// Passkeys for this buyer. Absent: the backend offers none, and the widget shows
    /// nothing biometric.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkeys: Option<SessionPasskeys>,
}

/// A session's passkeys: where to ask for challenges, and the saved methods that have
/// passkeys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SessionPasskeys {
    /// The passkeys' URL (`passkey_url`): the ceremonies' endpoints are under it.
    pub url: String,
    /// Each saved method with passkeys, and their credential ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub methods: Vec<MethodPasskeys>,
}

/// A saved method's passkeys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MethodPasskeys {
    /// The saved method.
    pub method_id: String,
    /// The credential ids, base64url, that may confirm it.
    pub credentials: Vec<String>,
}

/// The body of `POST {passkey_url}/registration` (options to create a passkey) and of
/// `POST {passkey_url}/assertion` (options to confirm with one): which saved method.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PasskeyOptionsRequest {
    /// The contract version the widget speaks.
    pub version: u32,
    /// The saved method the passkey is (or will be) for.
    pub method_id: String,
}

/// The answer of `POST {passkey_url}/registration`: what `navigator.credentials.create`
/// takes as `publicKey`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PasskeyCreationOptions {
    /// The contract version.
    pub version: u32,
    /// The saved method the passkey will confirm.
    pub method_id: String,
    /// WebAuthn's `PublicKeyCredentialCreationOptionsJSON`.
    pub public_key: CreationOptions,
}

/// WebAuthn's `PublicKeyCredentialCreationOptionsJSON`, the members this contract uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct CreationOptions {
    /// The relying party: the merchant's site.
    pub rp: RelyingParty,
    /// Who the passkey belongs to (the merchant's opaque buyer, never an e-mail).
    pub user: PasskeyUser,
    /// The backend's challenge, base64url; used once.
    pub challenge: String,
    /// The signature algorithms the backend verifies, best first.
    pub pub_key_cred_params: Vec<CredentialParameter>,
    /// How long the browser's prompt may take, in ms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u32>,
    /// Passkeys this buyer already has for the method: not to be created twice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclude_credentials: Vec<CredentialDescriptor>,
    /// What kind of authenticator: one that verifies the buyer (`userVerification:
    /// "required"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authenticator_selection: Option<AuthenticatorSelection>,
    /// The attestation the backend wants (`none`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attestation: Option<String>,
}

/// WebAuthn's `PublicKeyCredentialRpEntity`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RelyingParty {
    /// The RP ID: the merchant page's domain (or a registrable suffix of it).
    pub id: String,
    /// The merchant's name.
    pub name: String,
}

/// WebAuthn's `PublicKeyCredentialUserEntityJSON`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct PasskeyUser {
    /// The user handle, base64url: opaque, at most 64 bytes.
    pub id: String,
    /// A name the authenticator may show when choosing a passkey.
    pub name: String,
    /// The name shown beside it.
    pub display_name: String,
}

/// WebAuthn's `PublicKeyCredentialParameters`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CredentialParameter {
    /// Always `public-key`.
    #[serde(rename = "type")]
    pub type_: String,
    /// A COSE algorithm: -7 is ES256, -257 RS256, -8 EdDSA.
    pub alg: i64,
}

/// WebAuthn's `PublicKeyCredentialDescriptorJSON`: one passkey, by id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CredentialDescriptor {
    /// Always `public-key`.
    #[serde(rename = "type")]
    pub type_: String,
    /// The credential id, base64url.
    pub id: String,
    /// How the authenticator was reached (`internal`, `hybrid`…), as it said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transports: Option<Vec<String>>,
}

/// WebAuthn's `AuthenticatorSelectionCriteria`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct AuthenticatorSelection {
    /// `platform` (this device's fingerprint or face) or `cross-platform`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authenticator_attachment: Option<String>,
    /// `discouraged`, `preferred` or `required`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resident_key: Option<String>,
    /// The older form of `resident_key: required`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_resident_key: Option<bool>,
    /// `required`: the authenticator must verify the buyer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_verification: Option<String>,
}

/// The body of `POST {passkey_url}`: the passkey the browser created, for the method.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PasskeyRegistration {
    /// The contract version the widget speaks.
    pub version: u32,
    /// The saved method the passkey confirms (the one the registration options named).
    pub method_id: String,
    /// WebAuthn's `RegistrationResponseJSON`.
    pub credential: RegistrationCredential,
}

/// WebAuthn's `RegistrationResponseJSON`, the members this contract uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RegistrationCredential {
    /// The credential id, base64url.
    pub id: String,
    /// The same id (WebAuthn sends both).
    pub raw_id: String,
    /// Always `public-key`.
    #[serde(rename = "type")]
    pub type_: String,
    /// What the authenticator answered.
    pub response: AttestationResponse,
}

/// WebAuthn's `AuthenticatorAttestationResponseJSON`, the members this contract uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct AttestationResponse {
    /// The client data the browser signed over, base64url.
    #[serde(rename = "clientDataJSON")]
    pub client_data_json: String,
    /// The attestation object (CBOR), base64url: the new public key and its flags.
    pub attestation_object: String,
    /// How the authenticator was reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transports: Option<Vec<String>>,
}

/// A passkey, by id, for a method: the answer of `POST {passkey_url}` (201, registered), and
/// the body and answer of `POST {passkey_url}/forget` (the backend no longer accepts it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PasskeyCredential {
    /// The contract version.
    pub version: u32,
    /// The saved method.
    pub method_id: String,
    /// The credential id, base64url.
    pub credential_id: String,
}

/// The answer of `POST {passkey_url}/assertion`: what `navigator.credentials.get` takes as
/// `publicKey`, bound by the backend to this session, this method and this total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PasskeyRequestOptions {
    /// The contract version.
    pub version: u32,
    /// The saved method to confirm.
    pub method_id: String,
    /// What the buyer is charged (what Secure Payment Confirmation shows).
    pub amount: Money,
    /// Who is paid: the merchant's name.
    pub payee: String,
    /// WebAuthn's `PublicKeyCredentialRequestOptionsJSON`.
    pub public_key: RequestOptions,
}

/// WebAuthn's `PublicKeyCredentialRequestOptionsJSON`, the members this contract uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RequestOptions {
    /// The backend's challenge, base64url; good for one confirm of this total.
    pub challenge: String,
    /// How long the browser's prompt may take, in ms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u32>,
    /// The RP ID the passkeys were created for.
    pub rp_id: String,
    /// The method's passkeys.
    pub allow_credentials: Vec<CredentialDescriptor>,
    /// `required`: the authenticator must verify the buyer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_verification: Option<String>,
}

/// The body of `POST {session}/confirm` with a saved method's passkey: a [`ConfirmRequest`]'s
/// members and `passkey`, the assertion `navigator.credentials.get` made with the challenge
/// of `POST {passkey_url}/assertion`. The backend verifies it before it charges; one that does
/// not verify fails the payment (`passkey_invalid`, `passkey_replayed`, `passkey_unknown`)
/// and charges nothing. A backend reads every confirm as this (without a passkey it is a
/// plain `ConfirmRequest`); the widget writes its bodies itself and keeps `ConfirmRequest`
/// small (the assertion's fields in it cost 460 B brotli of wasm, measured).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PasskeyConfirmRequest {
    /// The confirm's members.
    #[serde(flatten)]
    pub request: ConfirmRequest,
    /// The passkey's assertion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkey: Option<PasskeyAssertion>,
}

/// WebAuthn's `AuthenticationResponseJSON`: the signed assertion that goes with a confirm
/// ([`PasskeyConfirmRequest`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct PasskeyAssertion {
    /// The credential id, base64url.
    pub id: String,
    /// The same id.
    pub raw_id: String,
    /// Always `public-key`.
    #[serde(rename = "type")]
    pub type_: String,
    /// What the authenticator signed.
    pub response: AssertionResponse,
}

/// WebAuthn's `AuthenticatorAssertionResponseJSON`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct AssertionResponse {
    /// The client data (with the challenge and the origin), base64url.
    #[serde(rename = "clientDataJSON")]
    pub client_data_json: String,
    /// The authenticator data (RP ID hash, flags, counter), base64url.
    pub authenticator_data: String,
    /// The signature over both, base64url.
    pub signature: String,
    /// The user handle, base64url, when the authenticator gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_handle: Option<String>,
}
