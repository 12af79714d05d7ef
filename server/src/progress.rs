//! Moving a waiting payment forward: by the buyer's action, by an outside event (a QR scan,
//! a transfer arriving, a wallet's decision) or by the clock (expiry). One path for all, so
//! each is safe to repeat: a payment that no longer waits answers its result unchanged. An
//! id that cannot exist is `payment_not_found` before the database is asked.

use crate::db::{self, Open, Private};
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
    moved(state, session_id, payment_id, mover)
        .await
        .map(|(result, _)| result)
}

/// [`advance`], also answering the payment's private state as it now stands (what the
/// countdowns are counted from), read in the same unit of work.
async fn moved(
    state: &AppState,
    session_id: Option<String>,
    payment_id: String,
    mover: Mover,
) -> Result<(PaymentResult, Private), Failure> {
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
                return Ok((current, open.private));
            }
            let Some(step) = mover(&open)? else {
                return Ok((current, open.private));
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
            Ok((result, private))
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
    advance(state, session_id, payment_id, outside(state, event)).await
}

/// What moves a payment when `event` happens outside the widget.
fn outside(state: &AppState, event: Outside) -> Mover {
    let ctx = state.ctx();
    Box::new(move |open| {
        let kind = Kind::parse(&open.record.method_kind);
        Ok(kind.and_then(|kind| crate::methods::outside(kind, &open.private, event, ctx)))
    })
}

/// Expires a waiting payment whose time is up; used when it is polled and when its session
/// is fetched. A payment still waiting answers with the time actually left on its code, QR
/// or transfer, so a widget that resumes it after a reload shows the true countdown.
pub async fn tick(
    state: &AppState,
    session_id: String,
    payment_id: String,
) -> Result<PaymentResult, Failure> {
    let tick = outside(state, Outside::Tick);
    let (result, private) = moved(state, Some(session_id), payment_id, tick).await?;
    if result.status != PaymentStatus::RequiresAction {
        return Ok(result);
    }
    Ok(crate::methods::time_left(
        result,
        &private,
        state.ctx().now_ms,
    ))
}
