// The dev server (`vite`) passes the backend's paths on to it (BACKEND_URL, set by
// e2e/bundlers.test.mjs); `vite build` needs nothing here.
const backend = process.env.BACKEND_URL ?? 'http://127.0.0.1:8080';
const paths = ['/api', '/vault', '/wallet', '/test', '/admin'];

export default {
  server: { proxy: Object.fromEntries(paths.map((path) => [path, backend])) },
};
