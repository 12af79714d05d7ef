//! `cargo xtask package`: the npm package, written into `target/npm/micro-checkout/` from
//! the widget as `cargo xtask build` ships it, then packed there by `npm pack`.
//!
//! The package holds the same wasm, stylesheet, QR and payment-steps files as `dist/`,
//! and the locale files, and an entry module bundled for bundlers: every file it loads is
//! a `new URL('./…', import.meta.url)`, which Vite, webpack 5 and Parcel copy into their
//! output, and nothing else touches a browser global on import. The entry is
//! side-effect free; `micro-checkout/element` defines `<micro-checkout>`, and
//! `micro-checkout/react` and `micro-checkout/vue` are the React and Vue components
//! (`static/npm/`). Its version is
//! the workspace's, and its metadata names the contract version it speaks.

use crate::entry::{self, EntryFiles};
use crate::integrity::{Manifest, sri};
use crate::sh::{Result, cmd, root, run, step};
use serde_json::{Value, json};
use std::fs;
use std::path::{Path, PathBuf};

/// The package's name on the registry.
pub const NAME: &str = "micro-checkout";

/// Files copied from `static/` as they are: (from, name in the package).
const COPIED: &[(&str, &str)] = &[
    ("element.js", "element.js"),
    ("element.d.ts", "element.d.ts"),
    ("micro-checkout.d.ts", "micro-checkout.d.ts"),
    ("npm/react.js", "react.js"),
    ("npm/react.d.ts", "react.d.ts"),
    ("npm/vue.js", "vue.js"),
    ("npm/vue.d.ts", "vue.d.ts"),
    ("npm/README.md", "README.md"),
];

/// The folder the package is written into.
pub fn dir() -> PathBuf {
    root().join("target").join("npm").join(NAME)
}

/// Writes the package into [`dir`] from the widget built in `dist` (and the entry's
/// sources that build left in `entry::scratch`).
pub fn write(dist: &Path) -> Result {
    step("Writing the npm package (target/npm/micro-checkout/)");
    let out = dir();
    let _ = fs::remove_dir_all(&out);
    fs::create_dir_all(out.join("locales")).map_err(|e| e.to_string())?;
    let manifest = Manifest::load(dist)?;
    let copy = |from: &Path, to: &Path| {
        fs::copy(from, to)
            .map(|_| ())
            .map_err(|e| format!("copy {}: {e}", from.display()))
    };
    let shipped = [&manifest.wasm, &manifest.css, &manifest.qr, &manifest.steps];
    for (file, _) in shipped {
        copy(&dist.join(file), &out.join(file))?;
    }
    let stylesheet = format!("./{}", manifest.css.0);
    for (from, to) in COPIED {
        copy(&root().join("static").join(from), &out.join(to))?;
    }
    let (index_name, index_integrity, index) = locale_index(&dist.join("locales"))?;
    for (file, _) in index.values() {
        copy(
            &dist.join("locales").join(file),
            &out.join("locales").join(file),
        )?;
    }
    copy(
        &dist.join("locales").join(&index_name),
        &out.join("locales").join(&index_name),
    )?;
    let scratch = entry::scratch();
    fs::write(scratch.join("locale-files.js"), locale_files_module(&index))
        .map_err(|e| format!("locale-files.js: {e}"))?;
    let files = EntryFiles {
        wasm: manifest.wasm.clone(),
        css: manifest.css.clone(),
        qr: manifest.qr.clone(),
        steps: Some(manifest.steps.clone()),
        locale_index: json!([index_name, index_integrity]).to_string(),
    };
    // Readable, not minified (the app's bundler minifies), but with constants folded, so
    // that the dist-only default locale folder is gone.
    entry::bundle(
        &scratch,
        "micro-checkout.js",
        &files.defines(true),
        &[
            "--minify-syntax",
            "--legal-comments=inline",
            "--inject:locale-files.js",
        ],
        &out.join("micro-checkout.js"),
    )?;
    let entry = fs::read_to_string(out.join("micro-checkout.js")).map_err(|e| e.to_string())?;
    check_entry(&entry)?;
    let package = serde_json::to_string_pretty(&package_json(&shipped_files(&out)?, &stylesheet))
        .map_err(|e| e.to_string())?;
    fs::write(out.join("package.json"), package + "\n").map_err(|e| e.to_string())?;
    println!("    {}", out.display());
    Ok(())
}

