//! The vault: single-use card tokens. It keeps a card's brand and last four digits, never
//! its number.

use super::Error;
use crate::methods::Card;
use rusqlite::{Connection, OptionalExtension, params};

/// Stores a new token for `card`.
pub fn insert_token(conn: &Connection, token: &str, card: &Card) -> Result<(), Error> {
    conn.prepare_cached("INSERT INTO tokens (token, brand, last4) VALUES (?1, ?2, ?3)")?
        .execute(params![token, card.brand, card.last4])?;
    Ok(())
}

/// Uses up `token` inside the caller's transaction: the card it stands for, or `None` if it
/// is unknown or already used. It is used up only if that transaction commits.
pub fn consume_token(conn: &Connection, token: &str) -> Result<Option<Card>, Error> {
    let card = conn
        .prepare_cached("SELECT brand, last4 FROM tokens WHERE token = ?1 AND used = 0")?
        .query_row([token], |r| {
            Ok(Card {
                brand: r.get(0)?,
                last4: r.get(1)?,
            })
        })
        .optional()?;
    if card.is_some() {
        conn.prepare_cached("UPDATE tokens SET used = 1 WHERE token = ?1")?
            .execute([token])?;
    }
    Ok(card)
}
