//! `cargo xtask dev`: the widget's development loop through Trunk (`Trunk.toml`,
//! `index.html`), and `cargo xtask trunk-stage`, the hook that makes Trunk's build the
//! shipped widget.
//!
//! `cargo xtask dev [--port N]` installs the pinned Trunk (only here: no other command needs
//! it), starts the reference backend on 127.0.0.1:8081 (Trunk.toml proxies the API there)
//! and runs `trunk serve`: the demo page on 127.0.0.1:8080, rebuilt on every save.
//! `cargo xtask dev --build` runs `trunk build --release` into `target/trunk/` instead and
//! checks what it wrote.
//!
//! Trunk compiles the widget and runs wasm-bindgen; its post-build hook ([`stage`]) then
//! lays the output out as `cargo xtask build` does: the entry module (`static/element.js`
//! with `static/micro-checkout.js`) bundled over Trunk's glue, the wasm, stylesheet and QR
//! module under content-hashed names with their Subresource Integrity, the locale files and
//! their index, and the page's tags as a merchant pastes them (`integrity::tags`). In release the
//! wasm goes through wasm-opt with the shipped flags. Unlike `dist/`, the payment steps stay
//! in the one module (no wasm-split), which keeps a rebuild quick; the widget then needs no
//! loader for them and behaves the same.

use crate::bootstrap::{self, SHIPPING_RUSTFLAGS, WasmToolchain};
use crate::entry::{self, EntryFiles};
use crate::integrity::{self, move_hashed, write_hashed};
use crate::sh::{Result, cmd, read, root, run, step};
use crate::widget;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The Trunk this loop is written for, installed by [`trunk`] (`cargo install`).
pub const TRUNK_VERSION: &str = "0.21.14";

/// Where the reference backend listens for Trunk's proxy (`Trunk.toml`'s `[[proxy]]`).
pub const BACKEND_PORT: u16 = 8081;

/// The folder `trunk build` writes (`Trunk.toml`'s `dist`).
pub fn trunk_dist() -> PathBuf {
    root().join("target").join("trunk")
}

/// `cargo xtask dev`: the backend, then `trunk serve` on `port` (or, with `build`, `trunk
/// build --release` and a check of its output).
pub fn main(port: u16, build: bool) -> Result {
    let toolchain = bootstrap::wasm_toolchain()?;
    bootstrap::wasm_bindgen_cli()?;
    bootstrap::node_modules()?;
    if build {
        let dist = build_release(toolchain)?;
        println!(
            "    {}: serve it with the API proxied to a backend",
            dist.join("index.html").display()
        );
        return Ok(());
    }
    let trunk = trunk()?;
    let mut command = trunk_command(&trunk, toolchain, false);
    step("Starting the reference backend for Trunk's proxy (127.0.0.1:8081)");
    let out = root().join("target").join("dev");
    let binary = crate::server::build(false)?;
    let db = out.join("dev.db");
    let _backend = crate::server::start_on(&binary, BACKEND_PORT, &db, &[], false)?;
    step(&format!(
        "trunk serve: the demo page at http://127.0.0.1:{port}/, rebuilt on every save (Ctrl-C stops)"
    ));
    command.args(["serve", "--port", &port.to_string()]);
    run(&mut command)
}

/// `trunk build --release` (Trunk installed first if need be) into [`trunk_dist`], checked;
/// answers that folder. `cargo xtask test` runs it and pays through the page it built.
pub fn build_release(toolchain: WasmToolchain) -> Result<PathBuf> {
    let trunk = trunk()?;
    step("Building the demo page with Trunk (trunk build --release, into target/trunk/)");
    run(trunk_command(&trunk, toolchain, true).args(["build", "--release"]))?;
    let dist = trunk_dist();
    check_build(&dist)?;
    Ok(dist)
}

/// `trunk` with the environment the widget builds in: this machine's wasm32 toolchain (and
/// for a release build the shipped flags, so that it matches `dist/`), wasm-opt on PATH.
fn trunk_command(trunk: &Path, toolchain: WasmToolchain, release: bool) -> Command {
    let mut command = cmd(trunk, &[]);
    command.current_dir(root());
    toolchain.apply(&mut command);
    if release {
        command.env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            SHIPPING_RUSTFLAGS,
        );
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    let paths = std::iter::once(bootstrap::node_bin()).chain(std::env::split_paths(&path));
    command.env(
        "PATH",
        std::env::join_paths(paths).expect("PATH entries without separators"),
    );
    command
}

