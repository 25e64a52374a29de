import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { buildSite } from '../support/build.ts';
import { serveStatic } from '../support/server.ts';
import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { setTimeout as sleep } from 'node:timers/promises';
import { HOSTILE_CONTENT, HOSTILE_DIST, HOSTILE_TITLE, writeHostileSite } from '../support/hostile-site.ts';
import { XSS_VECTORS } from '../fixtures/xss/vectors.ts';

let browser: Browser;
let context: BrowserContext;
let baseUrl: string;
let closeServer: () => Promise<void>;
let slugs: { vectors: string[]; layout: string[] };

/** A context that reports probe hits to the test (on every page, across navigations) and lets no request leave. */
async function probeContext(hits: string[]): Promise<BrowserContext> {
  // bypassCSP: the sanitizer alone must stop every vector; the CSP is a second, separately tested wall.
  const probing = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 740 } });
  probing.setDefaultTimeout(10_000);
  await probing.exposeBinding('__xssReport', (_source, name: unknown) => {
    hits.push(String(name));
  });
  await probing.addInitScript(() => {
    const report = (window as unknown as { __xssReport: (name: string) => void }).__xssReport;
    Object.assign(window, { __xss: (name: unknown) => report(String(name)) });
  });
  await probing.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  return probing;
}

