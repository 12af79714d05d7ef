//! The architecture invariants of ARCHITECTURE.md that a machine can check.

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The source lines of `path` that are code, not comments.
fn code_lines(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("//"))
        .map(str::to_owned)
        .collect()
}

fn mentions(path: &Path, words: &[&str]) -> Vec<String> {
    code_lines(path)
        .into_iter()
        .filter(|line| words.iter().any(|w| line.contains(w)))
        .collect()
}

const WEB: &[&str] = &["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"];

#[test]
fn the_flow_and_pure_modules_import_nothing_from_the_browser() {
    let mut files = rust_files(&root().join("src/flow"));
    files.extend(["src/flow.rs", "src/money.rs", "src/i18n.rs"].map(|f| root().join(f)));
    assert!(files.len() >= 4, "the flow's files are found");
    for file in files {
        let hits = mentions(&file, WEB);
        assert!(
            hits.is_empty(),
            "{} must stay pure, but uses: {hits:?}",
            file.display()
        );
    }
}

#[test]
fn the_contract_crate_has_no_web_or_server_dependencies() {
    let manifest = fs::read_to_string(root().join("contract/Cargo.toml")).unwrap();
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .unwrap()
        .split("\n[")
        .next()
        .unwrap();
    let required: Vec<_> = deps
        .lines()
        .filter(|l| !l.contains("optional = true"))
        .filter_map(|l| l.split('=').next())
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    assert_eq!(required, ["serde"], "the contract depends on serde only");
    let widget = fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let line = widget
        .lines()
        .find(|l| l.starts_with("micro-checkout-contract"))
        .unwrap();
    assert!(
        !line.contains("features"),
        "the widget takes the contract without extras: {line}"
    );
    for file in rust_files(&root().join("contract/src")) {
        let hits = mentions(&file, &["yew", "web_sys", "axum", "rusqlite", "tokio"]);
        assert!(hits.is_empty(), "{}: {hits:?}", file.display());
    }
}

#[test]
fn money_is_never_a_float() {
    let mut files = rust_files(&root().join("contract/src"));
    files.extend(rust_files(&root().join("src/flow")));
    files.push(root().join("src/money.rs"));
    files.push(root().join("src/flow.rs"));
    assert!(
        files.len() > 10,
        "the contract's and the flow's files are found"
    );
    for file in files {
        let hits = mentions(&file, &["f32", "f64"]);
        assert!(hits.is_empty(), "{} uses floats: {hits:?}", file.display());
    }
}

#[test]
fn components_never_touch_the_network_and_render_one_part_each() {
    for file in rust_files(&root().join("src/components")) {
        let hits = mentions(&file, &["gloo_net", "HttpApi", "fetch", "Request::"]);
        assert!(hits.is_empty(), "{} fetches: {hits:?}", file.display());
        let platform = [
            "platform::",
            "clipboard",
            "get_random_values",
            "Date::",
            ".open_with",
        ];
        let hits = mentions(&file, &platform);
        assert!(
            hits.is_empty(),
            "{} uses the browser's services itself (randomness, the clock, popups, the \
             clipboard belong to the hook that runs effects): {hits:?}",
            file.display()
        );
        let lines = code_lines(&file);
        let parts = lines
            .iter()
            .filter(|l| l.as_str() == "#[component]" || l.starts_with("pub fn html("))
            .count();
        assert_eq!(
            parts,
            1,
            "{} must render exactly one part (a component or a view with `html()`)",
            file.display()
        );
        let stem = file.file_stem().unwrap().to_string_lossy();
        let name: String = stem
            .split('_')
            .map(|w| w[..1].to_uppercase() + &w[1..])
            .collect();
        let named = lines.iter().any(|l| {
            l.starts_with(&format!("pub fn {name}("))
                || l.starts_with(&format!("pub struct {name}<"))
                || l.starts_with(&format!("pub struct {name} {{"))
        });
        assert!(named, "{} must define `{name}`", file.display());
    }
}

#[test]
fn the_widget_decodes_contract_json_only_with_decode_rs() {
    let files = rust_files(&root().join("src"));
    assert!(files.iter().any(|f| f.ends_with("decode.rs")));
    for file in files {
        let hits = mentions(
            &file,
            &[
                "serde_json::from",
                "from_value",
                "Deserialize",
                "serde_wasm_bindgen",
            ],
        );
        assert!(
            hits.is_empty(),
            "{} decodes with serde (the widget reads JSON with src/decode.rs): {hits:?}",
            file.display()
        );
    }
}

