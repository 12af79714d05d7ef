//! `cargo xtask test`: everything CI runs, in order, stopping at the first failure.

use crate::bootstrap::{self, Browser, WasmToolchain};
use crate::sh::{Result, cmd, root, run, step};
use crate::{size, widget};
use std::path::Path;
use std::process::Command;

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
    run(&mut wasm.cargo(&[
        "clippy",
        "-p",
        "micro-checkout-qr",
        "--target",
        "wasm32-unknown-unknown",
        "--lib",
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
    crate::package::write(&dist)?;
    let tarball = crate::package::pack()?;
    let trunk = crate::dev::build_release(wasm)?;
    end_to_end(&browser, &dist, &tarball, &trunk)
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

fn end_to_end(browser: &Browser, dist: &Path, tarball: &Path, trunk: &Path) -> Result {
    step(
        "End-to-end: the demo in real Chromium against the running reference server, the npm package in a fresh Vite and webpack app, Trunk's build, and the example backend in Python",
    );
    let out = root().join("target").join("e2e");
    // QR codes expire after 6 s here, so a test can watch one expire.
    let server = crate::server::serve(dist, &out, &["--qr-ttl", "6"])?;
    let port = server.port;
    let python = python_backend(&out, dist)?;
    let mut node = cmd("node", &["--test", "--test-concurrency=1", "e2e/"]);
    node.current_dir(root())
        .env("BASE_URL", format!("http://127.0.0.1:{port}"))
        .env("PY_BASE_URL", format!("http://127.0.0.1:{}", python.port))
        .env("CHROMIUM", &browser.chromium)
        .env("SCREENSHOTS", &out)
        .env("MC_PACKAGE", tarball)
        .env("TRUNK_DIST", trunk);
    run(&mut node)?;
    println!("    screenshots of what the buyer saw: {}", out.display());
    step("Conformance kit against the running reference backend");
    crate::conformance::main(&format!("http://127.0.0.1:{port}"), None)?;
    drop(server);
    step("Conformance kit against the example backend in Python (examples/python-backend)");
    crate::conformance::main(&format!("http://127.0.0.1:{}", python.port), None)?;
    drop(python);
    crate::chaos::run_faults(browser, dist, crate::chaos::CI_FAULTS)
}

/// The example merchant backend in Python (standard library only) on a free port, with a
/// fresh database in `out`, serving its checkout page around the widget built in `dist`.
fn python_backend(out: &Path, dist: &Path) -> Result<crate::server::Server> {
    if !crate::sh::have("python3") {
        crate::sh::apt_install(&["python3"], "the example backend in Python runs on it")?;
    }
    let port = crate::server::free_port()?;
    let db = out.join("python-backend.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let script = root()
        .join("examples")
        .join("python-backend")
        .join("backend.py");
    let mut command = cmd("python3", &[]);
    command
        .arg(script)
        .args(["--port", &port.to_string(), "--qr-ttl", "6", "--db"])
        .arg(db)
        .arg("--dist")
        .arg(dist);
    crate::server::listen(command, port, true)
}
