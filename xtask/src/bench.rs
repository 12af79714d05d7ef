//! `cargo xtask bench server`: a benchmark (not a test) of the reference backend's confirm
//! path, idempotency on, from a load generator on loopback. `cargo xtask bench widget`
//! times the widget in Chromium against a plain-JS floor page ([`widget`]).
//!
//! It first measures the disk's bare commit rate (one transaction per commit, one after
//! another, as the server's `--commit-rate` does), then starts the release server on a fresh
//! database and measures four phases with many buyers at once: session creation, first
//! confirms (each a new key: guard, claim, charge, record: three writes), replays of those
//! keys (the stored answer), and session fetches. It prints requests per second and p50/p99
//! latency for each, and how the confirm rate compares with the bare commit rate: above a
//! third of it, confirms must be sharing commits (group commit).

mod load;

use crate::server;
use crate::sh::{Result, cmd, root, step};
use load::Conn;
use micro_checkout_contract::fixtures::CREATE_SESSION_REQUEST;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

/// Buyers at once: client threads, each with requests one after another.
const CLIENTS: usize = 32;
/// Purchases in all, one session each.
const PURCHASES: usize = 6000;

/// Runs the benchmark named `what`: `server` or `widget`.
pub fn main(what: &str) -> Result {
    match what {
        "server" => server_bench(),
        "widget" => widget(),
        _ => Err(format!(
            "no benchmark `{what}`: usage: cargo xtask bench server | widget"
        )),
    }
}

/// `cargo xtask bench widget`: builds the widget, serves it with the floor page
/// (`bench/floor.html`, a plain page that fetches the session and pays) from the release
/// server, and runs `e2e/bench-widget.mjs`: cold loads of each, alternating, under three
/// profiles, with medians, spreads and ratios from the one run.
fn widget() -> Result {
    let wasm = crate::bootstrap::wasm_toolchain()?;
    crate::bootstrap::wasm_bindgen_cli()?;
    crate::bootstrap::node_modules()?;
    let browser = crate::bootstrap::browser()?;
    let dist = crate::widget::build(wasm)?;
    let floor = dist.join("bench");
    std::fs::create_dir_all(&floor).map_err(|e| e.to_string())?;
    std::fs::write(floor.join("floor.html"), include_str!("bench/floor.html"))
        .map_err(|e| e.to_string())?;
    step("Building the reference backend (release)");
    let binary = server::build(true)?;
    let dir = fresh_dir()?;
    let served = dist.to_string_lossy();
    let server = server::start(&binary, &dir.join("widget.db"), &["--dist", &served], true)?;
    step("Timing the demo against the plain-JS floor in Chromium (cold loads, alternating)");
    let timed = crate::sh::run(
        cmd("node", &["e2e/bench-widget.mjs"])
            .current_dir(root())
            .env("BASE_URL", format!("http://127.0.0.1:{}", server.port))
            .env("CHROMIUM", &browser.chromium),
    );
    // The floor page never stays in the build, whether the run ended well or not.
    std::fs::remove_dir_all(&floor).map_err(|e| e.to_string())?;
    timed
}

/// `target/bench/`, emptied: where each benchmark keeps its database.
fn fresh_dir() -> Result<std::path::PathBuf> {
    let dir = root().join("target").join("bench");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    Ok(dir)
}

/// `cargo xtask bench server`.
fn server_bench() -> Result {
    step("Building the reference backend (release)");
    let binary = server::build(true)?;
    let dir = fresh_dir()?;
    step("Measuring the disk's bare commit rate (2 s)");
    let bare = bare_commit_rate(&binary, &dir.join("bench.db"))?;
    let server = server::start(&binary, &dir.join("bench.db"), &[], true)?;
    measure(SocketAddr::from(([127, 0, 0, 1], server.port)), bare)
}

