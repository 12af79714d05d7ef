//! Validates answers against the committed JSON Schema of the contract (`contract/schema/`),
//! the published form of the contract that any backend can be checked against.

use serde_json::Value;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The committed schemas, embedded at build time.
const SCHEMAS: &[(&str, &str)] = &[
    (
        "Session",
        include_str!("../../../contract/schema/Session.json"),
    ),
    (
        "PaymentResult",
        include_str!("../../../contract/schema/PaymentResult.json"),
    ),
    (
        "ApiError",
        include_str!("../../../contract/schema/ApiError.json"),
    ),
    (
        "TokenizeResponse",
        include_str!("../../../contract/schema/TokenizeResponse.json"),
    ),
    (
        "SessionWithPasskeys",
        include_str!("../../../contract/schema/SessionWithPasskeys.json"),
    ),
    (
        "PasskeyCreationOptions",
        include_str!("../../../contract/schema/PasskeyCreationOptions.json"),
    ),
    (
        "PasskeyRequestOptions",
        include_str!("../../../contract/schema/PasskeyRequestOptions.json"),
    ),
    (
        "PasskeyCredential",
        include_str!("../../../contract/schema/PasskeyCredential.json"),
    ),
];

fn validators() -> &'static HashMap<&'static str, jsonschema::Validator> {
    static VALIDATORS: OnceLock<HashMap<&'static str, jsonschema::Validator>> = OnceLock::new();
    VALIDATORS.get_or_init(|| {
        SCHEMAS
            .iter()
            .map(|(name, text)| {
                let schema: Value = serde_json::from_str(text).expect("committed schemas are JSON");
                let validator =
                    jsonschema::validator_for(&schema).expect("committed schemas compile");
                (*name, validator)
            })
            .collect()
    })
}

/// Checks `value` against the schema of message `name`.
pub fn check(name: &str, value: &Value) -> Result<(), String> {
    let validator = validators()
        .get(name)
        .ok_or_else(|| format!("no schema named {name}"))?;
    validator.validate(value).map_err(|e| {
        format!(
            "does not match the {name} schema at `{}`: {e}",
            e.instance_path()
        )
    })
}
