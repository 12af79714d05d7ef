//! `micro-checkout-server [--port N] [--host ADDR] [--db PATH] [--dist DIR] [--qr-ttl S]`:
//! runs the reference merchant backend until Ctrl-C. `--qr-ttl` shortens how long a QR code
//! stays payable (the end-to-end tests watch one expire). For tests and benchmarks:
//! `--processor-latency-ms N` (each charge takes that long), `--claim-lease-ms N` (how long
//! a confirm's claim holds, 30,000 by default) and `--crash-after-claim` (abort the process
//! between a confirm's claim and its charge, as a power cut would).
//!
//! Passkeys are offered for `localhost` on any port. `--passkey-origin URL` sets the origin
//! the merchant's pages are served from instead (its host is the RP ID, e.g.
//! `https://shop.example`); `--no-passkeys` offers none.
//!
//! `micro-checkout-server --commit-rate [--db PATH]` measures the bare commit rate of the
//! disk that holds the database (`db/commit_rate.rs`) for 2 s, prints it and exits.

use micro_checkout_server::{Db, Options, app};
use std::path::PathBuf;
use std::process::ExitCode;
use std::str::FromStr;
use std::time::Duration;

const USAGE: &str = "usage: micro-checkout-server [--port N] [--host ADDR] [--db PATH] [--dist DIR] [--qr-ttl SECONDS]
  passkeys: [--passkey-origin URL | --no-passkeys]
  tests and benchmarks: [--processor-latency-ms N] [--claim-lease-ms N] [--crash-after-claim]
  the disk's bare commit rate: micro-checkout-server --commit-rate [--db PATH]";

/// What the command line asked for.
struct Args {
    port: u16,
    host: String,
    db: PathBuf,
    dist: Option<PathBuf>,
    options: Options,
    commit_rate: bool,
}

/// The value of option `name`, if given, read as a `T`; an error names the option.
fn opt<T: FromStr>(args: &mut pico_args::Arguments, name: &'static str) -> Result<Option<T>, String>
where
    T::Err: std::fmt::Display,
{
    args.opt_value_from_str(name)
        .map_err(|e| format!("{name}: {e}"))
}

/// Reads the command line; an unknown flag or a bad value is an error that names it.
fn args() -> Result<Args, String> {
    let mut args = pico_args::Arguments::from_env();
    let mut options = Options::default();
    let port = opt(&mut args, "--port")?.unwrap_or(8080);
    let host = opt(&mut args, "--host")?.unwrap_or_else(|| "127.0.0.1".into());
    let db = opt(&mut args, "--db")?.unwrap_or_else(|| "target/micro-checkout.db".into());
    let dist = opt(&mut args, "--dist")?;
    if let Some(seconds) = opt(&mut args, "--qr-ttl")? {
        options.qr_ttl = Duration::from_secs(seconds);
    }
    if let Some(ms) = opt(&mut args, "--processor-latency-ms")? {
        options.processor_latency = Duration::from_millis(ms);
    }
    if let Some(ms) = opt(&mut args, "--claim-lease-ms")? {
        options.claim_lease = Duration::from_millis(ms);
    }
    options.crash_after_claim = args.contains("--crash-after-claim");
    if let Some(origin) = opt::<String>(&mut args, "--passkey-origin")? {
        let host = origin
            .split_once("://")
            .map(|(_, rest)| rest.split([':', '/']).next().unwrap_or_default().to_owned())
            .unwrap_or_default();
        options.passkeys = Some(micro_checkout_server::passkeys::Rp {
            id: host,
            origin,
            any_port: false,
        });
    }
    if args.contains("--no-passkeys") {
        options.passkeys = None;
    }
    if let Some(rp) = &options.passkeys {
        rp.webauthn()
            .map_err(|e| format!("--passkey-origin: {e}"))?;
    }
    let commit_rate = args.contains("--commit-rate");
    if let Some(extra) = args.finish().first() {
        return Err(format!("bad argument `{}`", extra.to_string_lossy()));
    }
    Ok(Args {
        port,
        host,
        db,
        dist,
        options,
        commit_rate,
    })
}

#[tokio::main]
async fn main() -> ExitCode {
    let Args {
        port,
        host,
        db: db_path,
        dist,
        options,
        commit_rate,
    } = match args() {
        Ok(args) => args,
        Err(error) => {
            eprintln!("micro-checkout-server: {error}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
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
    let time = Duration::from_secs(2);
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
