//! The payment steps' module: the code of what `ActionStep` renders (a code, a QR, a
//! transfer, 3-D Secure, a wallet's window) split out of the shipped wasm into a second
//! module, so that it leaves the critical path. The widget asks for it once a payment is
//! under way (`hooks/use_steps.rs`) and renders a step only when it is in.
//!
//! Binaryen's `wasm-split` does the splitting: the functions named below move to the
//! second module, which imports the first one's memory, table and the functions it calls;
//! in the first, each one's table slot holds a placeholder until the second is
//! instantiated. Only code that runs inside `ActionStep` moves (its modules' functions and
//! the framework's code instantiated for them), so no other path reaches a placeholder.
//! The split runs on the optimized module, whose inlining is then done. No function that
//! serves the rest of the widget may carry a step's name: `split/twins.rs` finds the
//! functions of the steps that LLVM may have merged with others, which stay, keeps those
//! that the rest calls directly (a step's drop glue, say), and refuses a split that the
//! rest of the widget would still call into. Binaryen merges duplicates only in each
//! module after the split.

mod twins;

use crate::sh::{Result, cmd, run};
use std::collections::BTreeSet;
use std::path::Path;

/// The widget's modules whose code runs only inside `ActionStep`.
pub const STEP_MODULES: &[&str] = &[
    "micro_checkout::components::action_step::",
    "micro_checkout::components::otp_step::",
    "micro_checkout::components::qr_code::",
    "micro_checkout::components::transfer_details::",
    "micro_checkout::components::challenge_frame::",
    "micro_checkout::components::wallet_wait::",
    "micro_checkout::hooks::use_countdown::",
    "micro_checkout::hooks::use_qr::",
];

/// The namespace the first module imports its placeholders from (the entry's glue gives
/// one that throws, should a step ever run before its module is in).
pub const PLACEHOLDERS: &str = "b";

/// The namespace the steps' module imports the first one's exports from.
pub const PRIMARY: &str = "a";

/// The wasm features rustc's wasm32 target enables for the shipped build (see
/// `bootstrap::SHIPPING_RUSTFLAGS`), as binaryen's flags.
pub const FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int",
];

/// True when `name` (demangled, without hashes) is code of the steps.
fn is_step(name: &str) -> bool {
    STEP_MODULES.iter().any(|module| name.contains(module))
}

/// The functions of `wasm` (named) that belong to the steps, as binaryen names them,
/// leaving out those with a twin outside the steps (`twins`); and how many were left out.
pub fn step_functions(wasm: &[u8], twins: &BTreeSet<String>) -> Result<(BTreeSet<String>, usize)> {
    let names = crate::size_map::function_names(wasm)?;
    let (mut moved, mut kept) = (BTreeSet::new(), 0);
    for raw in names.values() {
        let name = crate::size_map::without_hashes(raw);
        if twins.contains(&name) {
            kept += 1;
        } else if is_step(&name) {
            moved.insert(binaryen_name(raw));
        }
    }
    if moved.is_empty() {
        return Err("no function of the payment steps found to split out".into());
    }
    Ok((moved, kept))
}

/// A name as binaryen spells it: every byte outside its identifier characters escaped as
/// `\xx` (hex), e.g. `[` as `\5b`.
pub fn binaryen_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || "!#$%&'*+-./:<=>?@\\^_`|~".contains(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for byte in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("\\{byte:02x}"));
            }
        }
    }
    out
}

/// Splits `wasm` (optimized, names kept) into `primary` and `steps`, both still to be
/// optimized again; `unmerged` is the same widget built without merging functions (see
/// [`twins::twins`]); `scratch` holds the function list and the placeholders' map (which function
/// each placeholder stands for, should one ever throw); `keep_names` keeps function names
/// (for the size map).
pub fn split(
    wasm: &Path,
    unmerged: &Path,
    (primary, steps): (&Path, &Path),
    scratch: &Path,
    keep_names: bool,
) -> Result {
    let read = |path: &Path| std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()));
    let twins = twins::twins(&read(unmerged)?)?;
    let kept: Vec<&str> = twins.iter().map(String::as_str).collect();
    std::fs::write(scratch.join("steps-twins.txt"), kept.join("\n") + "\n")
        .map_err(|e| e.to_string())?;
    let module = read(wasm)?;
    let (mut functions, kept) = step_functions(&module, &twins)?;
    let called = twins::keep_called(&module, &mut functions)?;
    twins::check_callers(&module, &functions)?;
    println!(
        "    {} functions of the steps split out ({kept} stay: each may have a twin that serves the rest of the widget; {called} more stay: the rest calls them directly)",
        functions.len()
    );
    let list = scratch.join("steps-functions.txt");
    let lines: Vec<&str> = functions.iter().map(String::as_str).collect();
    std::fs::write(&list, lines.join("\n") + "\n").map_err(|e| e.to_string())?;
    run(cmd("wasm-split", FEATURES)
        .arg(wasm)
        .arg(format!("--split-funcs=@{}", list.display()))
        .arg("--export-prefix=%")
        .arg(format!("--placeholder-namespace={PLACEHOLDERS}"))
        .arg(format!("--import-namespace={PRIMARY}"))
        .arg("--placeholdermap")
        // Kept names also name the new exports after the functions: for the size map only.
        .args(keep_names.then_some("-g"))
        .arg("-o1")
        .arg(primary)
        .arg("-o2")
        .arg(steps))
}

/// Gives the glue's import object the placeholder namespace: each placeholder throws.
pub fn glue_with_placeholders(glue: &str) -> Result<String> {
    let anchor = "\"a\": import0,";
    if glue.matches(anchor).count() != 1 {
        return Err(format!("the glue names `{anchor}` other than once"));
    }
    let placeholders = format!(
        "{anchor}\n        \"{PLACEHOLDERS}\": new Proxy({{}}, {{ get: (_, slot) => () => {{ throw new Error(`micro-checkout: a payment step (${{slot}}) ran before its module loaded`); }} }}),"
    );
    Ok(glue.replacen(anchor, &placeholders, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_escaped_as_binaryen_reads_them() {
        assert_eq!(
            binaryen_name("<a[0f]::B as c::D>::e::{closure#0}"),
            "<a\\5b0f\\5d::B\\20as\\20c::D>::e::\\7bclosure#0\\7d"
        );
        assert_eq!(binaryen_name("f(x, y)"), "f\\28x\\2c\\20y\\29");
        assert_eq!(binaryen_name("é"), "\\c3\\a9");
    }

    #[test]
    fn the_glue_gets_placeholders_that_throw() {
        let glue = "return {\n        \"a\": import0,\n    };";
        let out = glue_with_placeholders(glue).unwrap();
        assert!(out.contains("\"b\": new Proxy(") && out.contains("throw new Error"));
        assert!(glue_with_placeholders("no anchor").is_err());
    }
}
