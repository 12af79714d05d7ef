//! A software passkey for the backend's tests and the conformance kit: a P-256 key that
//! answers WebAuthn's ceremonies as a platform authenticator that verified the buyer would
//! (attestation `none`), and can be told to lie (a flag, the origin, the RP ID).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// The flags' bits in the authenticator data.
pub const USER_PRESENT: u8 = 0x01;
/// The user was verified (fingerprint, face, PIN).
pub const USER_VERIFIED: u8 = 0x04;
const ATTESTED: u8 = 0x40;

/// One passkey on one device. A clone is the same passkey copied, counter and all.
#[derive(Clone)]
pub struct Authenticator {
    key: SigningKey,
    /// The credential id.
    pub id: Vec<u8>,
    /// The signature counter, moved on by each assertion.
    pub counter: u32,
    /// The page origin the browser reports in the client data.
    pub origin: String,
    /// The RP ID whose hash the authenticator data carries.
    pub rp_id: String,
    /// The flags each answer carries.
    pub flags: u8,
}

impl Authenticator {
    /// A passkey for `localhost`, as a browser at `http://localhost:8080` would use it;
    /// `seed` (any but 0) makes its key and credential id.
    pub fn new(seed: u8) -> Self {
        Self {
            key: SigningKey::from_slice(&[seed; 32]).unwrap(),
            id: vec![seed; 16],
            counter: 0,
            origin: "http://localhost:8080".to_owned(),
            rp_id: "localhost".to_owned(),
            flags: USER_PRESENT | USER_VERIFIED,
        }
    }

    /// The credential id as the contract spells it.
    pub fn credential_id(&self) -> String {
        B64.encode(&self.id)
    }

    fn client_data(&self, kind: &str, challenge: &str) -> Vec<u8> {
        serde_json::to_vec(&json!({
            "type": kind, "challenge": challenge, "origin": self.origin, "crossOrigin": false
        }))
        .unwrap()
    }

    fn auth_data(&self, extra: &[u8]) -> Vec<u8> {
        let mut data = Sha256::digest(self.rp_id.as_bytes()).to_vec();
        data.push(self.flags | if extra.is_empty() { 0 } else { ATTESTED });
        data.extend(self.counter.to_be_bytes());
        data.extend(extra);
        data
    }

    /// `navigator.credentials.create` with the backend's `publicKey` options: the
    /// `RegistrationResponseJSON` the browser would send.
    pub fn create(&self, public_key: &Value) -> Value {
        let challenge = public_key["challenge"].as_str().unwrap_or_default();
        let client_data = self.client_data("webauthn.create", challenge);
        let point = self.key.verifying_key().to_sec1_point(false);
        let (x, y) = point.as_bytes()[1..].split_at(32);
        let cose = Cbor::Map(vec![
            (Cbor::Int(1), Cbor::Int(2)),  // kty: EC2
            (Cbor::Int(3), Cbor::Int(-7)), // alg: ES256
            (Cbor::Int(-1), Cbor::Int(1)), // crv: P-256
            (Cbor::Int(-2), Cbor::Bytes(x.to_vec())),
            (Cbor::Int(-3), Cbor::Bytes(y.to_vec())),
        ])
        .encode();
        let mut attested = vec![0u8; 16]; // AAGUID
        attested.extend((self.id.len() as u16).to_be_bytes());
        attested.extend(&self.id);
        attested.extend(cose);
        let object = Cbor::Map(vec![
            (Cbor::Text("fmt"), Cbor::Text("none")),
            (Cbor::Text("attStmt"), Cbor::Map(vec![])),
            (
                Cbor::Text("authData"),
                Cbor::Bytes(self.auth_data(&attested)),
            ),
        ])
        .encode();
        json!({
            "id": self.credential_id(), "rawId": self.credential_id(), "type": "public-key",
            "response": {
                "clientDataJSON": B64.encode(client_data),
                "attestationObject": B64.encode(object),
                "transports": ["internal"]
            }
        })
    }

    /// `navigator.credentials.get` with the backend's `publicKey` options: the
    /// `AuthenticationResponseJSON` the browser would send. The counter moves on.
    pub fn get(&mut self, public_key: &Value) -> Value {
        self.counter += 1;
        let challenge = public_key["challenge"].as_str().unwrap_or_default();
        let client_data = self.client_data("webauthn.get", challenge);
        let auth_data = self.auth_data(&[]);
        let mut signed = auth_data.clone();
        signed.extend(Sha256::digest(&client_data));
        let signature: Signature = self.key.sign(&signed);
        json!({
            "id": self.credential_id(), "rawId": self.credential_id(), "type": "public-key",
            "response": {
                "clientDataJSON": B64.encode(client_data),
                "authenticatorData": B64.encode(auth_data),
                "signature": B64.encode(signature.to_der().as_bytes()),
            }
        })
    }
}

/// The CBOR the attestation object and the COSE key need.
enum Cbor {
    Int(i64),
    Bytes(Vec<u8>),
    Text(&'static str),
    Map(Vec<(Cbor, Cbor)>),
}

impl Cbor {
    fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut Vec<u8>) {
        match self {
            Cbor::Int(n) if *n >= 0 => head(out, 0, *n as u64),
            Cbor::Int(n) => head(out, 1, (-1 - n) as u64),
            Cbor::Bytes(b) => {
                head(out, 2, b.len() as u64);
                out.extend(b);
            }
            Cbor::Text(s) => {
                head(out, 3, s.len() as u64);
                out.extend(s.as_bytes());
            }
            Cbor::Map(pairs) => {
                head(out, 5, pairs.len() as u64);
                for (key, value) in pairs {
                    key.write(out);
                    value.write(out);
                }
            }
        }
    }
}

/// A CBOR item's head: its major type and its length (or value).
fn head(out: &mut Vec<u8>, major: u8, len: u64) {
    let major = major << 5;
    match len {
        0..=23 => out.push(major | len as u8),
        24..=0xff => out.extend([major | 24, len as u8]),
        _ => {
            out.push(major | 25);
            out.extend((len as u16).to_be_bytes());
        }
    }
}
