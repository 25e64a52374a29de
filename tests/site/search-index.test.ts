import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { expectedPublished } from '../support/content.ts';
import { listHtmlPages, readDist, readPage } from '../support/dist.ts';
import { FIXTURE_DIST } from '../support/paths.ts';
import { decodeVocabulary } from '../../src/lib/search/vocabulary.ts';

describe('the search index of the built site', () => {
  it('exists and holds exactly the published articles', () => {
    const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(pages).toBe(expectedPublished().length);
    // One index for every language, so one search page finds French and English articles alike.
    expect(Object.keys(entry.languages)).toEqual(['fr']);
  });

  it('marks only the article itself for indexing, never listings, navigation or related links', () => {
    for (const page of listHtmlPages()) {
      const document = readPage(page);
      const bodies = document.querySelectorAll('[data-pagefind-body]');
      if (page.startsWith('articles/')) {
        expect(bodies.length, page).toBe(1);
        expect(bodies[0]!.tagName).toBe('ARTICLE');
        expect(bodies[0]!.querySelector('[data-related], nav.site-nav, footer.site-footer')).toBeNull();
      } else {
        expect(bodies.length, page).toBe(0);
      }
    }
  });

  it('gives every article its search metadata, filters and date sort', () => {
    const article = readPage(`articles/${expectedPublished()[0]!.slug}/index.html`).querySelector('article')!;
    expect(article.getAttribute('data-pagefind-sort')).toMatch(/^date:\d{4}-\d{2}-\d{2}T/);
    expect(article.getAttribute('data-pagefind-meta')).toMatch(/^date:/);
    const filters = [...article.querySelectorAll('[data-pagefind-filter]')].map((el) =>
      el.getAttribute('data-pagefind-filter'),
    );
    expect(new Set(filters)).toEqual(new Set(['section', 'language', 'year', 'tags']));
    const metas = [...article.querySelectorAll('[data-pagefind-meta]')].map((el) =>
      el.getAttribute('data-pagefind-meta'),
    );
    expect(metas).toEqual(expect.arrayContaining(['section', 'standfirst', 'lang']));
    expect(readdirSync(`${FIXTURE_DIST}pagefind/filter`).length).toBe(4);
    expect(existsSync(`${FIXTURE_DIST}pagefind/pagefind.js`)).toBe(true);
  });

  it('writes the vocabulary for typo suggestions next to the index, with the articles’ own spelling', () => {
    const words = new Map(decodeVocabulary(readDist('pagefind/vocabulary.txt')).map((entry) => [entry.word, entry]));
    expect(words.get('choïgou')?.articles).toBe(1);
    expect(words.get('biélorussie')?.articles).toBeGreaterThan(3);
    expect(words.has('telescope')).toBe(true);
    // Stop words and words under four letters are left out.
    expect(words.has('dans')).toBe(false);
    expect(words.has('otan')).toBe(true);
    expect(words.has('ue')).toBe(false);
  });

  it('keeps a small site in one index: no archive part', () => {
    expect(existsSync(`${FIXTURE_DIST}pagefind/archive`)).toBe(false);
  });
});
