//! Group commit: writes queued while the writer is busy share one transaction; each keeps
//! or loses only its own work; nothing is answered before it is durable; `synchronous`
//! stays FULL.

mod common;

use micro_checkout_server::Db;
use micro_checkout_server::db::Error;
use std::sync::mpsc;
use std::time::Duration;

fn open() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("group.db")).unwrap();
    (dir, db)
}

/// A job that holds the writer until `release` is sent, after telling `started`.
fn hold(db: &Db) -> (mpsc::Sender<()>, impl Future<Output = Result<(), Error>>) {
    let (started, running) = mpsc::channel();
    let (release, released) = mpsc::channel::<()>();
    let held = db.write(move |_| {
        started.send(()).unwrap();
        released.recv().unwrap();
        Ok(())
    });
    running.recv_timeout(Duration::from_secs(10)).unwrap();
    (release, held)
}

type Pending = std::pin::Pin<Box<dyn Future<Output = Result<(), Error>>>>;

fn insert(db: &Db, id: usize) -> impl Future<Output = Result<(), Error>> + use<> {
    db.write(move |conn| {
        conn.execute(
            "INSERT INTO sessions (id, body) VALUES (?1, '{}')",
            [format!("s{id}")],
        )?;
        Ok(())
    })
}

async fn count(db: &Db) -> i64 {
    db.read(|conn| -> Result<_, Error> {
        Ok(conn.query_row("SELECT COUNT(*) FROM sessions", [], |r| r.get(0))?)
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writes_waiting_together_share_one_commit_and_fail_alone() {
    let (_dir, db) = open();
    let before = db.stats();
    let (release, held) = hold(&db);
    let mut writes: Vec<(usize, Pending)> = Vec::new();
    for id in 0..100 {
        writes.push((id, Box::pin(insert(&db, id))));
        if id == 50 {
            // A job that fails after writing: its own insert is undone, no one else's.
            let failing = db.write(|conn| {
                conn.execute("INSERT INTO sessions (id, body) VALUES ('bad', '{}')", [])?;
                Err::<(), _>(Error::Corrupt("this job fails on purpose".into()))
            });
            writes.push((1000, Box::pin(failing)));
        }
    }
    release.send(()).unwrap();
    held.await.unwrap();
    for (id, write) in writes {
        assert_eq!(write.await.is_ok(), id != 1000, "write {id}");
    }
    assert_eq!(count(&db).await, 100);
    let after = db.stats();
    assert_eq!(
        (after.commits - before.commits, after.writes - before.writes),
        (2, 102),
        "the holding job alone, then one commit for the 101 that waited"
    );
}

/// Runs `job` in one batch between two inserts (`s1` before it, `s2` after) and answers
/// how each of the three went.
async fn around(
    db: &Db,
    job: impl FnOnce(&rusqlite::Connection) -> Result<(), Error> + Send + 'static,
) -> [bool; 3] {
    let (release, held) = hold(db);
    let before = insert(db, 1);
    let middle = db.write(job);
    let after = insert(db, 2);
    release.send(()).unwrap();
    held.await.unwrap();
    [
        before.await.is_ok(),
        middle.await.is_ok(),
        after.await.is_ok(),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_that_panics_undoes_only_its_own_work() {
    let (_dir, db) = open();
    let went = around(&db, |conn| {
        conn.execute("INSERT INTO sessions (id, body) VALUES ('p', '{}')", [])?;
        panic!("a job panics on purpose");
    })
    .await;
    assert_eq!(went, [true, false, true]);
    assert_eq!(count(&db).await, 2);
    assert!(insert(&db, 3).await.is_ok(), "the writer lives on");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_the_shared_transaction_is_lost_no_job_of_it_is_told_it_succeeded() {
    let (_dir, db) = open();
    // Ending the transaction from inside, as SQLite does itself on a full disk or an I/O
    // error, loses the work of every job before it.
    let went = around(&db, |conn| Ok(conn.execute_batch("ROLLBACK")?)).await;
    assert_eq!(went, [false, false, false]);
    assert_eq!(count(&db).await, 0);
    assert!(insert(&db, 3).await.is_ok(), "the next batch commits");
    assert_eq!(count(&db).await, 1);
}

#[tokio::test]
async fn commits_are_durable_and_reads_see_only_committed_work() {
    let (_dir, db) = open();
    let synchronous: i64 = db
        .write(|conn| -> Result<i64, Error> {
            Ok(conn.query_row("PRAGMA synchronous", [], |r| r.get(0))?)
        })
        .await
        .unwrap();
    assert_eq!(
        synchronous, 2,
        "synchronous = FULL: every commit is fsynced"
    );
    let (release, held) = hold(&db);
    let pending = insert(&db, 1);
    assert_eq!(count(&db).await, 0, "not committed yet, so not visible");
    release.send(()).unwrap();
    held.await.unwrap();
    pending.await.unwrap();
    assert_eq!(count(&db).await, 1);
    let write_through_reader = db
        .read(|conn| -> Result<_, Error> {
            conn.execute("DELETE FROM sessions", [])?;
            Ok(())
        })
        .await;
    assert!(write_through_reader.is_err(), "readers are read-only");
    assert_eq!(count(&db).await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_backend_reports_how_many_writes_each_commit_served() {
    let backend = std::sync::Arc::new(common::Backend::new());
    let (_, before) = backend.call("GET", "/admin/storage", None, None).await;
    let ids: Vec<_> = (0..20)
        .map(|_| {
            let backend = backend.clone();
            tokio::spawn(async move { backend.session().await })
        })
        .collect();
    for id in ids {
        id.await.unwrap();
    }
    let (status, after) = backend.call("GET", "/admin/storage", None, None).await;
    assert_eq!(status, axum::http::StatusCode::OK);
    let grew = |field: &str| after[field].as_u64().unwrap() - before[field].as_u64().unwrap();
    assert_eq!(grew("writes"), 20, "{after}");
    assert!((1..=20).contains(&grew("commits")), "{after}");
}
