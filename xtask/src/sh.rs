//! Running commands: echo them, stream their output, and turn failures into messages.

use std::path::Path;
use std::process::{Command, Stdio};

/// A failed step, explained for the terminal.
pub type Result<T = ()> = std::result::Result<T, String>;

/// Prints a step heading, so long runs show what they are doing and why.
pub fn step(what: &str) {
    println!("\n==> {what}");
}

/// A command running `program` (a name on PATH or a path) with `args`.
pub fn cmd(program: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command.args(args);
    command
}

/// Runs `command` with inherited output; fails with its exit status.
pub fn run(command: &mut Command) -> Result {
    let shown = describe(command);
    println!("    $ {shown}");
    let status = command
        .status()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// Runs `command` quietly and returns its trimmed stdout, or `None` if it fails.
pub fn read(command: &mut Command) -> Option<String> {
    let out = command.stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// True when `program` runs with `--version`.
pub fn have(program: &str) -> bool {
    read(&mut cmd(program, &["--version"])).is_some()
}

/// True when this process runs as root.
pub fn is_root() -> bool {
    read(&mut cmd("id", &["-u"])).as_deref() == Some("0")
}

/// Installs Debian packages (with sudo when not root). `why` is printed first.
pub fn apt_install(packages: &[&str], why: &str) -> Result {
    step(&format!(
        "Installing {} from Debian: {why}",
        packages.join(" ")
    ));
    let sudo = !is_root();
    let apt = |args: &[&str]| {
        let mut c = if sudo {
            cmd("sudo", &["apt-get"])
        } else {
            cmd("apt-get", &[])
        };
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    run(&mut apt(&["update", "-q"]))?;
    let mut install = apt(&["install", "-y", "-q", "--no-install-recommends"]);
    install.args(packages);
    run(&mut install)
}

/// The repository root (the parent of `xtask/`).
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the repository")
}

fn describe(command: &Command) -> String {
    let mut parts = vec![command.get_program().to_string_lossy().into_owned()];
    parts.extend(command.get_args().map(|a| a.to_string_lossy().into_owned()));
    parts.join(" ")
}
