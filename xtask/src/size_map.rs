//! `cargo xtask size --map`: where the shipped wasm's bytes go, so that every change can be
//! judged. It builds the shipping widget again, runs wasm-bindgen and wasm-opt exactly as
//! the shipped build does but keeping function names, and attributes each function's code
//! to its crate and module (from the demangled name; a trait impl counts for the type it is
//! implemented for, and generic code instantiated for one of the widget's types, such as
//! Yew's lifecycle of a component, counts for that type). Data (string literals, tables) is reported on its own line. Sizes are
//! of the optimized, uncompressed code: the brotli total is in `cargo xtask size`.

use crate::bootstrap::WasmToolchain;
use crate::sh::Result;
use std::collections::BTreeMap;
use std::path::Path;
use wasmparser::{Name, Parser, Payload};

/// How many rows each table shows.
const ROWS: usize = 25;

/// Builds the named wasm and prints the map.
pub fn report(toolchain: WasmToolchain) -> Result {
    let wasm = crate::widget::named_wasm(toolchain)?;
    let bytes = std::fs::read(&wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let map = attribute(&bytes)?;
    print(&map, &wasm);
    Ok(())
}

/// What [`attribute`] found.
#[derive(Debug, Default, PartialEq)]
pub struct Map {
    /// Code bytes per crate.
    pub crates: BTreeMap<String, usize>,
    /// Code bytes per module path (`crate::module`, two segments deep).
    pub modules: BTreeMap<String, usize>,
    /// Code bytes per function (demangled, without hashes).
    pub functions: BTreeMap<String, usize>,
    /// All code bytes.
    pub code: usize,
    /// Bytes of data segments.
    pub data: usize,
}

/// Attributes the code of `wasm` (a module with a name section) to crates and modules.
pub fn attribute(wasm: &[u8]) -> Result<Map> {
    let mut imported = 0u32;
    let mut sizes = Vec::new();
    let mut names = BTreeMap::new();
    let mut map = Map::default();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| e.to_string())? {
            Payload::ImportSection(imports) => imported += imported_functions(imports)?,
            Payload::CodeSectionEntry(body) => sizes.push(body.range().len()),
            Payload::DataSection(data) => map.data += data.range().len(),
            Payload::CustomSection(section) => read_names(&section, &mut names)?,
            _ => {}
        }
    }
    if names.is_empty() {
        return Err("the wasm has no function names to attribute code to".into());
    }
    for (i, size) in sizes.into_iter().enumerate() {
        let index = imported + u32::try_from(i).unwrap_or(u32::MAX);
        let raw = names.get(&index).map_or("?", String::as_str);
        let name = without_hashes(&format!("{:#}", rustc_demangle::demangle(raw)));
        let path = attributed(&name);
        let mut segments = path.split("::");
        let krate = match segments.next() {
            Some(krate) if !krate.is_empty() => krate.to_owned(),
            _ => "(other)".to_owned(),
        };
        let module = match segments.next() {
            Some(module) => format!("{krate}::{module}"),
            None => krate.clone(),
        };
        *map.crates.entry(krate).or_default() += size;
        *map.modules.entry(module).or_default() += size;
        *map.functions.entry(name).or_default() += size;
        map.code += size;
    }
    Ok(map)
}

/// How many functions an import section brings in (they take the first function indices).
pub fn imported_functions(imports: wasmparser::ImportSectionReader<'_>) -> Result<u32> {
    let mut count = 0;
    for import in imports.into_imports() {
        let import = import.map_err(|e| e.to_string())?;
        count += u32::from(matches!(import.ty, wasmparser::TypeRef::Func(_)));
    }
    Ok(count)
}

/// The function names of `wasm`'s name section, by function index (raw, as mangled).
pub fn function_names(wasm: &[u8]) -> Result<BTreeMap<u32, String>> {
    let mut names = BTreeMap::new();
    for payload in Parser::new(0).parse_all(wasm) {
        if let Payload::CustomSection(section) = payload.map_err(|e| e.to_string())? {
            read_names(&section, &mut names)?;
        }
    }
    Ok(names)
}

/// Adds the function names of `section`, if it is the name section, to `names`.
fn read_names(
    section: &wasmparser::CustomSectionReader<'_>,
    names: &mut BTreeMap<u32, String>,
) -> Result {
    if let wasmparser::KnownCustom::Name(reader) = section.as_known() {
        for name in reader {
            if let Name::Function(functions) = name.map_err(|e| e.to_string())? {
                for naming in functions {
                    let naming = naming.map_err(|e| e.to_string())?;
                    names.insert(naming.index, naming.name.to_owned());
                }
            }
        }
    }
    Ok(())
}

