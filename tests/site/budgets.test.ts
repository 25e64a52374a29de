import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { listFiles, listHtmlPages, readPage } from '../support/dist';
import { FIXTURE_DIST } from '../support/paths';

const brotli = (data: Buffer | string) => brotliCompressSync(data).length;
const articlePages = listHtmlPages().filter((page) => page.startsWith('articles/'));

describe('size budgets of the built site', () => {
  it('keeps every article page’s HTML + CSS within 14 KB brotli (one round trip)', () => {
    const over: string[] = [];
    for (const page of articlePages) {
      const html = readFileSync(join(FIXTURE_DIST, page));
      const css = [...readPage(page).querySelectorAll('link[rel="stylesheet"]')].map((link) =>
        readFileSync(join(FIXTURE_DIST, link.getAttribute('href')!)),
      );
      const total = brotli(html) + brotli(Buffer.concat(css));
      if (total > 14 * 1024) over.push(`${page}: ${total} bytes`);
    }
    expect(articlePages.length).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });

  it('keeps all of the site’s CSS within 8 KB brotli', () => {
    const css = listFiles(FIXTURE_DIST).filter((file) => file.endsWith('.css') && !file.startsWith('pagefind/'));
    const total = brotli(Buffer.concat(css.map((file) => readFileSync(join(FIXTURE_DIST, file)))));
    expect(total).toBeLessThanOrEqual(8 * 1024);
  });

  it('ships 0 bytes of JavaScript on article pages', () => {
    for (const page of articlePages) {
      const scripts = [...readPage(page).querySelectorAll('script')].filter(
        (script) => script.getAttribute('type') !== 'application/ld+json',
      );
      expect(scripts.length, page).toBe(0);
    }
  });

  it('loads nothing from another origin on any page', () => {
    const external: string[] = [];
    const selectors = 'link[href]:not([rel="canonical"]):not([rel="alternate"]), script[src], img[src], img[srcset], source[srcset], iframe[src], video[src], audio[src]';
    for (const page of listHtmlPages()) {
      for (const element of readPage(page).querySelectorAll(selectors)) {
        for (const attribute of ['href', 'src', 'srcset']) {
          const value = element.getAttribute(attribute);
          if (value && /(^|,\s*)(https?:)?\/\//.test(value)) external.push(`${page}: <${element.tagName.toLowerCase()} ${attribute}="${value}">`);
        }
      }
    }
    expect(external).toEqual([]);
  });
});
