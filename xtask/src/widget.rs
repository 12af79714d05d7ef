//! Builds the shippable widget into `target/dist/`: the release wasm through wasm-bindgen
//! and wasm-opt, the ES module entry point bundled with wasm-bindgen's glue and minified
//! (esbuild), the stylesheet and the TypeScript types, each under a content-hashed name
//! with its Subresource Integrity (`integrity.rs`).

use crate::bootstrap::{self, WasmToolchain};
use crate::entry;
use crate::integrity::{Manifest, move_hashed, write_hashed};
use crate::sh::{Result, cmd, root, run, step};
use std::fs;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// wasm-opt: smallest code, debug info stripped, and exactly the wasm features the shipped
/// build enables (`split::FEATURES`; so no newer feature sneaks in).
const WASM_OPT_FLAGS: &[&str] = &[
    "-Oz",
    "--converge",
    // A module-defined memory starts zeroed, and Rust never uses its first kilobyte (the
    // stack and data start at 1 MiB): both let wasm-opt drop and fold more.
    "--zero-filled-memory",
    "--low-memory-unused",
    "--strip-debug",
    "--strip-producers",
];

/// Files copied from `static/` into the build as they are (the entry module and the
/// stylesheet get content-hashed names in [`package`]).
const STATIC_FILES: &[&str] = &["micro-checkout.d.ts", "page.js", "preview.js", "qr.js"];

/// The folder the widget is built into.
pub fn dist_dir() -> PathBuf {
    root().join("target").join("dist")
}

/// Builds the release widget into [`dist_dir`] and prints the tags a merchant pastes.
pub fn build(toolchain: WasmToolchain) -> Result<PathBuf> {
    bootstrap::wasm_split()?;
    step("Building the widget for wasm32 (release; the first build takes several minutes)");
    let out_dir = build_reporting_out_dir(&mut toolchain.cargo_shipping(&release_build(
        "micro-checkout",
        &["--message-format=json-render-diagnostics"],
    )))?;
    let wasm = root().join("target/wasm32-unknown-unknown/release/micro_checkout.wasm");
    let dist = dist_dir();
    let _ = fs::remove_dir_all(&dist);
    fs::create_dir_all(&dist).map_err(|e| e.to_string())?;
    step(
        "Generating the JavaScript bindings (wasm-bindgen), shrinking the wasm (wasm-opt -Oz) and splitting out the payment steps (wasm-split)",
    );
    let unmerged = unmerged_wasm(toolchain)?;
    bindgen(&wasm, &dist, Output::Split(&unmerged))?;
    step("Building the QR module (qr/, fetched only when a payment shows a QR code)");
    qr_module(toolchain, &dist)?;
    step("Building the designer preview (feature `preview`, into dist/preview/; not shipped)");
    run(
        &mut toolchain.cargo_shipping(&release_build("micro-checkout", &["--features", "preview"]))
    )?;
    bindgen(&wasm, &dist.join("preview"), Output::Whole)?;
    for file in STATIC_FILES {
        fs::copy(root().join("static").join(file), dist.join(file))
            .map_err(|e| format!("copy static/{file}: {e}"))?;
    }
    copy_locales(&out_dir.join("locales"), &dist.join("locales"))?;
    step("Bundling the entry module (esbuild), content-hashed names and Subresource Integrity");
    let locales = fs::read_to_string(out_dir.join("locale-files.json"))
        .map_err(|e| format!("the build's locale-files.json: {e}"))?;
    let manifest = package(&dist, &locales)?;
    let copies = crate::precompress::write_all(&dist)?;
    println!("    precompressed {copies} files (.br, .gz)");
    println!(
        "    serve {} as /dist/ and paste (the entry's integrity covers the wasm and every locale file):\n{}",
        dist.display(),
        manifest.tags("/dist/")
    );
    Ok(dist)
}

