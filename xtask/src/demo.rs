//! `cargo xtask demo [--port N] [--db PATH] [--seed-funnel]`: builds the widget and runs the
//! reference backend, which serves the demo page, until Ctrl-C. `--seed-funnel` first plays
//! a generated A/B test into it (`seed.rs`), so that `/admin/report` has figures.

use crate::bootstrap;
use crate::sh::{Result, cmd, root, run, step};
use crate::widget;

/// Builds everything the demo needs, then runs the server in the foreground (seeding the
/// report first when `seed` is set).
pub fn run_demo(port: u16, db: Option<String>, seed: bool) -> Result {
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
    let mut command = cmd(server, &["--port", &port.to_string(), "--db", &db]);
    command.arg("--dist").arg(&dist);
    if !seed {
        return run(&mut command);
    }
    let running = crate::server::listen(command, port, false)?;
    crate::seed::funnel(&format!("http://127.0.0.1:{port}"))?;
    running.wait()
}
