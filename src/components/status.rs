//! `Status`: the live region that announces every outcome to screen readers and eyes.

use crate::flow::{Failure, State};
use crate::intl::Texts;
use yew::prelude::*;

/// Props of [`Status`].
#[derive(Properties, PartialEq)]
pub struct StatusProps {
    /// The messages of the negotiated locale.
    pub texts: Texts,
    /// The flow state to describe.
    pub state: State,
}

/// An always-present `aria-live` region holding the message for the current state.
#[component]
pub fn Status(props: &StatusProps) -> Html {
    let texts = props.texts;
    let (message, tone) = match &props.state {
        State::LoadingSession => (texts.get("loading", &[]), "mc-info"),
        State::LoadFailed(_) => (texts.get("load-failed", &[]), "mc-error"),
        State::Ready(_)
        | State::Tokenizing { .. }
        | State::Submitting { .. }
        | State::Acting { .. } => (String::new(), "mc-info"),
        State::Processing { .. } => (texts.get("status-processing", &[]), "mc-info"),
        State::Succeeded { .. } => (texts.get("status-succeeded", &[]), "mc-success"),
        State::Failed { failure, .. } => {
            let id = match failure {
                Failure::Declined(error) => {
                    let id = format!("decline-{}", error.code);
                    if texts.has(&id) {
                        id
                    } else {
                        "decline-other".to_owned()
                    }
                }
                Failure::Problem { problem, .. } if problem.outcome_unknown => {
                    "error-network".to_owned()
                }
                Failure::Problem { .. } => "error-rejected".to_owned(),
            };
            (texts.get(&id, &[]), "mc-error")
        }
    };
    html! {
        <p class={classes!("mc-status", tone)} role="status" aria-live="polite">{ message }</p>
    }
}
