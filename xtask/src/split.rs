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
//! serves the rest of the widget may carry a step's name. LLVM merges identical functions
//! and keeps one name, without a trace of the other: so a second build, which merges none
//! (`-Zmerge-functions=disabled`), shows which functions of the steps have a twin elsewhere
//! in the widget (the same code, calls and constants aside), and those stay ([`twins`]).
//! Binaryen merges duplicates only in each module after the split.

use crate::sh::{Result, cmd, run};
use std::collections::{BTreeMap, BTreeSet};
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

/// A function's name as the widget's wasm names it after wasm-bindgen (demangled), without
/// crate hashes.
fn plain(raw: &str) -> String {
    crate::size_map::without_hashes(&rustc_demangle::demangle(raw).to_string())
}

/// The steps' functions of `wasm` (a build whose functions were not merged, names kept)
/// that have a twin outside the steps: the same type, locals and instructions, with every
/// 32-bit constant and memory offset left out (addresses: the merging build may point the
/// two at data it merged), and calls to functions that are twins in turn (found as LLVM finds them, by
/// refining until nothing changes). Their names, demangled without hashes.
pub fn twins(wasm: &[u8]) -> Result<BTreeSet<String>> {
    let names = crate::size_map::function_names(wasm)?;
    let mut types: Vec<String> = Vec::new();
    let mut signatures: Vec<u32> = Vec::new();
    let mut imported = 0u32;
    // Per defined function: its shape (calls left out) and what it calls.
    let mut functions: Vec<(String, Vec<u32>)> = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| e.to_string())? {
            wasmparser::Payload::TypeSection(reader) => {
                for group in reader.into_iter() {
                    let group = group.map_err(|e| e.to_string())?;
                    types.extend(group.types().map(|t| format!("{:?}", t.composite_type)));
                }
            }
            wasmparser::Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    let import = import.map_err(|e| e.to_string())?;
                    imported += u32::from(matches!(import.ty, wasmparser::TypeRef::Func(_)));
                }
            }
            wasmparser::Payload::FunctionSection(reader) => {
                for ty in reader {
                    signatures.push(ty.map_err(|e| e.to_string())?);
                }
            }
            wasmparser::Payload::CodeSectionEntry(body) => {
                let ty = signatures
                    .get(functions.len())
                    .and_then(|&t| types.get(t as usize))
                    .cloned()
                    .unwrap_or_default();
                let mut shape = vec![ty];
                let mut calls = Vec::new();
                for local in body.get_locals_reader().map_err(|e| e.to_string())? {
                    shape.push(format!("{:?}", local.map_err(|e| e.to_string())?));
                }
                for op in body.get_operators_reader().map_err(|e| e.to_string())? {
                    shape.push(match op.map_err(|e| e.to_string())? {
                        wasmparser::Operator::Call { function_index } => {
                            calls.push(function_index);
                            "call".into()
                        }
                        wasmparser::Operator::I32Const { .. } => "i32.const".into(),
                        wasmparser::Operator::CallIndirect { type_index, .. } => {
                            format!("call_indirect {:?}", types.get(type_index as usize))
                        }
                        op => without_offset(&format!("{op:?}")),
                    });
                }
                functions.push((shape.join(" "), calls));
            }
            _ => {}
        }
    }
    // Classes of twins: first by shape, then split until each class calls, place by place,
    // into the same classes (an import is a class of its own).
    let number = |keys: Vec<String>| -> Vec<usize> {
        let mut ids = BTreeMap::new();
        keys.into_iter()
            .map(|key| {
                let next = ids.len();
                *ids.entry(key).or_insert(next)
            })
            .collect()
    };
    let mut class = number(functions.iter().map(|(shape, _)| shape.clone()).collect());
    loop {
        let of = |callee: u32| match callee.checked_sub(imported) {
            Some(defined) => format!("f{}", class[defined as usize]),
            None => format!("i{callee}"),
        };
        let keys = functions
            .iter()
            .enumerate()
            .map(|(i, (_, calls))| {
                let callees: Vec<String> = calls.iter().map(|&c| of(c)).collect();
                format!("{} {}", class[i], callees.join(","))
            })
            .collect();
        let refined = number(keys);
        let count = |c: &[usize]| c.iter().collect::<BTreeSet<_>>().len();
        let done = count(&refined) == count(&class);
        class = refined;
        if done {
            break;
        }
    }
    let mut groups: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (i, &c) in class.iter().enumerate() {
        if let Some(raw) = names.get(&(imported + i as u32)) {
            groups.entry(c).or_default().push(plain(raw));
        }
    }
    Ok(groups
        .into_values()
        .filter(|group| group.iter().any(|n| !is_step(n)))
        .flatten()
        .filter(|n| is_step(n))
        .collect())
}

