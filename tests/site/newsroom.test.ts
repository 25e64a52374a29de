/** Authors, story packages, live coverage, the breaking-news banner and share cards, read from the fixture build. */
import { readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SITE } from '../../src/config.ts';
import { editionPrefix, expectedPublished } from '../support/content.ts';
import { listHtmlPages, readDist, readPage } from '../support/dist.ts';
import { FIXTURE_CONTENT, FIXTURE_DIST } from '../support/paths.ts';
import { checkSchemaOrg } from '../support/schema-org.ts';

const published = expectedPublished();

function jsonLdOf(document: Document): Record<string, unknown> {
  return JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent) as Record<
    string,
    unknown
  >;
}

function frontMatter(folder: string, id: string): Record<string, unknown> {
  return parse(readFileSync(`${FIXTURE_CONTENT}${folder}/${id}.md`, 'utf8').split(/^---$/m)[1]!) as Record<
    string,
    unknown
  >;
}

const authorIds = readdirSync(`${FIXTURE_CONTENT}authors`).map((name) => name.replace(/\.md$/, ''));
const authored = (id: string) =>
  published.filter((article) => [frontMatter('articles', article.slug).author ?? []].flat().includes(id));
/** An author's articles in an edition (by URL prefix): each edition's author page lists those. */
const authoredIn = (id: string, prefix: string) => authored(id).filter((article) => editionPrefix(article) === prefix);

describe('author pages', () => {
  it('should give each author a page with their name, bio and articles, and Person JSON-LD', () => {
    expect(authorIds.length).toBeGreaterThanOrEqual(2);
    for (const id of authorIds) {
      const author = frontMatter('authors', id);
      const page = readPage(`auteurs/${id}/index.html`);
      expect(page.querySelector('h1')?.textContent).toBe(author.name);
      expect(page.querySelector('.author-bio')?.textContent).toBe(author.bio);
      const listed = [...page.querySelectorAll('.card-title a')].map((link) => link.getAttribute('href'));
      expect(listed.sort()).toEqual(
        authoredIn(id, '')
          .map((article) => `/articles/${article.slug}/`)
          .sort(),
      );
      const data = jsonLdOf(page);
      expect(data).toMatchObject({ '@type': 'Person', name: author.name, url: `${SITE.url}/auteurs/${id}/` });
      expect(checkSchemaOrg(data)).toEqual([]);
    }
  });

  it("should link bylines to author pages and give the article JSON-LD's author a url, and leave guests unlinked", () => {
    const article = authoredIn('sophie-garnier', '')[0]!;
    const page = readPage(`articles/${article.slug}/index.html`);
    const link = page.querySelector('.byline-authors a[rel="author"]');
    expect(link?.getAttribute('href')).toBe('/auteurs/sophie-garnier/');
    expect(link?.textContent).toBe('Sophie Garnier');
    expect(jsonLdOf(page).author).toEqual([
      { '@type': 'Person', name: 'Sophie Garnier', url: `${SITE.url}/auteurs/sophie-garnier/` },
    ]);
    const guest = readPage('articles/chomage-comment-est-mesure-le-taux-en-france/index.html');
    expect(guest.querySelector('.byline-authors')?.textContent).toBe('Par Claire Martin et Yann Le Goff');
    expect(guest.querySelector('.byline-authors a')).toBeNull();
    expect((jsonLdOf(guest).author as object[])[0]).not.toHaveProperty('url');
  });
});

describe('author pages per edition', () => {
  it('should give an author of English articles an English page listing those, linked from their English bylines', () => {
    const english = authoredIn('sophie-garnier', 'en');
    expect(english.length).toBeGreaterThan(0);
    const page = readPage('en/authors/sophie-garnier/index.html');
    expect(page.documentElement.getAttribute('lang')).toBe('en');
    expect(page.querySelector('#author-articles')?.textContent).toBe('Articles');
    // The bio is written in the site's language and says so.
    expect(page.querySelector('.author-bio')?.getAttribute('lang')).toBe('fr');
    const listed = [...page.querySelectorAll('.card-title a')].map((link) => link.getAttribute('href')).sort();
    expect(listed).toEqual(english.map((article) => `/articles/${article.slug}/`).sort());
    expect(jsonLdOf(page)).toMatchObject({ url: `${SITE.url}/en/authors/sophie-garnier/` });
    const article = readPage(`articles/${english[0]!.slug}/index.html`);
    expect(article.querySelector('.byline-authors a[rel="author"]')?.getAttribute('href')).toBe(
      '/en/authors/sophie-garnier/',
    );
    expect(jsonLdOf(article).author).toEqual([
      { '@type': 'Person', name: 'Sophie Garnier', url: `${SITE.url}/en/authors/sophie-garnier/` },
    ]);
  });

  it('should give no English page to an author without English articles', () => {
    expect(authoredIn('julien-moreau', 'en')).toEqual([]);
    expect(listHtmlPages()).not.toContain('en/authors/julien-moreau/index.html');
  });
});

