//! Message overrides a session carries for its variant: per locale, message ids and their
//! text, the same shape as the embedding's `messages` option (`{"en-US": {"pay-button":
//! "Buy now { $amount }"}}`).
//!
//! The wire form is a JSON object of objects; in Rust it is pairs in the wire's order, so
//! that the widget reads it without a map type. Texts are literal text and `{ $variable }`
//! placeables; the widget checks every id and text and ignores a locale it cannot use.

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// The overrides of one locale: `(message id, text)` pairs.
pub type LocaleOverrides = Vec<(String, String)>;

/// Per locale (BCP 47), the messages to show instead of the widget's own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageOverrides(pub Vec<(String, LocaleOverrides)>);

impl MessageOverrides {
    /// True when nothing is overridden.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The most locales, and the most messages per locale, a session may override.
pub const MAX_OVERRIDDEN: usize = 64;
/// The longest override text, in characters.
pub const MAX_OVERRIDE_CHARS: usize = 200;

/// A map written as pairs, in order.
struct Pairs<'a, V>(&'a [(String, V)]);

impl<V: Serialize> Serialize for Pairs<'_, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl Serialize for MessageOverrides {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let locales: Vec<(String, Pairs<'_, String>)> = self
            .0
            .iter()
            .map(|(locale, messages)| (locale.clone(), Pairs(messages)))
            .collect();
        Pairs(&locales).serialize(serializer)
    }
}

/// Reads a JSON object as pairs, refusing a key given twice.
struct PairsVisitor<V>(std::marker::PhantomData<V>);

impl<'de, V: Deserialize<'de>> Visitor<'de> for PairsVisitor<V> {
    type Value = Vec<(String, V)>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut pairs: Vec<(String, V)> = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, V>()? {
            if pairs.iter().any(|(k, _)| *k == key) {
                return Err(serde::de::Error::custom(format!("`{key}` is given twice")));
            }
            pairs.push((key, value));
        }
        Ok(pairs)
    }
}

/// One locale's messages, read as pairs.
struct Locale(LocaleOverrides);

impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_map(PairsVisitor(std::marker::PhantomData))
            .map(Locale)
    }
}

impl<'de> Deserialize<'de> for MessageOverrides {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let locales: Vec<(String, Locale)> =
            deserializer.deserialize_map(PairsVisitor(std::marker::PhantomData))?;
        Ok(Self(locales.into_iter().map(|(l, m)| (l, m.0)).collect()))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for MessageOverrides {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "MessageOverrides".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>>::json_schema(
            generator,
        )
    }
}
