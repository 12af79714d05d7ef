//! Short import names. wasm-bindgen names each of the ~170 functions the wasm imports from
//! its glue `__wbg_<name>_<16 hex digits>`, under the module `./core_bg.js`, and every name
//! appears twice on the critical path: in the wasm's import section and as a key in the
//! glue. The hashes do not compress. Renaming them `a`, `b`, … `ba`… in both (and the
//! module `a`) saves about 4.5 KB brotli (measured: wasm −2.5 KB, entry module −2.0 KB),
//! which is why this is done here rather than left to a tool that does not do it:
//! wasm-opt's `--minify-imports` only renames `env` imports.

use crate::sh::Result;
use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasm_encoder::{ExportSection, Import, ImportSection, Imports, Module, RawSection};
use wasmparser::{Parser, Payload};

/// The module name wasm-bindgen gives the glue's imports.
const GLUE: &str = "./core_bg.js";

/// The `n`th short name: `a`…`z`, `A`…`Z`, then `ba`, `bb`…
pub fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = vec![LETTERS[n % LETTERS.len()]];
    n /= LETTERS.len();
    while n > 0 {
        name.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
    }
    name.reverse();
    String::from_utf8(name).expect("ASCII letters")
}

/// Renames the glue's imports, and the long exports it calls (`$a`, `$b`, …), in `wasm`
/// and in `glue` alike; every other section of the wasm is copied byte for byte. Fails
/// rather than guess if the glue does not name each import exactly once.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String)> {
    let mut module = Module::new();
    let mut renamed: Vec<(String, String)> = Vec::new();
    let mut exports: Vec<(String, String)> = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|e| format!("reading the wasm: {e}"))?;
        if let Payload::ImportSection(reader) = &payload {
            let mut section = ImportSection::new();
            for group in reader.clone() {
                let group = group.map_err(|e| e.to_string())?;
                let wasmparser::Imports::Single(_, import) = group else {
                    return Err("compact import groups are not expected from wasm-bindgen".into());
                };
                let ty = RoundtripReencoder
                    .entity_type(import.ty)
                    .map_err(|e| e.to_string())?;
                let (module_name, name) = if import.module == GLUE {
                    let short = short_name(renamed.len());
                    renamed.push((import.name.to_owned(), short));
                    ("a", renamed.last().expect("pushed").1.as_str())
                } else {
                    (import.module, import.name)
                };
                section.imports(Imports::Single(Import {
                    module: module_name,
                    name,
                    ty,
                }));
            }
            module.section(&section);
        } else if let Payload::ExportSection(reader) = &payload {
            let mut section = ExportSection::new();
            for export in reader.clone() {
                let export = export.map_err(|e| e.to_string())?;
                let kind = RoundtripReencoder
                    .export_kind(export.kind)
                    .map_err(|e| e.to_string())?;
                let name = match long_export(export.name, glue) {
                    true => {
                        let short = format!("${}", short_name(exports.len()));
                        exports.push((export.name.to_owned(), short));
                        exports.last().expect("pushed").1.clone()
                    }
                    false => export.name.to_owned(),
                };
                section.export(&name, kind, export.index);
            }
            module.section(&section);
        } else if let Some((id, range)) = payload.as_section() {
            module.section(&RawSection {
                id,
                data: &wasm[range],
            });
        }
    }
    let mut glue = glue.to_owned();
    for (old, new) in &renamed {
        glue = replace_once(&glue, &format!("{old}:"), &format!("{new}:"))?;
    }
    glue = replace_once(&glue, &format!("\"{GLUE}\":"), "\"a\":")?;
    for (old, new) in &exports {
        glue = rename_property(&glue, old, new);
    }
    let wasm = module.finish();
    wasmparser::validate(&wasm).map_err(|e| format!("the renamed wasm is invalid: {e}"))?;
    Ok((wasm, glue))
}

/// True for an export worth a short name: a long one (wasm-bindgen names a closure's
/// entry after its full Rust path, hashes included) that the glue reaches only as
/// `wasm.<name>`, so renaming it there too is exact. The glue may also hold a function of
/// its own with that name (the minifier renames it anyway); a name in a string or read as
/// another object's property keeps the export as it is.
fn long_export(name: &str, glue: &str) -> bool {
    let properties = properties(glue, name);
    let elsewhere = words(glue, name).into_iter().any(|at| {
        let property = at
            .checked_sub("wasm.".len())
            .is_some_and(|p| properties.contains(&p));
        !property && glue[..at].ends_with(['"', '\'', '`', '.'])
    });
    name.len() > 24 && !properties.is_empty() && !elsewhere
}

/// Where `text` holds `word` as a whole JavaScript identifier.
fn words(text: &str, word: &str) -> Vec<usize> {
    let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$');
    text.match_indices(word)
        .map(|(at, _)| at)
        .filter(|&at| {
            !ident(text[..at].chars().next_back()) && !ident(text[at + word.len()..].chars().next())
        })
        .collect()
}

