//! Loads a locale's messages on demand: every locale but en-US lives in its own file
//! (`locales/<tag>.<content hash>.json`, cacheable forever) next to the wasm, so adding
//! locales adds nothing to the critical path. The entry module fetches it (with the
//! integrity that the locale files' index gives, and from its early request when that was
//! for the same tag) and hands the text over; the designer preview gives a loader of its
//! own. The file is the compact JSON `build.rs` writes: `[[id, parts], …]`, a part being
//! text, `{"v": var}` or `{"s": var, "d": default, "o": [[key, parts], …]}`.

use crate::i18n::{self, Catalog, Part, leak};
use js_sys::{Array, Function, JSON, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Loads `locale` unless it is already at hand, with `load` (`(tag) => Promise<string>`, the
/// file's text): a file that cannot load or does not match its integrity is refused, and the
/// widget shows en-US. The error says why.
pub async fn ensure(locale: &'static str, load: &JsValue) -> Result<(), JsValue> {
    if i18n::is_loaded(locale) {
        return Ok(());
    }
    let load = load.dyn_ref::<Function>().ok_or("no locale loader")?;
    let text = JsFuture::from(Promise::resolve(
        &load.call1(&JsValue::NULL, &locale.into())?,
    ))
    .await?
    .as_string()
    .ok_or("a locale file that is not text")?;
    let catalog = parse(&text).ok_or("a locale file that is not a catalog")?;
    if !i18n::is_loaded(locale) {
        i18n::register(locale, catalog);
    }
    Ok(())
}

/// Reads a catalog file.
pub fn parse(text: &str) -> Option<Catalog> {
    let entries = JSON::parse(text).ok()?.dyn_into::<Array>().ok()?;
    let mut catalog = Vec::new();
    for entry in entries.iter() {
        let entry = entry.dyn_into::<Array>().ok()?;
        let id = leak(&entry.get(0).as_string()?);
        catalog.push((id, parts(&entry.get(1))?));
    }
    Some(Box::leak(catalog.into_boxed_slice()))
}

fn parts(value: &JsValue) -> Option<&'static [Part]> {
    let array = value.dyn_ref::<Array>()?;
    let mut out = Vec::new();
    for item in array.iter() {
        let field = |name: &str| Reflect::get(&item, &name.into()).ok();
        out.push(if let Some(text) = item.as_string() {
            Part::Text(leak(&text))
        } else if let Some(var) = field("v").and_then(|v| v.as_string()) {
            Part::Var(leak(&var))
        } else {
            let var = leak(&field("s")?.as_string()?);
            let default = field("d")?.as_f64()? as usize;
            let options = field("o")?.dyn_into::<Array>().ok()?;
            let mut variants = Vec::new();
            for option in options.iter() {
                let option = option.dyn_into::<Array>().ok()?;
                variants.push((leak(&option.get(0).as_string()?), parts(&option.get(1))?));
            }
            if default >= variants.len() {
                return None;
            }
            Part::Select(var, Box::leak(variants.into_boxed_slice()), default)
        });
    }
    Some(Box::leak(out.into_boxed_slice()))
}
