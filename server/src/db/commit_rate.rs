//! The disk's bare commit rate: how many one-row transactions per second one connection
//! commits, one after another, with the same settings as the database (WAL,
//! `synchronous = FULL`). It is what one transaction per step could reach at best, and the
//! figure group commit is measured against (`cargo xtask bench server`).

use rusqlite::Connection;
use std::path::Path;
use std::time::{Duration, Instant};

/// Commits one row per transaction into a scratch database in `dir` for `time`, then
/// removes it. Answers the commits made and the time they took.
pub fn measure(dir: &Path, time: Duration) -> Result<(u64, Duration), rusqlite::Error> {
    let path = dir.join("commit-rate.db");
    let outcome = (|| {
        let conn = Connection::open(&path)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
             CREATE TABLE IF NOT EXISTS rows (n INTEGER NOT NULL);",
        )?;
        let started = Instant::now();
        let mut commits = 0u64;
        while started.elapsed() < time {
            conn.execute_batch("BEGIN IMMEDIATE")?;
            conn.execute("INSERT INTO rows (n) VALUES (?1)", [commits])?;
            conn.execute_batch("COMMIT")?;
            commits += 1;
        }
        Ok((commits, started.elapsed()))
    })();
    for suffix in ["", "-wal", "-shm"] {
        let mut name = path.clone().into_os_string();
        name.push(suffix);
        let _ = std::fs::remove_file(name);
    }
    outcome
}
