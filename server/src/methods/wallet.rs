//! E-wallets (KakaoPay, Toss, PayPal…): the buyer approves on the wallet's own page.
//!
//! Test mode: the wallet page is served by this backend at `/wallet/{payment_id}`, with
//! Approve and Decline buttons. The decision is recorded server-side, so the widget's
//! `redirect_return` action only asks where the payment stands; it cannot claim approval.
//! A redirect-flow confirm needs an `http(s)` `return_url`.

use super::{Step, waiting};
use crate::error::Failure;
use micro_checkout_contract::{ConfirmRequest, NextAction, WalletFlow};
use serde::{Deserialize, Serialize};

/// What the server keeps while the buyer is on the wallet's page.
#[derive(Debug, Serialize, Deserialize)]
pub struct Pending {
    /// Where a redirect flow sends the buyer back.
    pub return_url: Option<String>,
}

/// Checks the return URL of a redirect flow.
pub fn check(flow: WalletFlow, request: &ConfirmRequest) -> Result<(), Failure> {
    let url = request.return_url.as_deref().unwrap_or("");
    let ok = (url.starts_with("https://") || url.starts_with("http://")) && url.len() <= 2000;
    match flow {
        WalletFlow::Redirect if !ok => Err(Failure::invalid(
            "return_url",
            "a redirect wallet needs return_url, an http(s) URL of at most 2000 characters",
        )),
        _ => Ok(()),
    }
}

/// Sends the buyer to the wallet's approval page.
pub fn start(request: &ConfirmRequest, payment_id: &str) -> Step {
    let pending = Pending {
        return_url: request.return_url.clone(),
    };
    let url = format!("/wallet/{payment_id}");
    waiting(NextAction::Redirect { url }, Some(3000), &pending)
}

/// The buyer's decision on the wallet page: a decline is the buyer's cancel.
pub fn decide(approved: bool) -> Step {
    if approved {
        Step::done(None)
    } else {
        super::canceled()
    }
}
