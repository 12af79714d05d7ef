//! Localized messages: locale negotiation and message resolution, without a runtime parser.
//!
//! `build.rs` compiles `locales/<bcp47>/*.ftl`: en-US into the wasm ([`EMBEDDED_JSON`],
//! read by the edge on first use), every other locale into a file the edge (`catalog.rs`)
//! fetches on demand and [`register`]s here.
//! Resolution here is pure: the plural category of a number is asked of a function the edge
//! supplies (the browser's `Intl.PluralRules`), so this module runs and is tested on the
//! host, where build.rs embeds every locale. Merchants may override any message per
//! locale ([`Messages::with_compiled_overrides`]).

include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// The locale every other falls back to, and whose messages are the source of truth.
pub const FALLBACK_LOCALE: &str = "en-US";

/// First strong isolate: Fluent's bidi isolation around every placeable.
const FSI: char = '\u{2068}';
/// Pop directional isolate.
const PDI: char = '\u{2069}';

/// One locale's compiled messages: `(id, parts)` pairs, sorted by id.
pub type Catalog = &'static [(&'static str, &'static [Part])];

/// One piece of a compiled message.
#[derive(Debug, PartialEq, Eq)]
pub enum Part {
    /// Literal text.
    Text(&'static str),
    /// A `{ $variable }` placeable.
    Var(&'static str),
    /// A `{ $variable -> [key] … *[default] … }` select: variable, variants, default index.
    Select(
        &'static str,
        &'static [(&'static str, &'static [Part])],
        usize,
    ),
}

/// A value passed into a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// Text, already formatted for display (e.g. an amount from `Intl.NumberFormat`).
    Str(&'a str),
    /// An integer that selects plural variants and is shown as is.
    Num(i64),
}

/// The locales the widget ships, sorted.
pub fn available_locales() -> impl Iterator<Item = &'static str> {
    LOCALES.iter().copied()
}

/// Each fetched locale's file and its Subresource Integrity (`sha256-…`), as `(tag, file,
/// integrity)`: compiled in for the designer preview only (the shipped wasm is handed each
/// file by the entry module, which reads the locale files' index).
pub fn locale_files() -> &'static [(&'static str, &'static str, &'static str)] {
    LOCALE_FILES
}

std::thread_local! {
    /// Catalogs fetched at run time, by locale.
    static LOADED: std::cell::RefCell<Vec<(&'static str, Catalog)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether `locale`'s messages are at hand (embedded or registered).
pub fn is_loaded(locale: &str) -> bool {
    catalog(locale).is_some()
}

/// Makes a fetched catalog available to [`Messages`].
pub fn register(locale: &'static str, catalog: Catalog) {
    LOADED.with(|loaded| loaded.borrow_mut().push((locale, catalog)));
}

fn catalog(locale: &str) -> Option<Catalog> {
    CATALOGS
        .iter()
        .find(|(tag, _)| *tag == locale)
        .map(|(_, c)| *c)
        .or_else(|| loaded(locale))
        .or_else(|| embedded(locale))
}

fn loaded(locale: &str) -> Option<Catalog> {
    LOADED.with(|loaded| {
        loaded
            .borrow()
            .iter()
            .find(|(tag, _)| *tag == locale)
            .map(|(_, c)| *c)
    })
}

/// In the wasm, en-US is JSON text (smaller than statics); the edge reads it on first use.
#[cfg(target_arch = "wasm32")]
fn embedded(locale: &str) -> Option<Catalog> {
    if locale != FALLBACK_LOCALE {
        return None;
    }
    let catalog = crate::catalog::parse(EMBEDDED_JSON)?;
    register(FALLBACK_LOCALE, catalog);
    Some(catalog)
}

/// On the host every locale is a static.
#[cfg(not(target_arch = "wasm32"))]
fn embedded(_: &str) -> Option<Catalog> {
    None
}

/// The writing direction of `locale`: `rtl` for Arabic, Hebrew, Persian and Urdu.
pub fn direction(locale: &str) -> &'static str {
    match locale.split('-').next().unwrap_or("") {
        "ar" | "he" | "fa" | "ur" => "rtl",
        _ => "ltr",
    }
}

/// Where a regional tag's speakers are best served when it is not shipped itself: Latin
/// American Spanish, Commonwealth English, and Chinese by script.
fn regional_parent(tag: &str) -> Option<&'static str> {
    let mut parts = tag.split('-');
    let language = parts.next()?.to_ascii_lowercase();
    let rest: Vec<String> = parts.map(|p| p.to_ascii_uppercase()).collect();
    let has = |code: &str| rest.iter().any(|r| r == code);
    match language.as_str() {
        "es" if rest.is_empty() || has("ES") => Some("es-ES"),
        "es" => Some("es-419"),
        "en" if ["GB", "AU", "NZ", "IE", "IN", "ZA", "SG", "HK", "MT"]
            .iter()
            .any(|c| has(c)) =>
        {
            Some("en-GB")
        }
        "en" => Some("en-US"),
        "zh" if ["HANT", "TW", "HK", "MO"].iter().any(|c| has(c)) => Some("zh-Hant"),
        "zh" => Some("zh-Hans"),
        _ => None,
    }
}

