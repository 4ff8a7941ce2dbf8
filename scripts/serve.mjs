#!/usr/bin/env node
// A small static file server for the built site (dist/), used by the end-to-end
// tests so they never collide with an `astro preview` a developer left running.
// Usage: node scripts/serve.mjs [--port 4329] [--host 127.0.0.1]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/**
 * Resolves a URL path to a file inside root, or undefined. Paths that try to
 * climb out of root are refused.
 * @param {string} root @param {string} urlPath
 */
export function resolveFile(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

/** Starts the server; resolves with it once listening, rejects if it cannot listen. @param {{ root: string; port: number; host: string }} o */
export function serve({ root, port, host }) {
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    // A folder asked for without its slash gets one, as static hosts do.
    const file = resolveFile(root, url);
    if (file && file.endsWith(`${sep}index.html`) && !url.split('?')[0].endsWith('/')) {
      res.writeHead(301, { location: url.replace(/(\?|$)/, '/$1') });
      res.end();
      return;
    }
    const target = file ?? join(root, '404.html');
    const status = file ? 200 : 404;
    res.writeHead(status, {
      'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    if (req.method === 'HEAD') res.end();
    // A file can vanish between the check and the read (a rebuild): end the reply, don't crash.
    else
      createReadStream(target)
        .on('error', () => res.end())
        .pipe(res);
  });
  return new Promise((resolve, reject) => {
    // A busy port (EADDRINUSE) or a forbidden one rejects, so callers can try another.
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const root = fileURLToPath(new URL('../dist', import.meta.url));
  if (!existsSync(join(root, 'index.html'))) {
    console.error('No built site in dist/. Run `npm run build` first.');
    process.exit(1);
  }
  const port = Number(arg('port', 4329));
  const host = arg('host', '127.0.0.1');
  try {
    await serve({ root, port, host });
    console.log(`Serving dist/ at http://${host}:${port}/`);
  } catch (error) {
    const code = /** @type {{ code?: string }} */ (error).code;
    console.error(
      code === 'EADDRINUSE' ? `Port ${port} is already in use. Try another: --port ${port + 1}` : String(error),
    );
    process.exit(1);
  }
}
