//! `cargo xtask conformance --base-url URL`: the contract's test suite, for any backend.
//!
//! It asks the backend for test sessions (`POST /api/sessions`, the test-mode session
//! factory of docs/contract.md §2), then walks every endpoint and every method the sessions
//! advertise: message shapes (validated against the committed JSON Schema and decoded with
//! the contract's own types), money rules, the request rules (`checks.rs`, `rules.rs`),
//! idempotency, every next action's moves (`actions.rs`), tokenize (`tokenize.rs`), the
//! funnel events where the sessions carry `events_url` (`events.rs`), passkeys where a
//! buyer's sessions carry `passkeys` (`passkeys.rs`, with a software passkey), and
//! that every error is a stable code, never prose. Each line names the section of the doc
//! whose rule it checks; a check that needs a test hook or a method the backend lacks is
//! reported as not checked, never as passed. It fails when any check fails.

mod actions;
mod checks;
pub mod client;
mod events;
mod passkeys;
mod rules;
mod schema;
mod tokenize;

use client::Client;

/// How one check came out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The backend follows the rule.
    Pass,
    /// It does not: what was seen.
    Fail(String),
    /// The check needs a test hook (docs/contract.md §7.3) or a method the backend lacks:
    /// why it could not run. Never counted as passed.
    NotChecked(String),
}

/// The outcome of a run: one line per check, each naming the section of docs/contract.md
/// whose rule it checks.
#[derive(Debug, Default)]
pub struct Report {
    results: Vec<(&'static str, String, Outcome)>,
}

impl Report {
    fn record(&mut self, section: &'static str, name: &str, result: Result<(), String>) {
        let outcome = match result {
            Ok(()) => Outcome::Pass,
            Err(why) => Outcome::Fail(why),
        };
        self.results.push((section, name.to_owned(), outcome));
    }

    fn not_checked(&mut self, section: &'static str, name: &str, why: &str) {
        let outcome = Outcome::NotChecked(why.to_owned());
        self.results.push((section, name.to_owned(), outcome));
    }

    /// Records `check` as run, or as not checked when it answers [`Skip`].
    fn outcome(&mut self, section: &'static str, name: &str, check: Result<(), Skip>) {
        match check {
            Ok(()) => self.record(section, name, Ok(())),
            Err(Skip::Fail(why)) => self.record(section, name, Err(why)),
            Err(Skip::NotChecked(why)) => self.not_checked(section, name, &why),
        }
    }

    /// True when no check failed and at least one passed.
    pub fn passed(&self) -> bool {
        self.count(|o| matches!(o, Outcome::Pass)) > 0 && self.failures().is_empty()
    }

    fn count(&self, which: impl Fn(&Outcome) -> bool) -> usize {
        self.results.iter().filter(|(_, _, o)| which(o)).count()
    }

    /// The names of the checks that failed.
    pub fn failures(&self) -> Vec<&str> {
        self.named(|o| matches!(o, Outcome::Fail(_)))
    }

    /// The names of the checks that could not run.
    pub fn unchecked(&self) -> Vec<&str> {
        self.named(|o| matches!(o, Outcome::NotChecked(_)))
    }

    fn named(&self, which: impl Fn(&Outcome) -> bool) -> Vec<&str> {
        self.results
            .iter()
            .filter(|(_, _, o)| which(o))
            .map(|(_, n, _)| n.as_str())
            .collect()
    }

    /// The sections of docs/contract.md the checks name.
    #[cfg(test)]
    pub fn sections(&self) -> Vec<&'static str> {
        self.results.iter().map(|(s, _, _)| *s).collect()
    }

    /// Prints the report; its last line is the summary a CI reads:
    /// `conformance: P passed, F failed, N not checked`.
    pub fn print(&self) {
        for (section, name, outcome) in &self.results {
            match outcome {
                Outcome::Pass => println!("  PASS         §{section:<5} {name}"),
                Outcome::Fail(why) => println!("  FAIL         §{section:<5} {name}: {why}"),
                Outcome::NotChecked(why) => println!("  NOT CHECKED  §{section:<5} {name}: {why}"),
            }
        }
        println!("\n{}", self.summary());
    }

    /// `conformance: P passed, F failed, N not checked`.
    pub fn summary(&self) -> String {
        format!(
            "conformance: {} passed, {} failed, {} not checked",
            self.count(|o| matches!(o, Outcome::Pass)),
            self.failures().len(),
            self.unchecked().len()
        )
    }
}

/// Why a check did not pass: it failed, or it could not run.
#[derive(Debug)]
enum Skip {
    Fail(String),
    NotChecked(String),
}

impl From<String> for Skip {
    fn from(why: String) -> Self {
        Skip::Fail(why)
    }
}

impl From<&str> for Skip {
    fn from(why: &str) -> Self {
        Skip::Fail(why.to_owned())
    }
}

/// Runs every check against the backend at `base_url`. `passkey_origin` is the page origin
/// the backend accepts passkeys from (by default the RP ID's own site: `https://{rp id}`, or
/// `http://localhost:8080` for `localhost`).
pub fn run(base_url: &str, passkey_origin: Option<&str>) -> Report {
    let client = Client::new(base_url);
    let mut report = Report::default();
    checks::all(&client, &mut report);
    rules::all(&client, &mut report);
    actions::all(&client, &mut report);
    tokenize::all(&client, &mut report);
    events::all(&client, &mut report);
    passkeys::all(&client, &mut report, passkey_origin);
    for error in client.errors() {
        let ok = checks::is_code(&error);
        if !ok {
            report.record(
                "1.4",
                "errors are stable codes",
                Err(format!("`{error}` is not a code")),
            );
            return report;
        }
    }
    report.record("1.4", "errors are stable codes", Ok(()));
    report
}

/// The CLI: runs, prints, and fails when the backend does not conform.
pub fn main(base: &str, passkey_origin: Option<&str>) -> Result<(), String> {
    let base = base.trim_end_matches('/');
    println!("Contract v1 (1.3) conformance of {base}\n");
    let report = run(base, passkey_origin);
    report.print();
    if report.passed() {
        Ok(())
    } else {
        Err(format!("failed checks: {}", report.failures().join(", ")))
    }
}

#[cfg(test)]
mod tests;
