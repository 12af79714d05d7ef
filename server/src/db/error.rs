//! What can go wrong in storage, in storage's own terms: the handlers decide what a client
//! is told (`error.rs` answers every one as 500 `internal_error`, which is retryable).

use std::fmt;

/// A storage failure.
#[derive(Debug)]
pub enum Error {
    /// SQLite failed.
    Sqlite(rusqlite::Error),
    /// A stored value could not be read back as the contract's JSON.
    Corrupt(String),
    /// The writer's shared transaction did not commit: none of its work was kept.
    NotCommitted,
    /// The writer has stopped, or a blocking task could not finish.
    Stopped,
    /// A unit of work panicked; its work was undone.
    Panicked,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Sqlite(error) => write!(f, "sqlite: {error}"),
            Error::Corrupt(what) => write!(f, "a stored value is unreadable: {what}"),
            Error::NotCommitted => f.write_str("the shared transaction did not commit"),
            Error::Stopped => f.write_str("the database worker has stopped"),
            Error::Panicked => f.write_str("a unit of database work panicked"),
        }
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Self {
        Error::Sqlite(error)
    }
}

impl From<serde_json::Error> for Error {
    fn from(error: serde_json::Error) -> Self {
        Error::Corrupt(error.to_string())
    }
}
