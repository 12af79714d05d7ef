//! The one writer, with group commit. Every write of every request is a job for one thread
//! that owns the write connection. It takes all the jobs waiting, runs each in a savepoint
//! of one shared `IMMEDIATE` transaction (a job that fails or panics undoes only its own
//! work), commits once, and only then answers each job. One fsync so serves every buyer in
//! the batch while `synchronous = FULL` stays on, and no answer ever reports work that is
//! not yet durable: when the commit fails, every job of the batch is told so.

use super::Error;
use rusqlite::Connection;
use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use tokio::sync::oneshot;

/// The most jobs one transaction takes, so that one commit's answers stay prompt.
const MAX_BATCH: usize = 512;

/// A job: given the shared transaction (`None` when it could not begin), it does its work
/// and answers with what to tell its request once the commit is known.
type Job = Box<dyn FnOnce(Option<&Connection>) -> Deliver + Send>;
/// Tells a job's request its answer, given whether the shared transaction committed.
type Deliver = Box<dyn FnOnce(bool) + Send>;

/// The sending side: cheap to clone, one per handle on the database.
#[derive(Clone)]
pub struct Writer {
    jobs: mpsc::Sender<Job>,
    counts: Arc<Counts>,
}

/// What the writer has done since it started.
#[derive(Debug, Default)]
struct Counts {
    commits: AtomicU64,
    writes: AtomicU64,
}

/// What the writer has done since the database was opened: how many units of work it
/// kept, and in how many commits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct WriterStats {
    /// Transactions committed (each one fsync).
    pub commits: u64,
    /// Units of work committed, successful or not.
    pub writes: u64,
}

impl Writer {
    /// Starts the writer thread on `conn`. It ends when the last [`Writer`] is dropped.
    pub fn start(conn: Connection) -> std::io::Result<Self> {
        let (jobs, queue) = mpsc::channel::<Job>();
        let counts = Arc::new(Counts::default());
        let counter = Arc::clone(&counts);
        std::thread::Builder::new()
            .name("micro-checkout-writer".into())
            .spawn(move || run(&conn, &queue, &counter))?;
        Ok(Self { jobs, counts })
    }

    /// What the writer has committed so far.
    pub fn stats(&self) -> WriterStats {
        WriterStats {
            commits: self.counts.commits.load(Ordering::Relaxed),
            writes: self.counts.writes.load(Ordering::Relaxed),
        }
    }

    /// Queues `work` for the next shared transaction at once (jobs run in the order of
    /// these calls); the future answers once that transaction has committed.
    pub fn write<T, E, F>(&self, work: F) -> impl Future<Output = Result<T, E>> + use<T, E, F>
    where
        T: Send + 'static,
        E: From<Error> + Send + 'static,
        F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    {
        let (answer, answered) = oneshot::channel();
        let job: Job = Box::new(move |conn| {
            let outcome = match conn {
                Some(conn) => in_savepoint(conn, work),
                None => Err(E::from(Error::NotCommitted)),
            };
            Box::new(move |committed| {
                let outcome = match (committed, outcome) {
                    (true, outcome) => outcome,
                    (false, Err(failure)) => Err(failure),
                    (false, Ok(_)) => Err(E::from(Error::NotCommitted)),
                };
                let _ = answer.send(outcome);
            })
        });
        let queued = self.jobs.send(job);
        async move {
            queued.map_err(|_| E::from(Error::Stopped))?;
            answered.await.map_err(|_| E::from(Error::Stopped))?
        }
    }
}

/// The writer thread: one batch after another until every sender is gone.
fn run(conn: &Connection, queue: &mpsc::Receiver<Job>, counts: &Counts) {
    while let Ok(first) = queue.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let began = conn.execute_batch("BEGIN IMMEDIATE").is_ok();
        let mut deliveries = Vec::with_capacity(batch.len());
        let mut open = began;
        for job in batch {
            deliveries.push(job(open.then_some(conn)));
            // SQLite ends a transaction by itself on some errors (a full disk, an I/O
            // error); the work before it is then lost, so nothing of this batch may count.
            open = open && !conn.is_autocommit();
        }
        let committed = open && conn.execute_batch("COMMIT").is_ok();
        if committed {
            counts.commits.fetch_add(1, Ordering::Relaxed);
            let writes = u64::try_from(deliveries.len()).unwrap_or(u64::MAX);
            counts.writes.fetch_add(writes, Ordering::Relaxed);
        } else if !conn.is_autocommit() {
            let _ = conn.execute_batch("ROLLBACK");
        }
        for deliver in deliveries {
            deliver(committed);
        }
    }
}

/// Runs `work` in a savepoint: kept if it succeeds, undone if it fails or panics.
fn in_savepoint<T, E: From<Error>>(
    conn: &Connection,
    work: impl FnOnce(&Connection) -> Result<T, E>,
) -> Result<T, E> {
    conn.execute_batch("SAVEPOINT job")
        .map_err(|e| E::from(e.into()))?;
    let outcome = catch_unwind(AssertUnwindSafe(|| work(conn)))
        .unwrap_or_else(|_| Err(E::from(Error::Panicked)));
    if conn.is_autocommit() {
        return outcome;
    }
    let end = match outcome {
        Ok(_) => "RELEASE job",
        Err(_) => "ROLLBACK TO job; RELEASE job",
    };
    conn.execute_batch(end).map_err(|e| E::from(e.into()))?;
    outcome
}
