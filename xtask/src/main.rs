//! `cargo xtask <command>`: the project's automation, in Rust so it runs wherever cargo does.
//!
//! - `demo [--port N] [--db PATH] [--seed-funnel]`: build the widget, run the reference
//!   backend and demo page (and play a generated A/B test into it, for `/admin/report`);
//! - `preview [--port N]`: the same server, pointing designers at `/preview` (every locale,
//!   currency, method and state from fixtures, with a live theme panel);
//! - `screenshots [--out DIR]`: PNGs of the key states in every locale, overflow-checked;
//! - `test`: everything CI runs (lint, host, browser and end-to-end tests, size budget);
//! - `build`: build the release widget into `target/dist/`;
//! - `dev [--port N] [--build]`: the widget's development loop, `trunk serve` of the demo page
//!   with the reference backend behind its proxy (`--build`: `trunk build --release`);
//! - `package`: the npm package in `target/npm/micro-checkout/` and its tarball (`npm pack`);
//! - `size [--map]`: print the shipped files' raw and brotli sizes against the budget, and
//!   with `--map` where the wasm's code goes, by crate, module and function;
//! - `conformance --base-url URL [--passkey-origin URL]`: run the contract's test suite against any backend;
//! - `bench server`: measure the reference backend's confirm path (a benchmark, not a test);
//! - `bench widget`: time the widget against a plain-JS floor page in Chromium, under CPU
//!   and network throttling (a benchmark, not a test);
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
mod dev;
mod entry;
mod fuzz;
mod imports;
mod integrity;
mod package;
mod precompress;
mod screenshots;
mod seed;
mod server;
mod sh;
mod size;
mod size_map;
mod split;
mod test;
mod widget;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <demo [--port N] [--db PATH] [--seed-funnel] | dev [--port N] [--build] | preview [--port N] | screenshots [--out DIR] | test | build | package | size [--map] | conformance --base-url URL [--passkey-origin URL] | bench server | bench widget | chaos [--faults N] | fuzz [--time SECONDS] | bootstrap>";

fn main() -> ExitCode {
    let mut args = pico_args::Arguments::from_env();
    let result = args
        .subcommand()
        .map_err(|e| e.to_string())
        .and_then(|command| dispatch(command.as_deref(), args));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nerror: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Runs `command` with the options left in `args`; an unknown command, option or value is
/// an error that names it.
fn dispatch(command: Option<&str>, mut args: pico_args::Arguments) -> sh::Result {
    let bad = |e: String| format!("{e}\n{USAGE}");
    let port = |args: &mut pico_args::Arguments| opt(args, "--port").map(|p| p.unwrap_or(8080));
    let run: Box<dyn FnOnce() -> sh::Result> = match command {
        Some("demo") => {
            let port = port(&mut args).map_err(bad)?;
            let db: Option<String> = opt(&mut args, "--db").map_err(bad)?;
            let seed = args.contains("--seed-funnel");
            Box::new(move || demo::run_demo(port, db, seed))
        }
        Some("dev") => {
            let port = port(&mut args).map_err(bad)?;
            let build = args.contains("--build");
            Box::new(move || dev::main(port, build))
        }
        Some("trunk-stage") => Box::new(dev::stage),
        Some("preview") => {
            let port = port(&mut args).map_err(bad)?;
            Box::new(move || {
                println!("designer preview: http://127.0.0.1:{port}/preview (starting…)");
                demo::run_demo(port, None, false)
            })
        }
        Some("screenshots") => {
            let out: Option<std::path::PathBuf> = opt(&mut args, "--out").map_err(bad)?;
            Box::new(move || screenshots::main(out))
        }
        Some("test") => Box::new(test::all),
        Some("build") => Box::new(|| build().map(|_| ())),
        Some("package") => Box::new(|| {
            build().and_then(|dist| package::write(&dist))?;
            package::pack().map(|_| ())
        }),
        Some("size") if args.contains("--map") => Box::new(|| {
            build().and_then(|dist| size::report(&dist))?;
            size_map::report(bootstrap::wasm_toolchain()?)
        }),
        Some("size") => Box::new(|| build().and_then(|dist| size::report(&dist))),
        Some("bootstrap") => Box::new(bootstrap),
        Some("conformance") => {
            let base = opt(&mut args, "--base-url").map_err(bad)?;
            let base: String = base.ok_or_else(|| bad("--base-url URL is required".into()))?;
            let origin: Option<String> = opt(&mut args, "--passkey-origin").map_err(bad)?;
            Box::new(move || conformance::main(&base, origin.as_deref()))
        }
        Some("bench") => {
            let what: String = args
                .free_from_str()
                .map_err(|_| bad("which benchmark? (server or widget)".into()))?;
            Box::new(move || bench::main(&what))
        }
        Some("chaos") => {
            let faults: Option<u32> = opt(&mut args, "--faults").map_err(bad)?;
            Box::new(move || chaos::main(faults.unwrap_or(chaos::DEFAULT_FAULTS)))
        }
        Some("fuzz") => {
            let time: Option<u64> = opt(&mut args, "--time").map_err(bad)?;
            Box::new(move || fuzz::main(time.unwrap_or(fuzz::DEFAULT_SECONDS)))
        }
        _ => return Err(USAGE.to_owned()),
    };
    let rest = args.finish();
    if let Some(extra) = rest.first() {
        return Err(format!(
            "unknown argument `{}`\n{USAGE}",
            extra.to_string_lossy()
        ));
    }
    run()
}

/// The value of option `name`, if given, read as a `T`; an error names the option.
fn opt<T: std::str::FromStr>(
    args: &mut pico_args::Arguments,
    name: &'static str,
) -> sh::Result<Option<T>>
where
    T::Err: std::fmt::Display,
{
    args.opt_value_from_str(name)
        .map_err(|e| format!("{name}: {e}"))
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