/// Gives the wasm and the stylesheet content-hashed names, bundles the entry module with
/// the glue, the names and the integrity of everything it loads (the locale files' index
/// too, from `locales`: the build's `locale-files.json`), and writes the manifest.
/// The entry is also kept as `micro-checkout.js` and the stylesheet as
/// `micro-checkout.css`, stable names for bundlers and quick trials.
fn package(dist: &Path, locales: &str) -> Result<Manifest> {
    let read = |path: &Path| fs::read(path).map_err(|e| format!("{}: {e}", path.display()));
    let wasm = move_hashed(&dist.join("core_bg.wasm"), dist, "core_bg", "wasm")?;
    // The stylesheet ships minified (esbuild): 196 B brotli less, measured.
    let css_path = dist.join("micro-checkout.css");
    run(cmd(
        bootstrap::node_bin().join("esbuild"),
        &["static/micro-checkout.css", "--minify", "--loader:.css=css"],
    )
    .arg(format!("--outfile={}", css_path.display()))
    .current_dir(root()))?;
    let css_bytes = read(&css_path)?;
    let css = write_hashed(dist, "micro-checkout", "css", &css_bytes)?;
    // `qr.wasm` stays too, under its stable name, for the designer preview.
    let qr = write_hashed(dist, "qr", "wasm", &read(&dist.join("qr.wasm"))?)?;
    let steps = move_hashed(&dist.join("steps.wasm"), dist, "steps", "wasm")?;
    // The entry imports `./core.js`: bundle the two from a scratch folder.
    let scratch = entry::scratch();
    entry::move_sources(&scratch, &dist.join("core.js"))?;
    let files = entry::EntryFiles {
        wasm,
        css,
        qr,
        steps: Some(steps),
        locale_index: locales.trim().to_owned(),
    };
    let bundled = dist.join("micro-checkout.js");
    entry::bundle(
        &scratch,
        "element.js",
        &files.defines(false),
        &["--minify", "--legal-comments=none"],
        &bundled,
    )?;
    let entry = write_hashed(dist, "micro-checkout", "js", &read(&bundled)?)?;
    let manifest = Manifest {
        entry,
        wasm: files.wasm,
        css: files.css,
        qr: files.qr,
        steps: files.steps.expect("the shipped build is split"),
    };
    manifest.save(dist)?;
    Ok(manifest)
}

/// The release wasm32 build of `package`'s library, with `extra` arguments.
fn release_build<'a>(package: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        package,
        "--lib",
    ];
    args.extend_from_slice(extra);
    args
}

/// The shipping widget's wasm through wasm-bindgen, wasm-opt and wasm-split as shipped,
/// but with its function names kept (`cargo xtask size --map`); answers the path of the
/// module on the critical path.
pub fn named_wasm(toolchain: WasmToolchain) -> Result<PathBuf> {
    bootstrap::wasm_split()?;
    step("Building the shipping widget again, keeping function names (for the size map)");
    run(&mut toolchain.cargo_shipping(&release_build("micro-checkout", &[])))?;
    let wasm = root().join("target/wasm32-unknown-unknown/release/micro_checkout.wasm");
    let unmerged = unmerged_wasm(toolchain)?;
    let out = root().join("target").join("size-map");
    let _ = fs::remove_dir_all(&out);
    fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    bindgen(&wasm, &out, Output::SplitNamed(&unmerged))?;
    Ok(out.join("core_bg.wasm"))
}

/// The shipped widget built again without merging identical functions, in its own target
/// folder (its dependencies built once, there); `split.rs` finds the steps' functions that
/// have a twin elsewhere in it. Answers its wasm.
fn unmerged_wasm(toolchain: WasmToolchain) -> Result<PathBuf> {
    step(
        "Building the widget again without merging functions (for a safe split; the first build takes a few minutes)",
    );
    let dir = root().join("target").join("unmerged");
    let mut command = toolchain.cargo_shipping(&release_build("micro-checkout", &[]));
    command.env("CARGO_TARGET_DIR", &dir).env(
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
        format!(
            "{} -Zmerge-functions=disabled",
            bootstrap::SHIPPING_RUSTFLAGS
        ),
    );
    run(&mut command)?;
    Ok(dir.join("wasm32-unknown-unknown/release/micro_checkout.wasm"))
}

