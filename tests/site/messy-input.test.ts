import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { tagUrl } from '../../src/lib/articles.ts';
import { tagSlug } from '../../src/lib/tags.ts';
import { fileForUrl, listFiles, readDist, readPage } from '../support/dist.ts';
import { FIXTURE_DIST } from '../support/paths.ts';

// Every character XML 1.0 allows (the Char production); C0 controls other than tab, LF and CR are not among them.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('every XML output', () => {
  const xmlFiles = listFiles(FIXTURE_DIST).filter((file) => file.endsWith('.xml'));

  it('covers the feeds and sitemaps', () => {
    for (const file of [
      'rss.xml',
      'news-sitemap.xml',
      'sitemap-index.xml',
      'sitemap-0.xml',
      'sections/europe/rss.xml',
    ]) {
      expect(xmlFiles).toContain(file);
    }
  });

  it('is well-formed XML with only XML characters', () => {
    // Self-test: the parser does not flag a vertical tab, the character check does.
    expect(() => {
      new XMLParser().parse('<a>1</b>', true);
    }).toThrow();
    expect(NOT_XML_CHAR.test('<a>\u000B</a>')).toBe(true);
    const broken = xmlFiles.flatMap((file) => {
      const text = readDist(file);
      try {
        // `true`: validate while parsing, so a malformed file throws with the reason and line.
        new XMLParser().parse(text, true);
      } catch (error) {
        return [`${file}: ${String(error)}`];
      }
      return NOT_XML_CHAR.test(text) ? [`${file}: a character XML forbids`] : [];
    });
    expect(broken).toEqual([]);
  });
});

describe('tags in other scripts and with symbols', () => {
  it('gives Україна, 中文 and Ελλάδα pages of their own, linked percent-encoded and titled readably', () => {
    const article = readPage('articles/messy-tags-scripts/index.html');
    for (const tag of ['Україна', '中文', 'Ελλάδα']) {
      const url = tagUrl(tagSlug(tag));
      expect(url).toMatch(/^\/tags\/(?:%[0-9A-F]{2})+\/$/);
      expect(article.querySelector(`.tag-list a[href="${url}"]`)?.textContent).toBe(tag);
      expect(readPage(fileForUrl(url)).querySelector('h1')?.textContent).toContain(tag);
    }
  });

  it('keeps C++ and C# on distinct pages', () => {
    const plus = readPage(fileForUrl(tagUrl(tagSlug('C++'))));
    const sharp = readPage(fileForUrl(tagUrl(tagSlug('C#'))));
    expect(plus.querySelector('a[href="/articles/messy-tags-scripts/"]')).not.toBeNull();
    expect(plus.querySelector('a[href="/articles/messy-standfirst/"]')).toBeNull();
    expect(sharp.querySelector('a[href="/articles/messy-standfirst/"]')).not.toBeNull();
    expect(sharp.querySelector('a[href="/articles/messy-tags-scripts/"]')).toBeNull();
    expect(existsSync(`${FIXTURE_DIST}tags/c/index.html`)).toBe(false);
  });

  it('has the tag pages and the search filter agree that Défense and defense are one tag', () => {
    const page = readPage(fileForUrl(tagUrl(tagSlug('Défense'))));
    const label = page.querySelector('h1')?.textContent ?? '';
    const filterValues = ['messy-tags-scripts', 'messy-standfirst'].map((slug) =>
      [...readPage(`articles/${slug}/index.html`).querySelectorAll('[data-pagefind-filter="tags"]')]
        .map((node) => node.textContent ?? '')
        .filter((value) => tagSlug(value) === 'defense'),
    );
    expect(filterValues[0]).toHaveLength(1);
    expect(filterValues[1]).toEqual(filterValues[0]);
    expect(label).toContain(filterValues[0]![0]);
  });
});

describe('the computed standfirst', () => {
  const raw = /&#39;|&amp;#39;|&amp;nbsp;|&nbsp;|snake\\_case|\[\^1\]/;

  it('is plain text from the rendered paragraph in the meta description, JSON-LD and cards', () => {
    const page = readPage('articles/messy-standfirst/index.html');
    const meta = page.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    const jsonLd = page.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
    const card = readPage(fileForUrl(tagUrl(tagSlug('C#')))).querySelector('main')?.textContent ?? '';
    for (const text of [meta, (JSON.parse(jsonLd) as { description: string }).description, card]) {
      expect(text).toContain(
        'Un homme d’affaires détient 5\u00A0% du capital selon la variable snake_case du registre.',
      );
      expect(text).not.toMatch(raw);
    }
  });

  it('is plain text in the section feed', () => {
    const feed = readDist('sections/culture/rss.xml');
    if (feed.includes('messy-standfirst')) {
      expect(feed).toContain('d’affaires');
      expect(feed).not.toMatch(raw);
    }
    expect(readDist('articles/messy-standfirst/index.html')).toContain('Début');
  });
});

describe('heading ids in an article', () => {
  const page = readPage('articles/messy-tags-scripts/index.html');

  it('never repeat an id of the page', () => {
    const ids = [...page.querySelectorAll('[id]')].map((node) => node.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(page.getElementById('content')?.tagName).toBe('MAIN');
    expect(page.getElementById('corrections-title')?.textContent).not.toBe('Corrections title');
  });

  it('are prefixed, and in-article links follow them', () => {
    const heading = [...page.querySelectorAll('.prose h2')].find((node) => node.textContent === 'Content');
    expect(heading?.id).toBe('user-content-content');
    expect(page.querySelector('.prose a[href="#user-content-content"]')?.textContent).toBe('Retour au début');
  });
});
