//! Which functions of the payment steps may not move: LLVM merges identical functions and
//! keeps one name, without a trace of the other, so a function named after a step may
//! serve the rest of the widget too. A second build, which merges none
//! (`-Zmerge-functions=disabled`), shows the steps' functions that have a twin elsewhere
//! ([`twins`]); those stay. [`check_callers`] refuses a split that the rest of the widget
//! calls into directly.

use super::{binaryen_name, is_step};
use crate::sh::Result;
use crate::size_map::{function_names, imported_functions, without_hashes};
use std::collections::{BTreeMap, BTreeSet};
use wasmparser::{Operator, Parser, Payload};

/// A function's name as the widget's wasm names it after wasm-bindgen (demangled), without
/// crate hashes.
fn plain(raw: &str) -> String {
    without_hashes(&rustc_demangle::demangle(raw).to_string())
}

/// The steps' functions of `wasm` (a build whose functions were not merged, names kept)
/// that have a twin outside the steps: the same type, locals and instructions, with every
/// 32-bit constant and memory offset left out (addresses: the merging build may point the
/// two at data it merged), and calls to functions that are twins in turn (found as LLVM
/// finds them, by refining until nothing changes). Their names, demangled without hashes.
pub fn twins(wasm: &[u8]) -> Result<BTreeSet<String>> {
    let names = function_names(wasm)?;
    let mut types: Vec<String> = Vec::new();
    let mut signatures: Vec<u32> = Vec::new();
    let mut imported = 0u32;
    // Per defined function: its shape (calls left out) and what it calls.
    let mut functions: Vec<(String, Vec<u32>)> = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| e.to_string())? {
            Payload::TypeSection(reader) => {
                for group in reader.into_iter() {
                    let group = group.map_err(|e| e.to_string())?;
                    types.extend(group.types().map(|t| format!("{:?}", t.composite_type)));
                }
            }
            Payload::ImportSection(reader) => imported += imported_functions(reader)?,
            Payload::FunctionSection(reader) => {
                for ty in reader {
                    signatures.push(ty.map_err(|e| e.to_string())?);
                }
            }
            Payload::CodeSectionEntry(body) => {
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
                        Operator::Call { function_index } => {
                            calls.push(function_index);
                            "call".into()
                        }
                        Operator::I32Const { .. } => "i32.const".into(),
                        Operator::CallIndirect { type_index, .. } => {
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

/// Each defined function of `wasm` (by index) with the functions it calls directly.
fn direct_calls(wasm: &[u8]) -> Result<BTreeMap<u32, Vec<u32>>> {
    let mut calls: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    let mut index = 0u32;
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| e.to_string())? {
            Payload::ImportSection(reader) => index += imported_functions(reader)?,
            Payload::CodeSectionEntry(body) => {
                let callees = calls.entry(index).or_default();
                index += 1;
                for op in body.get_operators_reader().map_err(|e| e.to_string())? {
                    if let Operator::Call { function_index } = op.map_err(|e| e.to_string())? {
                        callees.push(function_index);
                    }
                }
            }
            _ => {}
        }
    }
    Ok(calls)
}

/// The indices of `split`'s functions (binaryen names) in `wasm`, whose names are `names`.
fn indices(names: &BTreeMap<u32, String>, split: &BTreeSet<String>) -> BTreeSet<u32> {
    names
        .iter()
        .filter(|(_, name)| split.contains(&binaryen_name(name)))
        .map(|(&index, _)| index)
        .collect()
}

/// Takes out of `split` (binaryen names) every function that a function staying in the
/// first module calls directly, and in turn what those call: the step types' drop glue, for
/// one, which the root runs when it drops the props it built for a step. Returns how many
/// stay so.
pub fn keep_called(wasm: &[u8], split: &mut BTreeSet<String>) -> Result<usize> {
    let names = function_names(wasm)?;
    let calls = direct_calls(wasm)?;
    let mut moved = indices(&names, split);
    let mut kept = 0;
    loop {
        let called: BTreeSet<u32> = calls
            .iter()
            .filter(|(caller, _)| !moved.contains(caller))
            .flat_map(|(_, callees)| callees.iter().copied())
            .filter(|callee| moved.contains(callee))
            .collect();
        if called.is_empty() {
            return Ok(kept);
        }
        for callee in called {
            moved.remove(&callee);
            split.remove(&binaryen_name(&names[&callee]));
            kept += 1;
        }
    }
}

/// Fails if a function outside the steps' code calls one of `split` (binaryen names) in
/// `wasm` directly: the rest of the widget would then reach a placeholder.
pub fn check_callers(wasm: &[u8], split: &BTreeSet<String>) -> Result {
    let names = function_names(wasm)?;
    let moved = indices(&names, split);
    for (caller, callees) in direct_calls(wasm)? {
        let caller = names.get(&caller).map_or("?", String::as_str);
        if is_step(&without_hashes(caller)) {
            continue;
        }
        if let Some(callee) = callees.iter().find(|callee| moved.contains(callee)) {
            return Err(format!(
                "{caller} calls {} directly, which would move to the steps' module",
                names[callee]
            ));
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

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{
        CodeSection, Function, FunctionSection, Instruction, Module, NameMap, NameSection,
        TypeSection, ValType,
    };

    /// A module of functions of type `i32 -> i32`, each with its name and instructions.
    fn named_module(functions: &[(&str, Vec<Instruction<'static>>)]) -> Vec<u8> {
        let mut module = Module::new();
        let mut types = TypeSection::new();
        types.ty().function([ValType::I32], [ValType::I32]);
        module.section(&types);
        let (mut section, mut code, mut names) =
            (FunctionSection::new(), CodeSection::new(), NameMap::new());
        for (index, (name, instructions)) in (0u32..).zip(functions) {
            section.function(0);
            let mut body = Function::new([]);
            for instruction in instructions {
                body.instruction(instruction);
            }
            body.instruction(&Instruction::End);
            code.function(&body);
            names.append(index, name);
        }
        module.section(&section);
        module.section(&code);
        let mut naming = NameSection::new();
        naming.functions(&names);
        module.section(&naming);
        module.finish()
    }

    #[test]
    fn a_step_function_with_a_twin_elsewhere_stays() {
        use Instruction::{Call, I32Add, I32Const, LocalGet};
        // The first two: the same code but for a constant and a call's target.
        let wasm = named_module(&[
            (
                "micro_checkout::components::otp_step::twin",
                vec![I32Const(7), Call(1)],
            ),
            (
                "micro_checkout::components::summary::twin",
                vec![I32Const(9), Call(0)],
            ),
            (
                "micro_checkout::components::otp_step::own",
                vec![I32Const(7), Call(1), LocalGet(0), I32Add],
            ),
        ]);
        assert_eq!(
            twins(&wasm).unwrap().into_iter().collect::<Vec<_>>(),
            ["micro_checkout::components::otp_step::twin"]
        );
    }

    #[test]
    fn a_call_from_the_rest_of_the_widget_into_the_split_code_fails_the_build() {
        let draw = "micro_checkout::components::otp_step::draw";
        let module = |caller: &'static str| {
            named_module(&[
                (draw, vec![Instruction::LocalGet(0)]),
                (caller, vec![Instruction::LocalGet(0), Instruction::Call(0)]),
            ])
        };
        let split = BTreeSet::from([binaryen_name(draw)]);
        let inside = check_callers(
            &module("micro_checkout::components::otp_step::step"),
            &split,
        );
        assert!(inside.is_ok());
        let outside = check_callers(&module("micro_checkout::components::summary::html"), &split);
        assert!(outside.is_err_and(|e| e.contains("summary::html calls")));
    }

    #[test]
    fn what_a_staying_function_calls_directly_stays_too() {
        use Instruction::{Call, LocalGet};
        let (drop, inner, step) = (
            "core::ptr::drop_in_place::<micro_checkout::components::action_step::StepCallbacks>",
            "micro_checkout::components::action_step::inner",
            "micro_checkout::components::action_step::view",
        );
        let wasm = named_module(&[
            (drop, vec![LocalGet(0), Call(1)]),
            (inner, vec![LocalGet(0)]),
            (step, vec![LocalGet(0), Call(1)]),
            (
                "micro_checkout::components::checkout::view",
                vec![LocalGet(0), Call(0)],
            ),
        ]);
        let mut split: BTreeSet<String> = [drop, inner, step].map(binaryen_name).into();
        assert_eq!(keep_called(&wasm, &mut split).unwrap(), 2);
        assert_eq!(split, BTreeSet::from([binaryen_name(step)]));
        assert!(check_callers(&wasm, &split).is_ok());
    }
}