/// `npm pack` in `target/npm/`; answers the tarball's path.
pub fn pack() -> Result<PathBuf> {
    step("Packing it (npm pack)");
    let at = dir().parent().expect("target/npm").to_owned();
    let tarball = at.join(format!("{NAME}-{}.tgz", env!("CARGO_PKG_VERSION")));
    let _ = fs::remove_file(&tarball);
    run(cmd("npm", &["pack", "--silent", "--pack-destination"])
        .arg(&at)
        .arg(dir())
        .current_dir(&at))?;
    if !tarball.is_file() {
        return Err(format!("npm pack wrote no {}", tarball.display()));
    }
    println!("    {}", tarball.display());
    Ok(tarball)
}

/// The locale files' index in `locales` (`index.<hash>.json`): its name, its integrity, and
/// tag → (file, integrity).
type LocaleIndex = std::collections::BTreeMap<String, (String, String)>;

fn locale_index(locales: &Path) -> Result<(String, String, LocaleIndex)> {
    let entries = fs::read_dir(locales).map_err(|e| format!("{}: {e}", locales.display()))?;
    let name = entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .find(|name| name.starts_with("index.") && name.ends_with(".json"))
        .ok_or_else(|| format!("no locale index in {}", locales.display()))?;
    let bytes = fs::read(locales.join(&name)).map_err(|e| format!("{name}: {e}"))?;
    let index: LocaleIndex = serde_json::from_slice(&bytes).map_err(|e| format!("{name}: {e}"))?;
    Ok((name, sri(&bytes), index))
}

/// The module esbuild injects as `__MC_LOCALE_FILES__`: the index with each file as a
/// `new URL('./locales/…', import.meta.url)`, which a bundler copies and renames.
fn locale_files_module(index: &LocaleIndex) -> String {
    let mut module = String::from(
        "// The locale files, each where the bundler puts it (written by `cargo xtask package`).\n\
         export const __MC_LOCALE_FILES__ = {\n",
    );
    for (tag, (file, integrity)) in index {
        let tag = Value::from(tag.as_str());
        let url = Value::from(format!("./locales/{file}"));
        let integrity = Value::from(integrity.as_str());
        module.push_str(&format!(
            "  {tag}: [new URL({url}, import.meta.url).href, {integrity}],\n"
        ));
    }
    module.push_str("};\n");
    module
}

/// Fails if the bundled entry still holds something a bundler cannot resolve: the
/// dist-only default locale folder, or wasm-bindgen's default wasm name.
fn check_entry(entry: &str) -> Result {
    for unresolvable in [
        "\"locales/\"",
        "'locales/'",
        "\"core_bg.wasm\"",
        "'core_bg.wasm'",
    ] {
        if entry.contains(unresolvable) {
            return Err(format!(
                "the package's entry still refers to {unresolvable}, which a bundler cannot resolve"
            ));
        }
    }
    if !entry.contains("import.meta.url") {
        return Err("the package's entry has no new URL(…, import.meta.url)".into());
    }
    Ok(())
}

/// Every file in the package folder `out`, relative, sorted (the `files` list).
fn shipped_files(out: &Path) -> Result<Vec<String>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(out).map_err(|e| e.to_string())? {
        let name = entry.map_err(|e| e.to_string())?.file_name();
        let name = name.to_string_lossy().into_owned();
        if name != "package.json" && name != "README.md" {
            files.push(if name == "locales" {
                "locales/".into()
            } else {
                name
            });
        }
    }
    files.sort();
    Ok(files)
}