/// Where `glue` reads export `name` as `wasm.<name>` (the positions of `wasm.`).
fn properties(glue: &str, name: &str) -> Vec<usize> {
    words(glue, name)
        .into_iter()
        .filter_map(|at| at.checked_sub("wasm.".len()))
        .filter(|&at| {
            let before = glue[..at].chars().next_back();
            glue[at..].starts_with("wasm.")
                && !before.is_some_and(|c| c.is_alphanumeric() || "_$.".contains(c))
        })
        .collect()
}

/// `glue` with export `old` read as `wasm.<new>` instead.
fn rename_property(glue: &str, old: &str, new: &str) -> String {
    let mut out = String::with_capacity(glue.len());
    let mut last = 0;
    for at in properties(glue, old) {
        out.push_str(&glue[last..at]);
        out.push_str("wasm.");
        out.push_str(new);
        last = at + "wasm.".len() + old.len();
    }
    out.push_str(&glue[last..]);
    out
}

fn replace_once(text: &str, from: &str, to: &str) -> Result<String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        n => Err(format!("the glue names `{from}` {n} times, not once")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_are_distinct_letters() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        assert_eq!(&names[..3], ["a", "b", "c"]);
        assert_eq!(names[52], "ba");
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
        assert!(
            names
                .iter()
                .all(|n| n.bytes().all(|b| b.is_ascii_alphabetic()))
        );
    }

    #[test]
    fn imports_are_renamed_in_the_wasm_and_the_glue_alike() {
        let wasm = wat_module();
        let glue = "const import0 = {\n  __wbg_log_0123456789abcdef: function(a) {},\n  __wbg_now_fedcba9876543210: function() {},\n};\nreturn { \"./core_bg.js\": import0 };";
        let (out, glue) = shorten(&wasm, glue).unwrap();
        assert!(glue.contains("  a: function(a)") && glue.contains("  b: function()"));
        assert!(glue.contains("\"a\": import0") && !glue.contains("__wbg_"));
        let imports: Vec<(String, String)> = Parser::new(0)
            .parse_all(&out)
            .filter_map(|p| match p.unwrap() {
                Payload::ImportSection(r) => Some(
                    r.into_imports()
                        .map(|i| {
                            let i = i.unwrap();
                            (i.module.to_owned(), i.name.to_owned())
                        })
                        .collect::<Vec<_>>(),
                ),
                _ => None,
            })
            .flatten()
            .collect();
        assert_eq!(
            imports,
            [
                ("a".into(), "a".into()),
                ("a".into(), "b".into()),
                ("env".into(), "keep".into())
            ]
        );
        assert!(
            shorten(&wasm, "no keys here").is_err(),
            "a glue that does not match fails"
        );
    }

    #[test]
    fn long_exports_the_glue_calls_get_short_names_in_both() {
        let long = "wasm_bindgen_0123456789abcdef___convert__closures__invoke_true_";
        let longer = format!("{long}_1_");
        let glue = format!(
            "const import0 = {{}};\nreturn {{ \"./core_bg.js\": import0 }};\nwasm.{long}(1); wasm.{longer}(2); wasm.memory;"
        );
        assert!(long_export(long, &glue) && long_export(&longer, &glue));
        assert!(!long_export("memory", &glue), "short names stay");
        assert!(
            !long_export(long, &format!("{glue} \"{long}\"")),
            "named in a string: stays"
        );
        assert!(
            !long_export(long, &format!("{glue} other.{long}")),
            "another object's property: stays"
        );
        let own = format!("{glue}\nfunction {long}(a) {{ wasm.{long}(a); }} f({long});");
        assert!(long_export(long, &own), "a glue function of the same name");
        assert!(
            rename_property(&own, long, "$a")
                .ends_with(&format!("function {long}(a) {{ wasm.$a(a); }} f({long});")),
            "only the export is renamed"
        );
        let renamed = rename_property(&rename_property(&glue, long, "$a"), &longer, "$b");
        assert!(
            renamed.contains("wasm.$a(1); wasm.$b(2); wasm.memory;"),
            "{renamed}"
        );
    }

    /// A module importing two glue functions and one other, with a function calling them.
    fn wat_module() -> Vec<u8> {
        let mut module = Module::new();
        let mut types = wasm_encoder::TypeSection::new();
        types.ty().function([], []);
        module.section(&types);
        let mut imports = ImportSection::new();
        for (m, n) in [
            (GLUE, "__wbg_log_0123456789abcdef"),
            (GLUE, "__wbg_now_fedcba9876543210"),
            ("env", "keep"),
        ] {
            imports.import(m, n, wasm_encoder::EntityType::Function(0));
        }
        module.section(&imports);
        let mut functions = wasm_encoder::FunctionSection::new();
        functions.function(0);
        module.section(&functions);
        let mut code = wasm_encoder::CodeSection::new();
        let mut body = wasm_encoder::Function::new([]);
        body.instructions().call(0).call(1).call(2).end();
        code.function(&body);
        module.section(&code);
        module.finish()
    }
}
