import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { buildSite } from '../support/build.ts';
import { listFiles } from '../support/dist.ts';
import { asWords, frenchOnlyFragments, visibleText } from '../support/ui-text.ts';
import { ROOT, TMP } from '../support/paths.ts';

// A site whose only edition is English, built with its own configuration module (KIOSQUE_CONFIG).
const CONFIG = 'tests/fixtures/english-site/config.ts';
const CONTENT = `${TMP}english-content/`;
const DIST = `${TMP}english-dist/`;

beforeAll(() => {
  rmSync(CONTENT, { recursive: true, force: true });
  mkdirSync(`${CONTENT}images`, { recursive: true });
  cpSync(`${ROOT}tests/fixtures/english-site/articles/`, `${CONTENT}articles/`, { recursive: true });
  cpSync(`${ROOT}content/images/carte-bielorussie-voisins.png`, `${CONTENT}images/carte-bielorussie-voisins.png`);
  const build = buildSite(`${CONTENT}articles`, DIST, {
    KIOSQUE_CONFIG: CONFIG,
    KIOSQUE_BUILD_DATE: '2025-01-23T12:00:00Z',
  });
  if (build.status !== 0) throw new Error(`The English site did not build:\n${build.output}`);
}, 240_000);

const readDist = (path: string): string => readFileSync(join(DIST, path), 'utf8');
const readPage = (path: string): Document => parseHTML(readDist(path)).document;
const htmlPages = (): string[] =>
  listFiles(DIST).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));

const FRENCH_MONTHS = /\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/i;

describe('a site whose only edition is English', () => {
  it('builds every page type', () => {
    for (const page of [
      'index.html',
      'articles/security-guarantees-for-ukraine-explained/index.html',
      'sections/world/index.html',
      'sections/business/index.html',
      'sections/world/rss.xml',
      'tags/index.html',
      'tags/inflation/index.html',
      'archives/index.html',
      'archives/2025/01/index.html',
      'corrections/index.html',
      'search/index.html',
      '404.html',
      'rss.xml',
      'atom.xml',
      'feed.json',
      'news-sitemap.xml',
    ]) {
      expect(existsSync(join(DIST, page)), page).toBe(true);
    }
  });

  it('leaves no string of the French UI table on any page or feed', () => {
    const fragments = frenchOnlyFragments();
    // Self-test: the check knows French strings and would find one.
    expect(fragments).toContain('Publié le');
    expect(fragments).toContain('Aller au contenu');
    expect(asWords('sur').test('Page 1 sur 2')).toBe(true);
    expect(asWords('sur').test('a survey')).toBe(false);
    const texts = [
      ...htmlPages().map((page) => [page, visibleText(readPage(page))] as const),
      ...['rss.xml', 'atom.xml', 'feed.json', 'sections/world/rss.xml'].map((file) => [file, readDist(file)] as const),
    ];
    for (const [page, text] of texts) {
      const left = fragments.filter((fragment) => asWords(fragment).test(text));
      expect(left, page).toEqual([]);
    }
  });

  it('declares English on every page and in the feeds', () => {
    for (const page of htmlPages()) expect(readPage(page).documentElement.getAttribute('lang'), page).toBe('en');
    expect(readDist('rss.xml')).toContain('<language>en</language>');
  });

  it('uses English punctuation: no space before : ; ! ? and no guillemets', () => {
    const texts = htmlPages().map((page) => [page, visibleText(readPage(page))] as const);
    // Self-test: the pattern catches French spacing.
    expect(/[\s\u00a0\u202f][:;!?](?!\w)|[«»]/.test('Sur l’article\u00a0: x')).toBe(true);
    for (const [page, text] of texts) expect(text, page).not.toMatch(/[\s\u00a0\u202f][:;!?](?!\w)|[«»]/);
    const article = visibleText(readPage('articles/security-guarantees-for-ukraine-explained/index.html'));
    expect(article).toContain('Security guarantees for Ukraine: what is being discussed?');
    expect(article).toContain('Is that realistic for Ukraine? Opinions differ; some capitals');
  });

  it('uses English quotes in articles', () => {
    const article = visibleText(readPage('articles/security-guarantees-for-ukraine-explained/index.html'));
    expect(article).toContain('“Nobody wants a repeat of 1994,” one of them said.');
    expect(article).toContain('received “assurances” rather');
  });

  it('writes dates, months and lists the English way', () => {
    const document = readPage('articles/security-guarantees-for-ukraine-explained/index.html');
    expect(document.querySelector('.byline-dates')?.textContent).toContain('Published January 14, 2025');
    expect(document.querySelector('.byline-dates')?.textContent).toContain('Updated January 16, 2025');
    expect(document.querySelector('.byline-authors')?.textContent).toBe('By Claire Martin, Tom Evans, and Ana Silva');
    expect(document.querySelector('.corrections li')?.textContent).toBe(
      'January 16, 2025: An earlier version of this article gave the wrong year for the Budapest Memorandum; it was signed in 1994.',
    );
    expect(readPage('archives/2025/01/index.html').querySelector('h1')?.textContent).toBe('Archives: January 2025');
    expect(readPage('archives/index.html').querySelector('main li')?.textContent).toBe('January 2025 (2 articles)');
    expect(readPage('corrections/index.html').querySelector('main li p:last-child')?.textContent).toBe(
      'On the article: Security guarantees for Ukraine: what is being discussed?',
    );
    for (const page of htmlPages()) expect(visibleText(readPage(page)), page).not.toMatch(FRENCH_MONTHS);
  });

  it('labels footnotes and sections from the English configuration', () => {
    const html = readDist('articles/security-guarantees-for-ukraine-explained/index.html');
    expect(html).toContain('>Footnotes</h2>');
    expect(html).toContain('aria-label="Back to reference 1"');
    expect(readPage('sections/world/index.html').querySelector('h1')?.textContent).toBe('World');
  });
});

describe('an incremental build of a checkout that also builds other sites', () => {
  it('keeps its front-matter images when another build left its own content image modules in .astro/', () => {
    const article = 'articles/security-guarantees-for-ukraine-explained/index.html';
    const heroBefore = readPage(article).querySelector('.article img')?.getAttribute('src');
    expect(heroBefore).toMatch(/^\/_astro\//);
    // What another site's build leaves there (Astro keeps this module in the project folder, not the cache folder).
    writeFileSync(`${ROOT}.astro/content-assets.mjs`, 'export default new Map();\n');
    const rebuild = buildSite(`${CONTENT}articles`, DIST, {
      KIOSQUE_CONFIG: CONFIG,
      KIOSQUE_BUILD_DATE: '2025-01-23T12:00:00Z',
    });
    expect(rebuild.status, rebuild.output).toBe(0);
    expect(readPage(article).querySelector('.article img')?.getAttribute('src')).toBe(heroBefore);
  }, 240_000);
});
