//! Content-hashed names and Subresource Integrity for the shipped files.
//!
//! Every file on the critical path gets a name that changes with its content
//! (`core_bg.<hash>.wasm`), so it can be cached forever, and a SHA-384 integrity value. The
//! entry module carries the wasm's, the stylesheet's, the QR module's, the payment steps' module's and every locale file's integrity,
//! written in at build time, and fetches them with it: one `integrity` on one script tag
//! then covers everything the widget loads. `dist/manifest.json` records the names and
//! values for the size report, the demo page and the README's tag.

use crate::sh::Result;
use base64::Engine;
use sha2::{Digest, Sha384};
use std::fs;
use std::path::Path;

/// `sha384-<base64>`, as an `integrity` attribute or `fetch` option wants it.
pub fn sri(data: &[u8]) -> String {
    let digest = Sha384::digest(data);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// `stem.<16 hex digits of the content's SHA-384>.ext`.
pub fn hashed_name(stem: &str, ext: &str, data: &[u8]) -> String {
    let digest = Sha384::digest(data);
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("{stem}.{hex}.{ext}")
}

/// Writes `data` into `dir` under its content-hashed name; returns (name, integrity).
pub fn write_hashed(dir: &Path, stem: &str, ext: &str, data: &[u8]) -> Result<(String, String)> {
    let name = hashed_name(stem, ext, data);
    fs::write(dir.join(&name), data).map_err(|e| format!("{name}: {e}"))?;
    Ok((name, sri(data)))
}

/// Moves the file at `from` into `dir` under its content-hashed name; returns (name,
/// integrity).
pub fn move_hashed(from: &Path, dir: &Path, stem: &str, ext: &str) -> Result<(String, String)> {
    let data = fs::read(from).map_err(|e| format!("{}: {e}", from.display()))?;
    let hashed = write_hashed(dir, stem, ext, &data)?;
    fs::remove_file(from).map_err(|e| format!("{}: {e}", from.display()))?;
    Ok(hashed)
}

/// The tags a merchant pastes for the stylesheet, the wasm's preload and the entry, each
/// (name, integrity), with `base` the URL of the folder served.
pub fn tags(
    base: &str,
    css: &(String, String),
    wasm: &(String, String),
    entry: &(String, String),
) -> String {
    format!(
        "<link rel=\"stylesheet\" href=\"{base}{}\" integrity=\"{}\" crossorigin=\"anonymous\">\n\
         <link rel=\"preload\" href=\"{base}{}\" as=\"fetch\" integrity=\"{}\" crossorigin=\"anonymous\">\n\
         <script type=\"module\" src=\"{base}{}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
        css.0, css.1, wasm.0, wasm.1, entry.0, entry.1
    )
}

/// What `dist/manifest.json` records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    /// The entry module, content-hashed, and its integrity.
    pub entry: (String, String),
    /// The wasm, content-hashed, and its integrity.
    pub wasm: (String, String),
    /// The stylesheet, content-hashed, and its integrity.
    pub css: (String, String),
    /// The QR encoder module (`qr/`), content-hashed, and its integrity: fetched only when a
    /// payment shows a QR code, so not on the critical path.
    pub qr: (String, String),
    /// The payment steps' module (`split.rs`), content-hashed, and its integrity: fetched
    /// once a payment is under way, so not on the critical path.
    pub steps: (String, String),
}

impl Manifest {
    /// The files on every merchant page's critical path, in load order.
    pub fn critical_path(&self) -> [&str; 3] {
        [&self.entry.0, &self.wasm.0, &self.css.0]
    }

    /// The tags a merchant pastes, with `base` the URL of the folder served.
    pub fn tags(&self, base: &str) -> String {
        tags(base, &self.css, &self.wasm, &self.entry)
    }

    /// Saves it as `dist/manifest.json`.
    pub fn save(&self, dist: &Path) -> Result {
        let pair = |(name, integrity): &(String, String)| serde_json::json!({ "file": name, "integrity": integrity });
        let json = serde_json::json!({
            "entry": pair(&self.entry),
            "wasm": pair(&self.wasm),
            "css": pair(&self.css),
            "qr": pair(&self.qr),
            "steps": pair(&self.steps),
        });
        let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
        fs::write(dist.join("manifest.json"), text + "\n").map_err(|e| e.to_string())
    }

    /// Reads `dist/manifest.json`.
    pub fn load(dist: &Path) -> Result<Manifest> {
        let path = dist.join("manifest.json");
        let text = fs::read_to_string(&path)
            .map_err(|e| format!("{}: {e} (run `cargo xtask build` first)", path.display()))?;
        let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        let pair = |key: &str| -> Result<(String, String)> {
            let field = |f: &str| {
                json[key][f]
                    .as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| format!("{}: no {key}.{f}", path.display()))
            };
            Ok((field("file")?, field("integrity")?))
        };
        Ok(Manifest {
            entry: pair("entry")?,
            wasm: pair("wasm")?,
            css: pair("css")?,
            qr: pair("qr")?,
            steps: pair("steps")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integrity_is_the_sha384_that_browsers_check() {
        // `printf 'alert(1)' | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            sri(b"alert(1)"),
            "sha384-HT2E9NfWiuQ/w1PRai+hTyqW16NIoCGA/m8VQDUopfAtcz6YQjtsMmQd5uRbVDpW"
        );
        assert_ne!(sri(b"alert(1)"), sri(b"alert(2)"));
    }

    #[test]
    fn names_change_with_the_content() {
        let a = hashed_name("core_bg", "wasm", b"one");
        assert!(a.starts_with("core_bg.") && a.ends_with(".wasm") && a.len() == 8 + 16 + 5);
        assert_ne!(a, hashed_name("core_bg", "wasm", b"two"));
    }
}
