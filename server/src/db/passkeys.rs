//! Passkeys and their challenges: each passkey is kept against the merchant's buyer and a
//! saved method, with its public key and signature counter (webauthn-rs's `Passkey`, as
//! JSON); each challenge against the session, the method and (to confirm) the total it was
//! issued for, with the ceremony's state, until it is used once or runs out.

use super::Error;
use rusqlite::{Connection, OptionalExtension, params};

/// What a ceremony's challenge is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Creating a passkey after a payment.
    Register,
    /// Confirming a payment with one.
    Confirm,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::Register => "register",
            Purpose::Confirm => "confirm",
        }
    }
}

/// A challenge as issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    /// The challenge, base64url, as the client data carries it.
    pub challenge: String,
    /// What it is for.
    pub purpose: Purpose,
    /// The session it was issued in.
    pub session_id: String,
    /// The saved method it was issued for.
    pub method_id: String,
    /// To confirm: the amount it binds, in minor units, and its currency.
    pub amount: Option<(i64, String)>,
    /// The ceremony's state (webauthn-rs's, as JSON).
    pub state: String,
    /// When it runs out, in Unix ms.
    pub expires_at_ms: i64,
}

/// Keeps a new challenge.
pub fn insert_challenge(conn: &Connection, c: &Challenge) -> Result<(), Error> {
    let (amount, currency) = c.amount.clone().unzip();
    conn.prepare_cached(
        "INSERT INTO passkey_challenges
           (challenge, purpose, session_id, method_id, amount_minor, currency, state, expires_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        c.challenge,
        c.purpose.as_str(),
        c.session_id,
        c.method_id,
        amount,
        currency,
        c.state,
        c.expires_at_ms
    ])?;
    Ok(())
}

/// How a challenge stands when it is presented.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Presented {
    /// Never issued, or issued for another purpose.
    Unknown,
    /// Used before: a replay.
    Used,
    /// Issued and unused; it is now used up, if the unit of work this runs in is kept.
    Fresh(Box<Challenge>),
}

/// Looks up `challenge` for `purpose` and, when it is unused, uses it up.
pub fn use_challenge(
    tx: &Connection,
    challenge: &str,
    purpose: Purpose,
) -> Result<Presented, Error> {
    let row = tx
        .prepare_cached(
            "SELECT session_id, method_id, amount_minor, currency, state, expires_at_ms, used
             FROM passkey_challenges WHERE challenge = ?1 AND purpose = ?2",
        )?
        .query_row(params![challenge, purpose.as_str()], |r| {
            let amount: Option<i64> = r.get(2)?;
            let currency: Option<String> = r.get(3)?;
            Ok((
                Challenge {
                    challenge: challenge.to_owned(),
                    purpose,
                    session_id: r.get(0)?,
                    method_id: r.get(1)?,
                    amount: amount.zip(currency),
                    state: r.get(4)?,
                    expires_at_ms: r.get(5)?,
                },
                r.get::<_, bool>(6)?,
            ))
        })
        .optional()?;
    Ok(match row {
        None => Presented::Unknown,
        Some((_, true)) => Presented::Used,
        Some((found, false)) => {
            tx.prepare_cached("UPDATE passkey_challenges SET used = 1 WHERE challenge = ?1")?
                .execute([challenge])?;
            Presented::Fresh(Box::new(found))
        }
    })
}

/// A registered passkey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    /// The credential id, base64url.
    pub credential_id: String,
    /// webauthn-rs's `Passkey`, as JSON: the public key and the counter.
    pub passkey: String,
}

/// The passkeys `buyer` registered for `method_id`, oldest first.
pub fn passkeys(conn: &Connection, buyer: &str, method_id: &str) -> Result<Vec<Stored>, Error> {
    let mut statement = conn.prepare_cached(
        "SELECT credential_id, passkey FROM passkeys
         WHERE buyer = ?1 AND method_id = ?2 ORDER BY rowid",
    )?;
    let rows = statement.query_map(params![buyer, method_id], |r| {
        Ok(Stored {
            credential_id: r.get(0)?,
            passkey: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Registers a passkey for `buyer`'s `method_id`; false when its id is registered already.
pub fn insert_passkey(
    tx: &Connection,
    buyer: &str,
    method_id: &str,
    passkey: &Stored,
) -> Result<bool, Error> {
    let added = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO passkeys (credential_id, buyer, method_id, passkey)
             VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![
            passkey.credential_id,
            buyer,
            method_id,
            passkey.passkey
        ])?;
    Ok(added == 1)
}

/// Keeps a passkey's new state (its counter) after it confirmed a payment.
pub fn update_passkey(tx: &Connection, passkey: &Stored) -> Result<(), Error> {
    tx.prepare_cached(
        "UPDATE passkeys SET passkey = ?2, last_used_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
         WHERE credential_id = ?1",
    )?
    .execute(params![passkey.credential_id, passkey.passkey])?;
    Ok(())
}

/// Forgets `buyer`'s passkey `credential_id` for `method_id`; false when there was none.
pub fn delete_passkey(
    tx: &Connection,
    buyer: &str,
    method_id: &str,
    credential_id: &str,
) -> Result<bool, Error> {
    let removed = tx
        .prepare_cached(
            "DELETE FROM passkeys WHERE credential_id = ?1 AND buyer = ?2 AND method_id = ?3",
        )?
        .execute(params![credential_id, buyer, method_id])?;
    Ok(removed == 1)
}