/// What [`bindgen`] writes.
#[derive(Clone, Copy, PartialEq)]
enum Output<'a> {
    /// One module (the designer preview).
    Whole,
    /// The shipped pair: the widget, and the payment steps in `steps.wasm`; with the same
    /// widget built without merging functions ([`unmerged_wasm`]).
    Split(&'a Path),
    /// The same, with function names kept.
    SplitNamed(&'a Path),
}

/// wasm-bindgen (ES module target, `core.js`), short import names (`imports.rs`), then
/// wasm-opt, from `wasm` into `out`; split, the payment steps go to `steps.wasm`
/// (`split.rs`) and the glue gets the placeholders' namespace.
fn bindgen(wasm: &Path, out: &Path, output: Output) -> Result {
    let names = if output == Output::Whole {
        None
    } else {
        Some("--keep-debug")
    };
    run(cmd(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            "core",
            "--out-dir",
        ],
    )
    .arg(out)
    .args(names)
    .arg(wasm))?;
    let module = out.join("core_bg.wasm");
    let glue = out.join("core.js");
    let read = |path: &Path| fs::read(path).map_err(|e| format!("{}: {e}", path.display()));
    let text = String::from_utf8(read(&glue)?).map_err(|e| e.to_string())?;
    let (short_wasm, short_glue) = crate::imports::shorten(&read(&module)?, &text)?;
    fs::write(&module, short_wasm).map_err(|e| e.to_string())?;
    if output == Output::Whole {
        fs::write(&glue, short_glue).map_err(|e| e.to_string())?;
        return shrink(&module, &module, false);
    }
    fs::write(&glue, crate::split::glue_with_placeholders(&short_glue)?)
        .map_err(|e| e.to_string())?;
    // Optimized first, so that the split moves code already inlined where it runs; names
    // kept for the split, and duplicates merged only afterwards (`split.rs`). The scratch
    // files stay in target/split/ (the placeholders' map says which function each stands
    // for).
    let scratch = root().join("target").join("split");
    fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let named = scratch.join("core_named.wasm");
    let wasm_opt = bootstrap::node_bin().join("wasm-opt");
    run(cmd(&wasm_opt, &wasm_opt_flags(true))
        .arg("--skip-pass=duplicate-function-elimination")
        .arg(&module)
        .arg("-o")
        .arg(&named))?;
    let (primary, steps) = (scratch.join("core.wasm"), scratch.join("steps.wasm"));
    let (unmerged, keep_names) = match output {
        Output::Split(unmerged) => (unmerged, false),
        Output::SplitNamed(unmerged) => (unmerged, true),
        Output::Whole => unreachable!("handled above"),
    };
    crate::split::split(&named, unmerged, (&primary, &steps), &scratch, keep_names)?;
    shrink(&primary, &module, keep_names)?;
    shrink(&steps, &out.join("steps.wasm"), keep_names)?;
    Ok(())
}

/// The shipping flags of wasm-opt; with `keep_names`, function names stay.
fn wasm_opt_flags(keep_names: bool) -> Vec<&'static str> {
    WASM_OPT_FLAGS
        .iter()
        .copied()
        .filter(|flag| !keep_names || *flag != "--strip-debug")
        .chain(keep_names.then_some("-g"))
        .chain(crate::split::FEATURES.iter().copied())
        .collect()
}

/// wasm-opt with the shipping flags, from `wasm` into `out` (`keep_names`: the function
/// names stay, for the size map).
pub fn shrink(wasm: &Path, out: &Path, keep_names: bool) -> Result {
    let wasm_opt = bootstrap::node_bin().join("wasm-opt");
    run(cmd(wasm_opt, &wasm_opt_flags(keep_names))
        .arg(wasm)
        .arg("-o")
        .arg(out))
}

/// Builds the QR encoder (`qr/`) for wasm32 as shipped and shrinks it into `dist/qr.wasm`
/// ([`package`] gives it its content-hashed name).
pub fn qr_module(toolchain: WasmToolchain, dist: &Path) -> Result {
    run(&mut toolchain.cargo_shipping(&release_build("micro-checkout-qr", &[])))?;
    let built = root().join("target/wasm32-unknown-unknown/release/micro_checkout_qr.wasm");
    shrink(&built, &dist.join("qr.wasm"), false)
}

/// Runs a cargo build that prints JSON messages; shows its diagnostics and returns the
/// `OUT_DIR` of the widget's build script (where build.rs writes the locale files).
pub fn build_reporting_out_dir(command: &mut Command) -> Result<PathBuf> {
    println!("    $ cargo build … (widget)");
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start cargo: {e}"))?;
    let widget = bootstrap::widget_package()?.id;
    let mut out_dir = None;
    let stdout = BufReader::new(child.stdout.take().expect("piped"));
    for message in cargo_metadata::Message::parse_stream(stdout) {
        match message.map_err(|e| e.to_string())? {
            cargo_metadata::Message::BuildScriptExecuted(script) if script.package_id == widget => {
                out_dir = Some(script.out_dir.into_std_path_buf());
            }
            cargo_metadata::Message::TextLine(line) => println!("{line}"),
            _ => {}
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if !status.success() {
        return Err(format!("the widget build failed ({status})"));
    }
    out_dir.ok_or_else(|| "cargo did not report the widget's build-script output".into())
}

/// Copies the lazily loaded locale files (`<tag>.<hash>.json`) and their index
/// (`index.<hash>.json`) into the build, in place of an earlier build's.
pub fn copy_locales(from: &Path, to: &Path) -> Result {
    if to.exists() {
        fs::remove_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    fs::create_dir_all(to).map_err(|e| e.to_string())?;
    let entries = fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().expect("a file name");
        fs::copy(&path, to.join(name)).map_err(|e| format!("copy {}: {e}", path.display()))?;
    }
    Ok(())
}
