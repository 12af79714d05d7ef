//! `cargo xtask <command>`: the project's automation, in Rust so it runs wherever cargo does.
//!
//! - `demo [--port N] [--db PATH]`: build the widget, run the reference backend and demo page;
//! - `preview [--port N]`: the same server, pointing designers at `/preview` (every locale,
//!   currency, method and state from fixtures, with a live theme panel);
//! - `screenshots [--out DIR]`: PNGs of the key states in every locale, overflow-checked;
//! - `test`: everything CI runs (lint, host, browser and end-to-end tests, size budget);
//! - `build`: build the release widget into `target/dist/`;
//! - `size`: print the shipped files' raw and brotli sizes against the budget;
//! - `conformance --base-url URL`: run the contract's test suite against any backend;
//! - `bench server`: measure the reference backend's confirm path (a benchmark, not a test);
//! - `chaos [--faults N]`: buyers in Chromium against the backend through a fault-injecting
//!   proxy; duplicate charges, buyers without a result and contradictions per fault kind;
//! - `fuzz [--time SECONDS]`: libFuzzer on the contract's JSON and the backend's requests;
//! - `bootstrap`: install the toolchain and tools only.
//!
//! Every command installs what it needs first, once.

mod bench;
mod bootstrap;
mod chaos;
mod conformance;
mod demo;
mod fuzz;
mod imports;
mod integrity;
mod screenshots;
mod sh;
mod size;
mod test;
mod widget;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <demo [--port N] [--db PATH] | preview [--port N] | screenshots [--out DIR] | test | build | size | conformance --base-url URL | bench server | chaos [--faults N] | fuzz [--time SECONDS] | bootstrap>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("demo") => demo_args(&args[1..]).and_then(|(port, db)| demo::run_demo(port, db)),
        Some("preview") => demo_args(&args[1..]).and_then(|(port, db)| {
            println!("designer preview: http://127.0.0.1:{port}/preview (starting…)");
            demo::run_demo(port, db)
        }),
        Some("screenshots") => screenshots::main(&args[1..]),
        Some("test") => test::all(),
        Some("build") => build().map(|_| ()),
        Some("size") => build().and_then(|dist| size::report(&dist)),
        Some("bootstrap") => bootstrap(),
        Some("conformance") => conformance::main(&args[1..]),
        Some("bench") => bench::main(&args[1..]),
        Some("chaos") => chaos::main(&args[1..]),
        Some("fuzz") => fuzz::main(&args[1..]),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nerror: {message}");
            ExitCode::FAILURE
        }
    }
}

fn build() -> sh::Result<std::path::PathBuf> {
    let wasm = bootstrap::wasm_toolchain()?;
    bootstrap::wasm_bindgen_cli()?;
    bootstrap::node_modules()?;
    widget::build(wasm)
}

fn bootstrap() -> sh::Result {
    bootstrap::wasm_toolchain()?;
    bootstrap::host_components()?;
    bootstrap::wasm_bindgen_cli()?;
    bootstrap::node_modules()?;
    bootstrap::browser().map(|_| ())
}

fn demo_args(args: &[String]) -> sh::Result<(u16, Option<String>)> {
    let mut port = 8080;
    let mut db = None;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        match (flag.as_str(), rest.next()) {
            ("--port", Some(value)) => {
                port = value
                    .parse()
                    .map_err(|_| format!("--port: `{value}` is not a port"))?
            }
            ("--db", Some(value)) => db = Some(value.clone()),
            _ => return Err(format!("unknown demo option `{flag}`\n{USAGE}")),
        }
    }
    Ok((port, db))
}
