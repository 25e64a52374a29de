/**
 * Search as a first-time reader meets it: a cold browser opens /search/?q=…; we count the bytes fetched and the time
 * until the first results are on the page. The site is served on loopback as a static host serves it (text gzipped;
 * Pagefind's index files are gzip inside already).
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/server.ts';

/** One measured query. */
export interface QueryFigures {
  query: string;
  /** Bytes of every response (headers and body) until the network is idle after the first results. */
  bytes: number;
  /** The part of `bytes` from /pagefind/. */
  pagefindBytes: number;
  /** Bytes by kind of file (page, wasm, js, meta, index, filter, fragment). */
  byKind: Record<string, number>;
  requests: number;
  /** From navigation start to the first result in the list. */
  ms: number;
  /** The count the page announces. */
  results: number;
}

/** What a fetched path is: the search page's own files, or a kind of Pagefind file. */
function kindOf(pathname: string): string {
  if (!pathname.startsWith('/pagefind/')) return 'page';
  if (/wasm/.test(pathname)) return 'wasm';
  if (/vocabulary/.test(pathname)) return 'vocabulary';
  if (pathname.startsWith('/pagefind/archive/')) return 'archive';
  if (/\.pf_meta$/.test(pathname)) return 'meta';
  const folder = /^\/pagefind\/(index|filter|fragment)\//.exec(pathname);
  return folder ? folder[1]! : 'js';
}

async function measure(browser: Browser, baseUrl: string, query: string): Promise<QueryFigures> {
  // A fresh context has an empty cache: this is a reader's first search.
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<{ bytes: number; kind: string }>[] = [];
  page.on('requestfinished', (request) => {
    const kind = kindOf(new URL(request.url()).pathname);
    sizes.push(request.sizes().then((size) => ({ bytes: size.responseHeadersSize + size.responseBodySize, kind })));
  });
  const started = performance.now();
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#search-results li', { timeout: 60_000 });
  const ms = Math.round(performance.now() - started);
  await page.waitForLoadState('networkidle');
  const status = (await page.locator('#search-status').textContent()) ?? '';
  const done = await Promise.all(sizes);
  await context.close();
  const byKind: Record<string, number> = {};
  for (const size of done) byKind[size.kind] = (byKind[size.kind] ?? 0) + size.bytes;
  return {
    query,
    bytes: done.reduce((sum, size) => sum + size.bytes, 0),
    pagefindBytes: done.reduce((sum, size) => sum + (size.kind === 'page' ? 0 : size.bytes), 0),
    byKind,
    requests: done.length,
    ms,
    results: Number(/\d[\d\s\u202f]*/.exec(status)?.[0]?.replace(/\D/g, '') ?? 0),
  };
}

/** Serves the built site and measures each query in a cold browser context. */
export async function measureSearch(dist: string, queries: string[]): Promise<QueryFigures[]> {
  const server = await serveStatic(dist, { gzip: true });
  const browser = await launchChromium();
  try {
    const figures: QueryFigures[] = [];
    for (const query of queries) figures.push(await measure(browser, server.url, query));
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}
