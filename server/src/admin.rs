//! `GET /admin/payments`: a read-only list of what was charged, for people and tests.

use crate::AppState;
use crate::db::{self, PaymentRecord};
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
        .run(move |conn| db::payments(conn, filter.session_id.as_deref()))
        .await?;
    Ok(Json(list))
}
