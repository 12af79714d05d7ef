//! `cargo xtask test`: everything CI runs, in order, stopping at the first failure.

use crate::bootstrap::{self, Browser, WasmToolchain, wait_for};
use crate::sh::{Result, cmd, root, run, step};
use crate::{size, widget};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command};
use std::time::Duration;

/// Bootstraps, lints, runs host tests, a fuzzing smoke, browser and end-to-end tests, and
/// checks the size budget.
pub fn all() -> Result {
    let wasm = bootstrap::wasm_toolchain()?;
    bootstrap::host_components()?;
    bootstrap::wasm_bindgen_cli()?;
    bootstrap::node_modules()?;
    let browser = bootstrap::browser()?;

    step("Checking formatting (cargo fmt --check)");
    run(&mut cargo(&["fmt", "--all", "--", "--check"]))?;
    step("Linting the host build (clippy -D warnings)");
    run(&mut cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    step("Linting the wasm32 build (clippy -D warnings)");
    run(&mut wasm.cargo(&[
        "clippy",
        "-p",
        "micro-checkout",
        "--target",
        "wasm32-unknown-unknown",
        "--lib",
        "--test",
        "web",
        "--test",
        "web_decode",
        "--features",
        "preview",
        "--",
        "-D",
        "warnings",
    ]))?;
    step("Host tests: flow, contract fixtures, locales, money, server API, invariants");
    run(&mut cargo(&["test", "--workspace"]))?;
    step("Fuzzing: a smoke of the contract's JSON and the backend's requests (libFuzzer)");
    crate::fuzz::run_all(crate::fuzz::CI_SECONDS)?;
    browser_tests(wasm, &browser)?;
    let dist = widget::build(wasm)?;
    step("Checking the size budget");
    size::report(&dist)?;
    end_to_end(&browser, &dist)
}

fn cargo(args: &[&str]) -> Command {
    let mut c = cmd("cargo", args);
    c.current_dir(root());
    c
}

fn browser_tests(wasm: WasmToolchain, browser: &Browser) -> Result {
    step("Browser tests: the component mounted in headless Chromium (wasm-bindgen-test)");
    let mut test = wasm.cargo(&[
        "test",
        "-p",
        "micro-checkout",
        "--target",
        "wasm32-unknown-unknown",
        "--test",
        "web",
        "--test",
        "web_decode",
    ]);
    test.env("CHROMEDRIVER", &browser.chromedriver)
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            "wasm-bindgen-test-runner",
        )
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
    run(&mut test)
}

/// Kills the server when the end-to-end run ends, however it ends.
pub struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Builds and starts the reference server on a free port, serving `dist`, with a fresh
/// database in `out`; returns it with its port once it listens.
pub fn serve(dist: &Path, out: &Path, extra: &[&str]) -> Result<(Server, u16)> {
    run(&mut cargo(&["build", "-p", "micro-checkout-server"]))?;
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| format!("no free port: {e}"))?
        .port();
    std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
    let db = out.join("server.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let child = cmd(
        root().join("target/debug/micro-checkout-server"),
        &["--port", &port.to_string()],
    )
    .args(extra)
    .arg("--db")
    .arg(&db)
    .arg("--dist")
    .arg(dist)
    .spawn()
    .map_err(|e| format!("could not start the server: {e}"))?;
    let server = Server(child);
    if !wait_for(Duration::from_secs(30), || {
        TcpStream::connect(("127.0.0.1", port)).is_ok()
    }) {
        return Err("the reference server did not start listening within 30 s".into());
    }
    Ok((server, port))
}

fn end_to_end(browser: &Browser, dist: &Path) -> Result {
    step("End-to-end: the demo in real Chromium against the running reference server");
    let out = root().join("target").join("e2e");
    // QR codes expire after 6 s here, so a test can watch one expire.
    let (_server, port) = serve(dist, &out, &["--qr-ttl", "6"])?;
    let mut node = cmd("node", &["--test", "--test-concurrency=1", "e2e/"]);
    node.current_dir(root())
        .env("BASE_URL", format!("http://127.0.0.1:{port}"))
        .env("CHROMIUM", &browser.chromium)
        .env("SCREENSHOTS", &out);
    run(&mut node)?;
    println!("    screenshots of what the buyer saw: {}", out.display());
    step("Conformance kit against the running reference backend");
    crate::conformance::main(&["--base-url".into(), format!("http://127.0.0.1:{port}")])?;
    crate::chaos::run_faults(browser, dist, crate::chaos::CI_FAULTS)
}
