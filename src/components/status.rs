//! `Status`: the live region that announces every outcome to screen readers and eyes.

use super::Waiting;
use crate::el;
use crate::flow::{Failure, State};
use crate::intl::Texts;
use micro_checkout_contract::{codes, widget_codes};
use yew::prelude::*;

/// An always-present `aria-live` region holding the message for the current state. An
/// outcome takes focus (`data-mc-focus`), so keyboard users land on what happened.
pub struct Status<'a> {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// The flow state to describe.
    pub state: &'a State,
}

/// The message id for a failed attempt: the code's own wording where there is one.
fn failure_message(texts: &Texts, failure: &Failure) -> String {
    let own = |code: &str| {
        let id = format!("decline-{code}");
        texts.has(&id).then_some(id)
    };
    match failure {
        Failure::Declined(error)
            if [widget_codes::UNSAFE_URL, widget_codes::QR_UNREADABLE]
                .contains(&error.code.as_str()) =>
        {
            "decline-unusable".into()
        }
        Failure::Declined(error) => own(&error.code).unwrap_or_else(|| "decline-other".into()),
        Failure::Problem { problem, .. } if problem.code == codes::IDEMPOTENCY_IN_PROGRESS => {
            "error-in_progress".into()
        }
        Failure::Problem { problem, .. } if problem.outcome_unknown => "error-network".into(),
        Failure::Problem { problem, .. } => {
            own(&problem.code).unwrap_or_else(|| "error-rejected".into())
        }
    }
}

/// The region's class in each tone.
const INFO: &str = "mc-status mc-info";
/// See [`INFO`].
const ERROR: &str = "mc-status mc-error";
/// See [`INFO`].
const SUCCESS: &str = "mc-status mc-success";

impl Status<'_> {
    /// Renders the region.
    pub fn html(&self) -> Html {
        let props = self;
        let texts = props.texts;
        let (message, tone) = match props.state {
            State::LoadingSession => (texts.get("loading", &[]), INFO),
            State::LoadFailed(_) => (texts.get("load-failed", &[]), ERROR),
            State::Submitting { checkout, .. } if checkout.offline => {
                (texts.get("status-queued", &[]), INFO)
            }
            State::Ready(checkout) if checkout.offline => (texts.get("offline", &[]), INFO),
            State::Submitting { tries, .. } if *tries > 0 => {
                (texts.get("status-checking", &[]), INFO)
            }
            State::Ready(_)
            | State::Tokenizing { .. }
            | State::Submitting { .. }
            | State::Acting { .. } => (String::new(), INFO),
            State::Processing { .. } => (texts.get("status-processing", &[]), INFO),
            State::Succeeded { .. } => (texts.get("status-succeeded", &[]), SUCCESS),
            State::Failed { failure, .. } => {
                let id = failure_message(&texts, failure);
                (texts.get(&id, &[]), ERROR)
            }
        };
        let outcome = matches!(
            props.state,
            State::Succeeded { .. } | State::Failed { .. } | State::Processing { .. }
        );
        let check = matches!(props.state, State::Succeeded { .. })
            .then(|| el!("span", "class" = "mc-check", "aria-hidden" = "true").into());
        let busy = matches!(props.state, State::Processing { .. })
            || matches!(props.state, State::Submitting { tries, .. } if *tries > 0);
        el!(
            "p",
            "class" = tone,
            "role" = "status",
            "aria-live" = "polite",
            "tabindex" = outcome.then_some("-1"),
            "data-mc-focus" = outcome.then_some(""),
        )
        .maybe_child(check)
        .maybe_child(busy.then(Waiting::spinner))
        .text(message)
        .into()
    }
}
