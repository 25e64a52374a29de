import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { fileForUrl, listHtmlPages, readDist, readPage } from '../support/dist.ts';
import { FIXTURE_DIST } from '../support/paths.ts';

const pages = listHtmlPages();

describe('the built HTML', () => {
  it('is valid HTML on every page (html-validate, zero errors)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:standard', 'html-validate:document'],
      rules: {
        // Astro's image pipeline and our own markup choose these deliberately.
        'no-inline-style': 'off',
        'long-title': 'off',
        // Subresource integrity protects third-party files; every file here is same-origin.
        'require-sri': 'off',
      },
    });
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readDist(page), page);
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2) failures.push(`${page}:${message.line}: ${message.ruleId} ${message.message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('has no broken internal link or anchor', () => {
    const broken: string[] = [];
    const idsCache = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!idsCache.has(file)) {
        idsCache.set(file, new Set([...readPage(file).querySelectorAll('[id]')].map((element) => element.id)));
      }
      return idsCache.get(file)!;
    };
    for (const page of pages) {
      const document = readPage(page);
      const base = new URL(`/${page.replace(/index\.html$/, '')}`, 'http://site.test');
      const targets = [
        ...[...document.querySelectorAll('a[href], link[href]')].map((element) => element.getAttribute('href')!),
        ...[...document.querySelectorAll('img[src], source[srcset], img[srcset]')].flatMap((element) => [
          ...(element.getAttribute('src') ? [element.getAttribute('src')!] : []),
          ...(element.getAttribute('srcset') ?? '')
            .split(',')
            .map((candidate) => candidate.trim().split(/\s+/)[0]!)
            .filter(Boolean),
        ]),
      ];
      for (const target of targets) {
        const url = new URL(target, base);
        if (url.host !== 'site.test') continue;
        const file = fileForUrl(url.pathname);
        if (!existsSync(join(FIXTURE_DIST, file))) {
          broken.push(`${page} -> ${target}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment))
          broken.push(`${page} -> ${target} (no id)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