/// Picks the locale to show: for each requested tag in order, an exact match (ignoring
/// case), else a shipped locale with the same language (fr-CH → fr-FR); else en-US.
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> &'static str {
    let language = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    for wanted in requested {
        let wanted = wanted.as_ref().replace('_', "-");
        if let Some(tag) = available_locales().find(|t| t.eq_ignore_ascii_case(&wanted)) {
            return tag;
        }
        if let Some(tag) = regional_parent(&wanted) {
            return tag;
        }
        let lang = language(&wanted);
        if let Some(tag) = available_locales().find(|t| language(t) == lang) {
            return tag;
        }
    }
    FALLBACK_LOCALE
}

/// The messages of one locale, falling back to en-US message by message, with the
/// merchant's overrides first: the session's variant's, then the embedding's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Messages {
    locale: &'static str,
    overrides: Catalog,
    variant: Catalog,
}

impl Messages {
    /// The messages of `locale`, which should come from [`negotiate`] and be loaded
    /// ([`is_loaded`]); otherwise en-US.
    pub fn new(locale: &str) -> Self {
        let locale = available_locales()
            .find(|t| *t == locale && is_loaded(t))
            .unwrap_or(FALLBACK_LOCALE);
        Self {
            locale,
            overrides: &[],
            variant: &[],
        }
    }

    /// These messages with the merchant's overrides, compiled by [`compile_overrides`]
    /// (message id → text with `{ $variable }` placeables, e.g. `pay-button` →
    /// `Buy now { $amount }`).
    pub fn with_compiled_overrides(self, overrides: Catalog) -> Self {
        Self { overrides, ..self }
    }

    /// These messages with the session's variant's overrides for their locale (a
    /// session's `messages`, compiled by [`compile_locales`]), which win over the
    /// embedding's.
    pub fn with_variant(self, variant: Compiled) -> Self {
        Self {
            variant: overrides_for(variant, self.locale),
            ..self
        }
    }

    /// `ltr` or `rtl`.
    pub fn direction(&self) -> &'static str {
        direction(self.locale)
    }

    /// The BCP 47 tag of these messages.
    pub fn locale(&self) -> &'static str {
        self.locale
    }

    /// Whether message `id` exists here or in en-US.
    pub fn has(&self, id: &str) -> bool {
        self.parts(id).is_some()
    }

    fn parts(&self, id: &str) -> Option<&'static [Part]> {
        find(self.variant, id)
            .or_else(|| find(self.overrides, id))
            .or_else(|| lookup(self.locale, id))
            .or_else(|| lookup(FALLBACK_LOCALE, id))
    }

    /// Resolves message `id` with `args`. `plural` maps a number to its CLDR plural
    /// category (`one`, `other`, …) in this locale. A missing id resolves to the id itself.
    pub fn format(&self, id: &str, args: &[(&str, Arg)], plural: &dyn Fn(i64) -> String) -> String {
        let mut out = String::new();
        match self.parts(id) {
            Some(parts) => resolve(parts, args, plural, &mut out),
            None => out.push_str(id),
        }
        out
    }
}

