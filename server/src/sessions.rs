//! `POST /api/sessions` and `GET /api/sessions/{id}`: creating and fetching sessions.

use crate::body;
use crate::db;
use crate::error::Failure;
use crate::{AppState, validate};
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderName, StatusCode, header};
use micro_checkout_contract::{
    CONTRACT_VERSION, CreateSessionRequest, MethodKind, PaymentStatus, Session,
    SessionWithPasskeys, codes,
};

/// Creates a session and answers 201 with it, and its path in `Location`.
pub async fn create(
    State(state): State<AppState>,
    body: Result<Bytes, BytesRejection>,
) -> Result<
    (
        StatusCode,
        [(HeaderName, String); 1],
        Json<SessionWithPasskeys>,
    ),
    Failure,
> {
    let request: CreateSessionRequest = body::json(body)?;
    let session = store(&state, request).await?;
    let session = crate::passkeys::decorate(&state, session).await?;
    let location = format!("/api/sessions/{}", session.session.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(session),
    ))
}

/// Validates and stores a new session.
pub async fn store(state: &AppState, request: CreateSessionRequest) -> Result<Session, Failure> {
    let amount = validate::session(&request)?;
    let id = format!("ses_{}", uuid::Uuid::new_v4().simple());
    let session = Session {
        version: CONTRACT_VERSION,
        events_url: Some(format!("/api/sessions/{id}/events")),
        id,
        merchant: request.merchant,
        lines: request.lines,
        amount,
        methods: request.methods,
        default_method: request.default_method,
        country: request.country,
        locale: request.locale,
        variant: request.variant,
        messages: request.messages,
        tokenize_url: None,
        payment: None,
    };
    let session = Session {
        tokenize_url: session
            .methods
            .iter()
            .any(|m| matches!(m.kind, MethodKind::Card { .. }))
            .then(|| "/vault/tokens".to_owned()),
        ..session
    };
    let body = serde_json::to_string(&session).map_err(Failure::internal)?;
    let id = session.id.clone();
    let buyer = request.buyer;
    state
        .db
        .write(move |conn| db::insert_session(conn, &id, &body, buyer.as_deref()))
        .await?;
    Ok(session)
}

/// Answers with session `id` and the payment that decides it (paid, or still in flight,
/// brought up to date as a poll would), or 404 `session_not_found`.
pub async fn get(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<SessionWithPasskeys>, Failure> {
    let mut session = load(&state, id.clone()).await?;
    let key = id.clone();
    let deciding = state
        .db
        .read(move |conn| db::deciding_payment(conn, &key))
        .await?;
    if let Some(payment_id) = deciding {
        let payment = crate::progress::tick(&state, id, payment_id).await?;
        // Expiry may have just ended it: only a paid or waiting payment decides the session.
        let decides = matches!(
            payment.status,
            PaymentStatus::Succeeded | PaymentStatus::Processing | PaymentStatus::RequiresAction
        );
        session.payment = decides.then(|| Box::new(payment));
    }
    Ok(Json(crate::passkeys::decorate(&state, session).await?))
}

/// Loads session `id` from the database.
pub async fn load(state: &AppState, id: String) -> Result<Session, Failure> {
    validate::id("session id", &id).map_err(|_| missing(&id))?;
    let key = id.clone();
    let body = state
        .db
        .read(move |conn| db::session_body(conn, &key))
        .await?
        .ok_or_else(|| missing(&id))?;
    serde_json::from_str(&body).map_err(Failure::internal)
}

fn missing(id: &str) -> Failure {
    Failure::not_found(
        codes::SESSION_NOT_FOUND,
        format!("no session with id `{id}`"),
    )
}
