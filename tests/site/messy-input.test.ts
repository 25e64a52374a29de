import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SyntaxValidator } from 'fast-xml-validator';
import { parseHTML } from 'linkedom';
import { tagUrl } from '../../src/lib/articles.ts';
import { tagSlug } from '../../src/lib/tags.ts';
import { buildSite } from '../support/build.ts';
import { fileForUrl, listFiles } from '../support/dist.ts';
import { FIXTURE_DIST, ROOT, TMP } from '../support/paths.ts';

// Messy but valid articles get a build of their own: added to the shared fixture, they would shift the search
// ranking other tests pin (Pagefind scores depend on every page of the index).
const CONTENT = `${TMP}messy-content/`;
const DIST = `${TMP}messy-dist/`;

beforeAll(() => {
  rmSync(CONTENT, { recursive: true, force: true });
  mkdirSync(`${CONTENT}images`, { recursive: true });
  cpSync(`${ROOT}tests/fixtures/messy/articles/`, `${CONTENT}articles/`, { recursive: true });
  const build = buildSite(`${CONTENT}articles`, DIST);
  if (build.status !== 0) throw new Error(`The messy site did not build:\n${build.output}`);
}, 240_000);

const readDist = (path: string): string => readFileSync(join(DIST, path), 'utf8');
const readPage = (path: string): Document => parseHTML(readDist(path)).document;

// Every character XML 1.0 allows (the Char production); C0 controls other than tab, LF and CR are not among them.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Problems of the XML files of a build: not well-formed, or holding a character XML forbids. */
function brokenXml(dist: string): string[] {
  return listFiles(dist)
    .filter((file) => file.endsWith('.xml'))
    .flatMap((file) => {
      const text = readFileSync(join(dist, file), 'utf8');
      try {
        // Throws with the reason and the line of the first well-formedness error.
        SyntaxValidator.validate(text);
      } catch (error) {
        return [`${file}: ${String(error)}`];
      }
      return NOT_XML_CHAR.test(text) ? [`${file}: a character XML forbids`] : [];
    });
}

describe('every XML output', () => {
  it('covers the feeds and sitemaps of both builds', () => {
    for (const dist of [FIXTURE_DIST, DIST]) {
      const files = listFiles(dist);
      for (const file of ['rss.xml', 'atom.xml', 'news-sitemap.xml', 'sitemap-index.xml', 'sitemap-0.xml']) {
        expect(files).toContain(file);
      }
      expect(files.filter((file) => /^sections\/[^/]+\/rss\.xml$/.test(file)).length).toBeGreaterThan(0);
    }
  });

  it('is well-formed XML with only XML characters, in the fixture site and the messy one', () => {
    // Self-test: the parser does not flag a vertical tab, the character check does.
    expect(() => SyntaxValidator.validate('<a>1</b>')).toThrow();
    expect(NOT_XML_CHAR.test('<a>\u000B</a>')).toBe(true);
    expect(brokenXml(FIXTURE_DIST)).toEqual([]);
    expect(brokenXml(DIST)).toEqual([]);
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
    expect(existsSync(`${DIST}tags/c/index.html`)).toBe(false);
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
    expect(feed).toContain('/articles/messy-standfirst/');
    expect(feed).toContain('Un homme d’affaires détient 5\u00A0% du capital');
    expect(feed).not.toMatch(raw);
    expect(readDist('articles/messy-standfirst/index.html')).toContain('Début');
  });
});

describe('heading ids in an article', () => {
  it('never repeat an id of the page', () => {
    const page = readPage('articles/messy-tags-scripts/index.html');
    const ids = [...page.querySelectorAll('[id]')].map((node) => node.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(page.getElementById('content')?.tagName).toBe('MAIN');
    expect(page.getElementById('corrections-title')?.textContent).not.toBe('Corrections title');
  });

  it('are prefixed, and in-article links follow them', () => {
    const page = readPage('articles/messy-tags-scripts/index.html');
    const heading = [...page.querySelectorAll('.prose h2')].find((node) => node.textContent === 'Content');
    expect(heading?.id).toBe('user-content-content');
    expect(page.querySelector('.prose a[href="#user-content-content"]')?.textContent).toBe('Retour au début');
  });
});