/// Fails if a function outside the steps' code calls one of `split` (binaryen names) in
/// `wasm` directly: the rest of the widget would then reach a placeholder.
pub fn check_callers(wasm: &[u8], split: &BTreeSet<String>) -> Result {
    let names = crate::size_map::function_names(wasm)?;
    let mut imported = 0u32;
    let mut index = 0u32;
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| e.to_string())? {
            wasmparser::Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    let import = import.map_err(|e| e.to_string())?;
                    imported += u32::from(matches!(import.ty, wasmparser::TypeRef::Func(_)));
                }
                index = imported;
            }
            wasmparser::Payload::CodeSectionEntry(body) => {
                let caller = names.get(&index).map_or("?", String::as_str);
                index += 1;
                if is_step(&crate::size_map::without_hashes(caller)) {
                    continue;
                }
                for op in body.get_operators_reader().map_err(|e| e.to_string())? {
                    if let wasmparser::Operator::Call { function_index } =
                        op.map_err(|e| e.to_string())?
                    {
                        let callee = names.get(&function_index).map(|n| binaryen_name(n));
                        if callee.is_some_and(|c| split.contains(&c)) {
                            return Err(format!(
                                "{caller} calls {} directly, which would move to the steps' module",
                                names[&function_index]
                            ));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// An instruction's text with its memory offset left out (`offset: 16` → `offset: _`).
fn without_offset(op: &str) -> String {
    match op.find("offset: ") {
        Some(at) => {
            let rest = &op[at + 8..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            format!("{}offset: _{}", &op[..at], &rest[digits..])
        }
        None => op.to_owned(),
    }
}

/// The functions of `wasm` (named) that belong to the steps, as binaryen names them,
/// leaving out those with a twin outside the steps (`twins`).
pub fn step_functions(wasm: &[u8], twins: &BTreeSet<String>) -> Result<Vec<String>> {
    let names = crate::size_map::function_names(wasm)?;
    let steps: Vec<String> = names
        .values()
        .filter(|raw| {
            let name = crate::size_map::without_hashes(raw);
            is_step(&name) && !twins.contains(&name)
        })
        .map(|raw| binaryen_name(raw))
        .collect();
    if steps.is_empty() {
        return Err("no function of the payment steps found to split out".into());
    }
    Ok(steps)
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
/// [`twins`]); `scratch` holds the function list and the placeholders' map (which function
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
    let twins = twins(&read(unmerged)?)?;
    let kept: Vec<&str> = twins.iter().map(String::as_str).collect();
    std::fs::write(scratch.join("steps-twins.txt"), kept.join("\n") + "\n")
        .map_err(|e| e.to_string())?;
    let module = read(wasm)?;
    let functions = step_functions(&module, &twins)?;
    check_callers(&module, &functions.iter().cloned().collect())?;
    println!(
        "    {} functions of the steps split out ({} stay: a twin serves the rest of the widget)",
        functions.len(),
        twins.len()
    );
    let list = scratch.join("steps-functions.txt");
    std::fs::write(&list, functions.join("\n") + "\n").map_err(|e| e.to_string())?;
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
    fn a_step_function_with_a_twin_elsewhere_stays() {
        use wasm_encoder::{
            CodeSection, Function, FunctionSection, Instruction, Module, NameMap, NameSection,
            TypeSection, ValType,
        };
        let mut module = Module::new();
        let mut types = TypeSection::new();
        types.ty().function([ValType::I32], [ValType::I32]);
        module.section(&types);
        let mut functions = FunctionSection::new();
        let mut code = CodeSection::new();
        // 0 and 1: the same code but for a constant and a call's target; 2: its own code.
        for (constant, callee, own) in [(7, 1, false), (9, 0, false), (7, 1, true)] {
            functions.function(0);
            let mut body = Function::new([]);
            body.instruction(&Instruction::I32Const(constant))
                .instruction(&Instruction::Call(callee));
            if own {
                body.instruction(&Instruction::LocalGet(0))
                    .instruction(&Instruction::I32Add);
            }
            body.instruction(&Instruction::End);
            code.function(&body);
        }
        module.section(&functions);
        module.section(&code);
        let mut names = NameMap::new();
        names.append(0, "micro_checkout::components::otp_step::twin");
        names.append(1, "micro_checkout::components::summary::twin");
        names.append(2, "micro_checkout::components::otp_step::own");
        let mut section = NameSection::new();
        section.functions(&names);
        module.section(&section);
        let found = twins(&module.finish()).unwrap();
        assert_eq!(
            found.into_iter().collect::<Vec<_>>(),
            ["micro_checkout::components::otp_step::twin"]
        );
    }

    #[test]
    fn a_call_from_the_rest_of_the_widget_into_the_split_code_fails_the_build() {
        use wasm_encoder::{
            CodeSection, Function, FunctionSection, Instruction, Module, NameMap, NameSection,
            TypeSection,
        };
        let module = |caller: &str| {
            let mut module = Module::new();
            let mut types = TypeSection::new();
            types.ty().function([], []);
            module.section(&types);
            let mut functions = FunctionSection::new();
            let mut code = CodeSection::new();
            for calls in [None, Some(0)] {
                functions.function(0);
                let mut body = Function::new([]);
                if let Some(callee) = calls {
                    body.instruction(&Instruction::Call(callee));
                }
                body.instruction(&Instruction::End);
                code.function(&body);
            }
            module.section(&functions);
            module.section(&code);
            let mut names = NameMap::new();
            names.append(0, "micro_checkout::components::otp_step::draw");
            names.append(1, caller);
            let mut section = NameSection::new();
            section.functions(&names);
            module.section(&section);
            module.finish()
        };
        let split = BTreeSet::from([binaryen_name("micro_checkout::components::otp_step::draw")]);
        assert!(
            check_callers(
                &module("micro_checkout::components::otp_step::step"),
                &split
            )
            .is_ok()
        );
        let outside = check_callers(&module("micro_checkout::components::summary::html"), &split);
        assert!(outside.is_err_and(|e| e.contains("summary::html calls")));
    }

    #[test]
    fn the_glue_gets_placeholders_that_throw() {
        let glue = "return {\n        \"a\": import0,\n    };";
        let out = glue_with_placeholders(glue).unwrap();
        assert!(out.contains("\"b\": new Proxy(") && out.contains("throw new Error"));
        assert!(glue_with_placeholders("no anchor").is_err());
    }
}
