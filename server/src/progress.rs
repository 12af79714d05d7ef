//! Moving a waiting payment forward: by the buyer's action, by an outside event (a QR scan,
//! a transfer arriving, a wallet's decision) or by the clock (expiry). One path for all, so
//! each is safe to repeat: a payment that no longer waits answers its result unchanged. An
//! id that cannot exist is `payment_not_found` before the database is asked.

use crate::db::{self, Open};
use crate::error::Failure;
use crate::methods::{Outside, Step};
use crate::{AppState, validate};
use micro_checkout_contract::{Kind, PaymentResult, PaymentStatus, codes};

/// What moves a payment, given its stored state and current result.
pub type Mover = Box<dyn FnOnce(&Open) -> Result<Option<Step>, Failure> + Send>;

/// Applies `mover` to payment `payment_id` (of `session_id`, when given) if it still waits,
/// stores the new standing, and answers the payment's result.
pub async fn advance(
    state: &AppState,
    session_id: Option<String>,
    payment_id: String,
    mover: Mover,
) -> Result<PaymentResult, Failure> {
    let missing =
        || Failure::not_found(codes::PAYMENT_NOT_FOUND, "no such payment in this session");
    let ids = session_id.iter().chain([&payment_id]);
    if ids.into_iter().any(|id| validate::id("id", id).is_err()) {
        return Err(missing());
    }
    state
        .db
        .write(move |conn| -> Result<_, Failure> {
            let open =
                db::open_payment(conn, session_id.as_deref(), &payment_id)?.ok_or_else(missing)?;
            let current: PaymentResult =
                serde_json::from_str(&open.result).map_err(Failure::internal)?;
            if current.status != PaymentStatus::RequiresAction {
                return Ok(current);
            }
            let Some(step) = mover(&open)? else {
                return Ok(current);
            };
            let (result, private) = step.into_result(current.payment_id);
            let mut record = open.record;
            record.status = result.status.as_str().to_owned();
            record.error_code = match result.status {
                PaymentStatus::RequiresAction => None,
                _ => result.error.as_ref().map(|e| e.code.clone()),
            };
            let json = serde_json::to_string(&result).map_err(Failure::internal)?;
            db::update_payment(conn, &record, &json, &private.state)?;
            Ok(result)
        })
        .await
}

/// Applies an outside event to payment `payment_id` (of `session_id`, when given).
pub async fn apply(
    state: &AppState,
    session_id: Option<String>,
    payment_id: String,
    event: Outside,
) -> Result<PaymentResult, Failure> {
    let ctx = state.ctx();
    let mover: Mover = Box::new(move |open| {
        let kind = Kind::parse(&open.record.method_kind);
        Ok(kind.and_then(|kind| crate::methods::outside(kind, &open.private, event, ctx)))
    });
    advance(state, session_id, payment_id, mover).await
}

/// Expires a waiting payment whose time is up; used when it is polled and when its session
/// is fetched. A payment still waiting answers with the time actually left on its code, QR
/// or transfer, so a widget that resumes it after a reload shows the true countdown.
pub async fn tick(
    state: &AppState,
    session_id: String,
    payment_id: String,
) -> Result<PaymentResult, Failure> {
    let result = apply(
        state,
        Some(session_id.clone()),
        payment_id.clone(),
        Outside::Tick,
    )
    .await?;
    if result.status != PaymentStatus::RequiresAction {
        return Ok(result);
    }
    let open = state
        .db
        .read(move |conn| db::open_payment(conn, Some(&session_id), &payment_id))
        .await?;
    let now_ms = state.ctx().now_ms;
    Ok(match open {
        Some(open) => crate::methods::time_left(result, &open.private, now_ms),
        None => result,
    })
}
