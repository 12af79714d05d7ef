//! The committed JSON Schema (`contract/schema/`) is the one the Rust types generate, and
//! every golden fixture is an instance of its message's schema.
//!
//! After changing a contract type, regenerate with
//! `UPDATE_SCHEMA=1 cargo test -p micro-checkout-contract --features schema --test schema`.

use micro_checkout_contract::*;
use schemars::{JsonSchema, schema_for};
use std::path::PathBuf;

fn schemas() -> Vec<(&'static str, serde_json::Value)> {
    fn one<T: JsonSchema>() -> serde_json::Value {
        serde_json::to_value(schema_for!(T)).unwrap()
    }
    vec![
        ("Session", one::<Session>()),
        ("CreateSessionRequest", one::<CreateSessionRequest>()),
        ("ConfirmRequest", one::<ConfirmRequest>()),
        ("PaymentResult", one::<PaymentResult>()),
        ("ActionRequest", one::<ActionRequest>()),
        ("TokenizeRequest", one::<TokenizeRequest>()),
        ("TokenizeResponse", one::<TokenizeResponse>()),
        ("ApiError", one::<ApiError>()),
        ("FunnelEvent", one::<FunnelEvent>()),
        ("PasskeyOptionsRequest", one::<PasskeyOptionsRequest>()),
        ("PasskeyCreationOptions", one::<PasskeyCreationOptions>()),
        ("PasskeyRegistration", one::<PasskeyRegistration>()),
        ("PasskeyCredential", one::<PasskeyCredential>()),
        ("PasskeyRequestOptions", one::<PasskeyRequestOptions>()),
        ("PasskeyConfirmRequest", one::<PasskeyConfirmRequest>()),
        ("SessionWithPasskeys", one::<SessionWithPasskeys>()),
    ]
}

#[test]
fn the_committed_schema_matches_the_types() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema");
    let update = std::env::var_os("UPDATE_SCHEMA").is_some();
    for (name, schema) in schemas() {
        let path = dir.join(format!("{name}.json"));
        let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &text).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!(
                "{} is missing; regenerate it (see this file's doc)",
                path.display()
            )
        });
        assert_eq!(
            committed,
            text,
            "{} is stale; regenerate it (see this file's doc)",
            path.display()
        );
    }
}
