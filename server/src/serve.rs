//! Serving the router on a socket, with the limits a public endpoint needs: `TCP_NODELAY`
//! (no Nagle stall on small answers), and clients that are slow or stuck cut off. A request
//! whose headers do not arrive within [`Limits::headers`] has its connection closed; a
//! request not answered within [`Limits::request`] (a body that never finishes included) is
//! answered 408 `request_timeout` (in `lib.rs`) and its connection closed.

use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::time::Duration;
use tokio::net::TcpListener;

/// How long a client may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// From the connection's first byte (or its previous answer) to the end of the headers.
    pub headers: Duration,
    /// From the headers to the answer, the body's upload included.
    pub request: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            headers: Duration::from_secs(10),
            request: Duration::from_secs(30),
        }
    }
}

/// Serves `router` on `listener` until `shutdown` resolves, then lets the requests under way
/// finish (for at most [`Limits::request`]). `router` must come from [`crate::app`] built
/// with the same `limits`, which holds the request timeout.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) {
    let graceful = GracefulShutdown::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.headers);
    tokio::pin!(shutdown);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(error) => {
                    // Out of file descriptors and the like: wait a little, keep serving.
                    eprintln!("micro-checkout-server: accept failed: {error}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let service = TowerToHyperService::new(router.clone());
        let connection = builder
            .serve_connection_with_upgrades(TokioIo::new(stream), service)
            .into_owned();
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that went away or sent garbage: nothing to answer.
            let _ = connection.await;
        });
    }
    let _ = tokio::time::timeout(limits.request, graceful.shutdown()).await;
}
