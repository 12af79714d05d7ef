//! Fuzz target: every request and response type of the contract decoded from arbitrary bytes.
//! Decoding may refuse, never panic; what decodes encodes again and decodes to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use micro_checkout_contract::{
    ActionRequest, ApiError, ConfirmRequest, CreateSessionRequest, PaymentResult, Session,
    TokenizeRequest, TokenizeResponse,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

fn round_trip<T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug>(data: &[u8]) {
    if let Ok(value) = serde_json::from_slice::<T>(data) {
        let text = serde_json::to_string(&value).expect("a decoded value encodes");
        let again: T = serde_json::from_str(&text).expect("an encoded value decodes");
        assert_eq!(again, value, "{text}");
    }
}

fuzz_target!(|data: &[u8]| {
    round_trip::<Session>(data);
    round_trip::<CreateSessionRequest>(data);
    round_trip::<ConfirmRequest>(data);
    round_trip::<PaymentResult>(data);
    round_trip::<ActionRequest>(data);
    round_trip::<TokenizeRequest>(data);
    round_trip::<TokenizeResponse>(data);
    round_trip::<ApiError>(data);
});
