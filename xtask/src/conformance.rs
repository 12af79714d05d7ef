//! `cargo xtask conformance --base-url URL`: the contract's test suite, for any backend.
//!
//! It asks the backend for test sessions (`POST /api/sessions`, the test-mode session
//! factory of docs/contract.md), then walks every endpoint and every method the sessions
//! advertise: message shapes (validated against the committed JSON Schema and decoded with
//! the contract's own types), money rules,
//! idempotency (replay, reuse, concurrency, a paid session), the result envelope's rules,
//! polling, and that every error is a stable code, never prose. It prints one line per
//! check and fails when any check fails.

mod checks;
pub mod client;
mod schema;

use client::Client;

/// The outcome of a run: one line per check.
#[derive(Debug, Default)]
pub struct Report {
    results: Vec<(String, Result<(), String>)>,
}

impl Report {
    fn record(&mut self, name: &str, result: Result<(), String>) {
        self.results.push((name.to_owned(), result));
    }

    /// True when every check passed (and there was at least one).
    pub fn passed(&self) -> bool {
        !self.results.is_empty() && self.results.iter().all(|(_, r)| r.is_ok())
    }

    /// The names of the checks that failed.
    pub fn failures(&self) -> Vec<&str> {
        self.results
            .iter()
            .filter(|(_, r)| r.is_err())
            .map(|(n, _)| n.as_str())
            .collect()
    }

    /// Prints the report.
    pub fn print(&self) {
        for (name, result) in &self.results {
            match result {
                Ok(()) => println!("  PASS  {name}"),
                Err(why) => println!("  FAIL  {name}: {why}"),
            }
        }
        let failed = self.failures().len();
        println!(
            "\n{} of {} checks passed{}",
            self.results.len() - failed,
            self.results.len(),
            if failed == 0 {
                ""
            } else {
                "; the backend does not conform"
            }
        );
    }
}

/// Runs every check against the backend at `base_url`.
pub fn run(base_url: &str) -> Report {
    let client = Client::new(base_url);
    let mut report = Report::default();
    checks::all(&client, &mut report);
    for error in client.errors() {
        let ok = checks::is_code(&error);
        if !ok {
            report.record(
                "errors are stable codes",
                Err(format!("`{error}` is not a code")),
            );
            return report;
        }
    }
    report.record("errors are stable codes", Ok(()));
    report
}

/// The CLI: runs, prints, and fails when the backend does not conform.
pub fn main(base: &str) -> Result<(), String> {
    let base = base.trim_end_matches('/');
    println!("Contract v1 conformance of {base}\n");
    let report = run(base);
    report.print();
    if report.passed() {
        Ok(())
    } else {
        Err(format!("failed checks: {}", report.failures().join(", ")))
    }
}

#[cfg(test)]
mod tests;