fn lookup(locale: &str, id: &str) -> Option<&'static [Part]> {
    find(catalog(locale)?, id)
}

fn find(catalog: Catalog, id: &str) -> Option<&'static [Part]> {
    catalog.iter().find(|(key, _)| *key == id).map(|(_, p)| *p)
}

/// The overrides `list` holds for `locale` (tags compared in any case), else none.
pub fn overrides_for(list: &[(String, Catalog)], locale: &str) -> Catalog {
    list.iter()
        .find(|(tag, _)| tag.eq_ignore_ascii_case(locale))
        .map_or(&[], |(_, compiled)| compiled)
}

/// Keeps `text` for the life of the page: catalogs and overrides are loaded once.
pub fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

/// A locale's compiled overrides, kept for the life of the page.
pub type Compiled = &'static [(String, Catalog)];

/// Compiles every locale's overrides once, for the life of the page. A locale whose
/// overrides are refused is an error naming it when `strict` (the embedding's options),
/// and is otherwise left out (a session's variant: its buyers see the widget's own text).
pub fn compile_locales(
    locales: &micro_checkout_contract::MessageOverrides,
    strict: bool,
) -> Result<Compiled, String> {
    let mut all = Vec::new();
    for (locale, messages) in &locales.0 {
        match compile_overrides(messages) {
            Ok(compiled) => all.push((locale.clone(), compiled)),
            Err(e) if strict => return Err(format!("messages.{locale}: {e}")),
            Err(_) => {}
        }
    }
    Ok(Box::leak(all.into_boxed_slice()))
}

/// Compiles a merchant's overrides (message id → text with `{ $variable }` placeables) once,
/// for the life of the page. An unknown id or a malformed text is refused with the reason.
pub fn compile_overrides(overrides: &[(String, String)]) -> Result<Catalog, String> {
    let mut compiled = Vec::new();
    for (id, text) in overrides {
        if lookup(FALLBACK_LOCALE, id).is_none() {
            return Err(format!("there is no message `{id}` to override"));
        }
        let parts = compile_override(text).map_err(|e| format!("message `{id}`: {e}"))?;
        compiled.push((leak(id), parts));
    }
    Ok(Box::leak(compiled.into_boxed_slice()))
}

/// Compiles an override's text: literal text and `{ $variable }` placeables, read by the
/// contract's [`read_placeables`](micro_checkout_contract::read_placeables).
fn compile_override(text: &str) -> Result<&'static [Part], &'static str> {
    use micro_checkout_contract::Piece;
    let mut parts = Vec::new();
    micro_checkout_contract::read_placeables(text, |piece| {
        parts.push(match piece {
            Piece::Text(text) => Part::Text(leak(text)),
            Piece::Var(name) => Part::Var(leak(name)),
        })
    })?;
    Ok(Box::leak(parts.into_boxed_slice()))
}

fn resolve(parts: &[Part], args: &[(&str, Arg)], plural: &dyn Fn(i64) -> String, out: &mut String) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a);
    for part in parts {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Var(name) => {
                out.push(FSI);
                match arg(name) {
                    Some(Arg::Str(s)) => out.push_str(s),
                    Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                    None => out.push_str(name),
                }
                out.push(PDI);
            }
            Part::Select(name, variants, default) => {
                let chosen = match arg(name) {
                    Some(Arg::Str(s)) => variants.iter().find(|(k, _)| *k == s),
                    Some(Arg::Num(n)) => {
                        let exact = n.to_string();
                        let category = plural(n);
                        variants
                            .iter()
                            .find(|(k, _)| *k == exact)
                            .or_else(|| variants.iter().find(|(k, _)| *k == category))
                    }
                    None => None,
                };
                let (_, body) = chosen.unwrap_or(&variants[*default]);
                resolve(body, args, plural, out);
            }
        }
    }
}

/// Removes the bidi isolation marks, for comparing text in tests and logs.
pub fn strip_isolation(text: &str) -> String {
    text.chars().filter(|c| *c != FSI && *c != PDI).collect()
}
