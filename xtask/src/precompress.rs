//! Precompressed copies of the shipped files, as a CDN keeps them: next to each `.js`,
//! `.wasm`, `.css` and `.json` file under `dist/`, a `.br` (brotli, quality 11) and a `.gz`
//! (gzip, level 9). A server picks one by the request's `Accept-Encoding` (the reference
//! backend does), so no file is ever compressed per request.

use crate::sh::Result;
use std::fs;
use std::io::Write;
use std::path::Path;

/// The extensions that get precompressed copies.
const EXTENSIONS: &[&str] = &["js", "wasm", "css", "json"];

/// Writes `.br` and `.gz` beside every eligible file under `dir`; answers how many files.
pub fn write_all(dir: &Path) -> Result<usize> {
    let mut count = 0;
    for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            count += write_all(&path)?;
            continue;
        }
        let eligible = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e));
        if !eligible {
            continue;
        }
        let data = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let with = |suffix: &str| {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            name
        };
        fs::write(with(".br"), crate::size::brotli(&data)).map_err(|e| e.to_string())?;
        fs::write(with(".gz"), gzip(&data)?).map_err(|e| e.to_string())?;
        count += 1;
    }
    Ok(count)
}

fn gzip(data: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn every_shipped_kind_of_file_gets_copies_that_decode_to_it() {
        let dir = std::env::temp_dir().join(format!("mc-precompress-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("locales")).unwrap();
        let text = b"export const x = 1;".repeat(50);
        fs::write(dir.join("a.js"), &text).unwrap();
        fs::write(dir.join("locales/ko-KR.json"), b"[]").unwrap();
        fs::write(dir.join("manifest.txt"), b"not shipped").unwrap();
        assert_eq!(write_all(&dir).unwrap(), 2);
        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(&fs::read(dir.join("a.js.gz")).unwrap()[..])
            .read_to_end(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, text);
        let mut unbrotli = Vec::new();
        brotli::Decompressor::new(&fs::read(dir.join("a.js.br")).unwrap()[..], 4096)
            .read_to_end(&mut unbrotli)
            .unwrap();
        assert_eq!(unbrotli, text);
        assert!(dir.join("locales/ko-KR.json.br").exists());
        assert!(!dir.join("manifest.txt.br").exists());
        let _ = fs::remove_dir_all(&dir);
    }
}
