//! `cargo xtask chaos [--faults N]`: the fault-injection run (`e2e/chaos.mjs`), a command
//! with figures like the benchmarks. Buyers in real Chromium pay through a fault-injecting
//! proxy (dropped, truncated, 502/503, held and duplicated answers, a throttled network)
//! while they tap twice, reload and go offline. It prints, per fault kind, duplicate
//! charges, buyers left without a result after 60 s, and screens that contradict the
//! backend's records, and fails if any is not zero. `cargo xtask test` runs 100 faults.

use crate::bootstrap::{self, Browser};
use crate::sh::{Result, cmd, root, run, step};
use crate::widget;
use std::path::Path;

/// How many faults `cargo xtask test` injects.
pub const CI_FAULTS: u32 = 100;

/// How many faults `cargo xtask chaos` injects without `--faults`.
pub const DEFAULT_FAULTS: u32 = 1000;

/// `cargo xtask chaos [--faults N]`.
pub fn main(faults: u32) -> Result {
    let wasm = bootstrap::wasm_toolchain()?;
    bootstrap::wasm_bindgen_cli()?;
    bootstrap::node_modules()?;
    let browser = bootstrap::browser()?;
    let dist = widget::build(wasm)?;
    run_faults(&browser, &dist, faults)
}

/// Starts a reference backend of its own and runs `faults` faults against it.
pub fn run_faults(browser: &Browser, dist: &Path, faults: u32) -> Result {
    step(&format!(
        "Chaos: {faults} faults between buyers in Chromium and the reference backend"
    ));
    let out = root().join("target").join("chaos");
    let server = crate::server::serve(dist, &out, &[])?;
    let port = server.port;
    let mut node = cmd("node", &["e2e/chaos.mjs"]);
    node.current_dir(root())
        .env("BASE_URL", format!("http://127.0.0.1:{port}"))
        .env("CHROMIUM", &browser.chromium)
        .env("FAULTS", faults.to_string());
    run(&mut node).map_err(|e| {
        format!("{e}\nthe chaos run found a duplicate charge, a buyer without a result, or a screen that contradicts the backend (listed above)")
    })
}