/// The pinned Trunk: on PATH at [`TRUNK_VERSION`], else installed with `cargo install`
/// (~5 min the first time).
fn trunk() -> Result<PathBuf> {
    let installed = read(&mut cmd("trunk", &["--version"])).unwrap_or_default();
    if installed.trim() == format!("trunk {TRUNK_VERSION}") {
        return Ok("trunk".into());
    }
    step(&format!(
        "Installing Trunk {TRUNK_VERSION} (cargo install, only for this loop; ~5 min the first time)"
    ));
    let install = |locked: bool| {
        let mut c = cmd(
            "cargo",
            &[
                "install",
                "trunk",
                "--version",
                TRUNK_VERSION,
                "--no-default-features",
                "--features",
                "rustls",
            ],
        );
        if locked {
            c.arg("--locked");
        }
        run(&mut c)
    };
    if install(true).is_err() {
        println!(
            "    the locked install failed (its lockfile pins crates this registry lacks); retrying unlocked"
        );
        install(false)?;
    }
    Ok("trunk".into())
}

/// `cargo xtask trunk-stage`, Trunk's post-build hook: turns Trunk's output in
/// `TRUNK_STAGING_DIR` into the shipped layout (see the module's doc).
pub fn stage() -> Result {
    let staging = PathBuf::from(
        std::env::var_os("TRUNK_STAGING_DIR")
            .ok_or("TRUNK_STAGING_DIR is not set: `cargo xtask trunk-stage` is Trunk's hook")?,
    );
    let release = std::env::var("TRUNK_PROFILE").as_deref() == Ok("release");
    let toolchain = bootstrap::wasm_toolchain()?;
    let (glue, wasm) = trunk_output(&staging)?;
    let scratch = root().join("target").join("trunk-entry");
    entry::move_sources(&scratch, &glue)?;
    if release {
        widget::shrink(&wasm, &wasm, false)?;
    }
    let read = |path: &Path| fs::read(path).map_err(|e| format!("{}: {e}", path.display()));
    let core = move_hashed(&wasm, &staging, "core_bg", "wasm")?;
    let css_source = root().join("static").join("micro-checkout.css");
    let css = write_hashed(&staging, "micro-checkout", "css", &read(&css_source)?)?;
    widget::qr_module(toolchain, &staging)?;
    let qr = move_hashed(&staging.join("qr.wasm"), &staging, "qr", "wasm")?;
    let out_dir = widget::build_reporting_out_dir(&mut same_build_as_trunk(toolchain, release))?;
    widget::copy_locales(&out_dir.join("locales"), &staging.join("locales"))?;
    let locale_index = fs::read_to_string(out_dir.join("locale-files.json"))
        .map_err(|e| format!("the build's locale-files.json: {e}"))?;
    let files = EntryFiles {
        wasm: core,
        css,
        qr,
        steps: None,
        locale_index: locale_index.trim().to_owned(),
    };
    let bundled = scratch.join("bundled.js");
    let flags: &[&str] = if release {
        &["--minify", "--legal-comments=none"]
    } else {
        &[]
    };
    entry::bundle(
        &scratch,
        "element.js",
        &files.defines(false),
        flags,
        &bundled,
    )?;
    let entry = write_hashed(&staging, "micro-checkout", "js", &read(&bundled)?)?;
    let page_path = staging.join("index.html");
    let page = fs::read_to_string(&page_path).map_err(|e| format!("Trunk's index.html: {e}"))?;
    let tags = integrity::tags("/", &files.css, &files.wasm, &entry);
    fs::write(&page_path, with_tags(&page, &tags)?).map_err(|e| e.to_string())
}

/// Trunk's glue and wasm in `staging` (`*.js` and `*_bg.wasm`).
fn trunk_output(staging: &Path) -> Result<(PathBuf, PathBuf)> {
    let mut glue = None;
    let mut wasm = None;
    for entry in fs::read_dir(staging).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if name.ends_with("_bg.wasm") {
            wasm = Some(path.clone());
        } else if name.ends_with(".js") {
            glue = Some(path.clone());
        }
    }
    match (glue, wasm) {
        (Some(glue), Some(wasm)) => Ok((glue, wasm)),
        _ => Err(format!(
            "Trunk wrote no glue and wasm into {}",
            staging.display()
        )),
    }
}

