//! Locales: every FTL file parses, every locale defines every en-US message id, and the
//! compiled catalogs resolve and negotiate as the buyer expects.

use fluent_syntax::ast::Entry;
use micro_checkout::i18n::{
    Arg, FALLBACK_LOCALE, Messages, available_locales, negotiate, strip_isolation,
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
fn negotiation_prefers_exact_then_language_then_en_us() {
    assert_eq!(negotiate(&["ko-KR"]), "ko-KR");
    assert_eq!(negotiate(&["ko-kr"]), "ko-KR", "tags compare without case");
    assert_eq!(
        negotiate(&["ko"]),
        "ko-KR",
        "a bare language finds its region"
    );
    assert_eq!(negotiate(&["ko_KR"]), "ko-KR", "underscores are tolerated");
    assert_eq!(
        negotiate(&["en-GB"]),
        "en-US",
        "same language, other region"
    );
    assert_eq!(
        negotiate(&["sw-KE", "ko-KR", "en-US"]),
        "ko-KR",
        "first supported wins"
    );
    assert_eq!(negotiate(&["xx"]), "en-US");
    assert_eq!(negotiate::<&str>(&[]), "en-US");
}
