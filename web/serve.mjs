// The demo site's server: static files from a folder, with the right content types, and the
// strict Content-Security-Policy header on the page that demonstrates it. Used by `make demo`
// and by the end-to-end tests. Loopback only.
//
//   node web/serve.mjs dist/web 8080
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.corpus': 'application/octet-stream',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
};
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
// A policy that forbids WebAssembly, for the page that shows the element's message about it.
export const NO_WASM_CSP = "default-src 'self'; script-src 'self'";

// Types a web server would gzip (a corpus part is binary but compresses 3-4x).
const COMPRESSIBLE = ['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.txt', '.corpus', '.govlens'];

// `aliases` maps a path prefix to another folder (`{ '/vite/': 'vite-app/dist' }`).
// `compress`: gzip what a web server would, when the browser accepts it (the first-card bench's
// throttled network, where bytes on the wire are the time); each file compressed once.
export function serve(root, port = 8080, { host = '127.0.0.1', aliases = {}, compress = false } = {}) {
  const base = resolve(root);
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const alias = Object.keys(aliases).find((prefix) => path.startsWith(prefix));
    const dir = alias ? resolve(aliases[alias]) : base;
    let file = normalize(join(dir, alias ? path.slice(alias.length) : path));
    if (file !== dir && !file.startsWith(dir + sep)) { res.writeHead(403).end('forbidden'); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (compress && COMPRESSIBLE.includes(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file} ${body.length}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 6 }));
        body = gzipped.get(key);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      if (file.endsWith('strict-csp.html')) headers['content-security-policy'] = STRICT_CSP;
      if (file.endsWith('no-wasm.html')) headers['content-security-policy'] = NO_WASM_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist/web', port = '8080'] = process.argv.slice(2);
  const server = await serve(root, Number(port));
  const { port: p } = server.address();
  console.log(`govlens demo: http://127.0.0.1:${p}/  (Ctrl-C to stop)`);
}
