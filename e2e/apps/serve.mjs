// Serves a bundler's output folder as a static host would (the type from the file's
// extension, as CDNs and nginx's mime.types do), and passes the backend's paths (/api/, /vault/, /wallet/, /test/, /demo/, /admin/) on to
// the merchant backend, so that the app and its backend share one origin.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const PROXIED = /^\/(api|vault|wallet|test|demo|admin)\//;

/** Starts the server on a free loopback port; answers { url, close() }. */
export async function serve(folder, backend) {
  const root = path.resolve(folder);
  const server = http.createServer(async (request, response) => {
    if (PROXIED.test(request.url)) return proxy(request, response, backend);
    const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return answer(response, 403);
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      await stat(file);
    } catch {
      return answer(response, 404);
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  // close() also ends idle keep-alive connections: a browser left open after a failed step
  // would otherwise hold the server, and the test, until its timeout hid the failure.
  const close = () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); });
  return { url: `http://127.0.0.1:${server.address().port}`, close };
}

function answer(response, status) {
  response.writeHead(status, { 'content-type': 'text/plain' });
  response.end(`${status}\n`);
}

function proxy(request, response, backend) {
  const target = new URL(request.url, backend);
  const upstream = http.request(target, { method: request.method, headers: { ...request.headers, host: target.host } }, (upstreamResponse) => {
    response.writeHead(upstreamResponse.statusCode, upstreamResponse.headers);
    upstreamResponse.pipe(response);
  });
  upstream.on('error', () => answer(response, 502));
  request.pipe(upstream);
}
