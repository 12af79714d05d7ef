//! `cargo xtask fuzz [--time SECONDS]`: libFuzzer (through cargo-fuzz) on the contract's JSON
//! decoding of every request and response type (`fuzz/fuzz_targets/contract_json.rs`) and
//! on the reference backend's request handling through `app()`
//! (`fuzz/fuzz_targets/server_requests.rs`). The time (600 s by default) is shared by the
//! targets; it prints each one's executions and executions per second, and fails on any
//! crash, which libFuzzer keeps under `fuzz/artifacts/`. Inputs that once crashed are kept
//! in `fuzz/regressions/<target>/` and replayed first. `cargo xtask test` runs a smoke.

use crate::sh::{Result, cmd, read, root, run, step};
use std::fs;
use std::path::Path;
use std::process::Stdio;

/// The fuzz targets, in `fuzz/Cargo.toml`.
const TARGETS: &[&str] = &["contract_json", "server_requests"];

/// How long, in all, `cargo xtask test` fuzzes.
pub const CI_SECONDS: u64 = 50;

/// How long `cargo xtask fuzz` runs without `--time`, in seconds.
pub const DEFAULT_SECONDS: u64 = 600;

/// `cargo xtask fuzz [--time SECONDS]`.
pub fn main(seconds: u64) -> Result {
    run_all(seconds)
}

/// Fuzzes every target for its share of `seconds`.
pub fn run_all(seconds: u64) -> Result {
    cargo_fuzz()?;
    let each = (seconds / TARGETS.len() as u64).max(1);
    let mut rows = Vec::new();
    for target in TARGETS {
        step(&format!("Fuzzing `{target}` for {each} s (libFuzzer)"));
        rows.push((target, fuzz(target, each)?));
    }
    println!(
        "\n{:<18} {:>8} {:>14} {:>10} {:>8}",
        "target", "seconds", "executions", "exec/s", "crashes"
    );
    for (target, (runs, rate)) in rows {
        println!("{target:<18} {each:>8} {runs:>14} {rate:>10} {:>8}", 0);
    }
    println!(
        "(a crash is a panic, and for `server_requests` also a 4xx/5xx that is not a JSON ApiError, or any 5xx)"
    );
    Ok(())
}

/// cargo-fuzz drives libFuzzer; it needs unstable compiler flags, which the stable
/// toolchain accepts with `RUSTC_BOOTSTRAP=1`.
fn fuzz_cargo(args: &[&str]) -> std::process::Command {
    let mut c = cmd("cargo", args);
    c.current_dir(root()).env("RUSTC_BOOTSTRAP", "1");
    c
}

/// Installs cargo-fuzz unless it is there.
fn cargo_fuzz() -> Result {
    if read(&mut cmd("cargo", &["fuzz", "--version"])).is_some() {
        return Ok(());
    }
    step("Installing cargo-fuzz (libFuzzer for Rust; ~3 min on 2 cores)");
    if run(&mut cmd("cargo", &["install", "--locked", "cargo-fuzz"])).is_err() {
        println!("    the locked build failed; retrying unlocked");
        run(&mut cmd("cargo", &["install", "cargo-fuzz"]))?;
    }
    Ok(())
}

/// Replays `target`'s regressions, then fuzzes it for `seconds` from a corpus seeded with
/// the contract's golden fixtures; answers (executions, executions per second).
fn fuzz(target: &str, seconds: u64) -> Result<(u64, u64)> {
    let corpus = root().join("target/fuzz-corpus").join(target);
    fs::create_dir_all(&corpus).map_err(|e| e.to_string())?;
    seed(&corpus, target)?;
    let regressions = root().join("fuzz/regressions").join(target);
    if regressions.is_dir() {
        let mut replay = fuzz_cargo(&["fuzz", "run", "--sanitizer", "none", target]);
        replay.arg(&regressions).args(["--", "-runs=0"]);
        run(&mut replay)?;
    }
    let mut command = fuzz_cargo(&["fuzz", "run", "--sanitizer", "none", target]);
    command
        .arg(&corpus)
        .arg("--")
        .arg(format!("-max_total_time={seconds}"))
        .args([
            "-print_final_stats=1",
            "-rss_limit_mb=4096",
            "-max_len=4096",
        ])
        .stderr(Stdio::piped());
    println!("    $ cargo fuzz run --sanitizer none {target} … -max_total_time={seconds}");
    let output = command
        .output()
        .map_err(|e| format!("could not start cargo fuzz: {e}"))?;
    let log = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        let tail: Vec<&str> = log.lines().rev().take(40).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(format!(
            "fuzzing `{target}` failed ({}); the input is kept under fuzz/artifacts/{target}/:\n{}",
            output.status,
            tail.join("\n")
        ));
    }
    let stat = |name: &str| {
        log.lines()
            .find_map(|l| l.strip_prefix(&format!("stat::{name}:")))
            .and_then(|v| v.trim().parse::<u64>().ok())
    };
    let runs = stat("number_of_executed_units").ok_or("libFuzzer printed no statistics")?;
    let rate = stat("average_exec_per_sec").unwrap_or(runs / seconds.max(1));
    Ok((runs, rate))
}

/// Copies the golden fixtures into `corpus` as starting inputs (for the server target, each
/// behind the three bytes that pick a POST, an endpoint and JSON).
fn seed(corpus: &Path, target: &str) -> Result {
    let fixtures = root().join("contract/fixtures");
    let entries = fs::read_dir(&fixtures).map_err(|e| format!("{}: {e}", fixtures.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            continue;
        };
        let json = fs::read(&path).map_err(|e| e.to_string())?;
        let mut seeds = Vec::new();
        if target == "server_requests" {
            for endpoint in 0..10u8 {
                let mut input = vec![1, endpoint, 0];
                input.extend_from_slice(&json);
                seeds.push((format!("{endpoint}-{name}"), input));
            }
        } else {
            seeds.push((name, json));
        }
        for (name, input) in seeds {
            fs::write(corpus.join(format!("seed-{name}")), input).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}
