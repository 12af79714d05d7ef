//! Moving a waiting payment forward: by the buyer's action, by an outside event (a QR scan,
//! a transfer arriving, a wallet's decision) or by the clock (expiry). One path for all, so
//! each is safe to repeat: a payment that no longer waits answers its result unchanged. An
//! id that cannot exist is `payment_not_found` before the database is asked.

use crate::db::{self, Open};
use crate::error::Failure;
use crate::methods::Step;
use crate::{AppState, validate};
use micro_checkout_contract::{PaymentResult, PaymentStatus, codes};

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
        .write(move |conn| {
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
            let result = PaymentResult {
                status: step.status,
                next_action: step.next_action,
                poll_after_ms: step.poll_after_ms,
                error: step.error,
                ..current
            };
            let mut record = open.record;
            record.status = result.status.as_str().to_owned();
            record.error_code = match result.status {
                PaymentStatus::RequiresAction => None,
                _ => result.error.as_ref().map(|e| e.code.clone()),
            };
            let json = serde_json::to_string(&result).map_err(Failure::internal)?;
            db::update_payment(conn, &record, &json, &step.private.state)?;
            Ok(result)
        })
        .await
}
