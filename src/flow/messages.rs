//! The flow's messages: the events it reacts to, the effects it asks for, and the events the
//! host page receives. Pure data, like the rest of the flow.

use super::Problem;
use micro_checkout_contract::{
    Action, ConfirmRequest, PaymentResult, Session, TokenizeRequest, TokenizeResponse,
};

/// What the buyer entered for the selected method when tapping Pay. Components validate
/// fields before they build this; the flow only routes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Details {
    /// `card`: the card to tokenize (it goes to the tokenizer, never to confirm).
    pub card: Option<TokenizeRequest>,
    /// `carrier_billing`: the chosen carrier.
    pub carrier: Option<String>,
    /// `carrier_billing`: the phone number, E.164.
    pub phone: Option<String>,
    /// `wallet` redirects: the page the wallet sends the buyer back to.
    pub return_url: Option<String>,
}

/// Something that happened: a buyer's action or a backend's answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The session arrived.
    SessionLoaded(Session),
    /// Fetching the session failed.
    SessionFailed(Problem),
    /// The buyer chose a method.
    MethodSelected(String),
    /// The buyer opened or closed "Other ways to pay".
    OtherMethodsToggled,
    /// The buyer chose a top-up pack for a short balance.
    PackChosen(String),
    /// The selected method's fields became complete (`true`) or incomplete.
    FieldsChanged(bool),
    /// The buyer tapped Pay. `fresh_key` is a new random key the flow uses if it starts
    /// a new attempt; it is ignored when an attempt is in flight or being replayed.
    PayTapped {
        /// A freshly generated idempotency key.
        fresh_key: String,
        /// What the buyer entered for the selected method.
        details: Details,
    },
    /// The buyer asked to load the session again.
    Retry,
    /// The tokenizer answered with a token for the card.
    Tokenized(TokenizeResponse),
    /// Tokenizing the card failed; nothing was charged.
    TokenizeFailed(Problem),
    /// The confirm call answered.
    PaymentResolved(PaymentResult),
    /// The confirm call failed.
    ConfirmFailed(Problem),
    /// Polling the payment answered.
    PaymentPolled(PaymentResult),
    /// Polling the payment failed; the payment still stands where it was.
    PollFailed(Problem),
    /// The buyer typed or pasted the one-time code.
    OtpEntered(String),
    /// The buyer asked for a new one-time code.
    OtpResendTapped,
    /// A wallet or 3-D Secure page posted its result (`approved`, `authenticated`, …) for
    /// a payment. The flow accepts it only from the window the widget opened, at the
    /// origin of the URL it opened; the backend decides the outcome either way.
    PageReturned {
        /// The payment the page was for.
        payment_id: String,
        /// The page's result.
        result: String,
        /// `MessageEvent.origin`: who posted it.
        origin: String,
        /// True when `MessageEvent.source` is the frame or popup the widget opened.
        opened: bool,
    },
    /// The page loaded on a wallet's return URL for `payment_id` with `result`.
    ReturnedFromRedirect {
        /// The payment the wallet approved or declined.
        payment_id: String,
        /// The wallet's result parameter.
        result: String,
    },
    /// The buyer gave up on the payment waiting for them.
    CancelTapped,
    /// An action call answered.
    ActionAnswered(PaymentResult),
    /// An action call failed.
    ActionFailed(Problem),
    /// The browser's storage held an attempt on this session, from before a reload.
    Recalled(Pending),
    /// The buyer stopped waiting for an attempt whose outcome is unknown.
    StopWaiting,
    /// The browser went online (`true`) or offline.
    Connectivity(bool),
    /// The buyer asked to open the wallet's window again (it was blocked or closed).
    ReopenTapped,
    /// The buyer tapped a copy button beside this value of a transfer's details.
    CopyTapped(String),
}

/// An attempt that may still complete, kept in the browser's storage (keyed by the
/// session URL) so that a reload, a crash of the tab or a reopened session resumes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// A confirm was sent and its answer is unknown: replay it with the same key and body.
    Confirm {
        /// The idempotency key.
        key: String,
        /// The confirm body.
        request: ConfirmRequest,
    },
    /// The backend named a payment that was still waiting: ask where it stands.
    Payment {
        /// The backend's payment id.
        payment_id: String,
    },
}

