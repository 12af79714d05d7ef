//! Bootstrap: installs, once, every tool the build and the tests need, and says why.
//!
//! - the wasm32 toolchain: `rustup target add` and the `rust-src` component first
//!   (time-bounded); where the toolchain server is unreachable, Debian's rustc-web with its
//!   std sources. Either way std is built from source, so sizes match;
//! - wasm-bindgen-cli at exactly the version `Cargo.toml` pins for the `wasm-bindgen` crate;
//! - npm packages from `package-lock.json`: binaryen's wasm-opt, esbuild, playwright-core,
//!   axe-core and an OpenAPI 3.1 validator (`@seriousme/openapi-schema-validator`);
//! - binaryen's wasm-split, from Debian (the npm package lacks it), which splits the
//!   payment steps out of the shipped wasm;
//! - Debian's Chromium and ChromeDriver (tests only), with fonts for the shipped scripts.
//!
//! Each step checks first and is quick when the tool is already there.

use crate::sh::{Result, apt_install, cmd, have, read, root, run, step};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const WASM: &str = "wasm32-unknown-unknown";
const DEBIAN_WASM: &[&str] = &[
    "rustc-web",
    "cargo-web",
    "rust-web-src",
    "rust-web-llvm",
    "rust-web-clippy",
    "lld-22",
];

/// The shipped build's flags: drop what a buyer never needs (panic messages and their file
/// paths, Debug formatting), and leave out reference types and multi-value, which the
/// Debian wasm-split cannot read (the wasm is 0.8 KB brotli smaller without them, measured).
pub const SHIPPING_RUSTFLAGS: &str = "-Zunstable-options -Cpanic=immediate-abort \
     -Zlocation-detail=none -Zfmt-debug=none \
     -Ctarget-feature=-reference-types,-multivalue";

/// How this machine builds for wasm32. Both ways build the standard library from source
/// (`-Zbuild-std`) with the same flags; their compilers differ (rustup's stable, Debian's
/// rustc-web), and so does the shipped wasm, by little: 88,628 against 88,565 B brotli at
/// 95,948 B of critical path (measured), both within the size budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WasmToolchain {
    /// The default rustup toolchain, with the wasm32 target and `rust-src` installed.
    Rustup,
    /// Debian's rustc-web, linked into rustup as `web`, with its std sources.
    Debian,
}

impl WasmToolchain {
    /// A `cargo` command set up to build for wasm32 with this toolchain.
    pub fn cargo(self, args: &[&str]) -> Command {
        let mut c = cmd("cargo", args);
        c.current_dir(root());
        self.apply(&mut c);
        c
    }

    /// Sets on `command` the environment in which cargo builds for wasm32 with this
    /// toolchain (for [`cargo`](Self::cargo), and for tools that run cargo themselves, such
    /// as Trunk).
    pub fn apply(self, command: &mut Command) {
        command
            .env("RUSTC_BOOTSTRAP", "1")
            .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort");
        if self == WasmToolchain::Debian {
            command.env("RUSTUP_TOOLCHAIN", "web");
        }
    }

    /// A `cargo` command for the shipped build: as [`cargo`](Self::cargo), plus
    /// [`SHIPPING_RUSTFLAGS`]. Tests build without them, so their failures stay readable.
    pub fn cargo_shipping(self, args: &[&str]) -> Command {
        let mut c = self.cargo(args);
        c.env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            SHIPPING_RUSTFLAGS,
        );
        c
    }
}