/// Runs the server's `--commit-rate` beside `db`: commits per second.
fn bare_commit_rate(binary: &std::path::Path, db: &std::path::Path) -> Result<f64> {
    let out = cmd(binary, &["--commit-rate"])
        .arg("--db")
        .arg(db)
        .output()
        .map_err(|e| format!("could not measure the commit rate: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    print!("{text}");
    text.split_whitespace()
        .nth(3)
        .and_then(|n| n.parse().ok())
        .filter(|_| out.status.success())
        .ok_or_else(|| format!("no commit rate in: {text}"))
}

fn measure(addr: SocketAddr, bare: f64) -> Result {
    step(&format!(
        "Measuring {PURCHASES} purchases, {CLIENTS} buyers at once, on loopback"
    ));
    println!(
        "\n{:<28} {:>9} {:>10} {:>10} {:>10}",
        "phase", "requests", "req/s", "p50 ms", "p99 ms"
    );
    let slots: Vec<usize> = (0..PURCHASES).collect();
    let (_, sessions) = phase_run("create session", addr, &slots, |conn, _| {
        let body = json(conn.send("POST", "/api/sessions", &[], Some(CREATE_SESSION_REQUEST))?)?;
        body["id"]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("no session: {body}"))
    })?;
    let request = r#"{"version":1,"method_id":"visa_4242"}"#;
    let mut confirms = 0.0;
    let storage = || -> Result<(f64, f64)> {
        let body = json(Conn::new(addr).send("GET", "/admin/storage", &[], None)?)?;
        match (body["commits"].as_f64(), body["writes"].as_f64()) {
            (Some(commits), Some(writes)) => Ok((commits, writes)),
            _ => Err(format!("no storage figures: {body}")),
        }
    };
    let before = storage()?;
    let mut during = before;
    for phase in ["confirm (new key)", "confirm (replayed key)"] {
        let (rate, _) = phase_run(phase, addr, &sessions, |conn, id: &String| {
            let key = format!("bench-{id}");
            let path = format!("/api/sessions/{id}/confirm");
            let answer = conn.send("POST", &path, &[("Idempotency-Key", &key)], Some(request))?;
            let ok = answer.status == 200;
            let body = json(answer)?;
            check(ok && body["status"] == "succeeded", &body)
        })?;
        if confirms == 0.0 {
            confirms = rate;
            during = storage()?;
        }
    }
    phase_run("GET session", addr, &sessions, |conn, id: &String| {
        let answer = conn.send("GET", &format!("/api/sessions/{id}"), &[], None)?;
        let ok = answer.status == 200;
        check(ok, &json(answer)?)
    })?;
    let (commits, writes) = (during.0 - before.0, during.1 - before.1);
    println!(
        "\nnew-key confirms: {writes:.0} writes in {commits:.0} commits, {:.1} writes per commit \
         ({:.0} commits/s)",
        writes / commits.max(1.0),
        commits * confirms / PURCHASES as f64
    );
    println!(
        "disk's bare commit rate {bare:.0} commits/s; new-key confirms {confirms:.0}/s, {:.2}× it \
         (one transaction per write would allow at most 0.33×: three writes per confirm)",
        confirms / bare
    );
    Ok(())
}

/// The body of `answer` as JSON.
fn json(answer: load::Answer) -> Result<serde_json::Value> {
    serde_json::from_str(&answer.body)
        .map_err(|e| format!("not JSON ({e}), status {}: {}", answer.status, answer.body))
}

fn check(ok: bool, body: &serde_json::Value) -> Result {
    if ok {
        Ok(())
    } else {
        Err(format!("unexpected answer: {body}"))
    }
}

/// Runs `request` once per item, `CLIENTS` at a time, each buyer on its own connection; prints throughput and latency, and
/// answers the rate and what each request gave, in the items' order.
fn phase_run<I: Sync, T: Send>(
    phase: &str,
    addr: SocketAddr,
    items: &[I],
    request: impl Fn(&mut Conn, &I) -> Result<T> + Sync,
) -> Result<(f64, Vec<T>)> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let started = Instant::now();
    let done: Vec<(usize, Duration, T)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..CLIENTS)
            .map(|_| {
                let (request, next) = (&request, &next);
                scope.spawn(move || {
                    let (mut conn, mut done) = (Conn::new(addr), Vec::new());
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(i) else {
                            return Ok(done);
                        };
                        let t = Instant::now();
                        let answer = request(&mut conn, item)?;
                        done.push((i, t.elapsed(), answer));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_else(|_| Err("a worker panicked".into())))
            .collect::<Result<Vec<_>>>()
    })?
    .into_iter()
    .flatten()
    .collect();
    let elapsed = started.elapsed();
    let mut latencies: Vec<Duration> = done.iter().map(|(_, t, _)| *t).collect();
    latencies.sort();
    let pct = |p: usize| latencies[(latencies.len() * p / 100).min(latencies.len() - 1)];
    let rate = latencies.len() as f64 / elapsed.as_secs_f64();
    println!(
        "{phase:<28} {:>9} {:>10.0} {:>10.2} {:>10.2}",
        latencies.len(),
        rate,
        pct(50).as_secs_f64() * 1e3,
        pct(99).as_secs_f64() * 1e3
    );
    let mut done = done;
    done.sort_by_key(|(i, _, _)| *i);
    Ok((
        rate,
        done.into_iter().map(|(_, _, answer)| answer).collect(),
    ))
}
