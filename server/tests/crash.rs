//! A crash mid-charge heals: the real server binary, on a real database file, dies between a
//! confirm's claim and its charge (`--crash-after-claim`) or is killed with SIGKILL under 150
//! concurrent confirms; restarted, every retry is told to wait while the claim's lease runs,
//! then gets a final answer, and every session is charged exactly once.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long a claim holds in these tests.
const LEASE: Duration = Duration::from_millis(3000);

/// The server as a child process; killed when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the server on a free port with the database at `db` and `extra` flags.
fn start(db: &Path, extra: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_micro-checkout-server"))
        .args(["--port", "0", "--db"])
        .arg(db)
        .args(["--claim-lease-ms", &LEASE.as_millis().to_string()])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    // Keep reading what it prints, so that it never writes to a closed pipe.
    std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_owned();
    Server { child, addr }
}

/// One HTTP/1.1 request; `None` when the connection broke before an answer came.
fn http(
    addr: &str,
    method: &str,
    path: &str,
    key: Option<&str>,
    body: Option<&Value>,
) -> Option<(u16, Value)> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .ok()?;
    let body = body.map(Value::to_string).unwrap_or_default();
    let key = key
        .map(|k| format!("Idempotency-Key: {k}\r\n"))
        .unwrap_or_default();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: shop\r\nConnection: close\r\n{key}Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).ok()?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).ok()?;
    let status = answer.get(9..12)?.parse().ok()?;
    let json = answer.split("\r\n\r\n").nth(1)?;
    Some((status, serde_json::from_str(json).ok()?))
}

fn new_session(addr: &str) -> String {
    let request: Value =
        serde_json::from_str(micro_checkout_contract::fixtures::CREATE_SESSION_REQUEST).unwrap();
    let (status, body) = http(addr, "POST", "/api/sessions", None, Some(&request)).unwrap();
    assert_eq!(status, 201, "{body}");
    body["id"].as_str().unwrap().to_owned()
}

fn confirm(addr: &str, session: &str, key: &str) -> Option<(u16, Value)> {
    let body = json!({ "version": 1, "method_id": "visa_4242" });
    http(
        addr,
        "POST",
        &format!("/api/sessions/{session}/confirm"),
        Some(key),
        Some(&body),
    )
}

/// The payments recorded for `session`, as (status, idempotency key).
fn charges(addr: &str, session: &str) -> Vec<(String, String)> {
    let (_, list) = http(
        addr,
        "GET",
        &format!("/admin/payments?session_id={session}"),
        None,
        None,
    )
    .unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["status"].as_str().unwrap().into(),
                p["idempotency_key"].as_str().unwrap().into(),
            )
        })
        .collect()
}

#[test]
fn a_crash_between_claim_and_charge_is_healed_after_the_lease_and_charges_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.db");
    let session = {
        let server = start(&db, &[]);
        new_session(&server.addr)
    };
    let mut crashing = start(&db, &["--crash-after-claim"]);
    let claimed = Instant::now();
    assert!(
        confirm(&crashing.addr, &session, "k-crash").is_none(),
        "the process died mid-request"
    );
    let exit = crashing.child.wait().unwrap();
    assert!(!exit.success(), "it aborted: {exit}");

    let server = start(&db, &[]);
    if claimed.elapsed() < LEASE - Duration::from_millis(500) {
        let (status, waiting) = confirm(&server.addr, &session, "k-crash").unwrap();
        assert_eq!(status, 409, "{waiting}");
        assert_eq!(
            waiting["error"],
            json!({ "code": "idempotency_in_progress", "retryable": true })
        );
        let (status, other) = confirm(&server.addr, &session, "k-other").unwrap();
        assert_eq!(
            (status, &other["error"]["code"]),
            (409, &json!("idempotency_in_progress"))
        );
    }
    assert!(
        charges(&server.addr, &session).is_empty(),
        "nothing was charged by the crash"
    );
    std::thread::sleep(LEASE.saturating_sub(claimed.elapsed()) + Duration::from_millis(200));

    let (status, paid) = confirm(&server.addr, &session, "k-crash").unwrap();
    assert_eq!(
        (status, paid["status"].as_str()),
        (200, Some("succeeded")),
        "{paid}"
    );
    let (_, replay) = confirm(&server.addr, &session, "k-crash").unwrap();
    assert_eq!(replay, paid, "the same key replays the same answer");
    let (status, other) = confirm(&server.addr, &session, "k-other").unwrap();
    assert_eq!(
        (status, &other["error"]["code"]),
        (409, &json!("session_completed"))
    );
    assert_eq!(
        charges(&server.addr, &session),
        vec![("succeeded".into(), "k-crash".into())]
    );
}

#[test]
fn after_a_sigkill_amid_150_confirms_every_session_pays_once_as_it_was_told() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kill.db");
    let mut server = start(&db, &["--processor-latency-ms", "400"]);
    let sessions: Vec<String> = (0..150).map(|_| new_session(&server.addr)).collect();
    // The confirms start 4 ms apart (the last about 600 ms after the first, each answered
    // after 400 ms of processing), and the kill comes 100 ms after the first is answered:
    // after some answers and while others are in flight, however busy the machine is.
    let (answer, first_answer) = std::sync::mpsc::channel();
    let threads: Vec<_> = sessions
        .iter()
        .enumerate()
        .map(|(i, session)| {
            let (addr, session, answer) = (server.addr.clone(), session.clone(), answer.clone());
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(4 * i as u64));
                let told = confirm(&addr, &session, &format!("k-{session}"));
                if told.as_ref().is_some_and(|(status, _)| *status == 200) {
                    let _ = answer.send(());
                }
                told
            })
        })
        .collect();
    first_answer
        .recv_timeout(Duration::from_secs(60))
        .expect("a confirm is answered within a minute");
    std::thread::sleep(Duration::from_millis(100));
    server.child.kill().unwrap(); // SIGKILL
    let killed = Instant::now();
    // What each buyer was told before the kill: an answer is given only once durable.
    let answered: std::collections::HashMap<&String, Value> = sessions
        .iter()
        .zip(threads)
        .filter_map(|(session, t)| Some((session, t.join().unwrap()?)))
        .filter(|(_, (status, _))| *status == 200)
        .map(|(session, (_, body))| (session, body))
        .collect();
    println!(
        "{} of 150 confirms were answered before the kill",
        answered.len()
    );
    assert!(
        (1..150).contains(&answered.len()),
        "the kill came after some answers and while other confirms were in flight"
    );

    let server = start(&db, &[]);
    std::thread::sleep(LEASE.saturating_sub(killed.elapsed()) + Duration::from_millis(200));
    for session in &sessions {
        let (status, result) = confirm(&server.addr, session, &format!("k-{session}")).unwrap();
        assert_eq!(
            (status, result["status"].as_str()),
            (200, Some("succeeded")),
            "{session}: {result}"
        );
        if let Some(told) = answered.get(session) {
            assert_eq!(
                &result, told,
                "{session}: what was answered survived the kill"
            );
        }
        let recorded = charges(&server.addr, session);
        assert_eq!(
            recorded,
            vec![("succeeded".into(), format!("k-{session}"))],
            "{session}"
        );
    }
}