/// Finds or installs a wasm32 toolchain: rustup first (time-bounded), else Debian's.
pub fn wasm_toolchain() -> Result<WasmToolchain> {
    if rustup_ready() {
        return Ok(WasmToolchain::Rustup);
    }
    if debian_ready() {
        return Ok(WasmToolchain::Debian);
    }
    let marker = tools_dir().join("rustup-wasm-unavailable");
    if !marker.exists() {
        step("Adding the wasm32 target and the std sources with rustup (at most 60 s each)");
        for args in [["target", "add", WASM], ["component", "add", "rust-src"]] {
            let mut probe = cmd("timeout", &["-k", "5", "60", "rustup"]);
            if run(probe.args(args)).is_err() {
                break;
            }
        }
        if rustup_ready() {
            return Ok(WasmToolchain::Rustup);
        }
        println!("    rustup cannot fetch them here; using Debian's rustc-web instead");
        fs::create_dir_all(tools_dir()).map_err(|e| e.to_string())?;
        let _ = fs::write(
            &marker,
            "rustup could not add the wasm32 target or rust-src\n",
        );
    }
    apt_install(
        DEBIAN_WASM,
        "Rust for wasm32 with its std sources (rustup cannot fetch them here; ~2 min)",
    )?;
    run(&mut cmd("rustup", &["toolchain", "link", "web", "/usr"]))?;
    if debian_ready() {
        Ok(WasmToolchain::Debian)
    } else {
        Err("Debian's rustc-web is installed but `rustup run web rustc` does not work".into())
    }
}

fn rustup_ready() -> bool {
    let targets = read(&mut cmd("rustup", &["target", "list", "--installed"])).unwrap_or_default();
    let sysroot = read(&mut cmd("rustc", &["--print", "sysroot"])).unwrap_or_default();
    targets.lines().any(|l| l.trim() == WASM)
        && !sysroot.is_empty()
        && PathBuf::from(sysroot)
            .join("lib/rustlib/src/rust/library")
            .is_dir()
}

fn debian_ready() -> bool {
    let linked = read(&mut cmd("rustup", &["toolchain", "list"])).is_some_and(|l| {
        l.lines()
            .any(|t| t.split_whitespace().next() == Some("web"))
    });
    linked
        && PathBuf::from("/usr/lib/rustlib/src/rust/library").is_dir()
        && PathBuf::from("/usr/bin/rust-lld").exists()
        && PathBuf::from("/usr/bin/clippy-driver").exists()
        && read(&mut cmd("rustup", &["run", "web", "rustc", "--version"])).is_some()
}

/// Where xtask keeps its markers and the tools it installs per checkout.
pub fn tools_dir() -> PathBuf {
    root().join("target").join("tools")
}

/// The `wasm-bindgen` version the widget pins (`wasm-bindgen = "=X.Y.Z"` in Cargo.toml).
pub fn pinned_wasm_bindgen() -> Result<String> {
    let widget = widget_package()?;
    let requirement = widget
        .dependencies
        .iter()
        .find(|d| d.name == "wasm-bindgen")
        .map(|d| d.req.to_string())
        .unwrap_or_default();
    requirement
        .strip_prefix('=')
        .map(str::to_owned)
        .ok_or_else(|| format!("Cargo.toml must pin wasm-bindgen as `=X.Y.Z`, not `{requirement}`"))
}

/// The widget's package as cargo describes it (`cargo metadata`, workspace members only, so
/// nothing is downloaded).
pub fn widget_package() -> Result<cargo_metadata::Package> {
    let metadata = cargo_metadata::MetadataCommand::new()
        .current_dir(root())
        .no_deps()
        .exec()
        .map_err(|e| format!("cargo metadata: {e}"))?;
    metadata
        .packages
        .into_iter()
        .find(|p| p.name.as_str() == "micro-checkout")
        .ok_or_else(|| "the workspace has no `micro-checkout` package".into())
}

/// Installs wasm-bindgen-cli at the pinned version unless it is on PATH already.
pub fn wasm_bindgen_cli() -> Result {
    let version = pinned_wasm_bindgen()?;
    let found = read(&mut cmd("wasm-bindgen", &["--version"])).unwrap_or_default();
    if found.split_whitespace().nth(1) == Some(version.as_str()) {
        return Ok(());
    }
    step(&format!(
        "Installing wasm-bindgen-cli {version} (must match the wasm-bindgen crate; ~8 min on 2 cores)"
    ));
    let locked = run(&mut cmd(
        "cargo",
        &[
            "install",
            "--locked",
            "wasm-bindgen-cli",
            "--version",
            &version,
        ],
    ));
    if locked.is_err() {
        println!(
            "    the locked build failed (its lockfile pins crates this registry lacks); retrying unlocked"
        );
        run(&mut cmd(
            "cargo",
            &["install", "wasm-bindgen-cli", "--version", &version],
        ))?;
    }
    Ok(())
}

