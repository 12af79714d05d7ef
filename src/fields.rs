//! Field rules for the card and phone forms: formatting as the buyer types, brand
//! detection, the Luhn check, expiry and CVC rules, and phone numbers to E.164.
//!
//! Pure functions, tested on the host. The card rules themselves (brands, lengths, Luhn) are
//! the contract's (`micro_checkout_contract::card`), shared with every backend. Errors are
//! message ids (`field-…` in the FTL files), so the form shows them localized and tied to
//! their field.

use micro_checkout_contract::card;
pub use micro_checkout_contract::card::{brand, luhn};

/// Only the ASCII digits of `input` (spaces, dashes and slashes dropped).
pub fn digits(input: &str) -> String {
    input.chars().filter(char::is_ascii_digit).collect()
}

/// How a card of `brand`'s digits are grouped on screen.
fn groups(brand: Option<&str>) -> &'static [usize] {
    match brand {
        Some("amex") => &[4, 6, 5],
        _ => &[4, 4, 4, 4, 3],
    }
}

/// The number as the buyer should see it while typing: `4242 4242 4242 4242`,
/// `3782 822463 10005`. Extra digits beyond the brand's length are dropped.
pub fn format_number(input: &str) -> String {
    let all = digits(input);
    let brand = brand(&all);
    let max = *card::lengths(brand).end();
    let mut out = String::new();
    let mut rest = &all[..all.len().min(max)];
    for size in groups(brand) {
        if rest.is_empty() {
            break;
        }
        let (group, tail) = rest.split_at((*size).min(rest.len()));
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(group);
        rest = tail;
    }
    out
}

/// What is wrong with a card number, if anything. `accepted` lists the merchant's brands
/// (empty: any).
pub fn number_error(input: &str, accepted: &[String]) -> Option<&'static str> {
    let number = digits(input);
    let brand = brand(&number);
    if number.is_empty() {
        Some("field-card-required")
    } else if number.len() < *card::lengths(brand).start() {
        Some("field-card-incomplete")
    } else if !luhn(&number) {
        Some("field-card-invalid")
    } else if !card::accepts(accepted, brand) {
        Some("field-card-brand")
    } else {
        None
    }
}

/// The expiry as the buyer should see it while typing: `12 / 34`.
pub fn format_expiry(input: &str) -> String {
    let mut all = digits(input);
    if all.len() == 1 && all != "0" && all != "1" {
        all.insert(0, '0');
    }
    all.truncate(4);
    match all.len() {
        0..=2 => all,
        _ => format!("{} / {}", &all[..2], &all[2..]),
    }
}

/// Reads `MM / YY` as (month, four-digit year), or the message id of what is wrong.
/// `today` is (year, month); a card is valid through the end of its expiry month.
pub fn parse_expiry(input: &str, today: (u32, u32)) -> Result<(u32, u32), &'static str> {
    let all = digits(input);
    if all.is_empty() {
        return Err("field-expiry-required");
    }
    if all.len() != 4 {
        return Err("field-expiry-incomplete");
    }
    // Four ASCII digits: MM and YY.
    let two = |at: usize| {
        let b = all.as_bytes();
        u32::from(b[at] - b'0') * 10 + u32::from(b[at + 1] - b'0')
    };
    let (month, year) = (two(0), 2000 + two(2));
    match card::expiry(month, year, today) {
        Ok(()) => Ok((month, year)),
        Err(card::Expiry::Past) => Err("field-expiry-past"),
        Err(card::Expiry::Invalid) => Err("field-expiry-invalid"),
    }
}

/// What is wrong with a security code for a card of `brand` (4 digits for Amex, else 3).
pub fn cvc_error(input: &str, brand: Option<&str>) -> Option<&'static str> {
    let cvc = digits(input);
    let wanted = card::cvc_length(brand);
    if cvc.is_empty() {
        Some("field-cvc-required")
    } else if cvc.len() != wanted || cvc.len() != input.trim().len() {
        Some("field-cvc-invalid")
    } else {
        None
    }
}

/// The country calling code for the countries whose carriers bill phones.
fn calling_code(country: &str) -> Option<&'static str> {
    Some(match country {
        "KR" => "82",
        "JP" => "81",
        "US" | "CA" => "1",
        "GB" => "44",
        "DE" => "49",
        "FR" => "33",
        "ID" => "62",
        "PH" => "63",
        "TH" => "66",
        "VN" => "84",
        "MY" => "60",
        "IN" => "91",
        "KE" => "254",
        "TR" => "90",
        "BR" => "55",
        _ => return None,
    })
}

