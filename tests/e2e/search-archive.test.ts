/**
 * Search on a site whose index is split into a recent index and archive parts, in Chromium: the sample articles built
 * with the split lowered to a few articles (tests/fixtures/split-site/config.ts), so that they fill several archive
 * parts as a large archive would at the default limits.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { launchChromium } from '../support/browser.ts';
import { buildSite } from '../support/build.ts';
import { listFiles } from '../support/dist.ts';
import { ROOT, TMP } from '../support/paths.ts';
import { serveStatic } from '../support/server.ts';
import { fold } from '../../src/lib/search/normalize.ts';

const DIST = `${TMP}split-dist/`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let baseUrl: string;
let closeServer: () => Promise<void>;

beforeAll(async () => {
  const build = buildSite(`${ROOT}content/articles`, DIST, { KIOSQUE_CONFIG: 'tests/fixtures/split-site/config.ts' });
  if (build.status !== 0) throw new Error(`The split site did not build:\n${build.output}`);
  const server = await serveStatic(DIST);
  baseUrl = server.url;
  closeServer = server.close;
  browser = await launchChromium();
}, 300_000);
// A context per test: nothing one search fetched is in the cache of the next.
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});
afterAll(async () => {
  await browser?.close();
  await closeServer?.();
});

/** Each built article: its year (the date Pagefind sorts by, as filed in the site's year) and its indexed words. */
function articles(): Map<string, { year: number; words: Set<string> }> {
  const found = new Map<string, { year: number; words: Set<string> }>();
  for (const file of listFiles(`${DIST}articles/`).filter((name) => /^[^/]+\/index\.html$/.test(name))) {
    const { document } = parseHTML(readFileSync(`${DIST}articles/${file}`, 'utf8'));
    const body = document.querySelector('[data-pagefind-body]');
    if (!body) continue;
    for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
    const year = Number(body.getAttribute('data-pagefind-sort')!.slice('date:'.length, 'date:'.length + 4));
    found.set(file.split('/')[0]!, { year, words: new Set(fold(body.textContent ?? '').split(/[^a-z0-9]+/)) });
  }
  return found;
}

/** The split the search page announces: the first year of the recent index and the archive parts. */
function split(): { since: number; parts: string[] } {
  const root = parseHTML(readFileSync(`${DIST}search/index.html`, 'utf8')).document.querySelector('[data-search]')!;
  return {
    since: Number(root.getAttribute('data-archive-since')),
    parts: (root.getAttribute('data-archive-parts') ?? '').split(' ').filter(Boolean),
  };
}

/** A word of at least six letters found in articles on both sides of the cut (recent) or only before it (old). */
function chooseWord(kind: 'old only' | 'both'): { word: string; old: string[] } {
  const { since } = split();
  const all = [...articles()];
  const candidates = [...new Set(all.flatMap(([, article]) => [...article.words]))].filter((word) =>
    /^[a-z]{6,}$/.test(word),
  );
  for (const word of candidates.sort()) {
    const having = all.filter(([, article]) => article.words.has(word));
    const old = having.filter(([, article]) => article.year < since).map(([slug]) => slug);
    const recent = having.length - old.length;
    if (kind === 'old only' && recent === 0 && old.length === 1) return { word, old };
    if (kind === 'both' && recent > 0 && old.length > 0) return { word, old };
  }
  throw new Error(`No word found in ${kind} articles`);
}

async function settled(): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return status !== '' && !/…$/.test(status);
  });
}

async function resultSlugs(): Promise<string[]> {
  const hrefs = await page
    .locator('#search-results h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return hrefs.map((href) => href.split('/')[2]!);
}

/** The archive parts whose index the page fetched, from here on. */
function archiveRequests(): Set<string> {
  const parts = new Set<string>();
  page.on('request', (request) => {
    const match = /\/pagefind\/archive\/([^/]+)\/pagefind-entry\.json/.exec(request.url());
    if (match) parts.add(match[1]!);
  });
  return parts;
}

describe('search over a split index in Chromium', () => {
  it('writes one index per archive part the search page lists, each holding whole months of one year', () => {
    const { since, parts } = split();
    expect(parts.length).toBeGreaterThan(1);
    const written = new Set(listFiles(`${DIST}pagefind/archive/`).map((file) => file.split('/')[0]!));
    expect([...written].sort()).toEqual([...parts].sort());
    for (const part of parts) {
      expect(part).toMatch(/^\d{4}(-\d{2})?$/);
      expect(Number(part.slice(0, 4))).toBeLessThan(since);
    }
  });

  it('finds an article only the archive holds, fetching every archive part once the recent index has nothing', async () => {
    const { word, old } = chooseWord('old only');
    const fetched = archiveRequests();
    await page.goto(`${baseUrl}/search/?q=${word}`);
    await settled();
    expect(await resultSlugs()).toEqual(expect.arrayContaining(old));
    expect([...fetched].sort()).toEqual([...split().parts].sort());
  });

  it('searches the recent index first, and the archive parts too once the reader asks for older articles', async () => {
    const { since } = split();
    const years = articles();
    const { word, old } = chooseWord('both');
    const fetched = archiveRequests();
    await page.goto(`${baseUrl}/search/?q=${word}`);
    await settled();
    const first = await resultSlugs();
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((slug) => years.get(slug)!.year >= since)).toBe(true);
    expect(fetched.size).toBe(0);
    const older = page.locator('#search-older');
    await expect.poll(() => older.isVisible()).toBe(true);
    await older.focus();
    await page.keyboard.press('Enter');
    await expect.poll(resultSlugs).toEqual(expect.arrayContaining([...first, ...old]));
    expect(fetched.size).toBe(split().parts.length);
  });

  it('searches the archive at once when the reader filters on a year before the recent index', async () => {
    const { word, old } = chooseWord('old only');
    const year = String(articles().get(old[0]!)!.year);
    await page.goto(`${baseUrl}/search/?${new URLSearchParams({ q: word, year })}`);
    await settled();
    const slugs = await resultSlugs();
    expect(slugs).toEqual(expect.arrayContaining(old));
    expect(slugs.every((slug) => String(articles().get(slug)!.year) === year)).toBe(true);
  });
});
