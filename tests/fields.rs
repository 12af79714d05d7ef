//! Card and phone field rules on the host: formatting, brands, Luhn, expiry, CVC, E.164.

use micro_checkout::fields::*;

#[test]
fn numbers_are_grouped_as_typed_by_brand() {
    assert_eq!(format_number("4242424242424242"), "4242 4242 4242 4242");
    assert_eq!(format_number("4242-4242 42"), "4242 4242 42");
    assert_eq!(format_number("378282246310005"), "3782 822463 10005");
    assert_eq!(
        format_number("3782822463100059999"),
        "3782 822463 10005",
        "amex stops at 15"
    );
    assert_eq!(format_number(""), "");
}

#[test]
fn brands_are_detected_from_the_prefix() {
    assert_eq!(brand("4242"), Some("visa"));
    assert_eq!(brand("5555"), Some("mastercard"));
    assert_eq!(brand("2223"), Some("mastercard"));
    assert_eq!(brand("3714"), Some("amex"));
    assert_eq!(brand("3530"), Some("jcb"));
    assert_eq!(brand("9999"), None);
}

#[test]
fn the_luhn_check_and_number_errors() {
    assert!(luhn("4242424242424242"));
    assert!(!luhn("4242424242424241"));
    assert!(!luhn(""));
    let any: Vec<String> = vec![];
    let visa_only = vec!["visa".to_owned()];
    assert_eq!(number_error("", &any), Some("field-card-required"));
    assert_eq!(
        number_error("4242 4242", &any),
        Some("field-card-incomplete")
    );
    assert_eq!(
        number_error("4242 4242 4242 4241", &any),
        Some("field-card-invalid")
    );
    assert_eq!(number_error("4242 4242 4242 4242", &any), None);
    assert_eq!(number_error("378282246310005", &any), None);
    assert_eq!(
        number_error("5555555555554444", &visa_only),
        Some("field-card-brand")
    );
}

#[test]
fn expiry_is_formatted_and_checked_against_today() {
    assert_eq!(format_expiry("1"), "1");
    assert_eq!(format_expiry("4"), "04");
    assert_eq!(format_expiry("1234"), "12 / 34");
    assert_eq!(format_expiry("12 / 345"), "12 / 34");
    let today = (2026, 11);
    assert_eq!(parse_expiry("12 / 34", today), Ok((12, 2034)));
    assert_eq!(
        parse_expiry("11 / 26", today),
        Ok((11, 2026)),
        "valid through its month"
    );
    assert_eq!(parse_expiry("10 / 26", today), Err("field-expiry-past"));
    assert_eq!(parse_expiry("13 / 30", today), Err("field-expiry-invalid"));
    assert_eq!(parse_expiry("1 / 3", today), Err("field-expiry-incomplete"));
    assert_eq!(parse_expiry("", today), Err("field-expiry-required"));
}

#[test]
fn cvc_length_follows_the_brand() {
    assert_eq!(cvc_error("123", Some("visa")), None);
    assert_eq!(cvc_error("1234", Some("amex")), None);
    assert_eq!(cvc_error("123", Some("amex")), Some("field-cvc-invalid"));
    assert_eq!(cvc_error("12a", Some("visa")), Some("field-cvc-invalid"));
    assert_eq!(cvc_error("", None), Some("field-cvc-required"));
}

#[test]
fn phones_become_e164() {
    assert_eq!(
        e164("010-1234-5678", Some("KR")),
        Ok("+821012345678".into())
    );
    assert_eq!(e164("+81 90 1234 5678", None), Ok("+819012345678".into()));
    assert_eq!(e164("0081 90 1234 5678", None), Ok("+819012345678".into()));
    assert_eq!(
        e164("090-1234-5678", None),
        Err("field-phone-international")
    );
    assert_eq!(e164("", Some("KR")), Err("field-phone-required"));
    assert_eq!(e164("010-CALL-ME", Some("KR")), Err("field-phone-invalid"));
    assert_eq!(e164("+1 2", None), Err("field-phone-invalid"));
    assert_eq!(carrier_country(&["docomo".into()]), Some("JP"));
    assert_eq!(carrier_country(&["skt".into(), "kt".into()]), Some("KR"));
}

#[test]
fn drafts_report_errors_per_field_and_build_the_card_request() {
    let today = (2026, 11);
    let mut draft = Draft::default();
    let fields: Vec<_> = card_errors(&draft, &[], today)
        .iter()
        .map(|e| e.0)
        .collect();
    assert_eq!(fields, ["number", "expiry", "cvc"]);
    draft.number = "4242 4242 4242 4242".into();
    draft.expiry = "12 / 30".into();
    draft.cvc = "123".into();
    assert!(card_errors(&draft, &[], today).is_empty());
    let card = card_request(&draft, today).unwrap();
    assert_eq!(
        (card.number.as_str(), card.exp_month, card.exp_year),
        ("4242424242424242", 12, 2030)
    );
    assert_eq!(phone_errors(&draft, Some("KR")).len(), 2);
    draft.carrier = Some("skt".into());
    draft.phone = "010 1234 5678".into();
    assert!(phone_errors(&draft, Some("KR")).is_empty());
}

#[test]
fn edits_format_as_typed_and_apply_one_after_another() {
    let mut draft = Draft::default();
    for edit in [
        Edit::Number("4242424242424242".into()),
        Edit::Expiry("1230".into()),
        Edit::Cvc("1a23".into()),
        Edit::Carrier("kt".into()),
        Edit::Phone("010 1234 5678".into()),
    ] {
        draft.apply(edit);
    }
    assert_eq!(draft.number, "4242 4242 4242 4242");
    assert_eq!(draft.expiry, "12 / 30");
    assert_eq!(draft.cvc, "123");
    assert_eq!(draft.carrier.as_deref(), Some("kt"));
    assert_eq!(draft.phone, "010 1234 5678");
}