/// `name` without the crate disambiguators the v0 mangling keeps (`yew[9985…]::x` →
/// `yew::x`).
pub fn without_hashes(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(start) = rest.find('[') {
        let tail = &rest[start + 1..];
        let hash = tail
            .find(']')
            .filter(|&end| end > 0 && tail[..end].bytes().all(|b| b.is_ascii_hexdigit()));
        match hash {
            Some(end) => {
                out.push_str(&rest[..start]);
                rest = &tail[end + 1..];
            }
            None => {
                out.push_str(&rest[..=start]);
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The path code is attributed to: generic code instantiated for one of the widget's types
/// (`CompStateInner<micro_checkout::components::checkout::Checkout>`) counts for that type,
/// since it is the widget's code inlined into the framework's; else [`owner`].
pub fn attributed(name: &str) -> &str {
    let own = owner(name);
    if own.starts_with("micro_checkout") {
        return own;
    }
    match name.find("<micro_checkout") {
        Some(at) => owner(&name[at..]),
        None => own,
    }
}

/// The path a function belongs to: the type of a trait impl (`<T as Trait>::f` → `T`),
/// else the function's own path; generic arguments and references dropped.
pub fn owner(name: &str) -> &str {
    let name = name.trim_start_matches(['<', '&', '*']);
    let name = name.strip_prefix("mut ").unwrap_or(name);
    let name = name.strip_prefix("dyn ").unwrap_or(name);
    let end = name.find(['<', ' ', '>', '(', '[']).unwrap_or(name.len());
    &name[..end]
}

fn print(map: &Map, wasm: &Path) {
    let share = |bytes: usize| 100.0 * bytes as f64 / map.code.max(1) as f64;
    println!("\nsize map of {} (optimized, names kept)", wasm.display());
    println!("code {} B, data {} B\n", map.code, map.data);
    for (title, table) in [("crate", &map.crates), ("module", &map.modules)] {
        let mut rows: Vec<_> = table.iter().collect();
        rows.sort_by(|a, b| b.1.cmp(a.1));
        println!("{title:<48} {:>9} {:>7}", "code B", "share");
        for (name, bytes) in rows.into_iter().take(ROWS) {
            println!("{name:<48} {bytes:>9} {:>6.1}%", share(*bytes));
        }
        println!();
    }
    let mut rows: Vec<_> = map.functions.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1));
    println!("{:<100} {:>9}", "function", "code B");
    for (name, bytes) in rows.into_iter().take(ROWS) {
        let shown: String = name.chars().take(100).collect();
        println!("{shown:<100} {bytes:>9}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_hashes_are_dropped_and_slices_kept() {
        assert_eq!(
            without_hashes("<yew[998573a623633185]::VNode as core[1b80]::Clone>::clone"),
            "<yew::VNode as core::Clone>::clone"
        );
        assert_eq!(without_hashes("f::<[u8; 4]>"), "f::<[u8; 4]>");
    }

    #[test]
    fn a_trait_impl_counts_for_its_type() {
        assert_eq!(
            owner(
                "<micro_checkout::components::checkout::Checkout as yew::functional::FunctionProvider>::run"
            ),
            "micro_checkout::components::checkout::Checkout"
        );
        assert_eq!(
            owner("<&mut serde_json::ser::Serializer<W> as serde::Serializer>::x"),
            "serde_json::ser::Serializer"
        );
        assert_eq!(owner("core::fmt::write"), "core::fmt::write");
        assert_eq!(
            owner("dlmalloc::dlmalloc::Dlmalloc<A>::malloc"),
            "dlmalloc::dlmalloc::Dlmalloc"
        );
    }

    #[test]
    fn framework_code_instantiated_for_a_widget_type_counts_for_that_type() {
        let name = "<yew::html::component::lifecycle::CompStateInner<micro_checkout::components::checkout::Checkout> as yew::html::component::lifecycle::Stateful>::view";
        assert_eq!(
            attributed(name),
            "micro_checkout::components::checkout::Checkout"
        );
        assert_eq!(
            attributed("<yew::VNode as core::Clone>::clone"),
            "yew::VNode"
        );
    }

    #[test]
    fn code_is_attributed_by_name_and_unnamed_code_is_refused() {
        let named = wat_module();
        let map = attribute(&named).unwrap();
        assert_eq!(map.crates.len(), 2, "{map:?}");
        assert_eq!(map.code, map.crates.values().sum::<usize>());
        assert!(map.modules.contains_key("alpha::one"), "{map:?}");
        let unnamed = wasm_encoder::Module::new().finish();
        assert!(attribute(&unnamed).is_err());
    }

    /// A module with one import and two named functions, `alpha::one::f` and `beta::g`.
    fn wat_module() -> Vec<u8> {
        use wasm_encoder::*;
        let mut module = Module::new();
        let mut types = TypeSection::new();
        types.ty().function([], []);
        module.section(&types);
        let mut imports = ImportSection::new();
        imports.import("env", "h", EntityType::Function(0));
        module.section(&imports);
        let mut functions = FunctionSection::new();
        functions.function(0);
        functions.function(0);
        module.section(&functions);
        let mut code = CodeSection::new();
        for extra in [0, 3] {
            let mut body = Function::new([]);
            for _ in 0..extra {
                body.instruction(&Instruction::Nop);
            }
            body.instruction(&Instruction::End);
            code.function(&body);
        }
        module.section(&code);
        let mut names = NameSection::new();
        let mut map = NameMap::new();
        map.append(0, "h");
        map.append(1, "alpha::one::f");
        map.append(2, "beta::g");
        names.functions(&map);
        module.section(&names);
        module.finish()
    }
}