/// Work for the edge to carry out.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Fetch the session.
    FetchSession,
    /// Send the card to the session's tokenizer.
    Tokenize {
        /// The tokenizer's URL, from the session.
        url: String,
        /// The card.
        card: TokenizeRequest,
    },
    /// Call confirm with this body and idempotency key, after `delay_ms`.
    Confirm {
        /// The confirm body.
        request: ConfirmRequest,
        /// The attempt's idempotency key.
        key: String,
        /// How long to wait first (0: at once).
        delay_ms: u32,
    },
    /// Ask where payment `payment_id` stands, after `delay_ms`.
    Poll {
        /// The payment to poll.
        payment_id: String,
        /// How long to wait first.
        delay_ms: u32,
    },
    /// Answer the payment's next action.
    Act {
        /// The payment.
        payment_id: String,
        /// What the buyer did.
        action: Action,
    },
    /// Put this text on the clipboard.
    Copy(String),
    /// Open a wallet's page: in a popup, or by leaving for it (a redirect flow).
    OpenPage {
        /// The page.
        url: String,
        /// True for a popup; false to navigate the whole page.
        popup: bool,
    },
    /// Tell the host page.
    Emit(HostEvent),
    /// Keep this attempt in the browser's storage for the session (`None`: forget it).
    Remember(Option<Pending>),
}

/// Events the host page receives, as `mc-<name>` DOM events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostEvent {
    /// The session is loaded and the widget is ready to pay.
    Ready {
        /// The session id.
        session_id: String,
    },
    /// The buyer selected a method.
    MethodSelected {
        /// The method id.
        method_id: String,
        /// Its kind, e.g. `carrier_billing`.
        kind: &'static str,
    },
    /// The selected method's fields became complete or incomplete.
    Change {
        /// The method id.
        method_id: String,
        /// Whether Pay can go ahead without more input.
        complete: bool,
    },
    /// A payment attempt started.
    Submit {
        /// The method id.
        method_id: String,
    },
    /// The buyer paid.
    Success {
        /// The payment id.
        payment_id: String,
    },
    /// A payment attempt's outcome is not known yet (its answer was lost, or the backend
    /// failed): the widget keeps checking with the same key. Not a failure.
    Pending {
        /// Why the outcome is unknown, e.g. `network`, `server_error`, `timeout`.
        code: String,
    },
    /// A payment attempt failed: nothing was charged.
    Failure {
        /// The machine code of the failure.
        code: String,
    },
    /// The widget hit an error that is not a payment outcome (e.g. loading failed).
    Error {
        /// The machine code of the error.
        code: String,
    },
    /// A step of the conversion funnel, carrying the session's A/B variant.
    Funnel {
        /// The step.
        step: micro_checkout_contract::FunnelStep,
        /// The method involved, if any.
        method_id: Option<String>,
        /// The session's A/B variant, if any.
        variant: Option<String>,
        /// Where the page services also send it: the session's `events_url`, resolved and
        /// allowed by the URL policy (`eventsUrl` in the detail, which they remove).
        events_url: Option<String>,
    },
}

impl HostEvent {
    /// The DOM event's name, e.g. `mc-method-selected`.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Ready { .. } => "mc-ready",
            HostEvent::MethodSelected { .. } => "mc-method-selected",
            HostEvent::Change { .. } => "mc-change",
            HostEvent::Submit { .. } => "mc-submit",
            HostEvent::Success { .. } => "mc-success",
            HostEvent::Pending { .. } => "mc-pending",
            HostEvent::Failure { .. } => "mc-failure",
            HostEvent::Error { .. } => "mc-error",
            HostEvent::Funnel { .. } => "mc-funnel",
        }
    }

    /// The event's `detail` as camelCase fields: text values, plus `complete` as a boolean.
    pub fn detail(&self) -> Vec<(&'static str, Field)> {
        let text = |s: &str| Field::Text(s.to_owned());
        match self {
            HostEvent::Ready { session_id } => vec![("sessionId", text(session_id))],
            HostEvent::MethodSelected { method_id, kind } => {
                vec![("methodId", text(method_id)), ("kind", text(kind))]
            }
            HostEvent::Change {
                method_id,
                complete,
            } => vec![
                ("methodId", text(method_id)),
                ("complete", Field::Flag(*complete)),
            ],
            HostEvent::Submit { method_id } => vec![("methodId", text(method_id))],
            HostEvent::Success { payment_id } => vec![("paymentId", text(payment_id))],
            HostEvent::Pending { code }
            | HostEvent::Failure { code }
            | HostEvent::Error { code } => {
                vec![("code", text(code))]
            }
            HostEvent::Funnel {
                step,
                method_id,
                variant,
                events_url,
            } => {
                let mut fields = vec![("step", text(step.name()))];
                for (name, value) in [
                    ("methodId", method_id),
                    ("variant", variant),
                    ("eventsUrl", events_url),
                ] {
                    if let Some(value) = value {
                        fields.push((name, text(value)));
                    }
                }
                fields
            }
        }
    }
}

/// A value in a host event's detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// A string.
    Text(String),
    /// A boolean.
    Flag(bool),
}
