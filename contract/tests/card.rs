//! The card rules the widget and every backend share: brands by prefix, lengths, Luhn.

use micro_checkout_contract::card::{brand, lengths, luhn};

#[test]
fn brands_follow_their_prefixes() {
    for (number, expected) in [
        ("4", Some("visa")),
        ("34", Some("amex")),
        ("37", Some("amex")),
        ("51", Some("mastercard")),
        ("55", Some("mastercard")),
        ("2221", Some("mastercard")),
        ("2720", Some("mastercard")),
        ("2721", None),
        ("3528", Some("jcb")),
        ("3589", Some("jcb")),
        ("3527", None),
        ("3590", None),
        ("6011", Some("discover")),
        ("65", Some("discover")),
        ("62", Some("unionpay")),
        ("6012", None),
        ("", None),
        ("x4", None),
    ] {
        assert_eq!(
            brand(&format!("{number}000000000000")),
            expected,
            "{number}"
        );
    }
}

#[test]
fn amex_has_15_digits_and_every_other_card_16_to_19() {
    assert_eq!(lengths(Some("amex")), 15..=15);
    for other in [Some("visa"), Some("unionpay"), None] {
        assert_eq!(lengths(other), 16..=19, "{other:?}");
    }
}

#[test]
fn luhn_accepts_valid_numbers_and_nothing_else() {
    assert!(luhn("4242424242424242"));
    assert!(luhn("378282246310005"));
    assert!(!luhn("4242424242424241"));
    assert!(!luhn(""), "an empty number is no number");
    assert!(!luhn("4242 4242 4242 4242"), "only digits");
    assert!(!luhn("42424242424242４2"), "only ASCII digits");
}