describe('story packages', () => {
  const storyArticles = published
    .filter((article) => frontMatter('articles', article.slug).story === 'bielorussie-russie')
    .sort((a, b) => a.date.getTime() - b.date.getTime());

  it('should list the story articles oldest first on the story page, under its title and introduction', () => {
    expect(storyArticles.length).toBeGreaterThanOrEqual(3);
    const story = frontMatter('stories', 'bielorussie-russie');
    const page = readPage('dossiers/bielorussie-russie/index.html');
    expect(page.querySelector('h1')?.textContent).toBe(story.title);
    expect(page.querySelector('.listing-header p')?.textContent).toBe(story.introduction);
    const listed = [...page.querySelectorAll('.card-title a')].map((link) => link.getAttribute('href'));
    expect(listed).toEqual(storyArticles.map((article) => `/articles/${article.slug}/`));
  });

  it('should show each article of the story its place in a "Dans ce dossier" block', () => {
    storyArticles.forEach((article, index) => {
      const block = readPage(`articles/${article.slug}/index.html`).querySelector('.story-block')!;
      expect(block.querySelector('h2')?.textContent).toBe('Dans ce dossier');
      expect(block.querySelector('p')?.textContent).toContain(`Article ${index + 1} sur ${storyArticles.length}`);
      expect(block.querySelector('[aria-current="page"]')?.textContent).toBe(article.title);
      expect(block.querySelectorAll('li').length).toBe(storyArticles.length);
    });
    const outside = published.find((article) => frontMatter('articles', article.slug).story === undefined)!;
    expect(readPage(`articles/${outside.slug}/index.html`).querySelector('.story-block')).toBeNull();
  });
});

describe('live coverage', () => {
  const LIVE = 'conseil-europeen-budget-en-direct';
  const ENDED = 'fixture-live-ended';

  it('should show the updates newest first, each with its time, and still no script', () => {
    const html = readDist(`articles/${LIVE}/index.html`);
    const page = readPage(`articles/${LIVE}/index.html`);
    const times = [...page.querySelectorAll('.live-updates li time')].map((time) => time.getAttribute('datetime')!);
    expect(times.length).toBe(5);
    expect(times).toEqual([...times].sort().reverse());
    expect(page.querySelector('.live-updates li time')?.textContent).toBe('12:40');
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
  });

  it('should label the live article "En direct" on its cards and page while live, and not once it has ended', () => {
    const cardOf = (document: Document, slug: string) =>
      document.querySelector(`.card-title a[href="/articles/${slug}/"]`)!.closest('.card')!;
    const section = readPage('sections/europe/index.html');
    expect(cardOf(section, LIVE).querySelector('.live-label')?.textContent).toBe('En direct');
    expect(readPage(`articles/${LIVE}/index.html`).querySelector('.article-header .live-label')).not.toBeNull();
    const sport = readPage('sections/sport/index.html');
    expect(cardOf(sport, ENDED).querySelector('.live-label')).toBeNull();
    const ended = readPage(`articles/${ENDED}/index.html`);
    expect(ended.querySelector('.live-status')?.textContent).toBe('Ce direct est terminé.');
  });

  it('should describe live articles as valid LiveBlogPosting JSON-LD with their updates and coverage times', () => {
    const live = jsonLdOf(readPage(`articles/${LIVE}/index.html`));
    expect(live['@type']).toBe('LiveBlogPosting');
    expect(live.coverageStartTime).toBe('2026-11-24T06:30:00.000Z');
    expect((live.liveBlogUpdate as unknown[]).length).toBe(5);
    const ended = jsonLdOf(readPage(`articles/${ENDED}/index.html`));
    expect(ended.coverageEndTime).toBe('2026-11-20T17:00:00.000Z');
    for (const article of published) {
      expect(checkSchemaOrg(jsonLdOf(readPage(`articles/${article.slug}/index.html`))), article.slug).toEqual([]);
    }
  });

  it('should carry the updates in the RSS, Atom and JSON feeds', () => {
    for (const file of ['rss.xml', 'atom.xml', 'feed.json']) {
      const feed = readDist(file);
      expect(feed, file).toContain('Pause déjeuner, négociations bilatérales');
      expect(feed, file).toContain('24 novembre à 12:40');
    }
  });
});

describe('breaking-news banner', () => {
  it('should show the unexpired banner on every page of its edition, not the expired one, and not on the other edition', () => {
    const pages = listHtmlPages();
    expect(pages.length).toBeGreaterThan(20);
    let english = 0;
    for (const path of pages) {
      const page = readPage(path);
      const banner = page.querySelector('.breaking a');
      // The banner's article is French: the English edition's pages (lang="en") have no banner of their own.
      if (page.documentElement.getAttribute('lang')?.startsWith('en')) {
        english += 1;
        expect(banner, path).toBeNull();
        continue;
      }
      expect(banner?.getAttribute('href'), path).toBe('/articles/conseil-europeen-budget-en-direct/');
      expect(banner?.textContent, path).toBe('Sommet européen sur le budget : suivez les négociations en direct');
    }
    expect(english).toBeGreaterThan(0);
  });
});

describe('share cards', () => {
  it('should give every article a 1200×630 JPEG card, used by og:image and twitter:image', async () => {
    for (const article of published) {
      const page = readPage(`articles/${article.slug}/index.html`);
      const meta = (selector: string) => page.querySelector(selector)?.getAttribute('content');
      const url = `${SITE.url}/articles/${article.slug}/card.jpg`;
      expect(meta('meta[property="og:image"]')).toBe(url);
      expect(meta('meta[name="twitter:image"]')).toBe(url);
      expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      expect(meta('meta[property="og:image:width"]')).toBe('1200');
      const card = await sharp(`${FIXTURE_DIST}articles/${article.slug}/card.jpg`).metadata();
      expect([card.format, card.width, card.height]).toEqual(['jpeg', 1200, 630]);
    }
  });
});
