/**
 * Size budgets of the built site, checked on every build because they are deterministic: what an article costs a
 * reader on a slow phone (first round trip, CSS, JavaScript) and that nothing is fetched from another origin.
 * Time and memory are measured by `npm run bench` instead (bench/results.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SITE } from '../../src/config.ts';
import { launchChromium } from '../support/browser.ts';
import { listFiles, listHtmlPages, readDist, readPage } from '../support/dist.ts';
import { FIXTURE_DIST } from '../support/paths.ts';

/** About ten TCP segments: what the first round trip can carry. */
const ARTICLE_BUDGET = 14 * 1024;
const CSS_BUDGET = 8 * 1024;

const brotli = (data: Buffer) => brotliCompressSync(data).length;
const readBytes = (path: string) => readFileSync(join(FIXTURE_DIST, path.replace(/^\//, '')));
const articlePages = listHtmlPages().filter((page) => /^articles\/[^/]+\/index\.html$/.test(page));
const siteOrigin = new URL(SITE.url).origin;

/** Stylesheets a page links to, as paths in dist/. */
function stylesheets(page: string): string[] {
  return [...readPage(page).querySelectorAll('link[rel~="stylesheet"][href]')].map((link) =>
    link.getAttribute('href')!,
  );
}

/** Scripts that would run (JSON data blocks such as JSON-LD are not JavaScript). */
function executableScripts(page: string): Element[] {
  return [...readPage(page).querySelectorAll('script')].filter((script) => {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    return type === '' || type === 'module' || type.includes('javascript') || type.includes('ecmascript');
  });
}

/** Every URL a page would fetch as a resource (or connect to), with where it was found. */
function resourceUrls(page: string): { where: string; url: string }[] {
  const document = readPage(page);
  const found: { where: string; url: string }[] = [];
  const add = (element: Element, attribute: string, value: string) =>
    found.push({ where: `<${element.tagName.toLowerCase()} ${attribute}>`, url: value.trim() });
  const links =
    'link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="icon"], ' +
    'link[rel~="apple-touch-icon"], link[rel~="manifest"], link[rel~="prefetch"], link[rel~="preconnect"], link[rel~="dns-prefetch"]';
  for (const element of document.querySelectorAll(links)) add(element, 'href', element.getAttribute('href') ?? '');
  for (const element of document.querySelectorAll(
    'script[src], img[src], source[src], iframe[src], embed[src], video[src], audio[src], track[src], input[src]',
  )) {
    add(element, 'src', element.getAttribute('src')!);
  }
  for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of element.getAttribute('srcset')!.split(','))
      add(element, 'srcset', candidate.trim().split(/\s+/)[0] ?? '');
  }
  for (const element of document.querySelectorAll('video[poster], object[data]')) {
    const attribute = element.hasAttribute('poster') ? 'poster' : 'data';
    add(element, attribute, element.getAttribute(attribute)!);
  }
  return found;
}

/** True when a URL, resolved on the site's own origin, points at another http(s) origin. */
function isOtherOrigin(url: string): boolean {
  const resolved = new URL(url, `${siteOrigin}/`);
  return /^https?:$/.test(resolved.protocol) && resolved.origin !== siteOrigin;
}

describe('size budgets of the built site', () => {
  it('keeps every article page’s HTML + CSS within 14 KB brotli, the first round trip', () => {
    const over = articlePages
      .map((page) => {
        const css = Buffer.concat(stylesheets(page).map(readBytes));
        return { page, bytes: brotli(readBytes(page)) + brotli(css) };
      })
      .filter(({ bytes }) => bytes > ARTICLE_BUDGET)
      .map(({ page, bytes }) => `${page}: ${bytes} bytes`);
    expect(articlePages.length).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });

  it('keeps all of the site’s CSS within 8 KB brotli', () => {
    const linked = listHtmlPages().flatMap((page) => stylesheets(page).map((href) => href.replace(/^\//, '')));
    const own = listFiles(FIXTURE_DIST).filter((file) => file.endsWith('.css') && !file.startsWith('pagefind/'));
    const files = [...new Set([...own, ...linked])].sort();
    expect(files.length).toBeGreaterThan(0);
    expect(brotli(Buffer.concat(files.map(readBytes)))).toBeLessThanOrEqual(CSS_BUDGET);
  });

  it('ships no JavaScript at all to article pages: no script file, no inline script, no modulepreload', () => {
    const problems: string[] = [];
    for (const page of articlePages) {
      const scripts = executableScripts(page);
      if (scripts.some((script) => script.hasAttribute('src'))) problems.push(`${page}: <script src>`);
      if (scripts.some((script) => !script.hasAttribute('src'))) problems.push(`${page}: inline <script>`);
      if (readPage(page).querySelector('link[rel~="modulepreload"]')) problems.push(`${page}: modulepreload`);
    }
    expect(articlePages.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('loads nothing from another origin on any page, in HTML or in CSS', () => {
    const external: string[] = [];
    for (const page of listHtmlPages()) {
      for (const { where, url } of resourceUrls(page))
        if (isOtherOrigin(url)) external.push(`${page}: ${where} ${url}`);
    }
    const css = listFiles(FIXTURE_DIST).filter((file) => file.endsWith('.css'));
    for (const file of css) {
      for (const [, url] of readDist(file).matchAll(/(?:url\(\s*["']?|@import\s+["'])([^"')\s]+)/g)) {
        if (isOtherOrigin(url!)) external.push(`${file}: ${url}`);
      }
    }
    expect(listHtmlPages().length).toBeGreaterThan(0);
    expect(external).toEqual([]);
  });
});

describe('JavaScript an article page actually requests in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fetches 0 bytes of JavaScript on an article page, even from a search result link', async () => {
    const sample = [...articlePages].sort().filter((_, index, all) => index % Math.ceil(all.length / 4) === 0);
    const context = await browser.newContext();
    const scripts: string[] = [];
    context.on('request', (request) => {
      if (request.resourceType() === 'script' || new URL(request.url()).pathname.startsWith('/pagefind/'))
        scripts.push(request.url());
    });
    for (const page of sample) {
      const tab = await context.newPage();
      // As a search result opens it: with a text fragment to highlight.
      const url = `${inject('baseUrl')}/${page.replace(/index\.html$/, '')}#:~:text=la`;
      await tab.goto(url, { waitUntil: 'networkidle' });
      await tab.close();
    }
    await context.close();
    expect(sample.length).toBeGreaterThan(0);
    expect(scripts).toEqual([]);
  });
});
