//! Locales: every FTL file parses, every locale defines every en-US message id, and the
//! compiled catalogs resolve and negotiate as the buyer expects.

use fluent_syntax::ast::Entry;
use micro_checkout::i18n::{
    Arg, FALLBACK_LOCALE, Messages, available_locales, compile_overrides, negotiate,
    strip_isolation,
};
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

fn message_ids(locale: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale);
    let mut ids = BTreeSet::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let source = fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                ids.insert(m.id.name.to_owned());
                for attr in m.attributes {
                    ids.insert(format!("{}.{}", m.id.name, attr.id.name));
                }
            }
        }
    }
    ids
}

fn no_plural(_: i64) -> String {
    "other".into()
}

#[test]
fn every_locale_defines_every_en_us_message() {
    let source = message_ids(FALLBACK_LOCALE);
    assert!(source.len() >= 10, "en-US has its messages");
    let dirs: Vec<String> = fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(dirs.contains(&"ko-KR".to_owned()));
    for locale in &dirs {
        let ids = message_ids(locale);
        let missing: Vec<_> = source.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&source).collect();
        assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{locale} defines ids en-US lacks: {extra:?}"
        );
    }
    let compiled: BTreeSet<_> = available_locales().map(str::to_owned).collect();
    assert_eq!(
        compiled,
        dirs.into_iter().collect(),
        "every locale folder is compiled in"
    );
}

#[test]
fn messages_resolve_with_bidi_isolated_arguments() {
    let en = Messages::new("en-US");
    let pay = en.format("pay-button", &[("amount", Arg::Str("$0.99"))], &no_plural);
    assert_eq!(pay, "Pay \u{2068}$0.99\u{2069}");
    let ko = Messages::new("ko-KR");
    let pay = ko.format("pay-button", &[("amount", Arg::Str("₩1,200"))], &no_plural);
    assert_eq!(strip_isolation(&pay), "₩1,200 결제하기");
}

#[test]
fn selectors_and_term_references_resolve() {
    let en = Messages::new("en-US");
    let card = |brand| {
        strip_isolation(&en.format(
            "saved-card",
            &[("brand", Arg::Str(brand)), ("last4", Arg::Str("4242"))],
            &no_plural,
        ))
    };
    assert_eq!(card("visa"), "Visa ending in 4242");
    assert_eq!(card("mastercard"), "Mastercard ending in 4242");
    assert_eq!(
        card("unheard-of"),
        "Card ending in 4242",
        "the default variant"
    );
}

#[test]
fn unknown_ids_resolve_to_the_id_and_unknown_locales_to_en_us() {
    let en = Messages::new("en-US");
    assert_eq!(
        en.format("no-such-message", &[], &no_plural),
        "no-such-message"
    );
    assert_eq!(Messages::new("xx-YY").locale(), "en-US");
}

#[test]
fn negotiation_prefers_exact_then_region_parent_then_language_then_en_us() {
    assert_eq!(negotiate(&["ko-KR"]), "ko-KR");
    assert_eq!(negotiate(&["ko-kr"]), "ko-KR", "tags compare without case");
    assert_eq!(
        negotiate(&["ko"]),
        "ko-KR",
        "a bare language finds its region"
    );
    assert_eq!(negotiate(&["ko_KR"]), "ko-KR", "underscores are tolerated");
    assert_eq!(
        negotiate(&["fr-CH"]),
        "fr-FR",
        "same language, other region"
    );
    assert_eq!(negotiate(&["de-AT"]), "de-DE");
    assert_eq!(negotiate(&["en-AU"]), "en-GB", "Commonwealth English");
    assert_eq!(negotiate(&["en-CA"]), "en-US");
    assert_eq!(negotiate(&["en"]), "en-US");
    assert_eq!(negotiate(&["es-MX"]), "es-419", "Latin American Spanish");
    assert_eq!(negotiate(&["es"]), "es-ES");
    assert_eq!(negotiate(&["es-ES"]), "es-ES");
    assert_eq!(negotiate(&["zh-TW"]), "zh-Hant", "Chinese by script");
    assert_eq!(negotiate(&["zh-CN"]), "zh-Hans");
    assert_eq!(negotiate(&["pt-PT"]), "pt-BR");
    assert_eq!(negotiate(&["ar-EG"]), "ar");
    assert_eq!(
        negotiate(&["xx-YY", "sw-KE", "ko-KR"]),
        "sw-KE",
        "first supported wins"
    );
    assert_eq!(negotiate(&["xx"]), "en-US");
    assert_eq!(negotiate::<&str>(&[]), "en-US");
}

/// The 24 locales the product promises, at least.
const PROMISED: &[&str] = &[
    "en-US", "en-GB", "ko-KR", "ja-JP", "zh-Hans", "zh-Hant", "es-ES", "es-419", "pt-BR", "fr-FR",
    "de-DE", "it-IT", "nl-NL", "pl-PL", "tr-TR", "ar", "he", "hi-IN", "th-TH", "vi-VN", "id-ID",
    "ms-MY", "fil-PH", "sw-KE",
];

