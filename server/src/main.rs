//! `micro-checkout-server [--port N] [--host ADDR] [--db PATH] [--dist DIR] [--qr-ttl S]`:
//! runs the reference merchant backend until Ctrl-C. `--qr-ttl` shortens how long a QR code
//! stays payable (the end-to-end tests watch one expire). For tests and benchmarks:
//! `--processor-latency-ms N` (each charge takes that long), `--claim-lease-ms N` (how long
//! a confirm's claim holds, 30,000 by default) and `--crash-after-claim` (abort the process
//! between a confirm's claim and its charge, as a power cut would).
//!
//! `micro-checkout-server --commit-rate [--db PATH]` measures the bare commit rate of the
//! disk that holds the database (`db/commit_rate.rs`) for 2 s, prints it and exits.

use micro_checkout_server::{Db, Options, app};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: micro-checkout-server [--port N] [--host ADDR] [--db PATH] [--dist DIR] [--qr-ttl SECONDS]
  tests and benchmarks: [--processor-latency-ms N] [--claim-lease-ms N] [--crash-after-claim]
  the disk's bare commit rate: micro-checkout-server --commit-rate [--db PATH]";

#[tokio::main]
async fn main() -> ExitCode {
    let mut port = 8080u16;
    let mut host = String::from("127.0.0.1");
    let mut db_path = PathBuf::from("target/micro-checkout.db");
    let mut dist = None;
    let mut options = Options::default();
    let mut commit_rate = false;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        if flag == "--crash-after-claim" {
            options.crash_after_claim = true;
            continue;
        }
        if flag == "--commit-rate" {
            commit_rate = true;
            continue;
        }
        let value = args.next();
        let millis = |v: &str| v.parse().map(std::time::Duration::from_millis);
        let parsed = match (flag.as_str(), value) {
            ("--port", Some(v)) => v.parse().map(|p| port = p).is_ok(),
            ("--host", Some(v)) => {
                host = v;
                true
            }
            ("--db", Some(v)) => {
                db_path = v.into();
                true
            }
            ("--dist", Some(v)) => {
                dist = Some(PathBuf::from(v));
                true
            }
            ("--qr-ttl", Some(v)) => v
                .parse()
                .map(|s: u64| options.qr_ttl = std::time::Duration::from_secs(s))
                .is_ok(),
            ("--processor-latency-ms", Some(v)) => {
                millis(&v).map(|d| options.processor_latency = d).is_ok()
            }
            ("--claim-lease-ms", Some(v)) => millis(&v).map(|d| options.claim_lease = d).is_ok(),
            _ => false,
        };
        if !parsed {
            eprintln!("micro-checkout-server: bad argument `{flag}`\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    if let Some(parent) = db_path.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = std::fs::create_dir_all(parent);
    }
    if commit_rate {
        return measure_commit_rate(&db_path);
    }
    let db = match Db::open(&db_path) {
        Ok(db) => db,
        Err(error) => {
            eprintln!(
                "micro-checkout-server: cannot open {}: {error}",
                db_path.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let listener = match tokio::net::TcpListener::bind((host.as_str(), port)).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("micro-checkout-server: cannot listen on {host}:{port}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let addr = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
    println!(
        "micro-checkout demo ready at http://{addr}/  (database: {})",
        db_path.display()
    );
    println!("designer preview at http://{addr}/preview");
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let limits = options.limits;
    let router = app(db, Options { dist, ..options });
    micro_checkout_server::serve::serve(listener, router, limits, shutdown).await;
    ExitCode::SUCCESS
}

/// Prints the bare commit rate of the disk that holds `db_path`.
fn measure_commit_rate(db_path: &std::path::Path) -> ExitCode {
    let dir = db_path.parent().filter(|p| !p.as_os_str().is_empty());
    let dir = dir.unwrap_or(std::path::Path::new("."));
    let time = std::time::Duration::from_secs(2);
    match micro_checkout_server::db::commit_rate::measure(dir, time) {
        Ok((commits, took)) => {
            let rate = commits as f64 / took.as_secs_f64();
            println!("bare commit rate: {rate:.0} commits/s ({commits} in {took:.2?})");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!(
                "micro-checkout-server: cannot measure in {}: {error}",
                dir.display()
            );
            ExitCode::FAILURE
        }
    }
}
