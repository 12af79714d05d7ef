//! Fetches a locale's messages on demand: every locale but en-US lives in its own file
//! (`locales/<tag>.<content hash>.json`, cacheable forever) next to the wasm, so adding
//! locales adds nothing to the critical path. Each is fetched with its integrity. The file is the compact JSON `build.rs`
//! writes: `[[id, parts], …]`, a part being text, `{"v": var}` or
//! `{"s": var, "d": default, "o": [[key, parts], …]}`.

use crate::i18n::{self, Catalog, Part, leak};
use gloo_net::http::Request;
use js_sys::{Array, JSON, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// Loads `locale` from the folder at `base_url` unless it is already at hand. The file is
/// fetched with the Subresource Integrity `build.rs` compiled in beside its name: a file
/// that does not match is refused, and the widget shows en-US.
pub async fn ensure(locale: &'static str, base_url: &str) -> Result<(), String> {
    if i18n::is_loaded(locale) {
        return Ok(());
    }
    let (file, integrity) =
        i18n::locale_file(locale).ok_or_else(|| format!("no file for {locale}"))?;
    let url = format!("{}/{file}", base_url.trim_end_matches('/'));
    let (controller, timer) =
        crate::api::deadline().ok_or_else(|| format!("{url}: no AbortController"))?;
    let response = Request::get(&url)
        .integrity(integrity)
        .abort_signal(Some(&controller.signal()))
        .send()
        .await
        .map_err(|e| format!("{url}: {e}"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = response.text().await.map_err(|e| format!("{url}: {e}"))?;
    drop(timer);
    let catalog = parse(&text).ok_or_else(|| format!("{url}: not a catalog"))?;
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