/// CLDR plural categories for integers, per language (what `Intl.PluralRules` answers).
fn plural_categories(locale: &str) -> &'static [&'static str] {
    match locale.split('-').next().unwrap() {
        "ja" | "zh" | "ko" | "th" | "vi" | "id" | "ms" | "tr" => &["other"],
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "he" => &["one", "two", "other"],
        "pl" => &["one", "few", "many", "other"],
        "fr" | "es" | "it" | "pt" => &["one", "many", "other"],
        _ => &["one", "other"],
    }
}

#[test]
fn the_promised_locales_ship_and_plural_selectors_use_their_language_categories() {
    let shipped: BTreeSet<_> = available_locales().collect();
    for locale in PROMISED {
        assert!(shipped.contains(locale), "{locale} is not shipped");
    }
    for locale in available_locales() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(locale);
        for entry in fs::read_dir(dir).unwrap() {
            let source = fs::read_to_string(entry.unwrap().path()).unwrap();
            let resource = fluent_syntax::parser::parse(source.as_str()).unwrap();
            for selector in numeric_selectors(&resource) {
                for key in selector {
                    assert!(
                        plural_categories(locale).contains(&key.as_str())
                            || key.parse::<i64>().is_ok(),
                        "{locale}: `[{key}]` is not a plural category of this language"
                    );
                }
            }
        }
    }
}

/// The variant keys of every select on `$others`, `$hours` or `$digits` (numbers).
fn numeric_selectors(resource: &fluent_syntax::ast::Resource<&str>) -> Vec<Vec<String>> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement, VariantKey};
    let mut found = Vec::new();
    for entry in &resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let Some(pattern) = &message.value else {
            continue;
        };
        for element in &pattern.elements {
            let PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } = element
            else {
                continue;
            };
            let InlineExpression::VariableReference { id } = selector else {
                continue;
            };
            if ["others", "hours", "digits"].contains(&id.name) {
                found.push(
                    variants
                        .iter()
                        .map(|v| match &v.key {
                            VariantKey::Identifier { name } => (*name).to_owned(),
                            VariantKey::NumberLiteral { value } => (*value).to_owned(),
                        })
                        .collect(),
                );
            }
        }
    }
    found
}

#[test]
fn every_locale_resolves_every_message_in_its_own_words_and_rtl_locales_say_so() {
    let english = Messages::new("en-US");
    let args = [
        ("amount", Arg::Str("$1")),
        ("others", Arg::Num(2)),
        ("hours", Arg::Num(24)),
        ("brand", Arg::Str("visa")),
        ("last4", Arg::Str("4242")),
        ("wallet", Arg::Str("toss")),
    ];
    let ids = message_ids(FALLBACK_LOCALE);
    for locale in available_locales() {
        let messages = Messages::new(locale);
        assert_eq!(
            messages.locale(),
            locale,
            "{locale} is embedded on the host"
        );
        let mut same = Vec::new();
        for id in &ids {
            let text = messages.format(id, &args, &|_| "other".into());
            assert!(!text.trim().is_empty(), "{locale}: `{id}` is empty");
            if text == english.format(id, &args, &|_| "other".into()) {
                same.push(id.as_str());
            }
        }
        // Brand names, formats and loanwords may match English; a locale that mostly
        // does was not translated.
        if !locale.starts_with("en-") {
            assert!(
                same.len() * 5 < ids.len(),
                "{locale}: {} of {} messages read as in English: {same:?}",
                same.len(),
                ids.len()
            );
        }
        let rtl = matches!(locale, "ar" | "he");
        assert_eq!(
            messages.direction(),
            if rtl { "rtl" } else { "ltr" },
            "{locale}"
        );
    }
}

#[test]
fn merchants_override_messages_with_placeables_and_bad_overrides_are_refused() {
    let en = Messages::new("en-US");
    let buy = en.with_compiled_overrides(
        compile_overrides(&[("pay-button".into(), "Buy now for { $amount }!".into())]).unwrap(),
    );
    let text = buy.format("pay-button", &[("amount", Arg::Str("$0.99"))], &no_plural);
    assert_eq!(strip_isolation(&text), "Buy now for $0.99!");
    assert_eq!(
        buy.format("total", &[], &no_plural),
        "Total",
        "others are untouched"
    );
    let errors = [
        ("no-such-id", "x", "there is no message `no-such-id`"),
        ("pay-button", "Pay { amount }", "is not a { $variable }"),
        ("pay-button", "Pay { $amount", "never closed"),
        ("pay-button", "Pay } now", "has no `{`"),
    ];
    for (id, text, reason) in errors {
        let error = compile_overrides(&[(id.into(), text.into())]).unwrap_err();
        assert!(error.contains(reason), "{id} = {text}: {error}");
    }
}
