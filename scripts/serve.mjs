// A tiny static server for test and demo pages, bound to 127.0.0.1 on a free port.
// Unknown paths get an immediate 404 so a saved page's missing assets fail fast instead of hanging,
// and nothing is ever fetched from anywhere else.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
};

/**
 * @param {{ routes?: Record<string, string | { body: string | Buffer, type?: string }>, root?: string, port?: number }} [options]
 *   routes: exact paths ("/demo/") to content (a string is served as HTML);
 *   root: a directory whose files are served as well (no listing, no escaping it).
 * @returns {Promise<{ origin: string, url(path: string): string, close(): Promise<void> }>}
 */
export async function startServer({ routes = {}, root, port = 0 } = {}) {
  const rootDir = root ? resolve(root) : null;
  const server = createServer(async (request, response) => {
    const path = decodePath(request.url ?? '/');
    const route = path === null ? undefined : routes[path];
    if (route !== undefined) {
      const { body, type } = typeof route === 'string' ? { body: route, type: TYPES['.html'] } : route;
      return send(response, 200, body, type ?? TYPES['.html']);
    }
    if (rootDir && path !== null && request.method === 'GET') {
      const file = resolve(rootDir, `.${path}`);
      if (file === rootDir || file.startsWith(rootDir + sep)) {
        try {
          return send(response, 200, await readFile(file), TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
        } catch {}
      }
    }
    send(response, 404, 'not found', TYPES['.txt']);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function decodePath(rawUrl) {
  try {
    return decodeURIComponent(new URL(rawUrl, 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
}

function send(response, status, body, type) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}