/// `package.json`: the exports (the module, the custom element, React, Vue, the stylesheet (the
/// hashed file the entry links, as `micro-checkout/micro-checkout.css`) and the types), the side effects, the files, the workspace's version and the contract's.
fn package_json(files: &[String], stylesheet: &str) -> Value {
    json!({
        "name": NAME,
        "version": env!("CARGO_PKG_VERSION"),
        "description": "A localized one-tap checkout for small payments: a WebAssembly widget that talks to any backend through an open JSON contract.",
        "license": env!("CARGO_PKG_LICENSE"),
        "type": "module",
        "module": "./micro-checkout.js",
        "types": "./micro-checkout.d.ts",
        "exports": {
            ".": { "types": "./micro-checkout.d.ts", "default": "./micro-checkout.js" },
            "./element": { "types": "./element.d.ts", "default": "./element.js" },
            "./react": { "types": "./react.d.ts", "default": "./react.js" },
            "./vue": { "types": "./vue.d.ts", "default": "./vue.js" },
            "./micro-checkout.css": stylesheet,
            "./package.json": "./package.json"
        },
        "sideEffects": ["./element.js", "*.css"],
        "files": files,
        "peerDependencies": { "react": ">=18", "vue": ">=3.3" },
        "peerDependenciesMeta": { "react": { "optional": true }, "vue": { "optional": true } },
        "keywords": ["checkout", "payments", "webassembly", "yew", "custom-element", "react", "vue"],
        "microCheckout": {
            "contractVersion": micro_checkout_contract::CONTRACT_VERSION,
            "contract": "docs/contract.md in the micro-checkout repository"
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_files_are_urls_a_bundler_resolves() {
        let mut index = LocaleIndex::new();
        index.insert(
            "ko-KR".into(),
            ("ko-KR.0123456789abcdef.json".into(), "sha384-x".into()),
        );
        let module = locale_files_module(&index);
        assert!(module.contains(
            "\"ko-KR\": [new URL(\"./locales/ko-KR.0123456789abcdef.json\", import.meta.url).href, \"sha384-x\"],"
        ));
    }

    #[test]
    fn an_entry_a_bundler_cannot_resolve_is_refused() {
        let good = "fetch(new URL(\"./core_bg.1.wasm\", import.meta.url))";
        assert!(check_entry(good).is_ok());
        let folder = format!("{good}; new URL(\"locales/\", import.meta.url)");
        assert!(check_entry(&folder).is_err());
        let glue = format!("{good}; new URL(\"core_bg.wasm\", import.meta.url)");
        assert!(check_entry(&glue).is_err());
    }

    #[test]
    fn the_changelog_has_the_package_s_version() {
        let changelog = fs::read_to_string(root().join("CHANGELOG.md")).unwrap();
        let heading = format!("## [{}]", env!("CARGO_PKG_VERSION"));
        assert!(
            changelog.lines().any(|line| line == heading),
            "CHANGELOG.md has no `{heading}` section for the package's version"
        );
    }

    #[test]
    fn the_version_is_the_workspace_s_and_the_contract_s_is_in_the_metadata() {
        let package = package_json(&["micro-checkout.js".into()], "./micro-checkout.1.css");
        assert_eq!(package["version"], env!("CARGO_PKG_VERSION"));
        assert_eq!(
            package["microCheckout"]["contractVersion"],
            micro_checkout_contract::CONTRACT_VERSION
        );
        assert_eq!(package["exports"]["./element"]["default"], "./element.js");
        assert_eq!(package["exports"]["./vue"]["types"], "./vue.d.ts");
        assert_eq!(package["peerDependenciesMeta"]["vue"]["optional"], true);
        assert_eq!(package["sideEffects"][0], "./element.js");
        assert_eq!(
            package["exports"]["./micro-checkout.css"],
            "./micro-checkout.1.css"
        );
    }
}
