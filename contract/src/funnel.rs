//! Funnel events: the steps of the conversion funnel the widget reports, and the batch it
//! sends to a session's `events_url` (contract 1.2).
//!
//! The widget sends a batch when the page hides, as `text/plain` JSON with `sendBeacon`, so
//! a backend reads the body whatever its content type. Events carry no personal data: the
//! step, the method's id and the session's variant. A browser's events are a measure, not a
//! record: what was paid is what the backend recorded.

use serde::{Deserialize, Serialize};

/// A step of the conversion funnel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FunnelStep {
    /// The checkout was shown, its best method first (`method_id`).
    Viewed,
    /// The buyer opened "Other ways to pay": the other methods were shown.
    MethodShown,
    /// The buyer selected another method (`method_id`).
    MethodSelected,
    /// The buyer tapped Pay (`method_id`).
    PayTapped,
    /// The payment asked the buyer for a step (a code, a QR, a wallet, a transfer, 3-D
    /// Secure).
    ActionRequired,
    /// The payment succeeded.
    Succeeded,
    /// The payment failed, or its call did (`method_id`, the method that failed).
    Failed,
    /// After a decline the next best method became the primary action (`method_id`).
    FallbackOffered,
    /// The buyer tapped Pay on a method after another one failed (`method_id`).
    FallbackUsed,
}

impl FunnelStep {
    /// Every step, in funnel order.
    pub const ALL: [FunnelStep; 9] = [
        FunnelStep::Viewed,
        FunnelStep::MethodShown,
        FunnelStep::MethodSelected,
        FunnelStep::PayTapped,
        FunnelStep::ActionRequired,
        FunnelStep::Succeeded,
        FunnelStep::Failed,
        FunnelStep::FallbackOffered,
        FunnelStep::FallbackUsed,
    ];

    /// The wire name, e.g. `pay_tapped`.
    pub fn name(self) -> &'static str {
        match self {
            FunnelStep::Viewed => "viewed",
            FunnelStep::MethodShown => "method_shown",
            FunnelStep::MethodSelected => "method_selected",
            FunnelStep::PayTapped => "pay_tapped",
            FunnelStep::ActionRequired => "action_required",
            FunnelStep::Succeeded => "succeeded",
            FunnelStep::Failed => "failed",
            FunnelStep::FallbackOffered => "fallback_offered",
            FunnelStep::FallbackUsed => "fallback_used",
        }
    }

    /// The step named `name` on the wire.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// One funnel event, as the widget sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FunnelEvent {
    /// The step.
    pub step: FunnelStep,
    /// The method involved: the one shown, selected, tapped or failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method_id: Option<String>,
    /// The session's A/B variant, as the widget read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
}

/// What the widget posts to `events_url`: the events since its last batch, oldest first.
pub type FunnelBatch = Vec<FunnelEvent>;

/// The most events a backend must accept in one batch; a longer batch may be refused.
pub const MAX_EVENTS_PER_BATCH: usize = 64;
