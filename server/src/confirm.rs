//! `POST /api/sessions/{id}/confirm`: charge once per idempotency key, and once per session.
//!
//! A known key with the same request replays the stored answer (even a decline); a known key
//! with another request is refused; a key whose first request is still in flight, or a new
//! key while another attempt on the session is in flight, gets `idempotency_in_progress`
//! (retryable); a paid session refuses new keys. Otherwise the key is claimed, the method
//! charged in test mode, and the payment and answer recorded together. A confirm with a
//! passkey's assertion is charged only if it verifies (`passkeys.rs`), in the same unit of
//! work that uses up its challenge.
//!
//! Once claimed, the charge runs to its record on its own task: a client that hangs up or a
//! request that times out cannot leave it half done. A claim that a crash left in flight is
//! released after its lease (`Options::claim_lease`, `db/payments.rs`).

use crate::db::{self, Claim, PaymentRecord, TopUp};
use crate::error::Failure;
use crate::{AppState, body, guard, methods, passkeys, sessions, validate};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use micro_checkout_contract::{
    ConfirmRequest, IDEMPOTENCY_HEADER, Method, PasskeyAssertion, PasskeyConfirmRequest,
    PaymentResult, PaymentStatus, Session, codes,
};

/// Confirms a payment for session `id`.
pub async fn confirm(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Failure> {
    let key = idempotency_key(&headers)?;
    let full: PasskeyConfirmRequest = body::json(body)?;
    let request = full.request.clone();
    validate::version(request.version)?;
    let session = sessions::load(&state, id).await?;
    let method = session
        .method(&request.method_id)
        .ok_or_else(|| {
            Failure::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                codes::UNKNOWN_METHOD,
                format!("session has no method `{}`", request.method_id),
            )
        })?
        .clone();
    // The limits bound what the buyer pays: the total with the method's fee.
    if !method.accepts(session.total_with(&method).amount_minor) {
        return Err(Failure::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            codes::AMOUNT_OUT_OF_RANGE,
            format!("method `{}` does not accept this total", method.id),
        ));
    }
    methods::check(&method, &request)?;
    let ctx = state.ctx();
    guard::check(&state, (&session, &method, &request), &key, ctx.now_ms).await?;
    let fingerprint = fingerprint(&session.id, &full);
    let lease = db::Lease {
        now_ms: ctx.now_ms,
        lease_ms: state.lease_ms(),
    };
    let claim = {
        let (key, session_id, fingerprint) = (key.clone(), session.id.clone(), fingerprint);
        state
            .db
            .write(move |conn| db::claim(conn, &key, &session_id, &fingerprint, lease))
            .await?
    };
    let conflict = |code: &str, detail: &str| {
        let status = match code {
            codes::IDEMPOTENCY_KEY_REUSED => StatusCode::UNPROCESSABLE_ENTITY,
            _ => StatusCode::CONFLICT,
        };
        Err(Failure::new(status, code, detail))
    };
    let claimed_at = match claim {
        Claim::Claimed(at) => at,
        Claim::Replay(response) => return replay(&state, session.id, response).await,
        Claim::Reused => {
            return conflict(
                codes::IDEMPOTENCY_KEY_REUSED,
                "this Idempotency-Key was used for a different request",
            );
        }
        Claim::InFlight => {
            return conflict(
                codes::IDEMPOTENCY_IN_PROGRESS,
                "the first request with this Idempotency-Key is still being processed",
            );
        }
        Claim::SessionBusy => {
            return conflict(
                codes::IDEMPOTENCY_IN_PROGRESS,
                "another payment attempt on this session is still being processed",
            );
        }
        Claim::SessionCompleted => {
            return conflict(codes::SESSION_COMPLETED, "this session is already paid");
        }
    };
    if state.options.crash_after_claim {
        // Test only (`--crash-after-claim`): die as a power cut would, claim made, no charge.
        eprintln!("micro-checkout-server: crashing after the claim, as asked");
        std::process::abort();
    }
    // The key is ours and in flight: charge and record on a task of its own, which runs to
    // the end even if this request is dropped.
    let charge = tokio::spawn(charge(
        state,
        session,
        method,
        (request, full.passkey),
        key,
        claimed_at,
        ctx,
    ));
    charge.await.map_err(Failure::internal)?
}

