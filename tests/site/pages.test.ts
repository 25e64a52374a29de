import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { editionPrefix, expectedExcluded, expectedPublished } from '../support/content.ts';
import { fileForUrl, listHtmlPages, readDist, readPage } from '../support/dist.ts';
import { FIXTURE_DIST } from '../support/paths.ts';
import { SECTIONS, SITE } from '../../src/config.ts';
import { tagSlug } from '../../src/lib/tags.ts';

const published = expectedPublished();
const excluded = expectedExcluded();

/** Every article link (/articles/<slug>/) found under a listing's <main>. */
function articleLinks(page: string): Set<string> {
  const links = readPage(page).querySelectorAll('main a[href^="/articles/"]');
  return new Set([...links].map((link) => link.getAttribute('href')!));
}

/** Every page of a paginated listing, following rel="next". */
function listingPages(firstPage: string): string[] {
  const pages = [firstPage];
  for (;;) {
    const next = readPage(pages.at(-1)!).querySelector('a[rel="next"]')?.getAttribute('href');
    if (!next) return pages;
    pages.push(fileForUrl(next));
  }
}

function linksOfListing(firstPage: string): Set<string> {
  return new Set(listingPages(firstPage).flatMap((page) => [...articleLinks(page)]));
}

describe('the built site', () => {
  it('has content to test: published, draft and future articles in the fixture', () => {
    expect(published.length).toBeGreaterThanOrEqual(15);
    expect(excluded.some((article) => article.draft)).toBe(true);
    expect(excluded.some((article) => !article.draft)).toBe(true);
  });

  it('gives every published article its page, with headline and <time>', () => {
    for (const article of published) {
      const document = readPage(`articles/${article.slug}/index.html`);
      expect(document.querySelector('h1')?.textContent?.trim()).toBe(article.title);
      expect(document.querySelector('article time[datetime]')).not.toBeNull();
      expect(document.documentElement.getAttribute('lang')).toBe(article.lang ?? SITE.lang);
    }
  });

  it('builds exactly one article page per published article', () => {
    const articlePages = listHtmlPages().filter((page) => /^articles\/[^/]+\/index\.html$/.test(page));
    expect(articlePages.length).toBe(published.length);
  });

  it('leaves drafts and future articles out of pages, listings, feeds and sitemaps', () => {
    const everything = [
      ...listHtmlPages().map(readDist),
      readDist('rss.xml'),
      readDist('sitemap-0.xml'),
      readDist('news-sitemap.xml'),
    ].join('\n');
    for (const article of excluded) {
      expect(existsSync(join(FIXTURE_DIST, 'articles', article.slug))).toBe(false);
      expect(everything).not.toContain(`/articles/${article.slug}/`);
      expect(everything).not.toContain(article.title);
    }
  });

  it('lists every published article in its edition’s section, tags and archive month, and nowhere else', () => {
    const folderOf = (prefix: string) => (prefix === '' ? '' : `${prefix}/`);
    const archiveLinksOf = (prefix: string) =>
      [...readPage(`${folderOf(prefix)}archives/index.html`).querySelectorAll('main a[href*="/archives/"]')].flatMap(
        (link) => [...linksOfListing(fileForUrl(link.getAttribute('href')!))],
      );
    const prefixes = [...new Set(published.map(editionPrefix))];
    expect(prefixes.length).toBeGreaterThan(1);
    const archiveLinks = prefixes.flatMap(archiveLinksOf);
    for (const article of published) {
      const href = `/articles/${article.slug}/`;
      const folder = folderOf(editionPrefix(article));
      expect(linksOfListing(`${folder}sections/${article.section}/index.html`)).toContain(href);
      for (const tag of article.tags)
        expect(linksOfListing(`${folder}tags/${tagSlug(tag)}/index.html`)).toContain(href);
      expect(archiveLinksOf(editionPrefix(article))).toContain(href);
    }
    // Each article is listed once, in the archives of its own edition only.
    expect(archiveLinks.length).toBe(published.length);
    expect(new Set(archiveLinks).size).toBe(published.length);
  });

  it('puts an article in the same year for the archives and the search year filter (site time zone)', () => {
    // Dated 2024-12-31T23:30Z: already 2025 in Paris, the site's time zone.
    const href = '/articles/fixture-new-year-time-zone/';
    expect(linksOfListing('archives/2025/01/index.html')).toContain(href);
    expect(existsSync(join(FIXTURE_DIST, 'archives/2024/12'))).toBe(false);
    const page = readPage('articles/fixture-new-year-time-zone/index.html');
    expect(page.querySelector('[data-pagefind-filter="year"]')?.textContent).toBe('2025');
    const yearOptions = [...readPage('search/index.html').querySelectorAll('select[name="year"] option')];
    expect(yearOptions.map((option) => option.getAttribute('value'))).toContain('2025');
  });

  it('shows the newest article of each edition as the lead of its home page, and a block per section', () => {
    for (const [prefix, page] of [
      ['', 'index.html'],
      ['en', 'en/index.html'],
    ] as const) {
      const ofEdition = published.filter((article) => editionPrefix(article) === prefix);
      const newest = [...ofEdition].sort((a, b) => b.date.getTime() - a.date.getTime())[0]!;
      const home = readPage(page);
      expect(home.querySelector('.home-lead a')?.getAttribute('href')).toBe(`/articles/${newest.slug}/`);
      const sectionsWithArticles = SECTIONS.filter((section) => ofEdition.some((a) => a.section === section.id));
      expect(home.querySelectorAll('.home-section').length).toBe(sectionsWithArticles.length);
      const linked = [...home.querySelectorAll('main a[href^="/articles/"]')].map((a) => a.getAttribute('href'));
      const otherEdition = published.filter((article) => editionPrefix(article) !== prefix);
      for (const article of otherEdition) expect(linked).not.toContain(`/articles/${article.slug}/`);
    }
  });

  it('lists every published article in the sitemap', () => {
    const sitemap = readDist('sitemap-0.xml');
    for (const article of published) expect(sitemap).toContain(`${SITE.url}/articles/${article.slug}/`);
    expect(readDist('sitemap-index.xml')).toContain('sitemap-0.xml');
  });

  it('puts the latest articles in the RSS feed, newest first, and each section in its own feed', () => {
    const rss = readDist('rss.xml');
    const newestFirst = published
      .filter((article) => editionPrefix(article) === '')
      .sort((a, b) => b.date.getTime() - a.date.getTime());
    const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]).slice(1);
    expect(links).toEqual(
      newestFirst.slice(0, SITE.feedSize).map((article) => `${SITE.url}/articles/${article.slug}/`),
    );
    for (const section of SECTIONS) {
      const feed = readDist(`sections/${section.id}/rss.xml`);
      const count = (feed.match(/<item>/g) ?? []).length;
      const ofSection = published.filter((a) => a.section === section.id && editionPrefix(a) === '');
      expect(count).toBe(Math.min(SITE.feedSize, ofSection.length));
    }
  });

  it('lists only articles of the last 48 hours in the Google News sitemap', () => {
    const news = readDist('news-sitemap.xml');
    const recent = published.filter((article) => article.date.getTime() > Date.parse('2026-11-22T12:00:00Z'));
    expect(recent.length).toBeGreaterThan(0);
    expect((news.match(/<url>/g) ?? []).length).toBe(recent.length);
    expect(news).toContain(`<news:name>${SITE.name}</news:name>`);
    expect(news).toMatch(/<news:publication_date>2026-11-24T07:30:00.000Z<\/news:publication_date>/);
    // Each edition has its own: no recent English article in the fixture, so the English one lists none.
    expect(recent.every((article) => editionPrefix(article) === '')).toBe(true);
    expect(readDist('en/news-sitemap.xml')).toContain('<urlset');
    expect(readDist('en/news-sitemap.xml')).not.toContain('<url>');
  });

  it('points robots.txt to both sitemaps', () => {
    const robots = readDist('robots.txt');
    expect(robots).toContain(`Sitemap: ${SITE.url}/sitemap-index.xml`);
    expect(robots).toContain(`Sitemap: ${SITE.url}/news-sitemap.xml`);
    expect(robots).toContain(`Sitemap: ${SITE.url}/en/news-sitemap.xml`);
  });

  it('gives an English article its own <html lang> and English dates', () => {
    const english = published.find((article) => article.lang === 'en');
    expect(english).toBeDefined();
    const document = readPage(`articles/${english!.slug}/index.html`);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.querySelector('article time')?.textContent).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
  });
});
