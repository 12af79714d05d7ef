//! micro-checkout: a localized one-tap checkout for small payments, as a Yew component.
//!
//! The code map is in ARCHITECTURE.md. In short: [`flow`] decides (pure), [`hooks`] and
//! [`api`] act, [`components`] render, [`embed`] is the JavaScript API, and [`i18n`] /
//! [`money`] turn contract data into what the buyer reads.

pub mod api;
pub mod catalog;
pub mod components;
pub mod decode;
pub mod element;
pub mod embed;
pub mod encode;
pub mod fields;
pub mod flow;
pub mod hooks;
pub mod i18n;
pub mod intl;
pub mod money;
pub mod platform;
#[cfg(feature = "preview")]
pub mod preview;

/// The wasm's allocator: a free list that coalesces neighbours (lol_alloc), far smaller than
/// the standard library's dlmalloc. The widget allocates little and briefly, so a search of
/// a short free list costs nothing a buyer notices.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());
