//! Carrier billing (휴대폰 결제): pick a carrier, give a phone number, type the one-time code.
//!
//! Test mode: the code is always `123456`; it expires after `otp_ttl` (180 s by default)
//! and a new one may be sent after `otp_resend_after` (30 s). Five wrong codes fail the
//! payment. A phone number ending in `0000` is refused by the carrier after the code.

use super::{Ctx, Step};
use crate::db::Private;
use crate::error::Failure;
use micro_checkout_contract::{
    Action, ConfirmRequest, ErrorInfo, NextAction, PaymentStatus, codes,
};
use serde::{Deserialize, Serialize};

/// The one-time code every test payment expects.
pub const TEST_OTP: &str = "123456";
/// Wrong codes allowed before the payment fails.
const MAX_TRIES: u32 = 5;

/// What the server keeps while it waits for the code.
#[derive(Debug, Serialize, Deserialize)]
struct Otp {
    code: String,
    expires_at_ms: i64,
    resend_at_ms: i64,
    tries: u32,
}

/// Checks the carrier and the phone number (E.164: `+`, then 8 to 15 digits).
pub fn check(carriers: &[String], request: &ConfirmRequest) -> Result<(), Failure> {
    match &request.carrier {
        Some(carrier) if carriers.contains(carrier) => {}
        _ => {
            return Err(Failure::invalid(
                "carrier",
                format!(
                    "carrier must be one of the method's carriers: {}",
                    carriers.join(", ")
                ),
            ));
        }
    }
    let phone = request.phone.as_deref().unwrap_or("");
    let digits = phone.strip_prefix('+').unwrap_or("");
    let valid = (8..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0');
    if valid {
        Ok(())
    } else {
        Err(Failure::invalid(
            "phone",
            "phone must be an E.164 number such as +821012345678",
        ))
    }
}

/// Sends the first code and waits for it.
pub fn start(request: &ConfirmRequest, ctx: Ctx) -> Step {
    let otp = fresh(ctx);
    waiting(otp, request.phone.clone(), None, ctx)
}

fn fresh(ctx: Ctx) -> Otp {
    Otp {
        code: TEST_OTP.to_owned(),
        expires_at_ms: ctx.now_ms + ctx.otp_ttl.as_millis() as i64,
        resend_at_ms: ctx.now_ms + ctx.otp_resend_after.as_millis() as i64,
        tries: 0,
    }
}

fn waiting(otp: Otp, phone: Option<String>, error: Option<&str>, ctx: Ctx) -> Step {
    let last4: String = phone
        .as_deref()
        .unwrap_or("")
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let seconds =
        |at_ms: i64| u32::try_from(((at_ms - ctx.now_ms).max(0) + 999) / 1000).unwrap_or(0);
    Step {
        status: PaymentStatus::RequiresAction,
        next_action: Some(NextAction::Otp {
            length: TEST_OTP.len() as u32,
            expires_in_s: seconds(otp.expires_at_ms),
            resend_in_s: seconds(otp.resend_at_ms),
            phone_hint: format!("•••• {last4}"),
        }),
        error: error.map(|code| ErrorInfo {
            code: code.to_owned(),
            retryable: true,
        }),
        poll_after_ms: None,
        private: Private {
            state: serde_json::to_string(&otp).unwrap_or_default(),
            phone,
        },
    }
}

fn end(status: PaymentStatus, code: Option<&str>, private: &Private) -> Step {
    Step {
        status,
        next_action: None,
        error: code.map(|code| ErrorInfo {
            code: code.to_owned(),
            retryable: false,
        }),
        poll_after_ms: None,
        private: private.clone(),
    }
}

/// Applies the buyer's code, a resend, or a cancel. Other actions do not apply.
pub fn act(private: &Private, action: &Action, ctx: Ctx) -> Option<Step> {
    let mut otp: Otp = serde_json::from_str(&private.state).ok()?;
    let phone = private.phone.clone();
    Some(match action {
        Action::Otp { .. } if ctx.now_ms > otp.expires_at_ms => {
            end(PaymentStatus::Failed, Some(codes::OTP_EXPIRED), private)
        }
        Action::Otp { code } if *code != otp.code => {
            otp.tries += 1;
            if otp.tries >= MAX_TRIES {
                end(PaymentStatus::Failed, Some(codes::OTP_INVALID), private)
            } else {
                waiting(otp, phone, Some(codes::OTP_INVALID), ctx)
            }
        }
        Action::Otp { .. } if phone.as_deref().is_some_and(|p| p.ends_with("0000")) => end(
            PaymentStatus::Failed,
            Some(codes::CARRIER_DECLINED),
            private,
        ),
        Action::Otp { .. } => end(PaymentStatus::Succeeded, None, private),
        Action::ResendOtp if ctx.now_ms < otp.resend_at_ms => {
            waiting(otp, phone, Some(codes::OTP_RESEND_TOO_SOON), ctx)
        }
        Action::ResendOtp => waiting(fresh(ctx), phone, None, ctx),
        Action::Cancel => end(
            PaymentStatus::Canceled,
            Some(codes::CANCELED_BY_BUYER),
            private,
        ),
        _ => return None,
    })
}