beforeAll(async () => {
  slugs = writeHostileSite();
  const build = buildSite(HOSTILE_CONTENT, HOSTILE_DIST);
  if (build.status !== 0) throw new Error(`The hostile site did not build:\n${build.output}`);
  const server = await serveStatic(HOSTILE_DIST);
  baseUrl = server.url;
  closeServer = server.close;
  browser = await launchChromium();
  context = await probeContext([]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await closeServer?.();
});

/** Loads a page (or sets its HTML) and pokes every element (hover, focus, click, media events). */
async function pokePage(probing: BrowserContext, path: string, html: string | undefined, dialogs: string[]) {
  const page = await probing.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${baseUrl}${path}`);
  if (html !== undefined) await page.setContent(html);
  await page.evaluate(() => {
    const events = [
      'mouseover',
      'mouseenter',
      'pointerover',
      'pointerenter',
      'focus',
      'focusin',
      'click',
      'toggle',
      'animationstart',
      'error',
      'load',
    ];
    for (const element of document.querySelectorAll('main *')) {
      if (element.closest('a')) continue;
      if (element instanceof HTMLElement) element.focus();
      for (const type of events) element.dispatchEvent(new Event(type, { bubbles: true }));
    }
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  // Following a link is the one action that can run a javascript: URL: click every article link whose target is not
  // an ordinary web address, each on a fresh copy of the page.
  const hrefs = await page
    .locator('.prose a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const [index, href] of hrefs.entries()) {
    if (/^(https?:|\/|#|mailto:|tel:|[\w.-]+(\/|$))/i.test(href.trim())) continue;
    const fresh = await probing.newPage();
    fresh.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await fresh.goto(page.url());
    if (html !== undefined) await fresh.setContent(html);
    await fresh.locator('.prose a[href]').nth(index).click({ noWaitAfter: true });
    await settleAfterClick(fresh);
  }
  // A last round trip through every page: hits reported by the pages' own scripts have all reached the test.
  for (const open of probing.pages()) await open.evaluate(() => undefined).catch(() => undefined);
}

/**
 * Waits until whatever a click queued has run. Browsers run javascript: URLs as queued navigations, in order: a
 * sentinel javascript: link clicked after the vector's link reports only once the vector's URL had its turn. A click
 * that navigated the page away ran nothing in it (the new document has the probe too).
 */
async function settleAfterClick(page: Page): Promise<void> {
  const origin = page.url();
  let signal!: () => void;
  const done = new Promise<void>((resolve) => (signal = resolve));
  await page.exposeFunction('__probeSettled', () => signal());
  const sentinel = page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'javascript:__probeSettled()';
    document.body.append(link);
    link.click();
  });
  await Promise.race([
    sentinel.then(() => done),
    page.waitForURL((url) => url.href !== origin, { waitUntil: 'commit' }),
  ]).catch((error: unknown) => {
    // A navigation destroys the page's context mid-evaluation; anything else is a real failure.
    if (page.url() === origin) throw error;
  });
}

const PROBE_DEADLINE_MS = 30_000;

/** Settles with `work`, or with undefined once `ms` have passed. */
async function within<T>(ms: number, work: Promise<T>): Promise<T | undefined> {
  const cancel = new AbortController();
  const deadline = sleep(ms, undefined, { signal: cancel.signal }).catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } finally {
    cancel.abort();
  }
}

/**
 * Pokes one page in a context of its own, which is then closed with all its pages. A page that is still busy after
 * the deadline (a stuck renderer, an evaluation waiting on a navigation) is tried once more in a new context, then
 * reported: it must never stall the whole run.
 */
async function probe(path: string, html?: string): Promise<string[]> {
  for (let attempt = 1; attempt <= 2; attempt++) {
    const hits: string[] = [];
    const dialogs: string[] = [];
    const probing = await probeContext(hits);
    const finished = await within(
      PROBE_DEADLINE_MS,
      pokePage(probing, path, html, dialogs).then(() => true),
    );
    await within(5_000, probing.close());
    if (finished) return [...hits, ...dialogs.map((message) => `dialog: ${message}`)];
  }
  return [`probe of ${path} did not finish within ${PROBE_DEADLINE_MS / 1000} s, twice`];
}

describe('hostile input in a real browser', () => {
  it('has a probe that does catch a payload that runs (self-test)', async () => {
    const hits = await probe(
      '/',
      `<main><div class="prose"><img src="/nope.png" onerror="__xss('self-test')"><a href="javascript:__xss('link')">x</a></div></main>`,
    );
    expect(hits).toEqual(expect.arrayContaining(['self-test', 'link']));
  });

  it(`runs none of the ${XSS_VECTORS.length} XSS vectors, with hover, focus and clicks`, async () => {
    const executed: string[] = [];
    for (const slug of slugs.vectors)
      executed.push(...(await probe(`/articles/${slug}/`)).map((hit) => `${slug}: ${hit}`));
    expect(executed).toEqual([]);
  }, 600_000);

  it('keeps the benign text around every vector', () => {
    const lost = XSS_VECTORS.filter((vector, index) => {
      const html = readFileSync(`${HOSTILE_DIST}articles/${slugs.vectors[index]}/index.html`, 'utf8');
      return !html.includes(vector.benign);
    });
    expect(lost.map((vector) => vector.name)).toEqual([]);
  });

  it('treats hostile front matter as text in the page, JSON-LD, feed and listings', async () => {
    expect(await probe('/articles/front-matter-hostile/')).toEqual([]);
    expect(await probe('/')).toEqual([]);
    expect(await probe('/corrections/')).toEqual([]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/articles/front-matter-hostile/`);
    expect(await page.locator('h1').textContent()).toBe(HOSTILE_TITLE);
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect((JSON.parse(jsonLd!) as { headline: string }).headline).toBe(HOSTILE_TITLE);
    await page.close();
    // In the feed the headline is the item's text, and the HTML fields hold it escaped (see tests/unit/feeds.test.ts).
    const rssText = readFileSync(`${HOSTILE_DIST}rss.xml`, 'utf8');
    const rss = new DOMParser().parseFromString(rssText, 'text/xml') as unknown as Document;
    const item = [...rss.querySelectorAll('item')].find(
      (entry) => entry.querySelector('title')?.textContent === HOSTILE_TITLE,
    );
    expect(item).toBeDefined();
    expect(item!.querySelector('description')!.textContent).not.toContain('<');
  });

  it('renders the control article intact: heading, emphasis, links, table, quote, footnote, code as text', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/articles/controle/`);
    const prose = page.locator('.prose');
    expect(await prose.locator('h2').first().textContent()).toBe('Un intertitre');
    expect(await prose.locator('em').first().textContent()).toBe('en italique');
    expect(await prose.locator('strong').first().textContent()).toBe('en gras');
    expect(await prose.locator('a[href="https://example.org/page"]').getAttribute('rel')).toContain('noopener');
    expect(await prose.locator('table td').first().textContent()).toBe('Lyon');
    expect(await prose.locator('blockquote').textContent()).toContain('Une citation.');
    expect(await prose.locator('code').first().textContent()).toBe('<script>alert(1)</script>');
    expect(await prose.locator('abbr[title="Organisation des Nations unies"]').count()).toBe(1);
    const footnoteHref = await prose.locator('sup a').first().getAttribute('href');
    expect(await page.locator(footnoteHref!.replace(/^#/, '[id="') + '"]').count()).toBe(1);
    await page.close();
  });

  it('keeps unusual but valid articles readable at 360 px (1 MB of text, emoji, RTL, long words, huge table)', async () => {
    const overflowing: string[] = [];
    for (const slug of slugs.layout) {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/articles/${slug}/`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) overflowing.push(`${slug}: ${width}px`);
      await page.close();
    }
    expect(readFileSync(`${HOSTILE_DIST}articles/tres-long-article/index.html`).length).toBeGreaterThan(1_000_000);
    expect(overflowing).toEqual([]);
  }, 120_000);
});
