//! Builds the shippable widget into `target/dist/`: the release wasm through wasm-bindgen
//! and wasm-opt, plus the ES module entry point, the stylesheet and the TypeScript types.

use crate::bootstrap::{self, WasmToolchain};
use crate::sh::{Result, cmd, root, run, step};
use std::fs;
use std::path::PathBuf;

/// The files of `target/dist/` on every merchant page's critical path.
pub const CRITICAL_PATH: &[&str] = &[
    "micro-checkout.js",
    "core.js",
    "core_bg.wasm",
    "micro-checkout.css",
];

/// wasm-opt: smallest code, debug info stripped, and exactly the wasm features rustc's
/// wasm32 target enables (so no newer feature sneaks in).
const WASM_OPT_FLAGS: &[&str] = &[
    "-Oz",
    "--converge",
    "--strip-debug",
    "--strip-producers",
    "--enable-bulk-memory",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int",
    "--enable-multivalue",
    "--enable-reference-types",
];

/// Files copied from `static/` into the build.
const STATIC_FILES: &[&str] = &[
    "micro-checkout.js",
    "micro-checkout.css",
    "micro-checkout.d.ts",
];

/// The folder the widget is built into.
pub fn dist_dir() -> PathBuf {
    root().join("target").join("dist")
}

/// Builds the release widget into [`dist_dir`].
pub fn build(toolchain: WasmToolchain) -> Result<PathBuf> {
    step("Building the widget for wasm32 (release; the first build takes several minutes)");
    run(&mut toolchain.cargo_shipping(&[
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "micro-checkout",
        "--lib",
    ]))?;
    let wasm = root().join("target/wasm32-unknown-unknown/release/micro_checkout.wasm");
    let dist = dist_dir();
    let _ = fs::remove_dir_all(&dist);
    fs::create_dir_all(&dist).map_err(|e| e.to_string())?;
    step("Generating the JavaScript bindings (wasm-bindgen) and shrinking the wasm (wasm-opt -Oz)");
    run(cmd(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            "core",
            "--out-dir",
        ],
    )
    .arg(&dist)
    .arg(&wasm))?;
    let module = dist.join("core_bg.wasm");
    let wasm_opt = bootstrap::node_bin().join("wasm-opt");
    run(cmd(wasm_opt, WASM_OPT_FLAGS)
        .arg(&module)
        .arg("-o")
        .arg(&module))?;
    for file in STATIC_FILES {
        fs::copy(root().join("static").join(file), dist.join(file))
            .map_err(|e| format!("copy static/{file}: {e}"))?;
    }
    Ok(dist)
}