/// The phone number in E.164 (`+821012345678`), read from what the buyer typed: an
/// international number, or a national one (`010-1234-5678`) for `country`.
pub fn e164(input: &str, country: Option<&str>) -> Result<String, &'static str> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err("field-phone-required");
    }
    if !trimmed
        .bytes()
        .all(|b| b.is_ascii_digit() || b" -().+".contains(&b))
    {
        return Err("field-phone-invalid");
    }
    let national = digits(trimmed);
    let full = if trimmed.starts_with('+') {
        national
    } else if let Some(rest) = national.strip_prefix("00") {
        rest.to_owned()
    } else {
        let code = country
            .and_then(calling_code)
            .ok_or("field-phone-international")?;
        format!("{code}{}", national.trim_start_matches('0'))
    };
    if (8..=15).contains(&full.len()) {
        Ok(format!("+{full}"))
    } else {
        Err("field-phone-invalid")
    }
}

/// The country whose carriers these are (`skt` → KR, `docomo` → JP), if known.
pub fn carrier_country(carriers: &[String]) -> Option<&'static str> {
    carriers.iter().find_map(|c| match c.as_str() {
        "skt" | "kt" | "lgu" => Some("KR"),
        "docomo" | "au" | "softbank" => Some("JP"),
        _ => None,
    })
}

/// What the buyer has typed into the method forms. It outlives a switch between methods,
/// so falling back from one method to another never asks for the same thing twice.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// The card number as shown (grouped).
    pub number: String,
    /// The expiry as shown (`MM / YY`).
    pub expiry: String,
    /// The security code.
    pub cvc: String,
    /// The chosen carrier.
    pub carrier: Option<String>,
    /// The phone number as typed.
    pub phone: String,
}

/// One change to a [`Draft`]: what the buyer typed into one field, raw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// The card number field.
    Number(String),
    /// The expiry field.
    Expiry(String),
    /// The security code field.
    Cvc(String),
    /// The carrier chosen.
    Carrier(String),
    /// The phone field.
    Phone(String),
}

impl Draft {
    /// Applies one edit, formatting as the buyer types. Edits apply to the latest draft,
    /// so autofill filling several fields at once loses none of them.
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Number(value) => self.number = format_number(&value),
            Edit::Expiry(value) => self.expiry = format_expiry(&value),
            Edit::Cvc(value) => self.cvc = digits(&value),
            Edit::Carrier(value) => self.carrier = Some(value),
            Edit::Phone(value) => self.phone = value,
        }
    }
}

/// A field of the forms, named as its message ids and DOM ids are.
pub type FieldName = &'static str;

/// The problems of a card draft, field by field (`number`, `expiry`, `cvc`).
pub fn card_errors(
    draft: &Draft,
    accepted: &[String],
    today: (u32, u32),
) -> Vec<(FieldName, &'static str)> {
    let number = digits(&draft.number);
    let mut errors = Vec::new();
    if let Some(error) = number_error(&number, accepted) {
        errors.push(("number", error));
    }
    if let Err(error) = parse_expiry(&draft.expiry, today) {
        errors.push(("expiry", error));
    }
    if let Some(error) = cvc_error(&draft.cvc, brand(&number)) {
        errors.push(("cvc", error));
    }
    errors
}

/// The problems of a carrier-billing draft (`carrier`, `phone`).
pub fn phone_errors(draft: &Draft, country: Option<&str>) -> Vec<(FieldName, &'static str)> {
    let mut errors = Vec::new();
    if draft.carrier.is_none() {
        errors.push(("carrier", "field-carrier-required"));
    }
    if let Err(error) = e164(&draft.phone, country) {
        errors.push(("phone", error));
    }
    errors
}

/// The card to tokenize, once [`card_errors`] finds nothing.
pub fn card_request(
    draft: &Draft,
    today: (u32, u32),
) -> Option<micro_checkout_contract::TokenizeRequest> {
    let (exp_month, exp_year) = parse_expiry(&draft.expiry, today).ok()?;
    Some(micro_checkout_contract::TokenizeRequest {
        version: micro_checkout_contract::CONTRACT_VERSION,
        number: digits(&draft.number),
        exp_month,
        exp_year,
        cvc: digits(&draft.cvc),
    })
}
