//! The widget's QR encoder (`qrcodegen`), built as its own wasm module so that the code
//! which draws a payment QR code is fetched only by a buyer who is shown one, not by every
//! buyer on the critical path. `static/qr.js` loads it (with its Subresource Integrity) and
//! talks to it in plain numbers, so it needs no bindings:
//!
//! 1. [`qr_push`] each byte of the payload's UTF-8;
//! 2. [`qr_encode`] encodes what was pushed at error correction level M and answers the
//!    code's side in modules (0 if the payload does not fit: the contract's `qr::fits`);
//! 3. [`qr_dark`] answers whether the module at (x, y) is dark.

use qrcodegen::{QrCode, QrCodeEcc};
use std::cell::RefCell;

thread_local! {
    /// The payload pushed so far.
    static PAYLOAD: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    /// The last code encoded.
    static CODE: RefCell<Option<QrCode>> = const { RefCell::new(None) };
}

/// The wasm module's allocator: the same small free list as the widget's.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());

/// Appends one byte (0–255) of the payload.
#[allow(unsafe_code)]
#[unsafe(no_mangle)]
pub extern "C" fn qr_push(byte: u32) {
    PAYLOAD.with(|payload| payload.borrow_mut().push(byte as u8));
}

/// Encodes the payload pushed since the last call and forgets it; answers the code's side
/// in modules, or 0 when the payload is not UTF-8 or too long for one QR code.
#[allow(unsafe_code)]
#[unsafe(no_mangle)]
pub extern "C" fn qr_encode() -> i32 {
    let payload = PAYLOAD.with(|payload| std::mem::take(&mut *payload.borrow_mut()));
    let code = String::from_utf8(payload)
        .ok()
        .and_then(|text| QrCode::encode_text(&text, QrCodeEcc::Medium).ok());
    let size = code.as_ref().map_or(0, QrCode::size);
    CODE.with(|last| *last.borrow_mut() = code);
    size
}

/// 1 when the module at (`x`, `y`) of the last code is dark, else 0 (also outside it).
#[allow(unsafe_code)]
#[unsafe(no_mangle)]
pub extern "C" fn qr_dark(x: i32, y: i32) -> i32 {
    CODE.with(|code| {
        code.borrow()
            .as_ref()
            .is_some_and(|code| code.get_module(x, y))
            .into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use micro_checkout_contract::qr::fits;
    use proptest::prelude::*;

    fn encode(text: &str) -> i32 {
        text.bytes().for_each(|b| qr_push(b.into()));
        qr_encode()
    }

    #[test]
    fn a_payload_is_drawn_module_by_module_and_then_forgotten() {
        let size = encode("00020101021229370016A000000677010111");
        assert_eq!(size, 25, "version 2");
        // Every code has its three finder patterns: a dark corner, a light ring inside.
        assert_eq!(qr_dark(0, 0), 1);
        assert_eq!(qr_dark(1, 1), 0);
        assert_eq!(qr_dark(size - 1, 0), 1);
        assert_eq!(qr_dark(size, 0), 0, "outside the code");
        assert_eq!(encode(""), 21, "the next payload starts empty");
    }

    #[test]
    fn the_encoder_and_the_contracts_rule_agree_at_each_modes_limit() {
        for (unit, most) in [("7", 5_596), ("A", 3_391), ("a", 2_331), ("é", 1_165)] {
            for n in [most, most + 1] {
                let text = unit.repeat(n);
                assert_eq!(encode(&text) > 0, fits(&text), "{n} × {unit:?}");
            }
        }
    }

    #[test]
    fn bytes_that_are_not_utf8_draw_nothing() {
        qr_push(0xff);
        assert_eq!(qr_encode(), 0);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn the_encoder_and_the_contracts_rule_agree(
            unit in "[0-9]{1,3}|[0-9A-Z $%*+./:-]{1,3}|[a-zé€]{1,3}",
            count in 500usize..3_000,
        ) {
            let text: String = unit.repeat(count).chars().take(6_000).collect();
            prop_assert_eq!(encode(&text) > 0, fits(&text));
        }
    }
}