/// The request's `Idempotency-Key`: 400 `missing_idempotency_key` without one, 400
/// `invalid_request` naming it when it is not 1 to 255 visible ASCII characters.
pub fn idempotency_key(headers: &HeaderMap) -> Result<String, Failure> {
    let key = headers
        .get(IDEMPOTENCY_HEADER)
        .ok_or_else(|| {
            Failure::new(
                StatusCode::BAD_REQUEST,
                codes::MISSING_IDEMPOTENCY_KEY,
                "confirm needs an Idempotency-Key header, one per purchase attempt",
            )
        })?
        .to_str()
        .map_err(|_| Failure::invalid("Idempotency-Key", "Idempotency-Key must be visible ASCII"))?
        .to_owned();
    validate::idempotency_key(&key)?;
    Ok(key)
}

/// What "the same request" means for a key (docs/contract.md §1.7): the session and the
/// decoded request's JSON value, so member order, whitespace and unknown members do not count.
pub fn fingerprint(session_id: &str, request: &PasskeyConfirmRequest) -> String {
    format!("{session_id}|{}", serde_json::json!(request))
}

/// Talks to the (simulated) processor, then charges and records in one commit.
async fn charge(
    state: AppState,
    session: Session,
    method: Method,
    (request, passkey): (ConfirmRequest, Option<PasskeyAssertion>),
    key: String,
    claimed_at: i64,
    ctx: methods::Ctx,
) -> Result<Response, Failure> {
    if !state.options.processor_latency.is_zero() {
        tokio::time::sleep(state.options.processor_latency).await;
    }
    let payment_id = format!("pay_{}", uuid::Uuid::new_v4().simple());
    let token = request.token.clone();
    let webauthn = state.webauthn.clone();
    let recorded = state
        .db
        .write(move |conn| -> Result<_, Failure> {
            let Some(card) = db::still_ours(conn, &key, claimed_at, token.as_deref())? else {
                return Ok(None);
            };
            let inputs = methods::Inputs { card, payment_id };
            let confirmed = (&session, &method, &request);
            let proof = (webauthn.as_deref(), passkey.as_ref());
            let step = match passkeys::verify(conn, proof, confirmed, ctx.now_ms)? {
                Ok(()) => methods::start(confirmed, &inputs, ctx),
                // The passkey does not prove the buyer: nothing is charged.
                Err(code) => methods::Step::done(Some((code, false))),
            };
            let (result, private) = step.into_result(inputs.payment_id);
            let payment = ledger((&session, &method, &request), &key, &result);
            let response = serde_json::to_string(&result).map_err(Failure::internal)?;
            db::record_charge(conn, &key, &payment, &response, &private)?;
            Ok(Some(response))
        })
        .await?;
    recorded.map(stored).ok_or_else(|| {
        Failure::new(
            StatusCode::CONFLICT,
            codes::IDEMPOTENCY_IN_PROGRESS,
            "this attempt's claim ran out and was taken over; ask again",
        )
    })
}

/// What the ledger records of a charge: what the Pay button showed (the total with the
/// method's fee, or a top-up pack's price), the fee, and a pack bought.
fn ledger(
    (session, method, request): (&Session, &Method, &ConfirmRequest),
    key: &str,
    result: &PaymentResult,
) -> PaymentRecord {
    let pack = request.top_up_pack.as_deref();
    let top_up = pack
        .and_then(|id| method.top_up_pack(id))
        .filter(|_| result.status == PaymentStatus::Succeeded)
        .map(|p| TopUp {
            pack: p.id.clone(),
            price_minor: p.price.amount_minor,
            credit_minor: p.credit.amount_minor,
            balance_debited_minor: session.total_with(method).amount_minor,
        });
    PaymentRecord {
        id: result.payment_id.clone(),
        session_id: session.id.clone(),
        amount_minor: session.charge(method, pack).amount_minor,
        fee_minor: session.fee_minor(method),
        top_up,
        currency: session.amount.currency.clone(),
        method: method.id.clone(),
        method_kind: method.kind.name().to_owned(),
        status: result.status.as_str().to_owned(),
        error_code: result.error.as_ref().map(|e| e.code.clone()),
        idempotency_key: key.to_owned(),
        created_at: String::new(),
    }
}

/// A replay: the attempt's payment as it stands now. The stored answer follows the payment
/// through every move; a payment still waiting is answered as a poll would be, with its
/// countdowns counted to now (and expired, if its time is up).
async fn replay(
    state: &AppState,
    session_id: String,
    response: String,
) -> Result<Response, Failure> {
    let result: PaymentResult = serde_json::from_str(&response).map_err(Failure::internal)?;
    if result.status != PaymentStatus::RequiresAction {
        return Ok(stored(response));
    }
    let now = crate::progress::tick(state, session_id, result.payment_id).await?;
    Ok(axum::Json(now).into_response())
}

/// A stored answer (a `PaymentResult` as JSON), answered as it was stored.
fn stored(json: String) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], json).into_response()
}
