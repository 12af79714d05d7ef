//! QR payloads: whether a `qr` next action's payload can be drawn as one QR code.
//!
//! The widget draws every payment QR code at error correction level M (about 15% of the
//! code can be damaged and it still scans), choosing the densest mode the whole payload
//! allows, as the QR standard's encoders do: numeric for digits only, alphanumeric for
//! `0-9 A-Z space $ % * + - . / :`, else bytes (UTF-8). The largest code (version 40) at
//! level M holds 18,672 data bits; a payload fits when its mode indicator, character count
//! and data take no more. In characters: 5,596 digits, 3,391 alphanumeric characters or
//! 2,331 bytes. The rule is written here, not asked of the encoder, so that the widget
//! decides before it loads its QR module, and a backend can check what it sends.

/// Data bits of a version-40 QR code at error correction level M (2,334 codewords).
const CAPACITY_BITS: usize = 2_334 * 8;

/// The characters the alphanumeric mode encodes.
const ALPHANUMERIC: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// True when `payload` fits in one QR code at error correction level M.
pub fn fits(payload: &str) -> bool {
    let bytes = payload.as_bytes();
    let n = bytes.len();
    // Mode indicator (4 bits), then the character count (its width at versions 27–40).
    let bits = if bytes.iter().all(u8::is_ascii_digit) {
        4 + 14 + n / 3 * 10 + [0, 4, 7][n % 3]
    } else if bytes.iter().all(|b| ALPHANUMERIC.contains(b)) {
        4 + 13 + n / 2 * 11 + n % 2 * 6
    } else {
        4 + 16 + n * 8
    };
    bits <= CAPACITY_BITS
}

#[cfg(test)]
mod tests {
    use super::fits;

    #[test]
    fn each_mode_holds_its_published_capacity_and_not_one_more() {
        for (unit, most) in [("7", 5_596), ("A", 3_391), ("a", 2_331), ("é", 1_165)] {
            assert!(fits(&unit.repeat(most)), "{most} × {unit:?}");
            assert!(!fits(&unit.repeat(most + 1)), "{} × {unit:?}", most + 1);
        }
        assert!(fits(""));
    }

    #[test]
    fn one_lowercase_letter_makes_the_whole_payload_bytes() {
        let upper = "A".repeat(3_000);
        assert!(fits(&upper));
        assert!(!fits(&format!("{upper}a")));
    }
}
