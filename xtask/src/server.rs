//! The reference backend as a child process, for every command that needs one running
//! (`test`, `chaos`, `screenshots`, `bench`, `demo`, `dev`): built in the profile asked for,
//! started on a free port with a fresh database, and killed when its handle drops.

use crate::bootstrap::wait_for;
use crate::sh::{Result, cmd, root, run};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A running reference backend; dropping it kills the process.
pub struct Server {
    child: Child,
    /// The loopback port it listens on.
    pub port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Waits until the server exits (Ctrl-C), as a foreground process.
    pub fn wait(mut self) -> Result {
        let status = self.child.wait().map_err(|e| e.to_string())?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("the server exited with {status}"))
        }
    }
}

/// Builds the server (`release` or the debug profile) and answers its binary.
pub fn build(release: bool) -> Result<PathBuf> {
    let mut args = vec!["build", "-p", "micro-checkout-server"];
    if release {
        args.push("--release");
    }
    run(cmd("cargo", &args).current_dir(root()))?;
    let profile = if release { "release" } else { "debug" };
    Ok(root()
        .join("target")
        .join(profile)
        .join("micro-checkout-server"))
}

/// A port nothing listens on now.
pub fn free_port() -> Result<u16> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("no free port: {e}"))
}

/// Starts `binary` on a free port with a fresh database `db` (removed first, with its WAL),
/// plus `extra` arguments; answers once it listens. `quiet` drops its standard output.
pub fn start(binary: &Path, db: &Path, extra: &[&str], quiet: bool) -> Result<Server> {
    start_on(binary, free_port()?, db, extra, quiet)
}

/// As [`start`], on `port`; fails clearly if something listens there already.
pub fn start_on(
    binary: &Path,
    port: u16,
    db: &Path,
    extra: &[&str],
    quiet: bool,
) -> Result<Server> {
    if TcpStream::connect(("127.0.0.1", port)).is_ok() {
        return Err(format!(
            "something listens on 127.0.0.1:{port} already: stop it, or run its backend there yourself"
        ));
    }
    if let Some(dir) = db.parent() {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    for suffix in ["", "-wal", "-shm"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(name);
    }
    let mut command = cmd(binary, &["--port", &port.to_string()]);
    command.arg("--db").arg(db).args(extra);
    listen(command, port, quiet)
}

/// Spawns `command`, a backend told to listen on `port`, and answers once it listens.
pub fn listen(mut command: Command, port: u16, quiet: bool) -> Result<Server> {
    if quiet {
        command.stdout(Stdio::null());
    }
    let child = command
        .spawn()
        .map_err(|e| format!("could not start the server: {e}"))?;
    let server = Server { child, port };
    if !wait_for(Duration::from_secs(30), || {
        TcpStream::connect(("127.0.0.1", port)).is_ok()
    }) {
        return Err("the backend did not start listening within 30 s".into());
    }
    Ok(server)
}

/// Builds the debug server and starts it serving the widget in `dist`, with a fresh
/// database in `out`.
pub fn serve(dist: &Path, out: &Path, extra: &[&str]) -> Result<Server> {
    let binary = build(false)?;
    let dist = dist.to_string_lossy();
    let mut args = vec!["--dist", &*dist];
    args.extend_from_slice(extra);
    start(&binary, &out.join("server.db"), &args, false)
}
