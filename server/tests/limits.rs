//! Slow and stuck clients on a real socket: headers that never finish close the connection,
//! a body shorter than its `Content-Length` is answered 408 in JSON, and neither holds the
//! connection past its limit.

use micro_checkout_server::serve::{Limits, serve};
use micro_checkout_server::{Db, Options, app};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const LIMITS: Limits = Limits {
    headers: Duration::from_secs(1),
    request: Duration::from_secs(2),
};

/// Starts the server on a free port; it runs until the test ends.
async fn start() -> (std::net::SocketAddr, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("limits.db")).unwrap();
    let options = Options {
        limits: LIMITS,
        ..Options::default()
    };
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve(
        listener,
        app(db, options),
        LIMITS,
        std::future::pending(),
    ));
    (addr, dir)
}

/// Sends `bytes`, then reads until the server closes the connection (at most 10 s);
/// answers what was read and how long the connection stayed open.
async fn send_and_wait(addr: std::net::SocketAddr, bytes: &[u8]) -> (String, Duration) {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let started = Instant::now();
    stream.write_all(bytes).await.unwrap();
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer)).await;
    assert!(read.is_ok(), "the connection was still open after 10 s");
    (
        String::from_utf8_lossy(&answer).into_owned(),
        started.elapsed(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn headers_that_never_finish_are_cut_off() {
    let (addr, _dir) = start().await;
    let (answer, open) = send_and_wait(
        addr,
        b"GET /api/sessions/ses_1 HTTP/1.1\r\nHost: shop\r\nX-Slow: ",
    )
    .await;
    assert!(
        open >= Duration::from_millis(900) && open < Duration::from_secs(4),
        "open for {open:?}"
    );
    assert!(!answer.contains("200 OK"), "{answer}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_body_shorter_than_its_length_is_answered_408_in_json() {
    let (addr, _dir) = start().await;
    let request = b"POST /api/sessions HTTP/1.1\r\nHost: shop\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"version\":1,";
    let (answer, open) = send_and_wait(addr, request).await;
    assert!(
        open >= Duration::from_millis(1900) && open < Duration::from_secs(6),
        "open for {open:?}"
    );
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(
        answer.contains("content-type: application/json"),
        "{answer}"
    );
    assert!(
        answer.ends_with(r#"{"version":1,"error":{"code":"request_timeout","retryable":true}}"#),
        "{answer}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_prompt_client_is_answered_as_usual_on_the_same_connection() {
    let (addr, _dir) = start().await;
    let mut stream = TcpStream::connect(addr).await.unwrap();
    for _ in 0..2 {
        stream
            .write_all(b"GET /api/sessions/ses_none HTTP/1.1\r\nHost: shop\r\n\r\n")
            .await
            .unwrap();
        let mut buffer = vec![0; 4096];
        let n = stream.read(&mut buffer).await.unwrap();
        let answer = String::from_utf8_lossy(&buffer[..n]);
        assert!(answer.starts_with("HTTP/1.1 404"), "{answer}");
        assert!(answer.contains("session_not_found"), "{answer}");
    }
}