/// Installs the npm packages of `package-lock.json` unless they are current.
pub fn node_modules() -> Result {
    if !have("npm") {
        apt_install(
            &["nodejs", "npm"],
            "Node.js runs wasm-opt and the end-to-end tests",
        )?;
    }
    let lock = fs::read(root().join("package-lock.json")).map_err(|e| e.to_string())?;
    let stamp = root().join("node_modules").join(".micro-checkout-lock");
    if fs::read(&stamp).ok().as_deref() == Some(lock.as_slice()) {
        return Ok(());
    }
    step(
        "Installing npm packages: wasm-opt (binaryen), playwright-core, axe-core and an OpenAPI validator (~1 min)",
    );
    let mut npm = cmd("npm", &["ci", "--no-audit", "--no-fund"]);
    run(npm.current_dir(root()))?;
    fs::write(stamp, lock).map_err(|e| e.to_string())
}

/// Installs binaryen's wasm-split from Debian unless it is on PATH already.
pub fn wasm_split() -> Result {
    if have("wasm-split") {
        return Ok(());
    }
    apt_install(
        &["binaryen"],
        "its wasm-split splits the payment steps out of the shipped wasm (~10 s)",
    )
}

/// The `node_modules/.bin` folder, where wasm-opt lives.
pub fn node_bin() -> PathBuf {
    root().join("node_modules").join(".bin")
}

/// The Chromium and ChromeDriver to test with (`CHROMIUM` / `CHROMEDRIVER` override).
pub struct Browser {
    /// The Chromium binary.
    pub chromium: PathBuf,
    /// The matching ChromeDriver.
    pub chromedriver: PathBuf,
}

/// Finds or installs Chromium, ChromeDriver and the fonts the shipped locales need.
pub fn browser() -> Result<Browser> {
    let pick = |var: &str, default: &str| {
        std::env::var_os(var)
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(default))
    };
    let chromium = pick("CHROMIUM", "/usr/bin/chromium");
    let chromedriver = pick("CHROMEDRIVER", "/usr/bin/chromedriver");
    // CJK, Arabic, Hebrew, Thai and Devanagari: every shipped locale renders without tofu.
    let fonts = [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
    ];
    let fonts_present = fonts.iter().all(|f| Path::new(f).exists());
    if !chromium.exists() || !chromedriver.exists() || !fonts_present {
        apt_install(
            &[
                "chromium",
                "chromium-driver",
                "fonts-noto-core",
                "fonts-noto-cjk",
            ],
            "browser tests run in real headless Chromium; Noto fonts render every locale (~3 min)",
        )?;
    }
    Ok(Browser {
        chromium,
        chromedriver,
    })
}

/// Makes sure rustfmt and clippy exist for the host toolchain.
pub fn host_components() -> Result {
    let fmt = read(&mut cmd("cargo", &["fmt", "--version"])).is_some();
    let clippy = read(&mut cmd("cargo", &["clippy", "--version"])).is_some();
    if fmt && clippy {
        return Ok(());
    }
    step("Adding rustfmt and clippy to the host toolchain (at most 120 s)");
    run(&mut cmd(
        "timeout",
        &[
            "-k",
            "5",
            "120",
            "rustup",
            "component",
            "add",
            "rustfmt",
            "clippy",
        ],
    ))
}

/// Waits until `probe` is true, checking every 100 ms for up to `limit`.
pub fn wait_for(limit: Duration, mut probe: impl FnMut() -> bool) -> bool {
    let start = std::time::Instant::now();
    while start.elapsed() < limit {
        if probe() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}
