//! The fraud guard: velocity limits per session and per phone, and a spending cap per phone
//! for carrier billing, whose limits are abused for cash-out schemes.
//!
//! | rule | limit | answer |
//! |------|-------|--------|
//! | confirm attempts (distinct keys) per session | 10 per 10 minutes | 429 `velocity_limit` |
//! | carrier-billing attempts (distinct keys) per phone | 5 per 10 minutes | 429 `velocity_limit` |
//! | carrier billing per phone, 30 days | ₩300,000, ¥30,000, else 100 major units | 422 `spending_cap` |

use crate::error::Failure;
use crate::{AppState, db};
use axum::http::StatusCode;
use micro_checkout_contract::{ConfirmRequest, Method, MethodKind, Session, codes};

const WINDOW_MS: i64 = 10 * 60 * 1000;
const PER_SESSION: i64 = 10;
const PER_PHONE: i64 = 5;

/// The carrier-billing cap per phone over 30 days, in minor units of `currency`.
pub fn phone_cap(currency: &str, exponent: u32) -> i64 {
    match currency {
        "KRW" => 300_000,
        "JPY" => 30_000,
        _ => 100 * 10i64.pow(exponent.min(6)),
    }
}

/// Counts a new attempt and refuses it when a limit would be passed.
pub async fn check(
    state: &AppState,
    (session, method, request): (&Session, &Method, &ConfirmRequest),
    key: &str,
    now_ms: i64,
) -> Result<(), Failure> {
    let (session_id, key) = (session.id.clone(), key.to_owned());
    let attempt = key.clone();
    let per_session = state
        .db
        .write(move |conn| {
            db::count_attempt(conn, ("session", &session_id, &attempt), now_ms, WINDOW_MS)
        })
        .await?;
    if per_session > PER_SESSION {
        return Err(too_many("this session"));
    }
    let (MethodKind::CarrierBilling { .. }, Some(phone)) = (&method.kind, request.phone.clone())
    else {
        return Ok(());
    };
    // What this payment would charge: the total with the method's fee.
    let total = session.total_with(method);
    let (currency, amount) = (total.currency, total.amount_minor);
    let cap = phone_cap(&currency, session.amount.exponent);
    let (per_phone, spent) = state
        .db
        .write(move |conn| -> Result<_, Failure> {
            let count = db::count_attempt(conn, ("phone", &phone, &key), now_ms, WINDOW_MS)?;
            Ok((count, db::phone_spent(conn, &phone, &currency)?))
        })
        .await?;
    if per_phone > PER_PHONE {
        return Err(too_many("this phone number"));
    }
    if spent.saturating_add(amount) > cap {
        return Err(Failure::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            codes::SPENDING_CAP,
            format!("this phone may be billed {cap} minor units per 30 days; {spent} are used"),
        ));
    }
    Ok(())
}

fn too_many(what: &str) -> Failure {
    Failure::new(
        StatusCode::TOO_MANY_REQUESTS,
        codes::VELOCITY_LIMIT,
        format!("too many payment attempts for {what}; try again later"),
    )
}