#[test]
fn every_rust_module_opens_with_a_doc_comment() {
    let mut files = Vec::new();
    for dir in [
        "src",
        "contract/src",
        "server/src",
        "xtask/src",
        "tests",
        "contract/tests",
        "server/tests",
        "fuzz/fuzz_targets",
    ] {
        files.extend(rust_files(&root().join(dir)));
    }
    files.push(root().join("build.rs"));
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        assert!(
            text.starts_with("//!"),
            "{} lacks its `//!` module doc",
            file.display()
        );
    }
}

#[test]
fn the_code_map_names_every_module() {
    let map = fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let mut files = Vec::new();
    for dir in [
        "src",
        "contract/src",
        "qr/src",
        "server/src",
        "xtask/src",
        "authenticator/src",
    ] {
        files.extend(rust_files(&root().join(dir)));
    }
    for file in files {
        let relative = file
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        assert!(
            map.contains(&format!("`{relative}`")),
            "ARCHITECTURE.md's code map lacks `{relative}`"
        );
    }
}

#[test]
fn the_entry_modules_early_session_request_keeps_the_widgets_deadline() {
    let entry = fs::read_to_string(root().join("static/micro-checkout.js")).unwrap();
    let declared = entry
        .lines()
        .find_map(|l| l.strip_prefix("const TIMEOUT_MS = "))
        .and_then(|rest| rest.strip_suffix(';'))
        .expect("static/micro-checkout.js declares `const TIMEOUT_MS = …;`");
    assert_eq!(
        declared.parse::<u32>().unwrap(),
        micro_checkout::api::REQUEST_TIMEOUT_MS
    );
}

/// The public items a file declares at its top level (`pub struct X`, `pub fn x`, …).
fn public_items(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("pub ")?;
            let rest = ["struct ", "enum ", "fn ", "trait ", "type "]
                .iter()
                .find_map(|kind| rest.strip_prefix(kind))?;
            let end = rest.find(|c: char| !c.is_alphanumeric() && c != '_')?;
            Some(rest[..end].to_owned())
        })
        .collect()
}

/// True when `line` holds `word` as a whole identifier.
fn has_word(line: &str, word: &str) -> bool {
    line.match_indices(word).any(|(at, _)| {
        let ident = |c: char| c.is_alphanumeric() || c == '_';
        !line[..at].ends_with(ident) && !line[at + word.len()..].starts_with(ident)
    })
}

#[test]
fn the_payment_steps_module_holds_only_code_that_runs_inside_action_step() {
    let split = fs::read_to_string(root().join("xtask/src/split.rs")).unwrap();
    let listed: Vec<PathBuf> = split
        .lines()
        .filter_map(|l| l.trim().strip_prefix("\"micro_checkout::"))
        .filter_map(|l| l.strip_suffix("::\","))
        .map(|module| root().join("src").join(module.replace("::", "/") + ".rs"))
        .collect();
    assert!(
        listed.len() >= 8,
        "split.rs lists the steps' modules: {listed:?}"
    );
    let mut items = Vec::new();
    for file in &listed {
        assert!(
            file.is_file(),
            "split.rs lists {}, which does not exist",
            file.display()
        );
        items.extend(public_items(file));
    }
    assert!(items.iter().any(|i| i == "ActionStep") && items.iter().any(|i| i == "use_qr"));
    // Where the steps may be named: their own files, the lists that re-export them, and the
    // root, which renders `ActionStep` once the steps' module is in.
    let checkout = root().join("src/components/checkout.rs");
    let reexports = [
        root().join("src/components.rs"),
        root().join("src/hooks.rs"),
    ];
    for file in rust_files(&root().join("src")) {
        if listed.contains(&file) || reexports.contains(&file) {
            continue;
        }
        let allowed: &[&str] = if file == checkout {
            &["ActionStep", "StepCallbacks"]
        } else {
            &[]
        };
        for line in code_lines(&file) {
            for item in items.iter().filter(|i| !allowed.contains(&i.as_str())) {
                assert!(
                    !has_word(&line, item),
                    "{} uses `{item}` of the payment steps' module: {line}",
                    file.display()
                );
            }
        }
    }
    let gated = fs::read_to_string(&checkout).unwrap();
    assert!(
        gated.contains("if steps != Steps::Ready => StepLoading"),
        "checkout.rs shows StepLoading, not ActionStep, until the steps' module is in"
    );
}
