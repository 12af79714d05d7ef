//! `cargo xtask size`: the raw and brotli size of every shipped file, against the budget.

use crate::integrity::Manifest;
use crate::sh::Result;
use std::io::Write;
use std::path::Path;

/// The size budget of the critical path, brotli-compressed: 96,000 B. CI fails past it.
/// It was once raised to 125 KB without that being asked, and held at a ceiling above the
/// measured path while the work on speed brought the path down (from 120,788 B); the path
/// reached the budget, and the gate is the budget again. It never moves up: the path comes
/// down to it.
pub const BUDGET_BROTLI: usize = 96_000;

/// Brotli at the quality CDNs use for static assets (11, window 22).
pub fn brotli(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        writer
            .write_all(data)
            .expect("writing to memory cannot fail");
    }
    out
}

/// The length of [`brotli`]'s output.
pub fn brotli_len(data: &[u8]) -> usize {
    brotli(data).len()
}

/// Prints each critical-path file's raw and brotli size and the total; fails over budget.
pub fn report(dist: &Path) -> Result {
    println!("\n{:<36} {:>10} {:>10}", "file", "raw B", "brotli B");
    let (mut raw_total, mut br_total) = (0, 0);
    let manifest = Manifest::load(dist)?;
    for name in manifest.critical_path() {
        let data = std::fs::read(dist.join(name)).map_err(|e| {
            format!(
                "{}: {e} (run `cargo xtask build` first)",
                dist.join(name).display()
            )
        })?;
        let br = brotli_len(&data);
        println!("{name:<36} {:>10} {br:>10}", data.len());
        raw_total += data.len();
        br_total += br;
    }
    println!("{:<36} {raw_total:>10} {br_total:>10}", "total");
    println!(
        "budget: {br_total} of {BUDGET_BROTLI} B brotli ({:.1}%){}",
        br_total as f64 * 100.0 / BUDGET_BROTLI as f64,
        if br_total > BUDGET_BROTLI {
            ", OVER the budget"
        } else {
            ""
        }
    );
    report_lazy(
        dist,
        "\nfetched only when a payment shows a QR code (not on the critical path):",
        &manifest.qr.0,
    )?;
    report_lazy(
        dist,
        "fetched once a payment is under way (the payment steps; not on the critical path):",
        &manifest.steps.0,
    )?;
    report_locales(&dist.join("locales"))?;
    check_budget(br_total)
}

/// Prints a module fetched off the critical path, under `when` it is fetched.
fn report_lazy(dist: &Path, when: &str, name: &str) -> Result {
    let data = std::fs::read(dist.join(name)).map_err(|e| format!("{name}: {e}"))?;
    println!(
        "{when}\n{name:<36} {:>10} {:>10}",
        data.len(),
        brotli_len(&data)
    );
    Ok(())
}

/// Prints the lazily loaded locale files and their index: off the critical path, fetched
/// only by buyers who read another language than en-US.
fn report_locales(dir: &Path) -> Result {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    let sizes: Vec<(String, usize, usize)> = files
        .iter()
        .filter_map(|path| {
            let data = std::fs::read(path).ok()?;
            let name = path.file_name()?.to_string_lossy().into_owned();
            Some((name, data.len(), brotli_len(&data)))
        })
        .collect();
    let (index, locales): (Vec<_>, Vec<_>) = sizes.iter().partition(|s| s.0.starts_with("index."));
    let largest = locales.iter().map(|s| s.2).max().unwrap_or(0);
    let smallest = locales.iter().map(|s| s.2).min().unwrap_or(0);
    println!(
        "\nlocales fetched on demand (not on the critical path): {} files, {smallest}–{largest} B brotli each, and their index",
        locales.len()
    );
    for (name, raw, br) in index
        .iter()
        .chain(locales.iter().find(|s| s.0.starts_with("ko-KR.")))
    {
        println!("{name:<36} {raw:>10} {br:>10}");
    }
    Ok(())
}

/// Fails when `brotli_total` passes [`BUDGET_BROTLI`].
pub fn check_budget(brotli_total: usize) -> Result {
    if brotli_total > BUDGET_BROTLI {
        Err(format!(
            "the widget's critical path is {brotli_total} B brotli, over the {BUDGET_BROTLI} B budget"
        ))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budget_rejects_one_byte_over() {
        assert_eq!(BUDGET_BROTLI, 96_000, "the budget never moves up");
        assert!(check_budget(BUDGET_BROTLI).is_ok());
        assert!(check_budget(BUDGET_BROTLI + 1).is_err());
    }

    #[test]
    fn brotli_compresses_repetitive_text() {
        let text = "micro-checkout ".repeat(1000);
        let len = brotli_len(text.as_bytes());
        assert!(len > 0 && len < text.len() / 20, "{len}");
    }
}
