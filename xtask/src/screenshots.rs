//! `cargo xtask screenshots [--out DIR]`: PNGs of the key states (ready, field errors, code
//! step, QR, failure with fallback) in every locale, taken from the designer preview in
//! headless Chromium, into `target/screenshots/<state>/<locale>.png` for a reviewer to
//! scan. It also reports text that overflows its box, and fails when any state is not
//! reached or overflows.

use crate::sh::{Result, cmd, root, run, step};
use crate::{bootstrap, server, widget};

/// Builds, serves the preview and runs `e2e/screenshots.mjs` against it.
pub fn main(out: Option<std::path::PathBuf>) -> Result {
    let out = out.unwrap_or_else(|| root().join("target").join("screenshots"));
    let wasm = bootstrap::wasm_toolchain()?;
    bootstrap::wasm_bindgen_cli()?;
    bootstrap::node_modules()?;
    let browser = bootstrap::browser()?;
    let dist = widget::build(wasm)?;
    step("Serving the designer preview");
    let server = server::serve(
        &dist,
        &root().join("target").join("screenshots-server"),
        &[],
    )?;
    let port = server.port;
    step("Taking screenshots of every key state in every locale (headless Chromium)");
    let mut node = cmd("node", &["e2e/screenshots.mjs"]);
    node.current_dir(root())
        .env("BASE_URL", format!("http://127.0.0.1:{port}"))
        .env("CHROMIUM", &browser.chromium)
        .env("SCREENSHOTS", &out);
    run(&mut node)?;
    println!("    screenshots: {}", out.display());
    Ok(())
}
