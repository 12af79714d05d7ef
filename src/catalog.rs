//! Fetches a locale's messages on demand: every locale but en-US lives in its own file
//! (`locales/<tag>.<content hash>.json`, cacheable forever) next to the wasm, so adding
//! locales adds nothing to the critical path. Each is fetched with its integrity, which the
//! entry module's table gives (the host and the designer preview compile it in). The entry
//! starts fetching the buyer's file beside the wasm; that answer is used when it is the
//! locale negotiated here. The file is the compact JSON `build.rs` writes: `[[id, parts], …]`,
//! a part being text, `{"v": var}` or `{"s": var, "d": default, "o": [[key, parts], …]}`.

use crate::i18n::{self, Catalog, Part, leak};
use gloo_net::http::Request;
use js_sys::{Array, JSON, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// Loads `locale` from the folder at `base_url` unless it is already at hand. The file is
/// fetched with its Subresource Integrity, from `files` (the entry module's table,
/// `{tag: [file, integrity]}`) or compiled in: a file that does not match is refused, and
/// the widget shows en-US. `early` is the entry's request for this locale's file, if any;
/// if it failed, the file is fetched again.
pub async fn ensure(
    locale: &'static str,
    base_url: &str,
    files: &JsValue,
    early: Option<Promise>,
) -> Result<(), String> {
    if i18n::is_loaded(locale) {
        return Ok(());
    }
    let (file, integrity) =
        file_of(locale, files).ok_or_else(|| format!("no file for {locale}"))?;
    let url = format!("{}/{file}", base_url.trim_end_matches('/'));
    let text = match early {
        Some(response) => match crate::api::early(response).await {
            Ok(text) => text,
            Err(_) => fetch(&url, &integrity).await?,
        },
        None => fetch(&url, &integrity).await?,
    };
    let catalog = parse(&text).ok_or_else(|| format!("{url}: not a catalog"))?;
    if !i18n::is_loaded(locale) {
        i18n::register(locale, catalog);
    }
    Ok(())
}

/// `locale`'s file name and integrity: compiled in, else from the entry module's table.
fn file_of(locale: &str, files: &JsValue) -> Option<(String, String)> {
    if let Some((file, integrity)) = i18n::locale_file(locale) {
        return Some((file.into(), integrity.into()));
    }
    let entry = Reflect::get(files, &locale.into())
        .ok()?
        .dyn_into::<Array>()
        .ok()?;
    Some((entry.get(0).as_string()?, entry.get(1).as_string()?))
}

async fn fetch(url: &str, integrity: &str) -> Result<String, String> {
    let (controller, timer) =
        crate::api::deadline().ok_or_else(|| format!("{url}: no AbortController"))?;
    let response = Request::get(url)
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
    Ok(text)
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
