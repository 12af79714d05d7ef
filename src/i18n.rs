//! Localized messages: locale negotiation and message resolution, without a runtime parser.
//!
//! `build.rs` compiles `locales/<bcp47>/*.ftl` into [`CATALOGS`]. Resolution here is pure:
//! the plural category of a number is asked of a function the edge supplies (the browser's
//! `Intl.PluralRules`), so this module runs and is tested on the host.

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
#[derive(Debug)]
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

/// The locales the widget ships, in catalog order.
pub fn available_locales() -> impl Iterator<Item = &'static str> {
    CATALOGS.iter().map(|(tag, _)| *tag)
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
        let lang = language(&wanted);
        if let Some(tag) = available_locales().find(|t| language(t) == lang) {
            return tag;
        }
    }
    FALLBACK_LOCALE
}

/// The messages of one locale, falling back to en-US message by message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Messages {
    locale: &'static str,
}

impl Messages {
    /// The messages of `locale`, which should come from [`negotiate`].
    pub fn new(locale: &str) -> Self {
        let locale = available_locales()
            .find(|t| *t == locale)
            .unwrap_or(FALLBACK_LOCALE);
        Self { locale }
    }

    /// The BCP 47 tag of these messages.
    pub fn locale(&self) -> &'static str {
        self.locale
    }

    /// Whether message `id` exists here or in en-US.
    pub fn has(&self, id: &str) -> bool {
        lookup(self.locale, id)
            .or_else(|| lookup(FALLBACK_LOCALE, id))
            .is_some()
    }

    /// Resolves message `id` with `args`. `plural` maps a number to its CLDR plural
    /// category (`one`, `other`, …) in this locale. A missing id resolves to the id itself.
    pub fn format(&self, id: &str, args: &[(&str, Arg)], plural: &dyn Fn(i64) -> String) -> String {
        let mut out = String::new();
        match lookup(self.locale, id).or_else(|| lookup(FALLBACK_LOCALE, id)) {
            Some(parts) => resolve(parts, args, plural, &mut out),
            None => out.push_str(id),
        }
        out
    }
}

fn lookup(locale: &str, id: &str) -> Option<&'static [Part]> {
    let (_, messages) = CATALOGS.iter().find(|(tag, _)| *tag == locale)?;
    messages.iter().find(|(key, _)| *key == id).map(|(_, p)| *p)
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
