/**
 * A tiny static file server over a built dist/ folder, bound to the loopback address. Tests use it plain; the
 * benchmark and Lighthouse use it as a static host would run it (text gzipped, hashed assets cached for a year).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};
// Pagefind's index files are gzip inside already and go out as they are.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.xml', '.txt', '.json', '.svg']);

/** How the server answers. */
export interface ServeOptions {
  /** Gzip text responses and send cache headers, as a production static host does. */
  gzip?: boolean;
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(normalize(root))) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

async function respond(root: string, options: ServeOptions, request: IncomingMessage, response: ServerResponse) {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = await resolveFile(root, pathname);
  if (!file) {
    response.writeHead(404, { 'Content-Type': TYPES['.html']! });
    response.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
    return;
  }
  const type = extname(file);
  const body = await readFile(file);
  const gzip =
    options.gzip === true && COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
  response.writeHead(200, {
    'Content-Type': TYPES[type] ?? 'application/octet-stream',
    ...(options.gzip === true && {
      'Cache-Control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    }),
    ...(gzip && { 'Content-Encoding': 'gzip' }),
  });
  response.end(gzip ? gzipSync(body) : body);
}

/** Serves `root` on 127.0.0.1 at a free port; returns the base URL and a close function. */
export async function serveStatic(
  root: string,
  options: ServeOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    respond(root, options, request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