/// The cargo build Trunk just ran (`Trunk.toml`'s root manifest for wasm32, in the
/// environment [`trunk_command`] gave it), asked again for its messages: a no-op that
/// reports where the widget's build script wrote the locale files.
fn same_build_as_trunk(toolchain: WasmToolchain, release: bool) -> Command {
    let mut command = toolchain.cargo(&[
        "build",
        "--target=wasm32-unknown-unknown",
        "--manifest-path",
        "Cargo.toml",
        "--message-format=json-render-diagnostics",
    ]);
    if release {
        command.arg("--release").env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            SHIPPING_RUSTFLAGS,
        );
    }
    command
}

/// The page's placeholder tag (`<script type="module" src="/micro-checkout.js">`) replaced
/// by `tags`, those a merchant pastes (`integrity::tags`).
fn with_tags(page: &str, tags: &str) -> Result<String> {
    const PLACEHOLDER: &str = r#"<script type="module" src="/micro-checkout.js"></script>"#;
    if !page.contains(PLACEHOLDER) {
        return Err(format!(
            "index.html has no `{PLACEHOLDER}` to point at the entry"
        ));
    }
    Ok(page.replacen(PLACEHOLDER, tags, 1))
}

/// Checks what `trunk build` wrote into `dist`: the page points at a hashed entry with its
/// integrity, and every file the entry loads is there.
fn check_build(dist: &Path) -> Result {
    let page = fs::read_to_string(dist.join("index.html")).map_err(|e| e.to_string())?;
    let names: Vec<String> = fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    for (stem, ext) in [
        ("micro-checkout", "js"),
        ("core_bg", "wasm"),
        ("micro-checkout", "css"),
        ("qr", "wasm"),
    ] {
        let found = names.iter().find(|name| {
            name.starts_with(&format!("{stem}.")) && name.ends_with(&format!(".{ext}"))
        });
        let Some(name) = found else {
            return Err(format!(
                "trunk build wrote no {stem}.<hash>.{ext} into {}",
                dist.display()
            ));
        };
        if ext != "wasm"
            && !page.contains(&format!("src=\"/{name}\" integrity=\"sha384-"))
            && !page.contains(&format!("href=\"/{name}\" integrity=\"sha384-"))
        {
            return Err(format!(
                "index.html does not load {name} with its integrity"
            ));
        }
    }
    if !dist.join("locales").is_dir() {
        return Err("trunk build wrote no locales/".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_gets_the_entry_and_stylesheet_with_their_integrity() {
        let page =
            "<body>\n  <script type=\"module\" src=\"/micro-checkout.js\"></script>\n</body>";
        let tags = integrity::tags(
            "/",
            &("micro-checkout.0b.css".into(), "sha384-c".into()),
            &("core_bg.0c.wasm".into(), "sha384-w".into()),
            &("micro-checkout.0a.js".into(), "sha384-e".into()),
        );
        let tagged = with_tags(page, &tags).unwrap();
        assert!(tagged.contains(
            "<script type=\"module\" src=\"/micro-checkout.0a.js\" integrity=\"sha384-e\" crossorigin=\"anonymous\"></script>"
        ));
        assert!(tagged.contains("href=\"/micro-checkout.0b.css\" integrity=\"sha384-c\""));
        assert!(!tagged.contains("src=\"/micro-checkout.js\""));
        assert!(tagged.contains("<link rel=\"preload\" href=\"/core_bg.0c.wasm\""));
        assert!(with_tags("<body></body>", &tags).is_err());
    }

    #[test]
    fn trunk_toml_and_the_page_match_this_loop() {
        let config = fs::read_to_string(root().join("Trunk.toml")).unwrap();
        assert!(config.contains(&format!("trunk-version = \"^{TRUNK_VERSION}\"")));
        assert!(config.contains(&format!("http://127.0.0.1:{BACKEND_PORT}/api/")));
        assert!(config.contains("\"cargo\", \"xtask\", \"trunk-stage\"]"));
        let page = fs::read_to_string(root().join("index.html")).unwrap();
        assert!(page.contains(r#"<script type="module" src="/micro-checkout.js"></script>"#));
    }
}
