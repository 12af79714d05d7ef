//! The entry module's bundling, for `dist/` (`widget.rs`), the npm package (`package.rs`)
//! and Trunk's build (`dev.rs`): its sources beside wasm-bindgen's glue in a scratch
//! folder, its `__MC_*__` constants (the names and integrity of what it loads), and
//! esbuild.

use crate::bootstrap;
use crate::sh::{Result, cmd, root, run};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

/// wasm-bindgen's glue without its fallback to the wasm beside it (`new URL('core_bg.wasm',
/// import.meta.url)`): the entry always hands it the fetched wasm, and a bundler would look
/// for a file of that name (webpack fails the build). Fails if the glue no longer has that
/// fallback, so that a new wasm-bindgen's is not missed.
fn without_default_wasm(glue: &str) -> Result<String> {
    const START: &str =
        "    if (module_or_path === undefined) {\n        module_or_path = new URL('";
    const END: &str = "_bg.wasm', import.meta.url);\n    }\n";
    let missing = || {
        "wasm-bindgen's glue has no default `new URL('…_bg.wasm', import.meta.url)` to remove: \
         check the glue of this wasm-bindgen version"
            .to_owned()
    };
    let at = glue.find(START).ok_or_else(missing)?;
    let name_at = at + START.len();
    let name_len = glue[name_at..].find(END).ok_or_else(missing)?;
    if glue[name_at..name_at + name_len].contains(['\n', '\'']) {
        return Err(missing());
    }
    Ok(format!(
        "{}{}",
        &glue[..at],
        &glue[name_at + name_len + END.len()..]
    ))
}

/// The entry's sources, copied from `static/` beside the glue for [`bundle`]:
/// `element.js` (the custom element, re-exporting `mount`) is the built file's entry.
const ENTRY_FILES: &[(&str, &str)] = &[
    ("micro-checkout.js", "the entry"),
    ("element.js", "the custom element"),
    ("qr.js", "the QR drawer"),
    ("page.js", "the page services"),
];

/// Where `widget.rs` leaves the entry's sources and the glue (`core.js`), for the npm
/// package (`package.rs`) to bundle again.
pub fn scratch() -> PathBuf {
    root().join("target").join("entry")
}

/// Copies the entry's sources ([`ENTRY_FILES`]) into `scratch` and moves the glue at `glue`
/// there (as `core.js`, without its default wasm URL), for [`bundle`].
pub fn move_sources(scratch: &Path, glue: &Path) -> Result {
    fs::create_dir_all(scratch).map_err(|e| e.to_string())?;
    for (file, what) in ENTRY_FILES {
        fs::copy(root().join("static").join(file), scratch.join(file))
            .map_err(|e| format!("copy {what}: {e}"))?;
    }
    let text = fs::read_to_string(glue).map_err(|e| format!("{}: {e}", glue.display()))?;
    // The entry always hands `initSync` a compiled module in an object: the glue's warning
    // for the older call, and its compiling of bytes, would only weigh on the bundle.
    let text = without_default_wasm(&text)?
        .replace(
            "console.warn('using deprecated parameters for `initSync()`; pass a single object instead')",
            "",
        )
        .replace(
            "    if (!(module instanceof WebAssembly.Module)) {\n        module = new WebAssembly.Module(module);\n    }\n",
            "",
        );
    fs::write(scratch.join("core.js"), text).map_err(|e| e.to_string())?;
    fs::remove_file(glue).map_err(|e| format!("{}: {e}", glue.display()))
}

/// The files the entry module loads, each as (name, integrity), and the locale files'
/// index as the build wrote it (`[name, integrity]`, JSON).
pub struct EntryFiles {
    /// The widget's wasm.
    pub wasm: (String, String),
    /// The stylesheet.
    pub css: (String, String),
    /// The QR encoder's wasm.
    pub qr: (String, String),
    /// The payment steps' wasm; `None` for a build without the split, whose steps are in
    /// the one module (`dev.rs`).
    pub steps: Option<(String, String)>,
    /// `[name, integrity]` of `locales/index.<hash>.json`.
    pub locale_index: String,
}

impl EntryFiles {
    /// The entry's `__MC_*__` constants. For the npm package (`package`), each file name
    /// starts with `./`, so that a bundler resolves its `new URL(…, import.meta.url)` and
    /// copies the file, and `__MC_PACKAGE__` is true.
    pub fn defines(&self, package: bool) -> Vec<String> {
        let prefix = if package { "./" } else { "" };
        let name = |file: &(String, String)| Value::from(format!("{prefix}{}", file.0));
        let integrity = |file: &(String, String)| Value::from(file.1.clone());
        [
            ("__MC_WASM__", name(&self.wasm)),
            ("__MC_WASM_INTEGRITY__", integrity(&self.wasm)),
            ("__MC_CSS__", name(&self.css)),
            // A bundler may rewrite the stylesheet (webpack 5 minifies it), so in the
            // package it goes without integrity; wasm and JSON are copied byte for byte.
            (
                "__MC_CSS_INTEGRITY__",
                if package {
                    "".into()
                } else {
                    integrity(&self.css)
                },
            ),
            ("__MC_QR__", name(&self.qr)),
            ("__MC_QR_INTEGRITY__", integrity(&self.qr)),
            (
                "__MC_STEPS__",
                self.steps.as_ref().map_or(Value::Null, name),
            ),
            (
                "__MC_STEPS_INTEGRITY__",
                self.steps.as_ref().map_or(Value::Null, integrity),
            ),
            ("__MC_STEPS_IMPORTS__", crate::split::PRIMARY.into()),
            ("__MC_PACKAGE__", package.into()),
        ]
        .into_iter()
        .map(|(constant, value)| format!("--define:{constant}={value}"))
        .chain([format!(
            "--define:__MC_LOCALE_INDEX__={}",
            self.locale_index
        )])
        .collect()
    }
}

/// Bundles `entry` (a file in `scratch`, see [`move_sources`]) with esbuild as an ES
/// module for es2022, with `defines` and `flags`, into `outfile`.
pub fn bundle(
    scratch: &Path,
    entry: &str,
    defines: &[String],
    flags: &[&str],
    outfile: &Path,
) -> Result {
    run(cmd(
        bootstrap::node_bin().join("esbuild"),
        &[entry, "--bundle", "--format=esm", "--target=es2022"],
    )
    .args(defines)
    .args(flags)
    .arg(format!("--outfile={}", outfile.display()))
    .current_dir(scratch))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glue_loses_only_its_default_wasm_url() {
        let glue = "async function init(module_or_path) {\n    if (module_or_path === undefined) {\n        module_or_path = new URL('micro-checkout_bg.wasm', import.meta.url);\n    }\n    const imports = get();\n}\n";
        assert_eq!(
            without_default_wasm(glue).unwrap(),
            "async function init(module_or_path) {\n    const imports = get();\n}\n"
        );
        assert!(without_default_wasm("const imports = get();").is_err());
    }
}
