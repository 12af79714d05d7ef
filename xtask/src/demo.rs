//! `cargo xtask demo [--port N] [--db PATH]`: builds the widget and runs the reference
//! backend, which serves the demo page, until Ctrl-C.

use crate::bootstrap;
use crate::sh::{Result, cmd, root, run, step};
use crate::widget;

/// Builds everything the demo needs, then runs the server in the foreground.
pub fn run_demo(port: u16, db: Option<String>) -> Result {
    let wasm = bootstrap::wasm_toolchain()?;
    bootstrap::wasm_bindgen_cli()?;
    bootstrap::node_modules()?;
    let dist = widget::build(wasm)?;
    step("Building the reference merchant backend");
    let server = crate::server::build(false)?;
    let db = db.unwrap_or_else(|| {
        root()
            .join("target/micro-checkout.db")
            .display()
            .to_string()
    });
    step("Starting the demo (Ctrl-C stops it)");
    run(cmd(server, &["--port", &port.to_string(), "--db", &db])
        .arg("--dist")
        .arg(&dist))
}
