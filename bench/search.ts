/**
 * Search as a first-time reader meets it: a cold browser opens /search/?q=…; we count the bytes fetched and the time
 * until the first results are on the page.
 */
import { launchChromium } from '../tests/support/browser';
import { serveStatic } from '../tests/support/server';

/** One measured query. */
export interface QueryFigures {
  query: string;
  bytes: number;
  ms: number;
  results: number;
}

/** The typical and the broad query. */
export interface SearchFigures {
  typical: QueryFigures;
  broad: QueryFigures;
}

async function measure(baseUrl: string, query: string): Promise<QueryFigures> {
  const browser = await launchChromium();
  const page = await browser.newPage();
  let bytes = 0;
  page.on('response', (response) => {
    void response.body().then((body) => (bytes += body.length)).catch(() => undefined);
  });
  const started = performance.now();
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return status !== '' && !/…$/.test(status);
  });
  const ms = Math.round(performance.now() - started);
  await page.waitForLoadState('networkidle');
  const results = Number(/\d+/.exec((await page.locator('#search-status').textContent()) ?? '')?.[0] ?? 0);
  await browser.close();
  return { query, bytes, ms, results };
}

/** Serves the built site and measures a typical and a broad query. */
export async function measureSearch(dist: string): Promise<SearchFigures> {
  const server = await serveStatic(dist.endsWith('/') ? dist : `${dist}/`);
  try {
    return { typical: await measure(server.url, 'biélorussie'), broad: await measure(server.url, 'pays') };
  } finally {
    await server.close();
  }
}
