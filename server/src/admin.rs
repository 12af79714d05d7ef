//! `GET /admin/payments`: a read-only list of what was charged, for people and tests.
//! `GET /admin/storage`: what the database writer has committed, and in how many commits.

use crate::AppState;
use crate::db::{self, PaymentRecord, WriterStats};
use crate::error::Failure;
use axum::Json;
use axum::extract::{Query, State};
use serde::Deserialize;

/// Filters of the payment list.
#[derive(Debug, Deserialize)]
pub struct PaymentFilter {
    /// Only payments of this session.
    pub session_id: Option<String>,
}

/// Lists recorded payments, oldest first.
pub async fn payments(
    State(state): State<AppState>,
    Query(filter): Query<PaymentFilter>,
) -> Result<Json<Vec<PaymentRecord>>, Failure> {
    let list = state
        .db
        .read(move |conn| db::payments(conn, filter.session_id.as_deref()))
        .await?;
    Ok(Json(list))
}

/// Units of work committed and commits made since the server started: their ratio is how
/// many writes each fsync served.
pub async fn storage(State(state): State<AppState>) -> Json<WriterStats> {
    Json(state.db.stats())
}
