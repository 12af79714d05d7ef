//! `cargo xtask bench server`: a benchmark (not a test) of the reference backend's confirm
//! path, idempotency on, from a load generator on loopback.
//!
//! It starts the release server on a fresh database, creates one session per purchase, then
//! measures three phases with 8 client threads: first confirms (each a new key: claim,
//! charge, record), replays of those keys (the stored answer), and session fetches. It
//! prints requests per second and p50/p99 latency for each.

use crate::bootstrap::wait_for;
use crate::conformance::client::Client;
use crate::sh::{Result, cmd, root, run, step};
use micro_checkout_contract::fixtures::CREATE_SESSION_REQUEST;
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

const THREADS: usize = 8;
const PER_THREAD: usize = 250;

/// Runs the benchmark named by `args` (only `server` exists).
pub fn main(args: &[String]) -> Result {
    if args.first().map(String::as_str) != Some("server") {
        return Err("usage: cargo xtask bench server".into());
    }
    step("Building the reference backend (release)");
    run(cmd(
        "cargo",
        &["build", "--release", "-p", "micro-checkout-server"],
    )
    .current_dir(root()))?;
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| e.to_string())?
        .port();
    let dir = root().join("target").join("bench");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mut server = cmd(
        root().join("target/release/micro-checkout-server"),
        &["--port", &port.to_string()],
    )
    .arg("--db")
    .arg(dir.join("bench.db"))
    .stdout(std::process::Stdio::null())
    .spawn()
    .map_err(|e| format!("could not start the server: {e}"))?;
    let outcome = (|| {
        if !wait_for(Duration::from_secs(30), || {
            TcpStream::connect(("127.0.0.1", port)).is_ok()
        }) {
            return Err("the server did not start listening".to_owned());
        }
        measure(&format!("http://127.0.0.1:{port}"))
    })();
    let _ = server.kill();
    let _ = server.wait();
    outcome
}

fn measure(base: &str) -> Result {
    let client = Client::new(base);
    step(&format!("Creating {} sessions", THREADS * PER_THREAD));
    let sessions: Vec<String> = (0..THREADS * PER_THREAD)
        .map(|_| {
            let reply = client.post("/api/sessions", None, CREATE_SESSION_REQUEST)?;
            reply.body["id"]
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("no session: {}", reply.body))
        })
        .collect::<Result<_>>()?;
    step(&format!(
        "Measuring with {THREADS} client threads on loopback"
    ));
    println!(
        "\n{:<28} {:>9} {:>10} {:>10} {:>10}",
        "phase", "requests", "req/s", "p50 ms", "p99 ms"
    );
    let body = r#"{"version":1,"method_id":"visa_4242"}"#;
    for (phase, expect) in [
        ("confirm (new key)", "succeeded"),
        ("confirm (replayed key)", "succeeded"),
    ] {
        phase_run(phase, &sessions, |id| {
            let reply = client.post(
                &format!("/api/sessions/{id}/confirm"),
                Some(&format!("bench-{id}")),
                body,
            )?;
            check(
                reply.status == 200 && reply.body["status"] == expect,
                &reply.body,
            )
        })?;
    }
    phase_run("GET session", &sessions, |id| {
        let reply = client.get(&format!("/api/sessions/{id}"))?;
        check(reply.status == 200, &reply.body)
    })
}

fn check(ok: bool, body: &serde_json::Value) -> Result {
    if ok {
        Ok(())
    } else {
        Err(format!("unexpected answer: {body}"))
    }
}

/// Runs `request` once per session across the threads; prints throughput and latency.
fn phase_run(phase: &str, sessions: &[String], request: impl Fn(&str) -> Result + Sync) -> Result {
    let started = Instant::now();
    let mut latencies: Vec<Duration> = std::thread::scope(|scope| {
        let workers: Vec<_> = sessions
            .chunks(PER_THREAD)
            .map(|chunk| {
                let request = &request;
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|id| {
                            let t = Instant::now();
                            request(id).map(|()| t.elapsed())
                        })
                        .collect::<Result<Vec<_>>>()
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
    latencies.sort();
    let pct = |p: usize| latencies[(latencies.len() * p / 100).min(latencies.len() - 1)];
    println!(
        "{phase:<28} {:>9} {:>10.0} {:>10.2} {:>10.2}",
        latencies.len(),
        latencies.len() as f64 / elapsed.as_secs_f64(),
        pct(50).as_secs_f64() * 1e3,
        pct(99).as_secs_f64() * 1e3
    );
    Ok(())
}
